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
    void metadataFromFileName();
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
    QTest::newRow("heading") << QStringLiteral(
                                    "# 平潭综合实验区管委会2022年政府信息公开工作年度报告\n")
                             << QStringLiteral("平潭综合实验区管委会") << "heading" << 2022;
    // A crawled page printed as one line: the title is its first words, paragraphs marked by
    // full-width spaces, sometimes the agency alone before the year.
    QTest::newRow("one-line-title")
        << QStringLiteral(
               "\u3000\u3000河北省工业和信息化厅2021年度政府信息公开工作报告\u3000\u3000根据《"
               "中华人民共和国政府信息公开条例》等规定，发布本年度报告。报告中所列数据统计期"
               "限为2021年1月1日至12月31日。\u3000\u3000一、总体情况\u3000\u30002021年，省工业"
               "和信息化厅坚持以习近平新时代中国特色社会主义思想为指导。")
        << QStringLiteral("河北省工业和信息化厅") << "title" << 2021;
    QTest::newRow("one-line-split-title")
        << QStringLiteral(
               "\u3000\u3000河北省工业和信息化厅\u3000\u30002020年政府信息公开工作年度报告\u3000"
               "\u30002020年，河北省工业和信息化厅坚持以习近平新时代中国特色社会主义思想为指导，"
               "全面贯彻党的十九大精神。")
        << QStringLiteral("河北省工业和信息化厅") << "title" << 2020;
    QTest::newRow("publisher")
        << QStringLiteral(
               "发布机构：福州市鼓楼区人民政府\n一、总体情况\n本报告统计期限为2022年1月1日"
               "至12月31日。\n")
        << QStringLiteral("福州市鼓楼区人民政府") << "publisher" << 2022;
    QTest::newRow("mention")
        << QStringLiteral(
               "根据《中华人民共和国政府信息公开条例》的要求，河北省工业和信息化厅编写了《河北"
               "省工业和信息化厅2019年度政府信息公开工作报告》。本年度报告中所列数据的统计期"
               "限自2019年1月1日起至2019年12月31日止。")
        << QStringLiteral("河北省工业和信息化厅") << "mention" << 2019;
    QTest::newRow("attachment")
        << QStringLiteral(
               "一、总体情况\n本报告统计期限从2022年1月1日起。\n六、其他需要报告的事项\n无。"
               "\n附件：河北省教育厅2022年政府信息公开工作年度报告\n")
        << QStringLiteral("河北省教育厅") << "mention" << 2022;
    // The signature's date is the publication date, not the report's year.
    QTest::newRow("signature")
        << QStringLiteral(
               "本年度报告中所列数据统计期限从2023年1月1日起至2023年12月31日止。\n一、总体"
               "情况\n2023年，省教育厅坚持以人民为中心。\n\n河北省教育厅\n2024年1月26日")
        << QStringLiteral("河北省教育厅") << "signature" << 2023;
    QTest::newRow("subject")
        << QStringLiteral(
               "报告中所列数据统计期限为2022年1月1日至12月31日。一、总体情况2022年，河北省"
               "科学技术厅坚持以习近平新时代中国特色社会主义思想为指导。")
        << QStringLiteral("河北省科学技术厅") << "subject" << 2022;
    // An abbreviated subject ("区政务服务局", "省工业和信息化厅") is never taken as the agency.
    QTest::newRow("abbreviated-subject")
        << QStringLiteral(
               "报告中所列数据统计期限为2023年1月1日至12月31日。一、总体情况2023年，省工业"
               "和信息化厅坚持以习近平新时代中国特色社会主义思想为指导。")
        << QString() << "" << 2023;
    // Its sentence still gives the year when nothing else does.
    QTest::newRow("abbreviated-subject-year")
        << QStringLiteral(
               "一、总体情况\n2022年，省工业和信息化厅坚持以习近平新时代中国特色社会主义思想为"
               "指导。\n")
        << QString() << "" << 2022;
    // The title names the agency: a contact office or a leading group never wins over it.
    QTest::newRow("title-over-contact")
        << QStringLiteral(
               "某市某区商务局2023年政府信息公开工作年度报告\n一、总体情况\n如对本年报有疑"
               "义，请与某区政务公开工作领导小组办公室联系。\n")
        << QStringLiteral("某市某区商务局") << "title" << 2023;
}

void TestExtractEdition::metadataFromFileName() {
    // Users save files under their titles; the text itself names no agency.
    const Report r = Extractor::extract(TestDocument::fromText(
        QStringLiteral("一、总体情况\n本机关认真贯彻落实。\n"),
        QStringLiteral("平潭综合实验区管委会2022年政府信息公开工作年度报告.txt")));
    QCOMPARE(r.meta.agency, QStringLiteral("平潭综合实验区管委会"));
    QCOMPARE(r.meta.agencySource, QStringLiteral("file_name"));
    QCOMPARE(r.meta.year, 2022);
    QCOMPARE(r.meta.agencyKey, QStringLiteral("平潭综合实验区"));
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
