// Edition detection (spec edition_detection) and metadata (agency, its source, year).

#include "extract/extractor.h"
#include "synthreport.h"
#include "testdocument.h"

#include <QTest>

class TestExtractEdition : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void edition_data();
    void edition();
    void mixed();
    void metadata_data();
    void metadata();
};

void TestExtractEdition::edition_data() {
    QTest::addColumn<int>("rendered"); ///< edition of the tables
    QTest::addColumn<int>("year");     ///< 0: no year anywhere
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("basis");
    QTest::newRow("2019-labels+year") << 2019 << 2020 << 2019 << "labels+year";
    QTest::newRow("2019-labels-only") << 2019 << 0 << 2019 << "labels";
    QTest::newRow("2021-labels+year") << 2021 << 2023 << 2021 << "labels+year";
    QTest::newRow("2021-labels-only") << 2021 << 0 << 2021 << "labels";
    QTest::newRow("2019-labels-beat-year") << 2019 << 2022 << 2019 << "labels";
}

void TestExtractEdition::edition() {
    QFETCH(int, rendered);
    QFETCH(int, year);
    QFETCH(int, expected);
    QFETCH(QString, basis);
    const Edition e = rendered == 2019 ? Edition::E2019 : Edition::E2021;
    Synth::Options o;
    o.year = year ? year : 2000;
    QString text = Synth::render(Synth::randomValues(e, 17, 5), o);
    if (!year)
        text.replace(QStringLiteral("2000年政府信息公开工作年度报告"),
                     QStringLiteral("政府信息公开工作年度报告"));
    const Report r = Extractor::extract(TestDocument::fromText(text));
    QCOMPARE(r.meta.year, year);
    QCOMPARE(editionName(r.meta.edition), QString::number(expected));
    QCOMPARE(r.meta.editionBasis, basis);
    QVERIFY(!r.meta.editionMixed);
    // The cells are those of the detected edition, and they were read.
    QCOMPARE(r.cells.size(), Spec::instance().edition(r.meta.edition).cellCount());
    QCOMPARE(r.tables[0], TableState::Found);
    QCOMPARE(r.tables[1], TableState::Found);
}

void TestExtractEdition::mixed() {
    // Table 1 of the 2019 edition with the 2021 table 2 (（六） sub-rows): "mixed".
    Synth::Options o;
    o.year = 2021;
    const QString t2019 = Synth::render(Synth::randomValues(Edition::E2019, 1, 5), o);
    const QString t2021 = Synth::render(Synth::randomValues(Edition::E2021, 1, 5), o);
    const qsizetype cut19 = t2019.indexOf(QStringLiteral("三、收到和处理"));
    const qsizetype cut21 = t2021.indexOf(QStringLiteral("三、收到和处理"));
    const Report r =
        Extractor::extract(TestDocument::fromText(t2019.left(cut19) + t2021.mid(cut21)));
    QVERIFY(r.meta.editionMixed);
    QCOMPARE(r.meta.edition, Edition::E2021); // the year decides
}

void TestExtractEdition::metadata_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("year");
    QTest::newRow("title")
        << QStringLiteral(
               "北关区政务服务和大数据管理局 2023 年政府信息公开工作年度报告\n一、总体情况\n")
        << QStringLiteral("北关区政务服务和大数据管理局") << "title" << 2023;
    QTest::newRow("title-two-lines")
        << QStringLiteral("\n阜新市太平区人民政府办公室\n\n2023 年政府信息公开工作年度报告\n")
        << QStringLiteral("阜新市太平区人民政府办公室") << "title" << 2023;
    QTest::newRow("title-niandu") << QStringLiteral(
                                         "南关区鸿城街道2023年度政府信息公开工作年度报告\n")
                                  << QStringLiteral("南关区鸿城街道") << "title" << 2023;
    QTest::newRow("contact")
        << QStringLiteral("一、总体情况\n2022年，区政务服务局认真贯彻。\n六、其他需要报告的事项\n年"
                          "报中所列数据的统计期限自2022年1月1日起至2022年12月31日止。如对本年报有疑"
                          "义，请与四平市铁西区政务服务局办公室联系（联系电话：0434-3273288）。\n")
        << QStringLiteral("四平市铁西区政务服务局") << "contact" << 2022;
    QTest::newRow("opening")
        << QStringLiteral(
               "根据《中华人民共和国政府信息公开条例》规定，现公布某市某区教育局2021年度政府信息公"
               "开工作情况。\n一、总体情况\n本报告统计期限为2021年1月1日至12月31日。\n")
        << QStringLiteral("某市某区教育局") << "opening" << 2021;
    QTest::newRow("nothing") << QStringLiteral("一、总体情况\n本机关认真贯彻落实。\n") << QString()
                             << "" << 0;
}

void TestExtractEdition::metadata() {
    QFETCH(QString, text);
    QFETCH(QString, agency);
    QFETCH(QString, source);
    QFETCH(int, year);
    const Report r = Extractor::extract(TestDocument::fromText(text));
    QCOMPARE(r.meta.agency, agency);
    QCOMPARE(r.meta.agencySource, source);
    QCOMPARE(r.meta.year, year);
    // No tables: everything missing, nothing invented.
    for (int t = 0; t < 3; ++t)
        QCOMPARE(r.tables[size_t(t)], TableState::Missing);
}

QTEST_GUILESS_MAIN(TestExtractEdition)
#include "tst_extract_edition.moc"
