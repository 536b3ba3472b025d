// Cell text: full-width digits and spaces, thousands separators, units and notes inside a cell,
// negative numbers where the 2019 edition allows them, amounts in 万元 kept exact, placeholders.

#include "extract/extractor.h"
#include "extract/valueparser.h"
#include "testdocument.h"

#include <QTest>

Q_DECLARE_METATYPE(ParsedValue::Kind)

class TestExtractValues : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parser_data();
    void parser();
    void inDocument_data();
    void inDocument();
};

void TestExtractValues::parser_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<ParsedValue::Kind>("kind");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("yuan");
    const qint64 M = Decimal::Scale;
    QTest::newRow("int") << "12" << ParsedValue::Number << 12 * M << "" << false;
    QTest::newRow("zero") << "0" << ParsedValue::Number << qint64(0) << "" << false;
    QTest::newRow("negative") << "-8" << ParsedValue::Number << -8 * M << "" << false;
    QTest::newRow("plus") << "+1036" << ParsedValue::Number << 1036 * M << "" << false;
    QTest::newRow("thousands") << "1,234" << ParsedValue::Number << 1234 * M << "" << false;
    QTest::newRow("thousands-2") << "12,345,678" << ParsedValue::Number << 12345678 * M << ""
                                 << false;
    QTest::newRow("bad-thousands") << "1,23" << ParsedValue::NotAValue << qint64(0) << "" << false;
    QTest::newRow("decimal") << "6944.93" << ParsedValue::Number << qint64(6944930000) << ""
                             << false;
    QTest::newRow("yuan") << "251000元" << ParsedValue::Number << 251000 * M << "" << true;
    QTest::newRow("wanyuan") << "1.5万元" << ParsedValue::Number << qint64(1500000) << "" << false;
    QTest::newRow("jian") << "3件" << ParsedValue::Number << 3 * M << "" << false;
    QTest::newRow("note") << "22(其中修订16件)" << ParsedValue::Number << 22 * M << "其中修订16件"
                          << false;
    QTest::newRow("numbering-dot") << "1." << ParsedValue::NotAValue << qint64(0) << "" << false;
    QTest::newRow("numbering-dunhao")
        << "3、" << ParsedValue::NotAValue << qint64(0) << "" << false;
    QTest::newRow("year") << "2023年" << ParsedValue::NotAValue << qint64(0) << "" << false;
    QTest::newRow("slash") << "/" << ParsedValue::Placeholder << qint64(0) << "" << false;
    QTest::newRow("dash") << "-" << ParsedValue::Placeholder << qint64(0) << "" << false;
    QTest::newRow("emdash") << "—" << ParsedValue::Placeholder << qint64(0) << "" << false;
    QTest::newRow("wu") << "无" << ParsedValue::Placeholder << qint64(0) << "" << false;
    QTest::newRow("double-dash") << "--" << ParsedValue::Placeholder << qint64(0) << "" << false;
    QTest::newRow("empty") << "  " << ParsedValue::Empty << qint64(0) << "" << false;
    QTest::newRow("text") << "其他" << ParsedValue::NotAValue << qint64(0) << "" << false;
    // More than 12 digits: a number out of range, not text (whole tables went missing).
    QTest::newRow("13-digits") << "1234567890123" << ParsedValue::OutOfRange << qint64(0) << ""
                               << false;
    QTest::newRow("30-digits") << "123456789012345678901234567890" << ParsedValue::OutOfRange
                               << qint64(0) << "" << false;
    QTest::newRow("13-digits-thousands")
        << "1,234,567,890,123" << ParsedValue::OutOfRange << qint64(0) << "" << false;
    QTest::newRow("12-digits") << "999999999999" << ParsedValue::Number << 999999999999 * M << ""
                               << false;
}

void TestExtractValues::parser() {
    QFETCH(QString, text);
    QFETCH(ParsedValue::Kind, kind);
    QFETCH(qint64, micros);
    QFETCH(QString, note);
    QFETCH(bool, yuan);
    const ParsedValue v = ValueParser::parse(text);
    QCOMPARE(v.kind, kind);
    if (kind != ParsedValue::Number)
        return;
    QCOMPARE(v.value.micros(), micros);
    QCOMPARE(v.note, note);
    QCOMPARE(v.inYuan, yuan);
}

