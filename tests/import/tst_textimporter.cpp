#include "import/encodebytes.h"
#include "import/textimporter.h"
#include "import/unicodetext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kReport = QStringLiteral("某某县财政局2023年政府信息公开工作年度报告\r\n"
                                       "一、总体情况\r\n（一）主动公开 共１２条。\r\n"
                                       "[bookmark: _GoBack]本年新收申请\t27\t0\r\n"
                                       "- 3 -\r\n");
const QString kDisplay = QStringLiteral("某某县财政局2023年政府信息公开工作年度报告\n"
                                        "一、总体情况\n（一）主动公开 共１２条。\n"
                                        "本年新收申请\t27\t0\n");

QString samplesDir() {
    return QStringLiteral(NIANBAO_TEST_DATA "/samples");
}

/// matchText is NFKC(displayText), and every character maps to display text that produces it.
void checkOffsets(const SourceDocument &doc) {
    QCOMPARE(doc.matchText, doc.displayText.normalized(QString::NormalizationForm_KC));
    QCOMPARE(doc.matchToDisplay.size(), doc.matchText.size() + 1);
    QCOMPARE(doc.matchToDisplay.last(), int(doc.displayText.size()));
    for (int i = 0; i < doc.matchText.size(); ++i) {
        const int from = doc.matchToDisplay[i];
        int j = i + 1;
        while (doc.matchToDisplay[j] == from)
            ++j;
        const QString seg = doc.displayText.mid(from, doc.matchToDisplay[j] - from);
        if (!seg.normalized(QString::NormalizationForm_KC).contains(doc.matchText[i]))
            QFAIL(qPrintable(
                QStringLiteral("match %1 not produced by display \"%2\"").arg(i).arg(seg)));
    }
}

} // namespace

