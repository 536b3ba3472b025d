#include "wstestutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace wstest;

/// `nianbao-cli workspace …` end to end, through the built executable.
class TestWorkspaceCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_out, m_err;

    int run(const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(NIANBAO_CLI), QStringList{QStringLiteral("workspace")} + args);
        if (!p.waitForFinished(60000))
            return -1;
        m_out = QString::fromUtf8(p.readAllStandardOutput());
        m_err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QJsonArray checkJson(int *rc) {
        *rc = run({QStringLiteral("check"), m_ws});
        return QJsonDocument::fromJson(m_out.toUtf8()).array();
    }

    /// A cell on the left of an equality rule: setting it to 987654 makes that rule fail.
    static QString ruleKey() {
        const EditionSpec &spec = Spec::instance().edition(Edition::E2021);
        for (const RuleInstance &i : spec.instances)
            if (!i.rhs.isEmpty() && i.comparison == RuleComparison::Equal &&
                Spec::instance().rule(i.rule).severity == Severity::Error)
                return spec.cell(i.lhs.first()).key;
        return spec.cell(7).key;
    }

    static int expectedExit(const QJsonArray &reports) {
        for (const QJsonValue &r : reports)
            for (const QJsonValue &f : r[QStringLiteral("findings")].toArray())
                if (f[QStringLiteral("severity")] == QStringLiteral("error") &&
                    f[QStringLiteral("decision")] != QStringLiteral("dismissed"))
                    return 1;
        return 0;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(QFileInfo::exists(QStringLiteral(NIANBAO_CLI)));
        m_ws = m_dir.filePath(QStringLiteral("cli.nianbao"));
    }

    void createRefusesToOverwrite() {
        QCOMPARE(run({QStringLiteral("create"), m_ws}), 0);
        QVERIFY(QFileInfo::exists(m_ws));
        QCOMPARE(run({QStringLiteral("create"), m_ws}), 2);
        QVERIFY(m_err.contains(QStringLiteral("已存在")));
    }

    void importSamples() {
        QStringList files;
        const QDir samples(QStringLiteral(NIANBAO_TEST_DATA "/samples"));
        for (const QString &f :
             samples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile::copy(samples.filePath(f), m_dir.filePath(f));
            files << m_dir.filePath(f);
        }
        QCOMPARE(files.size(), 5);
        const int rc = run(QStringList{QStringLiteral("import"), m_ws} + files +
                           QStringList{m_dir.filePath(QStringLiteral("absent.txt"))});
        QCOMPARE(rc, 2); // one file was missing; the others are still imported
        QVERIFY(m_err.contains(QStringLiteral("absent.txt")));
        QCOMPARE(m_out.count(QStringLiteral("\tadded\t")), 5);
        QCOMPARE(run(QStringList{QStringLiteral("import"), m_ws} + files), 0);
        QCOMPARE(m_out.count(QStringLiteral("\tunchanged\t")), 5);
    }

    void listsReports() {
        QCOMPARE(run({QStringLiteral("list"), m_ws}), 0);
        const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        for (int i = 0; i < lines.size(); ++i) {
            const QStringList f = lines[i].split(u'\t');
            QCOMPARE(f.value(0).toInt(), i + 1);
            QCOMPARE(f.value(1), QStringLiteral("pending"));
            QVERIFY(f.value(2).toInt() >= 0); // open errors, validated
            QVERIFY(f.value(3).toInt() >= 0);
        }
    }

    void setEditsAndLogs() {
        const QString key = ruleKey();
        QCOMPARE(
            run({QStringLiteral("set"), m_ws, QStringLiteral("003_0fe5f5f56ab841d9.txt"), key,
                 QStringLiteral("987654"), QStringLiteral("--note"), QStringLiteral("核对原件"),
                 QStringLiteral("--user"), QStringLiteral("alice")}),
            0);
        QVERIFY(m_out.startsWith(QStringLiteral("edit ")));
        QCOMPARE(run({QStringLiteral("set"), m_ws, QStringLiteral("4"), QStringLiteral("state"),
                      QStringLiteral("approved")}),
                 0);
        QCOMPARE(run({QStringLiteral("set"), m_ws, QStringLiteral("4"), QStringLiteral("year"),
                      QStringLiteral("2019")}),
                 0);
        // Bad input: exit 2 with a message, nothing logged.
        QCOMPARE(run({QStringLiteral("set"), m_ws, QStringLiteral("4"), QStringLiteral("t9.bad"),
                      QStringLiteral("1")}),
                 2);
        QVERIFY(!m_err.isEmpty());
        QCOMPARE(
            run({QStringLiteral("set"), m_ws, QStringLiteral("4"), key, QStringLiteral("abc")}), 2);
        QCOMPARE(run({QStringLiteral("set"), m_ws, QStringLiteral("99"), key, QStringLiteral("1")}),
                 2);
        QVERIFY(m_err.contains(QStringLiteral("99")));
        QCOMPARE(run({QStringLiteral("set"), m_ws, QStringLiteral("4"), key}), 2);

        QCOMPARE(run({QStringLiteral("log"), m_ws}), 0);
        const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QStringList first = lines[0].split(u'\t');
        QCOMPARE(first.value(2), QStringLiteral("alice"));
        QCOMPARE(first.value(3), QStringLiteral("4"));
        QCOMPARE(first.value(4), key);
        QCOMPARE(first.value(6), QStringLiteral("987654 edited"));
        QCOMPARE(first.value(7), QStringLiteral("cli"));
        QCOMPARE(first.value(8), QStringLiteral("核对原件"));
        QCOMPARE(run({QStringLiteral("log"), m_ws, QStringLiteral("1")}), 0);
        QVERIFY(m_out.isEmpty());
        QCOMPARE(run({QStringLiteral("list"), m_ws}), 0);
        QVERIFY(m_out.split(u'\n')[3].startsWith(QStringLiteral("4\tapproved\t")));
    }

    void checkShowsEditsAndDecisions() {
        int rc = -1;
        QJsonArray reports = checkJson(&rc);
        QCOMPARE(reports.size(), 5);
        QCOMPARE(rc, expectedExit(reports));
        const QJsonObject r4 = reports[3].toObject();
        QCOMPARE(r4[QStringLiteral("report_id")].toInt(), 4);
        QCOMPARE(r4[QStringLiteral("year")].toInt(), 2019);
        QCOMPARE(r4[QStringLiteral("state")].toString(), QStringLiteral("approved"));
        const QString key = ruleKey();
        QVERIFY(r4[QStringLiteral("edited")].toArray().contains(key));
        const QJsonObject cell = r4[QStringLiteral("cells")][key].toObject();
        QCOMPARE(cell[QStringLiteral("value")].toInt(), 987654);
        QCOMPARE(cell[QStringLiteral("status")].toString(), QStringLiteral("edited"));
        QVERIFY(cell.contains(QStringLiteral("original")));
        QVERIFY(r4[QStringLiteral("cells")].toObject().size() > 100);

        // Decide on the first finding of a report that has one.
        QString finding;
        int report = 0;
        for (const QJsonValue &r : reports)
            if (!r[QStringLiteral("findings")].toArray().isEmpty() && finding.isEmpty()) {
                finding = r[QStringLiteral("findings")][0][QStringLiteral("id")].toString();
                report = r[QStringLiteral("report_id")].toInt();
            }
        QVERIFY(!finding.isEmpty());
        const QString id = QString::number(report);
        QCOMPARE(run({QStringLiteral("decide"), m_ws, id, finding, QStringLiteral("dismiss")}), 2);
        QVERIFY2(m_err.contains(QStringLiteral("说明")), qPrintable(m_err));
        QCOMPARE(run({QStringLiteral("decide"), m_ws, id, QStringLiteral("NOPE:t1"),
                      QStringLiteral("confirm")}),
                 2);
        QCOMPARE(run({QStringLiteral("decide"), m_ws, id, finding, QStringLiteral("frobnicate")}),
                 2);
        QCOMPARE(run({QStringLiteral("decide"), m_ws, id, finding, QStringLiteral("dismiss"),
                      QStringLiteral("--note"), QStringLiteral("口径说明见附注")}),
                 0);
        reports = checkJson(&rc);
        QCOMPARE(rc, expectedExit(reports));
        QJsonObject decided;
        for (const QJsonValue &f : reports[report - 1][QStringLiteral("findings")].toArray())
            if (f[QStringLiteral("id")] == finding)
                decided = f[QStringLiteral("decision_detail")].toObject();
        QCOMPARE(decided[QStringLiteral("decision")].toString(), QStringLiteral("dismissed"));
        QCOMPARE(decided[QStringLiteral("note")].toString(), QStringLiteral("口径说明见附注"));
        QCOMPARE(run({QStringLiteral("decide"), m_ws, id, finding, QStringLiteral("reopen")}), 0);
        reports = checkJson(&rc);
        for (const QJsonValue &f : reports[report - 1][QStringLiteral("findings")].toArray())
            if (f[QStringLiteral("id")] == finding)
                QVERIFY(f[QStringLiteral("decision")].isNull() &&
                        f[QStringLiteral("decision_detail")].isNull());
    }

    void reimportKeepsEdits() {
        // The source changes bytes but not numbers: the edit stays, no conflict.
        const QString file = m_dir.filePath(QStringLiteral("003_0fe5f5f56ab841d9.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::Append));
            f.write("\n");
        }
        const int rc = run({QStringLiteral("import"), m_ws, file});
        QCOMPARE(rc, 0);
        QVERIFY2(m_out.contains(QStringLiteral("4\tupdated\t")), qPrintable(m_out));
        QVERIFY2(m_out.contains(QStringLiteral("kept 1 edits, 0 conflicts")), qPrintable(m_out));
        int checkRc = -1;
        const QJsonArray reports = checkJson(&checkRc);
        QCOMPARE(reports[3][QStringLiteral("cells")][ruleKey()][QStringLiteral("value")].toInt(),
                 987654);
    }

    void lockedWorkspaceRefusesEdits() {
        Workspace holder;
        QString error;
        QVERIFY(holder.open(m_ws, Workspace::Mode::ReadWrite, &error));
        const QString key = Spec::instance().edition(Edition::E2021).cell(7).key;
        QCOMPARE(run({QStringLiteral("set"), m_ws, QStringLiteral("1"), key, QStringLiteral("9")}),
                 2);
        QVERIFY2(m_err.contains(QStringLiteral("只读")), qPrintable(m_err));
        QCOMPARE(run({QStringLiteral("list"), m_ws}), 0); // reading still works
        QCOMPARE(m_out.count(u'\n'), 5);
        QCOMPARE(holder.log().size(), 3);
    }

    void refusesBadWorkspacesAndArguments() {
        const QString junk = m_dir.filePath(QStringLiteral("junk.nianbao"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("definitely not a database");
        }
        for (const char *sub : {"list", "check", "log"}) {
            QCOMPARE(run({QLatin1String(sub), junk}), 2);
            QVERIFY(m_err.contains(QStringLiteral("not a Nianbao workspace")));
        }
        QCOMPARE(fileBytes(junk), QByteArray("definitely not a database"));
        QCOMPARE(run({}), 2);
        QCOMPARE(run({QStringLiteral("frob"), m_ws}), 2);
        QCOMPARE(run({QStringLiteral("list")}), 2);
        QCOMPARE(run({QStringLiteral("list"), m_ws, QStringLiteral("--bogus")}), 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCli)
#include "tst_workspacecli.moc"
