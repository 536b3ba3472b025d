// Item models, layouts and small widgets of the review desk, checked without the main window.
#include "model/spec.h"
#include "model/tablelayout.h"
#include "models/findingsmodel.h"
#include "models/reportlistmodel.h"
#include "models/reportsortproxy.h"
#include "models/tablemodel.h"
#include "reportloader.h"
#include "review/reportdocument.h"
#include "views/documentpane.h"
#include "views/gridview.h"

#include <QAbstractItemModelTester>
#include <QtTest>

namespace {
const QString kSample003 = QStringLiteral(NIANBAO_TEST_DATA "/samples/003_0fe5f5f56ab841d9.txt");

ReportDocument *loadDocument(const QString &path) {
    LoadedReport loaded = ReportLoader::load(path);
    if (!loaded.ok())
        return nullptr;
    return new ReportDocument(*loaded.source, loaded.validated);
}
} // namespace

class TestUiModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void layoutPlacesEveryCellOnce_data();
    void layoutPlacesEveryCellOnce();
    void table2HeaderReadsLikeTheForm();
    void table3HasThreeHeaderLevels();
    void table1IsBuiltFromBlocks();
    void modelsPassTheTesterThroughEdits();
    void reportListSortsAgenciesInPinyin();
    void reportListFilters();
    void cellWithoutSourceSaysSo();
    void zoomScalesTheGrid();
    void bundledSamplesAreCompiledIn();

private:
    QString headerText(const TableLayout &l, int row, int column) const {
        return l.at(row, column).text;
    }
    GridSpan spanAt(const TableLayout &l, int row, int column) const {
        for (const GridSpan &s : l.spans())
            if (s.row == row && s.column == column)
                return s;
        return GridSpan{row, column, 1, 1};
    }
};

void TestUiModels::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestUiModels::layoutPlacesEveryCellOnce_data() {
    QTest::addColumn<int>("edition");
    QTest::newRow("2019") << int(Edition::E2019);
    QTest::newRow("2021") << int(Edition::E2021);
}

void TestUiModels::layoutPlacesEveryCellOnce() {
    QFETCH(int, edition);
    const EditionSpec &spec = Spec::instance().edition(Edition(edition));
    QVector<int> seen(spec.cellCount(), 0);
    for (int t = 1; t <= 3; ++t) {
        const TableLayout l = TableLayout::build(spec, t);
        for (int r = 0; r < l.rowCount(); ++r)
            for (int c = 0; c < l.columnCount(); ++c)
                if (l.at(r, c).kind == GridItem::Value) {
                    const int cell = l.at(r, c).cell;
                    QCOMPARE(spec.cell(cell).table, t);
                    QCOMPARE(l.positionOf(cell), QPoint(c, r));
                    ++seen[cell];
                }
    }
    for (int i = 0; i < seen.size(); ++i)
        QVERIFY2(seen[i] == 1, qPrintable(spec.cell(i).key));
}

void TestUiModels::table2HeaderReadsLikeTheForm() {
    const EditionSpec &spec = Spec::instance().edition(Edition::E2021);
    const TableLayout l = TableLayout::build(spec, 2);
    QCOMPARE(l.headerRows(), 3);
    QCOMPARE(l.labelColumns(), 3);
    QCOMPARE(headerText(l, 0, 0), spec.table(2).headerNote);
    QCOMPARE(headerText(l, 0, 3), QStringLiteral("申请人情况"));
    QCOMPARE(spanAt(l, 0, 3).columnSpan, 7);
    QCOMPARE(headerText(l, 1, 3), QStringLiteral("自然人"));
    QCOMPARE(spanAt(l, 1, 3).rowSpan, 2);
    QCOMPARE(headerText(l, 1, 4), QStringLiteral("法人或其他组织"));
    QCOMPARE(spanAt(l, 1, 4).columnSpan, 5);
    QCOMPARE(headerText(l, 2, 4), QStringLiteral("商业企业"));
    QCOMPARE(headerText(l, 1, 9), QStringLiteral("总计"));
    QCOMPARE(spanAt(l, 1, 9).rowSpan, 2);
    // Row hierarchy: 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密.
    const QPoint secret =
        l.positionOf(spec.indexOf(QStringLiteral("t2.r.denied_state_secret.c.natural_person")));
    QCOMPARE(headerText(l, secret.y(), 2), QStringLiteral("1.属于国家秘密"));
    bool groupFound = false, outerFound = false;
    for (const GridSpan &s : l.spans()) {
        const QString text = l.at(s.row, s.column).text;
        if (s.column == 1 && text == QStringLiteral("（三）不予公开")) {
            groupFound = true;
            QCOMPARE(s.rowSpan, 8);
            QCOMPARE(s.row, secret.y());
        }
        if (s.column == 0 && QString(text).remove(u'\n') == QStringLiteral("三、本年度办理结果")) {
            outerFound = true;
            QCOMPARE(s.rowSpan, 22);
        }
    }
    QVERIFY(groupFound);
    QVERIFY(outerFound);
    // A level-1 data row spans the three label columns.
    const QPoint received =
        l.positionOf(spec.indexOf(QStringLiteral("t2.r.new_received.c.natural_person")));
    QCOMPARE(spanAt(l, received.y(), 0).columnSpan, 3);
}