class TestTextImporter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void encodings_data() {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("expectedName");
        QTest::newRow("utf8") << "UTF-8"
                              << "UTF-8";
        QTest::newRow("utf8 bom") << "UTF-8 (BOM)"
                                  << "UTF-8 (BOM)";
        QTest::newRow("utf16le") << "UTF-16LE"
                                 << "UTF-16LE";
        QTest::newRow("utf16be") << "UTF-16BE"
                                 << "UTF-16BE";
        QTest::newRow("utf16le no bom") << "UTF-16LE (no BOM)"
                                        << "UTF-16LE";
        QTest::newRow("gb18030") << "GB18030"
                                 << "GB18030";
        QTest::newRow("gbk") << "GBK"
                             << "GB18030";
    }
    void encodings() {
        QFETCH(QString, encoding);
        QFETCH(QString, expectedName);
        const QByteArray bytes = EncodeBytes::encode(kReport, encoding);
        const QString path = writeFile(QStringLiteral("enc.txt"), bytes);
        const ImportResult r = TextImporter::importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.error.isEmpty());
        const SourceDocument &doc = *r.document;
        QCOMPARE(doc.encoding, expectedName);
        QCOMPARE(doc.fileName, QStringLiteral("enc.txt"));
        QCOMPARE(doc.path, path);
        QCOMPARE(doc.format, QStringLiteral("txt"));
        QCOMPARE(doc.displayText, kDisplay);
        QVERIFY(doc.warnings.isEmpty());
        checkOffsets(doc);
    }

    void fullWidthDigitsMapBack() {
        const QString text = QStringLiteral("一、总体情况\n共１２条，Ａ\u3000类\n");
        const ImportResult r = TextImporter::importBytes(text.toUtf8(), QStringLiteral("fw.txt"));
        QVERIFY(r.ok());
        const SourceDocument &doc = *r.document;
        QCOMPARE(doc.matchText, QStringLiteral("一、总体情况\n共12条,A 类\n"));
        const int one = int(doc.matchText.indexOf(u'1'));
        const int fwOne = int(doc.displayText.indexOf(u'１'));
        QCOMPARE(doc.matchToDisplay[one], fwOne);
        QCOMPARE(doc.matchToDisplay[one + 1], fwOne + 1);
        QCOMPARE(doc.displayText.mid(doc.displayOffset(one), 2), QStringLiteral("１２"));
        QCOMPARE(doc.displayOffset(int(doc.matchText.size())), int(doc.displayText.size()));
        checkOffsets(doc);
    }

    void samples_data() {
        QTest::addColumn<QString>("path");
        const QStringList files = QDir(samplesDir()).entryList({QStringLiteral("*.txt")});
        QVERIFY(files.size() >= 5);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << samplesDir() + QLatin1Char('/') + f;
    }
    void samples() {
        QFETCH(QString, path);
        const ImportResult r = TextImporter::importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const SourceDocument &doc = *r.document;
        QCOMPARE(doc.encoding, QStringLiteral("UTF-8"));
        QVERIFY(!doc.displayText.contains(QLatin1String("[bookmark")));
        QVERIFY(!doc.displayText.contains(QLatin1String("[image")));
        QVERIFY(!doc.displayText.contains(u'\r'));
        QVERIFY(doc.displayText.contains(QStringLiteral("总体情况")));
        QVERIFY(doc.warnings.isEmpty());
        checkOffsets(doc);
        // Nothing but the markers was removed (an independent, regex-based expectation).
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString expected = QString::fromUtf8(f.readAll());
        expected.replace(
            QRegularExpression(QStringLiteral("(?m)^(\\[(bookmark|image): [^\\]\\n]*\\])+\\n")),
            QString());
        expected.replace(QRegularExpression(QStringLiteral("\\[(bookmark|image): [^\\]\\n]*\\]")),
                         QString());
        QCOMPARE(doc.displayText, expected);
    }

    void sample003Markers() {
        const QString path = samplesDir() + QStringLiteral("/003_0fe5f5f56ab841d9.txt");
        const ImportResult r = TextImporter::importFile(path);
        QVERIFY(r.ok());
        const QString &text = r.document->displayText;
        QVERIFY(text.contains(QStringLiteral("\n\t一、本年新收政府信息公开申请数量\n\t27\n")));
        QVERIFY(text.contains(QStringLiteral("（三）政府信息管理")));
        QVERIFY(text.contains(QStringLiteral("\n（四）政府信息公开平台建设")));
        QVERIFY(text.contains(QStringLiteral("\n加大政务公开工作力度")));
        // The original has 11 marker lines/prefixes and one image-only line.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString original = QString::fromUtf8(f.readAll());
        QCOMPARE(text.count(u'\n'), original.count(u'\n') - 1);
    }

    void badInput_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QByteArray junk;
        QRandomGenerator rng(1);
        for (int i = 0; i < 8192; ++i)
            junk.append(char(rng.bounded(256)));
        QByteArray controls;
        for (int i = 0; i < 200; ++i)
            controls.append(i % 2 ? "\x01\x02\x03" : "ab");
        QTest::newRow("empty") << "empty.txt" << QByteArray() << "file is empty";
        QTest::newRow("whitespace")
            << "blank.txt" << QStringLiteral(" \n\t\r\n\u3000\u00A0\n").toUtf8() << "whitespace";
        QTest::newRow("bom only") << "bom.txt" << QByteArray("\xEF\xBB\xBF") << "whitespace";
        QTest::newRow("artefacts only")
            << "marks.txt" << QByteArray("[bookmark: _GoBack]\n[image: 123]\n- 1 -\n")
            << "artefacts only";
        QTest::newRow("random binary") << "junk.txt" << junk << "binary";
        QTest::newRow("nul bytes") << "nul.txt" << QByteArray("abc\0def\0\0\0xyz", 13) << "binary";
        QTest::newRow("control characters") << "ctrl.txt" << controls << "binary";
        QTest::newRow("pdf") << "report.txt" << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
                             << "PDF";
        QTest::newRow("docx") << "report.docx" << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8)
                              << "DOCX";
        QTest::newRow("undecodable")
            << "bad.txt" << QByteArray("abc\x80\x80\x80\xFF\xFF def \xFF") << "encoding";
    }
    void badInput() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const ImportResult fromBytes = TextImporter::importBytes(bytes, name);
        QVERIFY(!fromBytes.ok());
        QVERIFY(!fromBytes.document.has_value());
        QVERIFY2(fromBytes.error.startsWith(name + QLatin1String(": ")),
                 qPrintable(fromBytes.error));
        QVERIFY2(fromBytes.error.contains(reason), qPrintable(fromBytes.error));
        QVERIFY(!fromBytes.error.contains(u'\n'));
        QVERIFY(fromBytes.error.contains(QLatin1String(" / "))); // zh / en
        // The same through a file on disk.
        const ImportResult fromFile = TextImporter::importFile(writeFile(name, bytes));
        QVERIFY(!fromFile.ok());
        QCOMPARE(fromFile.error, fromBytes.error);
    }

    void badFiles() {
        const QString missing = m_dir.filePath(QStringLiteral("nope.txt"));
        ImportResult r = TextImporter::importFile(missing);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("nope.txt")) &&
                     r.error.contains(QLatin1String("not found")),
                 qPrintable(r.error));

        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.txt")));
        r = TextImporter::importFile(m_dir.filePath(QStringLiteral("folder.txt")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("folder.txt")) &&
                     r.error.contains(QLatin1String("directory")),
                 qPrintable(r.error));

