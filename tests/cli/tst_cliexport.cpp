// nianbao-cli export end to end: a workspace or files in, xlsx / CSV / JSON out; exit codes as for
// check (0 clean, 1 an open error finding, 2 unreadable file, bad arguments or unwritable OUT).

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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

QStringList samples() {
    QDir dir(QStringLiteral(NIANBAO_TEST_DATA "/samples"));
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

QJsonObject readJson(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_damaged, m_ws;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        // Sample 003 with （一）予以公开 / 自然人 printed as 5 instead of 4: two error findings.
        QFile source(samples()[3]);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(source.readAll());
        static const QRegularExpression granted(QStringLiteral("（一）予以公开\\s*4"));
        const QRegularExpressionMatch m = granted.match(text);
        QVERIFY(m.hasMatch());
        text[m.capturedEnd() - 1] = u'5';
        m_damaged = path(QStringLiteral("003_damaged.txt"));
        QFile damaged(m_damaged);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(text.toUtf8());
        damaged.close();

        m_ws = path(QStringLiteral("ws.nianbao"));
        QCOMPARE(run({"workspace", "create", m_ws}).exitCode, 0);
        QCOMPARE(run(QStringList{"workspace", "import", m_ws} + samples()).exitCode, 0);
    }

    void filesCleanExitZero() {
        const QString out = path(QStringLiteral("samples.xlsx"));
        const Run r = run(QStringList{"export"} + samples() + QStringList{"-o", out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo(out).size() > 10000);
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("5 份报告")));
        // The format comes from --format when the suffix says nothing.
        const QString csv = path(QStringLiteral("samples.txt-out"));
        QCOMPARE(run(QStringList{"export", "--format", "csv", "-o", csv} + samples()).exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("\xEF\xBB\xBF"));
    }

    void errorFindingExitsOne() {
        const QString out = path(QStringLiteral("damaged.json"));
        const Run r = run({"export", m_damaged, "-o", out, "--lang", "en"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = readJson(out);
        QCOMPARE(o.value(u"language").toString(), QStringLiteral("en"));
        const QJsonObject report = o.value(u"reports").toArray().at(0).toObject();
        QCOMPARE(report.value(u"report_id"), QJsonValue(QJsonValue::Null));
        QVERIFY(report.value(u"edits").toArray().isEmpty());
        QVERIFY(!report.value(u"findings").toArray().isEmpty());
    }

    void unreadableFileExitsTwoAndIsNamed() {
        const QString missing = path(QStringLiteral("missing.txt"));
        const QString out = path(QStringLiteral("partial.json"));
        const Run r = run({"export", samples()[0], missing, "-o", out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("missing.txt")), qPrintable(r.err));
        QCOMPARE(readJson(out).value(u"reports").toArray().size(), 1);
    }

    void badArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no -o") << QStringList{"export", samples()[0]};
        QTest::newRow("bad format")
            << QStringList{"export", samples()[0], "--format", "pdf", "-o", "x"};
        QTest::newRow("no format") << QStringList{"export", samples()[0], "-o", "x.out"};
        QTest::newRow("bad lang") << QStringList{"export", samples()[0], "--lang",
                                                 "fr",     "-o",         "x.csv"};
        QTest::newRow("reports without workspace")
            << QStringList{"export", samples()[0], "--reports", "1", "-o", "x.csv"};
        QTest::newRow("no input") << QStringList{"export", "-o", "x.csv"};
    }
    void badArguments() {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("nianbao-cli export: ")));
    }

    void workspaceSelectedReports() {
        const QString out = path(QStringLiteral("ws.json"));
        const Run r = run({"export", m_ws, "--reports", "2,4", "-o", out, "--user", "张三"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = readJson(out);
        QCOMPARE(o.value(u"workspace").toString(), m_ws);
        QCOMPARE(o.value(u"reviewer").toString(), QStringLiteral("张三"));
        const QJsonArray reports = o.value(u"reports").toArray();
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports[0].toObject().value(u"report_id").toInt(), 2);
        QCOMPARE(reports[1].toObject().value(u"report_id").toInt(), 4);
        QCOMPARE(reports[0].toObject().value(u"review_state").toObject().value(u"state").toString(),
                 QStringLiteral("pending"));
        const Run unknown = run({"export", m_ws, "--reports", "99", "-o", out});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("99")));
    }

    void unwritableOutputIsOneLine() {
        const QString out = path(QStringLiteral("no/such/folder/out.xlsx"));
        const Run r = run({"export", m_ws, "-o", out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("nianbao-cli: ") + out + QStringLiteral(": ")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
