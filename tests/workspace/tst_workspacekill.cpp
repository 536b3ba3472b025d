#include "wstestutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace wstest;

/// SIGKILLs a child that is committing edits, ~50 times; after each kill the workspace must open
/// writable (the stale lock is reclaimed), pass integrity_check, and hold exactly edits 1..k in
/// order, with k at least every edit the child reported as committed.
class TestWorkspaceKill : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesAtMostTheEditInFlight() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kill.nianbao"));
        QString error;
        const Report original = sampleReport(QStringLiteral("测试局"), 2023);
        {
            Workspace ws;
            QVERIFY(Workspace::create(path, &error));
            QVERIFY(ws.open(path, Workspace::Mode::ReadWrite, &error));
            const auto out = ws.store(
                {WorkspaceImporter::makeItem(dir.filePath("a.txt"), "a", original)}, &error);
            QCOMPARE(out.size(), 1);
            QCOMPARE(out[0].reportId, 1);
        }
        const EditionSpec &spec = original.spec();
        QRandomGenerator rng(20240611);
        const int kills = 50;
        qint64 k = 0;
        QElapsedTimer total;
        total.start();
        for (int round = 0; round < kills; ++round) {
            QProcess child;
            child.start(QStringLiteral(WS_KILL_HELPER), {path, QStringLiteral("100000000")});
            QVERIFY(child.waitForStarted());
            // The kill lands while the child is writing: after its first commit of this round
            // (it prints each one), then at a random moment.
            QVERIFY2(child.waitForReadyRead(30000), "the child committed no edit");
            QTest::qWait(int(rng.bounded(40, 700)));
            QCOMPARE(child.state(), QProcess::Running); // still writing: this is a real kill
            child.kill();                               // SIGKILL
            QVERIFY(child.waitForFinished());
            const QList<QByteArray> reported = child.readAllStandardOutput().split('\n');
            qint64 lastReported = k; // the child resumes after the edits already there
            for (const QByteArray &line : reported)
                if (!line.isEmpty())
                    lastReported = line.toLongLong();

            // A reader first (as `workspace log`/`check` open it): it must see the WAL the
            // killed writer left behind without recovering it itself.
            qsizetype seenReadOnly = -1;
            {
                Workspace ro;
                QVERIFY2(ro.open(path, Workspace::Mode::ReadOnly, &error), qPrintable(error));
                seenReadOnly = ro.log(1).size();
            }
            Workspace ws;
            QVERIFY2(ws.open(path, Workspace::Mode::ReadWrite, &error), qPrintable(error));
            QVERIFY2(!ws.isReadOnly(), qPrintable(ws.notice()));
            QSqlQuery q(ws.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            const auto log = ws.log(1);
            for (int i = 0; i < log.size(); ++i) {
                QCOMPARE(log[i].newValue, Decimal::fromInteger(i + 1)); // 1..k, no gaps
                QCOMPARE(log[i].note, QString::number(i + 1));
            }
            const qint64 now = log.size();
            QVERIFY2(now >= k, "committed edits disappeared");
            QVERIFY2(now >= lastReported, "an edit reported as committed is missing");
            QVERIFY2(now <= lastReported + 1,
                     qPrintable(QStringLiteral("more than the edit in flight appeared: %1 > %2 + 1")
                                    .arg(now)
                                    .arg(lastReported)));
            QCOMPARE(qint64(seenReadOnly), now);
            k = now;
            const auto s = ws.loadReport(1, &error);
            QVERIFY(s);
            for (int c = 0; c < 40; ++c) {
                // The newest i <= k with i % 40 == c, or the extracted value.
                qint64 last = k - ((k - c) % 40 + 40) % 40;
                if (last <= 0 || last % 40 != c)
                    last = 0;
                const Cell &cell = s->current.cells[c];
                if (last > 0) {
                    QCOMPARE(cell.value, Decimal::fromInteger(last));
                    QVERIFY(cell.status == CellStatus::Edited);
                } else {
                    QVERIFY2(cell == original.cells[c], qPrintable(spec.cell(c).key));
                }
            }
        }
        qInfo("%d kills, %lld edits committed, %lld ms", kills, k, total.elapsed());
        // Not a count of edits per second (that depends on the machine's load): every round
        // committed at least one edit before its kill.
        QVERIFY2(k >= kills, "a round ended without a committed edit");
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceKill)
#include "tst_workspacekill.moc"