#ifdef Q_OS_UNIX
        // A device is never read (a pipe could block forever).
        r = TextImporter::importFile(QStringLiteral("/dev/null"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("null")) &&
                     r.error.contains(QLatin1String("not a regular file")),
                 qPrintable(r.error));
#endif

        r = TextImporter::importFile(QString());
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());

        // Too large: a sparse file, refused from its size without being read.
        const QString big = m_dir.filePath(QStringLiteral("huge.txt"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(TextImporter::MaxFileSize + 1));
        }
        QElapsedTimer timer;
        timer.start();
        r = TextImporter::importFile(big);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("huge.txt")) &&
                     r.error.contains(QLatin1String("too large")),
                 qPrintable(r.error));
        QFile::remove(big);
    }

    void damagedUtf8Warns() {
        QByteArray bytes = kReport.repeated(3).toUtf8();
        bytes.insert(6, '\xFF');
        const ImportResult r = TextImporter::importBytes(bytes, QStringLiteral("dmg.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r.document->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(r.document->warnings.size(), 1);
        QVERIFY(r.document->warnings.first().contains(QLatin1String("U+FFFD")));
    }

    void navigationWarns() {
        const QString text = QStringLiteral("首页 > 信息公开 > 年报\n字号：大 中 小\n"
                                            "某局2023年政府信息公开工作年度报告\n一、总体情况\n");
        const ImportResult r = TextImporter::importBytes(text.toUtf8(), QStringLiteral("nav.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r.document->displayText,
                 QStringLiteral("某局2023年政府信息公开工作年度报告\n一、总体情况\n"));
        QCOMPARE(r.document->warnings.size(), 1);
    }

    void neverCrashes() {
        // Random mixtures of text, BOMs, NULs, control bytes and broken sequences: every result
        // is either a consistent document or a one-line error naming the file.
        const QByteArray pieces[] = {QStringLiteral("一、总体情况\n").toUtf8(),
                                     QByteArray("\xEF\xBB\xBF"),
                                     QByteArray("\xFF\xFE"),
                                     QByteArray("\0", 1),
                                     QByteArray("\r\n"),
                                     QByteArray("[bookmark: _GoBack]"),
                                     QByteArray("\f- 3 -\n"),
                                     QByteArray("\xE4\xB8"),
                                     QByteArray("\xD6\xD0\xCE\xC4"),
                                     QByteArray("\x01\x02"),
                                     QByteArray("27\t0\n"),
                                     QStringLiteral("１２\u3000㍻e\u0301").toUtf8()};
        QRandomGenerator rng(99);
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes;
            const int n = int(rng.bounded(0, 12));
            for (int i = 0; i < n; ++i) {
                if (rng.bounded(4) == 0)
                    bytes.append(char(rng.bounded(256)));
                else
                    bytes.append(pieces[rng.bounded(int(std::size(pieces)))]);
            }
            const ImportResult r = TextImporter::importBytes(bytes, QStringLiteral("fuzz.txt"));
            if (r.ok()) {
                QVERIFY(!r.document->displayText.trimmed().isEmpty());
                QVERIFY(!r.document->displayText.contains(u'\r'));
                QCOMPARE(r.document->matchToDisplay.size(), r.document->matchText.size() + 1);
                checkOffsets(*r.document);
            } else {
                QVERIFY2(r.error.startsWith(QLatin1String("fuzz.txt: ")), qPrintable(r.error));
                QVERIFY(!r.error.contains(u'\n'));
            }
            if (QTest::currentTestFailed()) {
                qWarning() << "input" << bytes.toHex();
                return;
            }
        }
    }

    void speedSample003() {
        QFile f(samplesDir() + QStringLiteral("/003_0fe5f5f56ab841d9.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QBENCHMARK {
            const ImportResult r = TextImporter::importBytes(bytes, QStringLiteral("003.txt"));
            QVERIFY(r.ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestTextImporter)
#include "tst_textimporter.moc"