void TestExtractValues::inDocument_data() {
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("table1");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); ///< Decimal text; empty = null
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("note"); ///< must be contained in the note
    const QString head2021 =
        QStringLiteral("第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n");
    const QString fees2021 =
        QStringLiteral("第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n");
    QTest::newRow("fullwidth-digits-spaces")
        << 2023 << head2021 + QStringLiteral("规章\t　１２\t０\t１，２３４")
        << "t1.r.regulations.c.issued"
        << "12"
        << "read"
        << "１２"
        << "";
    QTest::newRow("thousands-fullwidth-comma")
        << 2023 << head2021 + QStringLiteral("规章\t１２\t０\t１，２３４")
        << "t1.r.regulations.c.in_force"
        << "1234"
        << "read"
        << "１，２３４"
        << "";
    QTest::newRow("note-in-cell") << 2023
                                  << head2021 +
                                         QStringLiteral("行政规范性文件\t22（其中修订16件）\t0\t30")
                                  << "t1.r.normative_docs.c.issued"
                                  << "22"
                                  << "read"
                                  << "22（其中修订16件）"
                                  << "其中修订16件";
    QTest::newRow("fee-decimal") << 2023 << fees2021 + QStringLiteral("行政事业性收费\t0.35")
                                 << "t1.r.admin_fees.c.fee_amount"
                                 << "0.35"
                                 << "read"
                                 << "0.35"
                                 << "";
    QTest::newRow("fee-in-yuan") << 2023 << fees2021 + QStringLiteral("行政事业性收费\t251000元")
                                 << "t1.r.admin_fees.c.fee_amount"
                                 << "25.1"
                                 << "read"
                                 << "251000元"
                                 << "原文单位：元";
    QTest::newRow("fee-placeholder")
        << 2023 << fees2021 + QStringLiteral("行政事业性收费\t/") << "t1.r.admin_fees.c.fee_amount"
        << ""
        << "placeholder"
        << "/"
        << "";
    const QString block5 =
        QStringLiteral("第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n");
    QTest::newRow("2019-negative-change")
        << 2020 << block5 + QStringLiteral("行政许可\t120\t-8\t3000")
        << "t1.r.admin_license.c.change"
        << "-8"
        << "read"
        << "-8"
        << "";
    QTest::newRow("2019-plus-change")
        << 2020 << block5 + QStringLiteral("行政许可\t120\t+1036\t3000")
        << "t1.r.admin_license.c.change"
        << "1036"
        << "read"
        << "+1036"
        << "";
    const QString block9 =
        QStringLiteral("第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n");
    QTest::newRow("2019-procurement-yuan")
        << 2019 << block9 + QStringLiteral("政府集中采购\t6\t251000元")
        << "t1.r.gov_central_procurement.c.procurement_amount"
        << "25.1"
        << "read"
        << "251000元"
        << "原文单位：元";
    QTest::newRow("2019-procurement-wanyuan")
        << 2020 << block9 + QStringLiteral("政府集中采购\t53\t6944.93")
        << "t1.r.gov_central_procurement.c.procurement_amount"
        << "6944.93"
        << "read"
        << "6944.93"
        << "";
    QTest::newRow("out-of-range") << 2023 << head2021 + QStringLiteral("规章\t1234567890123\t0\t5")
                                  << "t1.r.regulations.c.issued"
                                  << ""
                                  << "suspect"
                                  << "1234567890123"
                                  << "超出范围";
    QTest::newRow("out-of-range-neighbour")
        << 2023 << head2021 + QStringLiteral("规章\t1234567890123\t0\t5")
        << "t1.r.regulations.c.in_force"
        << "5"
        << "read"
        << "5"
        << "";
    QTest::newRow("negative-count-kept")
        << 2023 << head2021 + QStringLiteral("规章\t-3\t0\t0") << "t1.r.regulations.c.issued"
        << "-3"
        << "read"
        << "-3"
        << "";
}

void TestExtractValues::inDocument() {
    QFETCH(int, year);
    QFETCH(QString, table1);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, status);
    QFETCH(QString, raw);
    QFETCH(QString, note);
    const QString text =
        QStringLiteral("某局%1年政府信息公开工作年度报告\n二、主动公开政府信息情况\n").arg(year) +
        table1 + QStringLiteral("\n三、收到和处理政府信息公开申请情况\n");
    const SourceDocument doc = TestDocument::fromText(text);
    const Report r = Extractor::extract(doc);
    QCOMPARE(r.meta.edition, editionForYear(year));
    const Cell &c = r.cell(key);
    QCOMPARE(cellStatusName(c.status), status);
    QCOMPARE(c.value ? c.value->toString() : QString(), value);
    QCOMPARE(c.raw, raw);
    QVERIFY2(c.note.contains(note), qPrintable(c.note));
    // The anchor covers the number itself, in the original characters.
    if (c.value)
        QVERIFY(raw.startsWith(doc.displayText.mid(c.anchor.start, c.anchor.length)));
}

QTEST_GUILESS_MAIN(TestExtractValues)
#include "tst_extract_values.moc"