void TestUiModels::table3HasThreeHeaderLevels() {
    const EditionSpec &spec = Spec::instance().edition(Edition::E2021);
    const TableLayout l = TableLayout::build(spec, 3);
    QCOMPARE(l.headerRows(), 3);
    QCOMPARE(l.labelColumns(), 0);
    QCOMPARE(headerText(l, 0, 0), QStringLiteral("行政复议"));
    QCOMPARE(spanAt(l, 0, 0).columnSpan, 5);
    QCOMPARE(headerText(l, 0, 5), QStringLiteral("行政诉讼"));
    QCOMPARE(spanAt(l, 0, 5).columnSpan, 10);
    QCOMPARE(headerText(l, 1, 0), QStringLiteral("结果维持"));
    QCOMPARE(spanAt(l, 1, 0).rowSpan, 2);
    QCOMPARE(headerText(l, 1, 5), QStringLiteral("未经复议直接起诉"));
    QCOMPARE(spanAt(l, 1, 5).columnSpan, 5);
    QCOMPARE(headerText(l, 2, 14), QStringLiteral("总计"));
    QCOMPARE(l.rowCount(), 4);
}

void TestUiModels::table1IsBuiltFromBlocks() {
    const EditionSpec &spec = Spec::instance().edition(Edition::E2021);
    const TableLayout l = TableLayout::build(spec, 1);
    QCOMPARE(l.at(0, 0).kind, GridItem::Title);
    QCOMPARE(l.at(0, 0).text, QStringLiteral("第二十条第（一）项"));
    QCOMPARE(l.at(1, 0).text, QStringLiteral("信息内容"));
    QCOMPARE(l.at(1, 1).text, QStringLiteral("本年制发件数"));
    QCOMPARE(l.at(2, 0).text, QStringLiteral("规章"));
    int titles = 0;
    for (int r = 0; r < l.rowCount(); ++r)
        titles += l.at(r, 0).kind == GridItem::Title ? 1 : 0;
    QCOMPARE(titles, int(spec.table(1).blocks.size()));
}

void TestUiModels::modelsPassTheTesterThroughEdits() {
    std::unique_ptr<ReportDocument> doc(loadDocument(kSample003));
    QVERIFY(doc);
    std::array<std::unique_ptr<TableModel>, 3> tables;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    for (int t = 1; t <= 3; ++t) {
        tables[t - 1] = std::make_unique<TableModel>(doc.get(), t);
        testers.push_back(std::make_unique<QAbstractItemModelTester>(tables[t - 1].get(), mode));
    }
    FindingsModel findings(doc.get());
    testers.push_back(std::make_unique<QAbstractItemModelTester>(&findings, mode));
    QCOMPARE(findings.rowCount(), 0);

    const EditionSpec &spec = doc->spec();
    const int granted = spec.indexOf(QStringLiteral("t2.r.granted.c.natural_person"));
    QVERIFY(tables[1]->setData(tables[1]->indexOfCell(granted), QStringLiteral("5")));
    QCOMPARE(findings.findingCount(), 2);
    QVERIFY(tables[1]->setData(tables[1]->indexOfCell(granted), QStringLiteral("6")));
    QCOMPARE(findings.findingCount(), 2);
    const int denied =
        spec.indexOf(QStringLiteral("t2.r.denied_state_secret.c.research_institution"));
    QVERIFY(tables[1]->setData(tables[1]->indexOfCell(denied), QStringLiteral("1")));
    QVERIFY(findings.findingCount() >= 4);
    QVERIFY(doc->undo());
    QVERIFY(doc->undo());
    QCOMPARE(findings.findingCount(), 0);
    QCOMPARE(findings.rowCount(), 0);
    QVERIFY(!tables[1]->setData(tables[1]->indexOfCell(granted), QStringLiteral("x")));
    QVERIFY(!tables[1]->setData(tables[1]->index(0, 0), QStringLiteral("1"))); // a header
    QCOMPARE(tables[1]->flags(tables[1]->index(0, 0)) & Qt::ItemIsEditable, Qt::NoItemFlags);

    ReportListModel list;
    ReportSortProxy proxy;
    proxy.setSourceModel(&list);
    QAbstractItemModelTester listTester(&list, mode);
    QAbstractItemModelTester proxyTester(&proxy, mode);
    proxy.sort(ReportListModel::AgencyColumn);
    ReportDocument *owned = doc.release();
    testers.clear(); // the table testers must not outlive their models' document
    for (auto &t : tables)
        t.reset();
    list.addDocument(owned);
    list.addFailure(QStringLiteral("/x/坏.txt"),
                    QStringLiteral("坏.txt: 文件为空 / file is empty"));
    QVERIFY(owned->setCellValue(granted, Decimal::fromInteger(5), CellStatus::Edited));
    QCOMPARE(list.index(0, ReportListModel::ErrorsColumn).data().toInt(), 2);
    list.removeRow(1);
    QCOMPARE(list.rowCount(), 1);
}

