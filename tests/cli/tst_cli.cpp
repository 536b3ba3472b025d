// nianbao-cli end to end: exit codes 0/1/2, the JSON array in argument order, bad files named in
// their error while the other files are still processed.

#include "import/importpipeline.h"
#include "import/reportwriters.h"
#include "model/report.h"
#include "model/spec.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run run(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(NIANBAO_CLI), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonArray jsonArray(const Run &r) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (!doc.isArray())
        qWarning("not a JSON array: %s", qPrintable(error.errorString()));
    return doc.array();
}

QStringList samples() {
    QDir dir(QStringLiteral(NIANBAO_TEST_DATA "/samples"));
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

bool hasErrorFinding(const QJsonObject &report) {
    for (const QJsonValue &f : report.value(u"findings").toArray())
        if (f.toObject().value(u"severity").toString() == u"error")
            return true;
    return false;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_junk, m_empty, m_missing, m_damaged;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        QCOMPARE(samples().size(), 5);
        m_junk = m_tmp.filePath(QStringLiteral("junk.bin"));
        QFile junk(m_junk);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(char((i * 7919) % 256));
        junk.write(bytes);
        junk.close();
        m_empty = m_tmp.filePath(QStringLiteral("empty.txt"));
        QFile empty(m_empty);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        m_missing = m_tmp.filePath(QStringLiteral("missing.txt"));
        // Sample 003 with （一）予以公开 / 自然人 printed as 5 instead of 4.
        QFile source(samples()[3]);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(source.readAll());
        static const QRegularExpression granted(QStringLiteral("（一）予以公开\\s*4"));
        const QRegularExpressionMatch m = granted.match(text);
        QVERIFY(m.hasMatch());
        text[m.capturedEnd() - 1] = u'5';
        m_damaged = m_tmp.filePath(QStringLiteral("003_damaged.txt"));
        QFile damaged(m_damaged);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(text.toUtf8());
    }

    void version() {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("nianbao-cli " NIANBAO_VERSION));
    }

    void help() {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("check"));
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--help")}).exitCode, 0);
    }

    void badArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("no files") << QStringList{QStringLiteral("check")};
        QTest::newRow("bad lang") << QStringList{QStringLiteral("check"), QStringLiteral("--lang"),
                                                 QStringLiteral("fr"), samples()[0]};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("check"), QStringLiteral("--frob"), samples()[0]};
    }
    void badArguments() {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    /// The five samples: read, every cell of the edition present, exit 0 unless an error finding.
    void samplesJson() {
        const Run r =
            run(QStringList{QStringLiteral("check"), QStringLiteral("--json")} + samples());
        const QJsonArray array = jsonArray(r);
        QCOMPARE(array.size(), 5);
        bool anyError = false;
        for (int i = 0; i < 5; ++i) {
            const QJsonObject o = array[i].toObject();
            QCOMPARE(o.value(u"file").toString(), samples()[i]);
            QCOMPARE(o.value(u"ok").toBool(), true);
            QVERIFY(o.value(u"error").isNull());
            const auto edition = editionFromName(o.value(u"edition").toString());
            QVERIFY(edition);
            QCOMPARE(o.value(u"cells").toObject().size(),
                     Spec::instance().edition(*edition).cellCount());
            anyError = anyError || hasErrorFinding(o);
        }
        QCOMPARE(r.exitCode, anyError ? 1 : 0);
        // Sample 003: 27 new, 2 carried over, 28 handled, 1 carried forward, one review upheld.
        const QJsonObject cells = array[3].toObject().value(u"cells").toObject();
        auto value = [&](const char *key) {
            return cells.value(QLatin1String(key)).toObject().value(u"value").toInteger(-1);
        };
        QCOMPARE(array[3].toObject().value(u"year").toInt(), 2023);
        QCOMPARE(array[3].toObject().value(u"edition").toString(), QStringLiteral("2021"));
        QCOMPARE(value("t2.r.new_received.c.total"), 27);
        QCOMPARE(value("t2.r.carried_over.c.natural_person"), 2);
        QCOMPARE(value("t2.r.results_total.c.total"), 28);
        QCOMPARE(value("t2.r.carry_forward.c.total"), 1);
        QCOMPARE(value("t3.r.cases.c.review_maintained"), 1);
        // Sample 002: eight outcome rows print 6 values for 7 columns; each is flagged.
        QSet<QString> damagedRows;
        const QJsonObject cells002 = array[2].toObject().value(u"cells").toObject();
        for (auto it = cells002.begin(); it != cells002.end(); ++it)
            if (it.value().toObject().value(u"status").toString() == u"suspect")
                damagedRows << it.key().section(u'.', 2, 2);
        QCOMPARE(damagedRows.size(), 8);
        QVERIFY(array[2]
                    .toObject()
                    .value(u"summary")
                    .toObject()
                    .value(u"cells")
                    .toObject()
                    .value(u"suspect")
                    .toInt() >= 8);
    }

    /// The example end to end: 4 → 5 in the text gives two failing rules, exit 1, and the
    /// suggestion 4 for that cell.
    void errorFindingExitsOne() {
        const Run r = run({QStringLiteral("check"), QStringLiteral("--json"), m_damaged});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = jsonArray(r)[0].toObject();
        QStringList failing;
        for (const QJsonValue &v : o.value(u"findings").toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(u"status").toString() != u"fail")
                continue;
            failing << f.value(u"rule").toString();
            QCOMPARE(f.value(u"suggestion").toObject().value(u"cell").toString(),
                     QStringLiteral("t2.r.granted.c.natural_person"));
            QCOMPARE(f.value(u"suggestion").toObject().value(u"value").toInt(), 4);
        }
        failing.sort();
        QCOMPARE(failing, (QStringList{QStringLiteral("T2_RESULTS_TOTAL_2021"),
                                       QStringLiteral("T2_ROW_TOTAL_2021")}));
        // The readable summary names the finding in the chosen language.
        const Run zh = run({QStringLiteral("check"), m_damaged});
        QCOMPARE(zh.exitCode, 1);
        QVERIFY(QString::fromUtf8(zh.out).contains(
            QStringLiteral("（一）予以公开：总计 4 ≠ 各列之和 5")));
        const Run en = run(
            {QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("en"), m_damaged});
        QVERIFY(QString::fromUtf8(en.out).contains(QStringLiteral("(1) disclosed: total 4")));
        QVERIFY(QString::fromUtf8(en.out).contains(QStringLiteral("agency")));
    }

    /// Bad files exit 2 and are named; the good ones between them are still processed, in order.
    void badFiles() {
        const QStringList files{samples()[3], m_junk, m_empty, m_missing, samples()[1]};
        const Run r = run(QStringList{QStringLiteral("check"), QStringLiteral("--json")} + files);
        QCOMPARE(r.exitCode, 2);
        const QJsonArray array = jsonArray(r);
        QCOMPARE(array.size(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            const QJsonObject o = array[i].toObject();
            QCOMPARE(o.value(u"file").toString(), files[i]);
            const bool bad = i >= 1 && i <= 3;
            QCOMPARE(o.value(u"ok").toBool(), !bad);
            if (bad) {
                const QString error = o.value(u"error").toString();
                QVERIFY2(error.contains(QFileInfo(files[i]).fileName()), qPrintable(error));
                QVERIFY(!error.contains(u'\n'));
                QVERIFY2(r.err.contains(QFileInfo(files[i]).fileName()), qPrintable(r.err));
            } else {
                QVERIFY(o.value(u"cells").toObject().size() > 100);
            }
        }
        QCOMPARE(r.err.count(u'\n'), 3); // one line per bad file
        // Without --json too.
        const Run text = run({QStringLiteral("check"), m_missing});
        QCOMPARE(text.exitCode, 2);
        QVERIFY(text.err.contains(QStringLiteral("missing.txt")));
    }

    /// check and workspace import take every format; an old .doc is one clear line.
    void allFormats() {
        const PipelineResult text = ImportPipeline::run(samples()[3]);
        QVERIFY(text.ok());
        const auto parts = testformats::documentParts(text.report.report());
        QStringList files;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(m_tmp.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            files << f.fileName();
        };
        write(QStringLiteral("003.html"), testformats::govHtml(parts));
        write(QStringLiteral("003.docx"), testformats::docx(parts));
        write(QStringLiteral("003.pdf"), testformats::pdf(parts));
        write(QStringLiteral("003.doc"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
        const Run r = run(QStringList{QStringLiteral("check"), QStringLiteral("--json")} + files);
        QCOMPARE(r.exitCode, 2);
        const QJsonArray array = jsonArray(r);
        QCOMPARE(array.size(), 4);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject o = array[i].toObject();
            QVERIFY2(o.value(u"ok").toBool(), qPrintable(o.value(u"error").toString()));
            QVERIFY(o.value(u"cells").toObject().size() > 100);
            QVERIFY(!hasErrorFinding(o));
        }
        QVERIFY(r.err.contains(QStringLiteral("003.doc:")));
        QVERIFY(r.err.contains(QStringLiteral(".docx")));
        const QString ws = m_tmp.filePath(QStringLiteral("formats.nianbao"));
        QCOMPARE(run({QStringLiteral("workspace"), QStringLiteral("create"), ws}).exitCode, 0);
        const Run imported =
            run(QStringList{QStringLiteral("workspace"), QStringLiteral("import"), ws} + files);
        QVERIFY2(imported.err.contains(QStringLiteral("003.doc")), qPrintable(imported.err));
        const Run list = run({QStringLiteral("workspace"), QStringLiteral("list"), ws});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QString::fromUtf8(list.out).count(QStringLiteral("市中区人民政府办公室")), 3);
    }

    /// Many files go through the parallel path and keep the argument order.
    void manyFilesKeepOrder() {
        QStringList files;
        for (int i = 0; i < 4; ++i)
            files += samples();
        files.insert(7, m_missing);
        const Run r = run(QStringList{QStringLiteral("check"), QStringLiteral("--json")} + files);
        QCOMPARE(r.exitCode, 2);
        const QJsonArray array = jsonArray(r);
        QCOMPARE(array.size(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            QCOMPARE(array[i].toObject().value(u"file").toString(), files[i]);
            QCOMPARE(array[i].toObject().value(u"ok").toBool(), i != 7);
        }
        // Same content as one file at a time.
        const Run single = run({QStringLiteral("check"), QStringLiteral("--json"), samples()[2]});
        QCOMPARE(jsonArray(single)[0].toObject(), array[2].toObject());
    }

    /// A large batch streams: memory stays that of a few reports (it used to keep every result
    /// and one QJsonArray: 4.4 GB for 10,000 files, ~90 MB for these 1,500).
    void largeBatchStreams() {
#ifdef Q_OS_LINUX
        QStringList files;
        const QStringList base = samples();
        for (int i = 0; i < 1500; ++i) {
            const QString link = m_tmp.filePath(QStringLiteral("batch-%1.txt").arg(i));
            QVERIFY(QFile::link(base[i % base.size()], link));
            files << link;
        }
        // The child's peak RSS is in ru_maxrss of the reaped children of this test.
        QProcess p;
        p.setStandardOutputFile(m_tmp.filePath(QStringLiteral("batch.json")));
        p.start(QStringLiteral(NIANBAO_CLI),
                QStringList{QStringLiteral("check"), QStringLiteral("--json")} + files);
        QVERIFY(p.waitForFinished(240000));
        QCOMPARE(p.exitCode(), 0);
        QFile out(m_tmp.filePath(QStringLiteral("batch.json")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QJsonArray array = jsonArray(Run{0, out.readAll(), QString()});
        QCOMPARE(array.size(), files.size());
        for (int i : {0, 777, 1499})
            QCOMPARE(array[i].toObject().value(u"file").toString(), files[i]);
        struct rusage usage {};
        QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
        QVERIFY2(usage.ru_maxrss < 60 * 1024, qPrintable(QString::number(usage.ru_maxrss)));
#endif
    }
};

QTEST_MAIN(TestCli) // QGuiApplication: the PDF is printed with fonts
#include "tst_cli.moc"
