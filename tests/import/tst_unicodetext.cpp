#include "import/encodebytes.h"
#include "import/unicodetext.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <thread>

using Normalized = UnicodeText::Normalized;

namespace {

const QString kText = QStringLiteral("北京市朝阳区2023年政府信息公开工作年度报告\r\n"
                                     "一、总体情况\n（一）主动公开 １２，３条。\t27\n"
                                     "二、本年新收政府信息公开申请数量\n");

/// The display segment of output index i: from its input index to the next different one.
QStringView segmentOf(const QString &input, const Normalized &n, int i) {
    const int from = n.toInput[i];
    int j = i + 1;
    while (j < n.toInput.size() && n.toInput[j] == from)
        ++j;
    const int to = j < n.toInput.size() ? n.toInput[j] : int(input.size());
    return QStringView(input).mid(from, to - from);
}

/// The promises of nfkcWithMap(): NFKC text, a monotonic map with one entry past the end, and
/// every output character produced by the input at its mapped offset.
void checkMap(const QString &input, const Normalized &n) {
    QCOMPARE(n.text, input.normalized(QString::NormalizationForm_KC));
    QCOMPARE(n.toInput.size(), n.text.size() + 1);
    QCOMPARE(n.toInput.last(), int(input.size()));
    for (int i = 0; i < n.text.size(); ++i) {
        QVERIFY2(n.toInput[i] <= n.toInput[i + 1], qPrintable(QString::number(i)));
        QVERIFY(n.toInput[i] >= 0 && n.toInput[i] < input.size());
        const QString seg = segmentOf(input, n, i).toString();
        QVERIFY2(seg.normalized(QString::NormalizationForm_KC).contains(n.text[i]),
                 qPrintable(QStringLiteral("output %1 (%2) not from input segment \"%3\"")
                                .arg(i)
                                .arg(n.text[i])
                                .arg(seg)));
    }
}

} // namespace