void TestUiModels::reportListSortsAgenciesInPinyin() {
    ReportListModel list;
    ReportSortProxy proxy;
    proxy.setSourceModel(&list);
    // Code-point order would be 北 (U+5317) < 安 (U+5B89) < 重 (U+91CD); pinyin is an < bei <
    // chong.
    for (const QString &name :
         {QStringLiteral("北京"), QStringLiteral("重庆"), QStringLiteral("安徽")})
        list.addFailure(QStringLiteral("/none/%1.txt").arg(name), QStringLiteral("missing"));
    proxy.sort(ReportListModel::AgencyColumn, Qt::AscendingOrder);
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order << proxy.index(r, ReportListModel::AgencyColumn).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("安徽.txt"), QStringLiteral("北京.txt"),
                                 QStringLiteral("重庆.txt")}));
}

void TestUiModels::reportListFilters() {
    ReportListModel list;
    ReportSortProxy proxy;
    proxy.setSourceModel(&list);
    list.addFailure(QStringLiteral("/none/北京.txt"), QStringLiteral("missing"));
    list.addFailure(QStringLiteral("/none/安徽.txt"), QStringLiteral("missing"));
    proxy.setFilterFixedString(QStringLiteral("安徽"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QString());
    QCOMPARE(proxy.rowCount(), 2);
}

void TestUiModels::cellWithoutSourceSaysSo() {
    SourceDocument source;
    source.fileName = QStringLiteral("empty.txt");
    source.displayText = QStringLiteral("没有表格的报告");
    ReportDocument doc(source, Report::empty(Edition::E2021));
    DocumentPane pane;
    pane.setDocument(&doc);
    const int cell = doc.spec().indexOf(QStringLiteral("t2.r.granted.c.natural_person"));
    pane.showCell(cell);
    QVERIFY(!pane.highlightedAnchor().isValid());
    QVERIFY(pane.bannerText().contains(QStringLiteral("无出处")));
    QVERIFY(pane.bannerText().contains(QStringLiteral("missing")));
    QCOMPARE(pane.cellAtPosition(0), -1);
}

void TestUiModels::zoomScalesTheGrid() {
    std::unique_ptr<ReportDocument> doc(loadDocument(kSample003));
    QVERIFY(doc);
    TableModel model(doc.get(), 2);
    GridView grid;
    grid.setTableModel(&model);
    const int before = grid.columnWidth(5);
    grid.setZoom(1.5);
    QVERIFY(grid.columnWidth(5) > before);
    grid.setZoom(1.0);
    QCOMPARE(grid.columnWidth(5), before);
    QCOMPARE(grid.rowSpan(0, 3), 1);
    QCOMPARE(grid.columnSpan(0, 3), 7); // 申请人情况 over the seven applicant columns
}

void TestUiModels::bundledSamplesAreCompiledIn() {
    const QStringList samples = ReportLoader::bundledSamples();
    QCOMPARE(samples.size(), 5);
    for (const QString &s : samples) {
        const LoadedReport r = ReportLoader::load(s);
        QVERIFY2(r.ok(), qPrintable(s + u' ' + r.error));
        QCOMPARE(r.validated.report().meta.edition, Edition::E2021);
    }
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
