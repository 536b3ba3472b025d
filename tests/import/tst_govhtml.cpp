// Government web pages as agencies publish them: the report's tables nested in page-layout
// tables, GB2312, group labels spanning 20/22 and 8 rows written one character per line,
// header cells split into <p>s, &nbsp; cells, scripts, navigation and footers; both editions.

#include "import/htmlimporter.h"
#include "import/importpipeline.h"
#include "reportwriters.h"

#include <QTest>

using namespace testformats;

class TestGovHtml : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void structure_data();
    void structure();
    void blankCellKeepsItsColumn();
    void mislabelledCharset();
    void declaredCharset();
};

namespace {
const SourceCell *findCell(const SourceDocument &doc, const QString &text, int *table = nullptr) {
    for (int t = 0; t < doc.tables.size(); ++t)
        for (const SourceCell &c : doc.tables[t].cells)
            if (doc.displayText.mid(c.start, c.length) == text) {
                if (table)
                    *table = t;
                return &c;
            }
    return nullptr;
}
} // namespace

void TestGovHtml::structure_data() {
    QTest::addColumn<int>("edition");
    QTest::addColumn<int>("resultsRows");
    QTest::newRow("2021") << int(Edition::E2021) << 22;
    QTest::newRow("2019") << int(Edition::E2019) << 20;
}

void TestGovHtml::structure() {
    QFETCH(int, edition);
    QFETCH(int, resultsRows);
    const Report expected =
        syntheticReport(Edition(edition), edition == int(Edition::E2019) ? 2020 : 2023);
    const QByteArray page = govHtml(documentParts(expected));
    const PipelineResult r = ImportPipeline::runBytes(page, QStringLiteral("report.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const SourceDocument &doc = *r.document;
    QVERIFY2(doc.encoding.startsWith(QStringLiteral("GB18030")), qPrintable(doc.encoding));
    // Only the three data tables: the layout tables are read as text, the script is not a table.
    QCOMPARE(doc.tables.size(), 3);
    QVERIFY(!doc.displayText.contains(QStringLiteral("首页")));     // navigation
    QVERIFY(!doc.displayText.contains(QStringLiteral("机构概况"))); // menu
    QVERIFY(!doc.displayText.contains(QStringLiteral("版权所有"))); // footer
    QVERIFY(!doc.displayText.contains(QStringLiteral("var t")));    // script
    // Vertical group labels joined, spanning their rows; split header cells joined.
    int table = -1;
    const SourceCell *results = findCell(doc, QStringLiteral("三、本年度办理结果"), &table);
    QVERIFY(results);
    QCOMPARE(table, 1);
    QCOMPARE(results->rowSpan, resultsRows);
    const SourceCell *denied = findCell(doc, QStringLiteral("（三）不予公开"));
    QVERIFY(denied);
    QCOMPARE(denied->rowSpan, 8);
    QVERIFY(findCell(doc, QStringLiteral("商业企业")));
    QVERIFY(findCell(doc, QStringLiteral("法律服务机构")));
    // Every cell read in its place.
    const Report &got = r.report.report();
    QCOMPARE(got.meta.edition, expected.meta.edition);
    for (int c = 0; c < expected.cells.size(); ++c) {
        QVERIFY2(got.cells[c].value == expected.cells[c].value, qPrintable(got.spec().cell(c).key));
        QCOMPARE(got.cells[c].status, CellStatus::Read);
    }
}

void TestGovHtml::blankCellKeepsItsColumn() {
    Report report = syntheticReport(Edition::E2021, 2023);
    const int blank = report.spec().indexOf(QStringLiteral("t2.r.granted.c.research_institution"));
    QVERIFY(blank >= 0);
    report.cells[blank].value.reset();
    report.cells[blank].status = CellStatus::Blank;
    const PipelineResult r =
        ImportPipeline::runBytes(govHtml(documentParts(report)), QStringLiteral("a.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Report &got = r.report.report();
    QCOMPARE(got.cells[blank].status, CellStatus::Blank);
    for (const char *col : {"natural_person", "commercial_enterprise", "social_welfare_org",
                            "legal_service_org", "other_org", "total"}) {
        const int c = report.spec().indexOf(QStringLiteral("t2.r.granted.c.") + QLatin1String(col));
        QVERIFY2(got.cells[c].value == report.cells[c].value, col);
    }
}

void TestGovHtml::mislabelledCharset() {
    // Declared gb2312 but sent as UTF-8: the decode with fewer errors wins.
    GovStyle style;
    style.gb2312 = false;
    QByteArray page = govHtml(documentParts(syntheticReport(Edition::E2021, 2023)), style);
    page.replace("charset=utf-8", "charset=gb2312");
    const PipelineResult r = ImportPipeline::runBytes(page, QStringLiteral("utf8.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.document->displayText.contains(QStringLiteral("收到和处理政府信息公开申请情况")));
    QCOMPARE(r.report.report().tables[1], TableState::Found);
}

void TestGovHtml::declaredCharset() {
    QCOMPARE(HtmlImporter::declaredCharset("<meta charset=\"GBK\">"), QByteArray("gbk"));
    QCOMPARE(HtmlImporter::declaredCharset(
                 "<meta http-equiv=Content-Type content='text/html; charset=gb2312'>"),
             QByteArray("gb2312"));
    QCOMPARE(HtmlImporter::declaredCharset("<p>no charset here</p>"), QByteArray());
}

QTEST_MAIN(TestGovHtml)
#include "tst_govhtml.moc"