class TestUnicodeText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decode_data() {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("expectedName");
        QTest::addColumn<QString>("text");
        const QString rare = kText + QStringLiteral("𠮷€\n"); // four-byte GB18030 sequences
        QTest::newRow("utf8") << "UTF-8"
                              << "UTF-8" << kText;
        QTest::newRow("utf8 bom") << "UTF-8 (BOM)"
                                  << "UTF-8 (BOM)" << kText;
        QTest::newRow("utf16le bom") << "UTF-16LE"
                                     << "UTF-16LE" << kText;
        QTest::newRow("utf16be bom") << "UTF-16BE"
                                     << "UTF-16BE" << kText;
        QTest::newRow("utf16le no bom") << "UTF-16LE (no BOM)"
                                        << "UTF-16LE" << kText;
        QTest::newRow("utf16be no bom") << "UTF-16BE (no BOM)"
                                        << "UTF-16BE" << kText;
        QTest::newRow("utf32le bom") << "UTF-32LE"
                                     << "UTF-32LE" << kText;
        QTest::newRow("gb18030") << "GB18030"
                                 << "GB18030" << kText;
        QTest::newRow("gb18030 4-byte") << "GB18030"
                                        << "GB18030" << rare;
        QTest::newRow("gbk") << "GBK"
                             << "GB18030" << kText;
        QTest::newRow("gb2312") << "GB2312"
                                << "GB18030" << kText;
        QTest::newRow("ascii") << "UTF-8"
                               << "UTF-8" << QStringLiteral("Annual report 2023\n");
    }
    void decode() {
        QFETCH(QString, encoding);
        QFETCH(QString, expectedName);
        QFETCH(QString, text);
        const QByteArray bytes = EncodeBytes::encode(text, encoding);
        QVERIFY(!bytes.isEmpty());
        QString name;
        const auto decoded = UnicodeText::detectAndDecode(bytes, &name);
        QVERIFY(decoded.has_value());
        QCOMPARE(name, expectedName);
        QCOMPARE(*decoded, text);
        const auto full = UnicodeText::decode(bytes);
        QVERIFY(full.has_value());
        QCOMPARE(full->replacementCount, 0);
    }

    void decodeDamagedUtf8() {
        // One bad byte in a long UTF-8 text is damage, not GB18030.
        QByteArray bytes = EncodeBytes::encode(kText.repeated(4), QStringLiteral("UTF-8"));
        bytes.insert(9, '\xFF'); // between two characters: one bad byte
        const auto d = UnicodeText::decode(bytes);
        QVERIFY(d.has_value());
        QCOMPARE(d->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d->replacementCount, 1);
        QVERIFY(d->text.contains(QStringLiteral("一、总体情况")));
    }

    void utf8Strictness_data() {
        QTest::addColumn<QByteArray>("bad");
        QTest::newRow("overlong 2-byte") << QByteArray("\xC0\x80");
        QTest::newRow("overlong 2-byte C1") << QByteArray("\xC1\xBF");
        QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\x80");
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80");
        QTest::newRow("overlong 4-byte") << QByteArray("\xF0\x80\x80\x80");
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
        QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80");
        QTest::newRow("lone continuation") << QByteArray("\x80");
        QTest::newRow("truncated 3-byte") << QByteArray("\xE4\xB8");
        QTest::newRow("bad continuation") << QByteArray("\xE4\x41\x80");
    }
    void utf8Strictness() {
        // An invalid sequence anywhere (also at the very end) is damage: UTF-8 with U+FFFD.
        QFETCH(QByteArray, bad);
        const QByteArray good = EncodeBytes::encode(kText.repeated(3), QStringLiteral("UTF-8"));
        for (const QByteArray &bytes : {good + bad, bad + good, good + bad + good}) {
            const auto d = UnicodeText::decode(bytes);
            QVERIFY(d.has_value());
            QCOMPARE(d->encoding, QStringLiteral("UTF-8"));
            QVERIFY(d->replacementCount >= 1);
            QVERIFY(d->text.contains(QChar::ReplacementCharacter));
        }
    }

    void utf8RoundTrip() {
        // Every scalar value class: ASCII, 2-, 3- and 4-byte forms, their edges.
        QList<char32_t> points = {0x41,   0x7F,   0x80,   0x7FF,   0x800,   0xD7FF,
                                  0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x20BB7, 0x10FFFF,
                                  0x4E00, 0x3000, 0xFF11, 0x1D7CF};
        QRandomGenerator rng(3);
        for (int i = 0; i < 2000; ++i) {
            char32_t c = rng.bounded(0x110000u);
            if ((c >= 0xD800 && c < 0xE000) || c == 0)
                c = 0x4E2D; // no surrogates, no NUL
            points.append(c);
        }
        const QString text = QString::fromUcs4(points.constData(), points.size());
        QString name;
        const auto decoded = UnicodeText::detectAndDecode(text.toUtf8(), &name);
        QVERIFY(decoded.has_value());
        QCOMPARE(name, QStringLiteral("UTF-8"));
        QCOMPARE(*decoded, text);
    }

    void decodeDamagedGb18030() {
        QByteArray bytes = EncodeBytes::encode(kText.repeated(4), QStringLiteral("GB18030"));
        bytes.insert(bytes.size() - 1, '\xFF');
        const auto d = UnicodeText::decode(bytes);
        QVERIFY(d.has_value());
        QCOMPARE(d->encoding, QStringLiteral("GB18030"));
        QVERIFY(d->replacementCount >= 1);
        QVERIFY(d->text.contains(QStringLiteral("一、总体情况")));
    }

    void decodeFailures_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("error");
        QByteArray junk;
        QRandomGenerator rng(42);
        for (int i = 0; i < 4096; ++i)
            junk.append(char(rng.bounded(256)));
        QTest::newRow("random with NULs") << junk << int(UnicodeText::DecodeError::Binary);
        QTest::newRow("nul in ascii")
            << QByteArray("abc\0\0\0def\0ghi\0\0", 15) << int(UnicodeText::DecodeError::Binary);
        QTest::newRow("invalid everywhere") << QByteArray("abc\x80\x80\x80\xFF\xFF def \xFF\x80")
                                            << int(UnicodeText::DecodeError::Undecodable);
    }
    void decodeFailures() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, error);
        UnicodeText::DecodeError e = UnicodeText::DecodeError::None;
        QVERIFY(!UnicodeText::decode(bytes, &e).has_value());
        QCOMPARE(int(e), error);
        QVERIFY(!UnicodeText::detectAndDecode(bytes).has_value());
    }

    void nfkcMap_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QList<int>>("map");
        QTest::newRow("empty") << QString() << QString() << QList<int>{0};
        QTest::newRow("inert") << QStringLiteral("报告") << QStringLiteral("报告")
                               << QList<int>{0, 1, 2};
        QTest::newRow("full-width digits")
            << QStringLiteral("共１２件") << QStringLiteral("共12件") << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("ideographic space")
            << QStringLiteral("a\u3000b") << QStringLiteral("a b") << QList<int>{0, 1, 2, 3};
        QTest::newRow("nbsp") << QStringLiteral("1\u00A02") << QStringLiteral("1 2")
                              << QList<int>{0, 1, 2, 3};
        QTest::newRow("full-width brackets")
            << QStringLiteral("（一）") << QStringLiteral("(一)") << QList<int>{0, 1, 2, 3};
        QTest::newRow("compose") << QStringLiteral("e\u0301x") << QStringLiteral("\u00E9x")
                                 << QList<int>{0, 2, 3};
        QTest::newRow("expand square")
            << QStringLiteral("A㍻B") << QStringLiteral("A平成B") << QList<int>{0, 1, 1, 2, 3};
        QTest::newRow("ligature") << QStringLiteral("ﬁ") << QStringLiteral("fi")
                                  << QList<int>{0, 0, 1};
        QTest::newRow("surrogate pair digit")
            << QStringLiteral("x\U0001D7CFy") << QStringLiteral("x1y") << QList<int>{0, 1, 3, 4};
        QTest::newRow("lines kept") << QStringLiteral("１\n\t２\n") << QStringLiteral("1\n\t2\n")
                                    << QList<int>{0, 1, 2, 3, 4, 5};
    }
    void nfkcMap() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QList<int>, map);
        const Normalized n = UnicodeText::nfkcWithMap(input);
        QCOMPARE(n.text, expected);
        QCOMPARE(QList<int>(n.toInput.begin(), n.toInput.end()), map);
        checkMap(input, n);
        QCOMPARE(UnicodeText::nfkc(input), expected);
    }

    void nfkcMapRandom() {
        // Characters chosen to exercise segments: combining marks, Hangul jamo that compose,
        // compatibility forms, surrogate pairs, CJK and ASCII.
        const QString pool = QStringLiteral("aAe1 \n\t中文报告，。（）：；、１２３ＡＢ\u3000\u00A0"
                                            "\u0301\u0308\u0323\u1100\u1161\u11A8가ﬁ㍻½²"
                                            "\u2126\u212B\U0001D7CF\U00020BB7");
        QList<uint> points;
        for (char32_t c : pool.toUcs4())
            points.append(c);
        QRandomGenerator rng(7);
        for (int round = 0; round < 300; ++round) {
            QString s;
            const int len = int(rng.bounded(1, 40));
            for (int i = 0; i < len; ++i) {
                const char32_t c = points[int(rng.bounded(int(points.size())))];
                s.append(QString::fromUcs4(&c, 1));
            }
            checkMap(s, UnicodeText::nfkcWithMap(s));
            if (QTest::currentTestFailed()) {
                qWarning() << "input" << s;
                return;
            }
        }
    }

    void pinyinOrder() {
        PinyinCollator collator;
        QVERIFY(collator.isValid());
        QStringList names = {QStringLiteral("张家口市"), QStringLiteral("安阳市"),
                             QStringLiteral("北京市"),   QStringLiteral("成都市"),
                             QStringLiteral("李沧区"),   QStringLiteral("王家营")};
        std::sort(names.begin(), names.end(), collator);
        const QStringList expected = {QStringLiteral("安阳市"), QStringLiteral("北京市"),
                                      QStringLiteral("成都市"), QStringLiteral("李沧区"),
                                      QStringLiteral("王家营"), QStringLiteral("张家口市")};
        QCOMPARE(names, expected);
        // Sort keys order the same way, also from the per-thread static.
        for (int i = 0; i + 1 < expected.size(); ++i) {
            QVERIFY(collator.key(expected[i]) < collator.key(expected[i + 1]));
            QVERIFY(PinyinCollator::sortKey(expected[i]) <
                    PinyinCollator::sortKey(expected[i + 1]));
            QVERIFY(collator.compare(expected[i], expected[i + 1]) < 0);
            QVERIFY(collator.compare(expected[i + 1], expected[i]) > 0);
        }
        QCOMPARE(collator.compare(expected[0], expected[0]), 0);
        PinyinCollator copy = collator;
        QVERIFY(copy.isValid());
        QVERIFY(copy(expected[0], expected[1]));
    }

    void pinyinThreads() {
        const QString name = QStringLiteral("枣庄市市中区人民政府办公室");
        const QByteArray reference = PinyinCollator::sortKey(name);
        QVERIFY(!reference.isEmpty());
        std::vector<QByteArray> keys(4);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&keys, t, name] {
                for (int i = 0; i < 200; ++i)
                    keys[t] = PinyinCollator::sortKey(name);
            });
        }
        for (auto &th : threads)
            th.join();
        for (const QByteArray &k : keys)
            QCOMPARE(k, reference);
    }
};

QTEST_GUILESS_MAIN(TestUnicodeText)
#include "tst_unicodetext.moc"
