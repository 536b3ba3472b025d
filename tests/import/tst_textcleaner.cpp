#include "import/textcleaner.h"

#include <QtTest>

class TestTextCleaner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void clean_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        // Line endings.
        QTest::newRow("crlf and cr") << "a\r\nb\rc\n"
                                     << "a\nb\nc\n";
        QTest::newRow("no final newline") << "a\nb"
                                          << "a\nb";
        QTest::newRow("blank lines kept") << "\n\na\n\n\tb\n"
                                          << "\n\na\n\n\tb\n";

        // Converter markers, anywhere in a line; a line of markers only goes entirely.
        QTest::newRow("bookmark at start") << "[bookmark: _GoBack]加大力度\n"
                                           << "加大力度\n";
        QTest::newRow("bookmark after tab") << "\t[bookmark: _Hlk66973412]一、本年新收\n\t27\n"
                                            << "\t一、本年新收\n\t27\n";
        QTest::newRow("image line") << "a\n[image: 1704445351301]\nb\n"
                                    << "a\nb\n";
        QTest::newRow("image mid-line") << "前文[image: 1704445351301]后文\n"
                                        << "前文后文\n";
        QTest::newRow("two markers") << "[bookmark: a][bookmark: b]x[image: 1]\n"
                                     << "x\n";
        QTest::newRow("marker crlf") << "[image: 1]\r\nb\r\n"
                                     << "b\n";
        QTest::newRow("unclosed bracket kept") << "[bookmark: _GoBack\nx\n"
                                               << "[bookmark: _GoBack\nx\n";
        QTest::newRow("other brackets kept") << "[1] 见附件[2]\n"
                                             << "[1] 见附件[2]\n";

        // Form feeds.
        QTest::newRow("form feed mid-line") << "a\fb\n"
                                            << "ab\n";
        QTest::newRow("form feed line") << "a\n\f\nb\n"
                                        << "a\nb\n";
        QTest::newRow("form feed page start") << "end\n\fpage two\n"
                                              << "end\npage two\n";

        // Page footers.
        const char *footers[] = {"-3-",          "- 3 -",        "— 5 —",
                                 "－３－",       "第3页",        "第 3 页 共 10 页",
                                 "第3页/共10页", "共10页 第3页", "- 第 2 页 -",
                                 "Page 2 of 9",  "  -12-  ",     "—— 7 ——"};
        for (const char *f : footers) {
            QTest::addRow("footer %s", f)
                << QStringLiteral("上文\n%1\n下文\n").arg(QString::fromUtf8(f))
                << QStringLiteral("上文\n下文\n");
        }
        // Look alike but are content.
        const char *content[] = {"-8",     "—",           "-",      "3",          "27",   "-3",
                                 "第三章", "第3页的表格", "共10页", "2023-12-31", "1-2-3"};
        for (const char *c : content) {
            const QString s = QStringLiteral("上文\n%1\n下文\n").arg(QString::fromUtf8(c));
            QTest::addRow("content %s", c) << s << s;
        }

        // Website navigation before the report.
        QTest::newRow("navigation")
            << "首页 > 信息公开 > 年报\n当前位置：首页>政务公开\n字号：大 中 小\n打印本页\n"
               "分享到：\n\n政务公开\n某某县财政局2023年政府信息公开工作年度报告\n正文\n"
            << "某某县财政局2023年政府信息公开工作年度报告\n正文\n";
        QTest::newRow("navigation keeps agency line")
            << "首页 > 信息公开 > 年报\n某某县财政局\n2023年政府信息公开工作年度报告\n"
            << "某某县财政局\n2023年政府信息公开工作年度报告\n";
        QTest::newRow("navigation before body")
            << "您现在的位置：首页 » 政务公开\n【打印】【关闭】\n"
               "根据《中华人民共和国政府信息公开条例》规定，现公布本报告。\n"
            << "根据《中华人民共和国政府信息公开条例》规定，现公布本报告。\n";
        QTest::newRow("menu row")
            << "首页 政务公开 政务服务 互动交流\n当前位置：首页\n一、总体情况\n"
            << "一、总体情况\n";
        QTest::newRow("spaced-out agency kept")
            << "当前位置：首页\n某 某 县 财 政 局\n2023年政府信息公开工作年度报告\n"
            << "某 某 县 财 政 局\n2023年政府信息公开工作年度报告\n";
        QTest::newRow("agency then title, no navigation")
            << "\n\n阜新市太平区人民政府办公室\n\n2023 年政府信息公开工作年度报告\n"
            << "\n\n阜新市太平区人民政府办公室\n\n2023 年政府信息公开工作年度报告\n";
        QTest::newRow("navigation after title kept")
            << "某局2023年政府信息公开工作年度报告\n字号：大 中 小\n正文\n"
            << "某局2023年政府信息公开工作年度报告\n字号：大 中 小\n正文\n";
        QTest::newRow("no report start: nothing stripped") << "首页 > 信息公开\n一段文字\n"
                                                           << "首页 > 信息公开\n一段文字\n";
        QTest::newRow("title glued to chrome kept") << "某局2023年度报告 字号：大 中 小\n正文\n"
                                                    << "某局2023年度报告 字号：大 中 小\n正文\n";
    }
    void clean() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextCleaner::clean(input), expected);
    }

    void stats() {
        TextCleaner::Stats st;
        const QString in = QStringLiteral("首页 > 信息公开 > 年报\n打印本页\n"
                                          "某局2023年政府信息公开工作年度报告\n"
                                          "[bookmark: _GoBack]正文[image: 1]\n\f- 2 -\n第3页\n");
        const QString out = TextCleaner::clean(in, &st);
        QCOMPARE(out, QStringLiteral("某局2023年政府信息公开工作年度报告\n正文\n"));
        QCOMPARE(st.navigationLines, 2);
        QCOMPARE(st.markers, 2);
        QCOMPARE(st.formFeeds, 1);
        QCOMPARE(st.footerLines, 2);
    }

    void predicates() {
        QVERIFY(TextCleaner::isPageFooter(u"— 5 —"));
        QVERIFY(!TextCleaner::isPageFooter(u"-5"));
        QVERIFY(TextCleaner::isNavigationLine(u"当前位置：首页 > 信息公开"));
        QVERIFY(!TextCleaner::isNavigationLine(u"一、总体情况"));
        QVERIFY(TextCleaner::isReportStart(u"南关区鸿城街道2023年度政府信息公开工作年度报告"));
        QVERIFY(TextCleaner::isReportStart(u" 一、总体情况"));
        QVERIFY(!TextCleaner::isReportStart(u"阜新市太平区人民政府办公室"));
    }
};

QTEST_GUILESS_MAIN(TestTextCleaner)
#include "tst_textcleaner.moc"
