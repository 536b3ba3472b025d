// The one edit path of the core (issue 12): a ReportDocument under a ReportAudit commits each
// user action — every cell of a paste or a multi-cell undo, the automatic 已更正 decisions and
// the cached counts — in one transaction, and the workspace's notifier announces it.

#include "wstestutil.h"

#include "review/reportdocument.h"
#include "workspace/reportaudit.h"
#include "workspace/workspacenotifier.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace wstest;

class TestEditPath : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ReportDocument> m_doc;
    qint64 m_id = -1;
    int m_serial = 0;

    /// A report whose published total (t2 granted total) breaks its row total: 1 ≠ 0 + … .
    Report published() const {
        Report r = sampleReport(QStringLiteral("甲局"), 2023);
        for (Cell &c : r.cells)
            c.value = Decimal::fromInteger(0);
        r.cell(QStringLiteral("t2.r.granted.c.total")).value = Decimal::fromInteger(1);
        return r;
    }

    int count(const QString &sql) const {
        QSqlQuery q(m_ws->database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    int cell(const char *key) const { return m_doc->spec().indexOf(QLatin1String(key)); }

private Q_SLOTS:
    void init() {
        m_doc.reset();
        m_ws = std::make_unique<Workspace>();
        const QString path = m_dir.filePath(QStringLiteral("edit-%1.nianbao").arg(m_serial++));
        QString error;
        QVERIFY(Workspace::create(path, &error));
        QVERIFY(m_ws->open(path, Workspace::Mode::ReadWrite, &error));
        const auto outcomes =
            m_ws->store({WorkspaceImporter::makeItem(m_dir.filePath(QStringLiteral("p.txt")), "p",
                                                     published())},
                        &error);
        QCOMPARE(outcomes.size(), 1);
        m_id = outcomes[0].reportId;
        const auto stored = m_ws->loadReport(m_id, &error);
        QVERIFY(stored);
        m_doc.reset(ReportAudit::open(*m_ws, *stored, SourceDocument{}));
    }
    void cleanup() {
        m_doc.reset();
        m_ws.reset();
    }

    /// A paste whose second cell the database refuses stores none of its cells and the
    /// document shows none (the first used to be committed while the desk showed nothing).
    void pasteIsAtomic() {
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM cells WHERE key = 't2.r.granted.c.other_org'")));
        const int edits = count(QStringLiteral("SELECT count(*) FROM edits"));
        QString error;
        QVERIFY(!m_doc->setCellValues(
            {{cell("t2.r.granted.c.natural_person"), Decimal::fromInteger(1), CellStatus::Edited},
             {cell("t2.r.granted.c.other_org"), Decimal::fromInteger(2), CellStatus::Edited},
             {cell("t2.r.granted.c.commercial_enterprise"), Decimal::fromInteger(3),
              CellStatus::Edited}},
            EditOrigin::Paste, &error));
        QVERIFY2(error.contains(QStringLiteral("other_org")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM edits")), edits);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cells WHERE status = 'edited'")), 0);
        QCOMPARE(m_doc->cell(cell("t2.r.granted.c.natural_person")).value, Decimal::fromInteger(0));
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    /// A multi-cell undo is one transaction too.
    void multiCellUndoIsAtomic() {
        QString error;
        QVERIFY2(m_doc->setCellValues({{cell("t2.r.granted.c.natural_person"),
                                        Decimal::fromInteger(1), CellStatus::Edited},
                                       {cell("t2.r.granted.c.other_org"), Decimal::fromInteger(2),
                                        CellStatus::Edited}},
                                      EditOrigin::Paste, &error),
                 qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM edits")), 2);
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(
            QStringLiteral("DELETE FROM cells WHERE key = 't2.r.granted.c.natural_person'")));
        QVERIFY(!m_doc->undo(&error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM edits")), 2);
        QCOMPARE(m_doc->cell(cell("t2.r.granted.c.other_org")).value, Decimal::fromInteger(2));
        QCOMPARE(m_doc->undoStack()->index(), 1);
    }

    /// The automatic 已更正 decision and the open counts are stored with the edit: when the
    /// decision cannot be stored, the edit is not stored either.
    void fixIsInTheEditsTransaction() {
        const int total = cell("t2.r.granted.c.total");
        QString error;
        // Refuse every decision: the edit that fixes the published error must fail with it.
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER no_decisions BEFORE INSERT ON decisions "
                                      "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QVERIFY(!m_doc->setCellValue(total, Decimal::fromInteger(0), CellStatus::Edited,
                                     EditOrigin::Typed, &error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM edits")), 0);
        QCOMPARE(m_doc->cell(total).value, Decimal::fromInteger(1));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER no_decisions")));

        QVERIFY2(m_doc->setCellValue(total, Decimal::fromInteger(0), CellStatus::Edited,
                                     EditOrigin::Typed, &error),
                 qPrintable(error));
        ReportAudit *audit = ReportAudit::of(m_doc.get());
        const auto decisions = m_ws->decisions(m_id);
        QVERIFY(!decisions.isEmpty());
        for (const DecisionRecord &d : decisions) {
            QCOMPARE(d.decision, Decision::Fixed);
            QCOMPARE(d.editId, audit->lastEditId());
            QVERIFY(d.note.contains(QString::number(audit->lastEditId())));
        }
        const auto summary = m_ws->summary(m_id);
        QCOMPARE(std::pair(summary->openErrors, summary->openWarnings), audit->openCounts());
        // Undo brings the published error back: the fix is reopened, in the undo's transaction.
        QVERIFY(m_doc->undo(&error));
        QVERIFY(m_ws->decisions(m_id).isEmpty());
        QCOMPARE(m_ws->summary(m_id)->openErrors, audit->openCounts().first);
    }

    /// Every committed change is announced, with the report and what changed; nothing is
    /// announced for a refused change.
    void notifierAnnouncesChanges() {
        const WorkspaceNotifier *n = m_ws->notifier();
        QSignalSpy cells(n, &WorkspaceNotifier::cellsChanged);
        QSignalSpy decisions(n, &WorkspaceNotifier::decisionsChanged);
        QSignalSpy counts(n, &WorkspaceNotifier::openCountsChanged);
        QSignalSpy state(n, &WorkspaceNotifier::reviewStateChanged);
        QSignalSpy info(n, &WorkspaceNotifier::reportInfoChanged);
        QSignalSpy aboutToImport(n, &WorkspaceNotifier::reportsAboutToBeImported);
        QSignalSpy imported(n, &WorkspaceNotifier::reportsImported);
        QString error;
        QVERIFY(m_doc->setCellValues(
            {{cell("t2.r.granted.c.total"), Decimal::fromInteger(0), CellStatus::Edited},
             {cell("t2.r.granted.c.other_org"), std::nullopt, CellStatus::Placeholder}},
            EditOrigin::Paste, &error));
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells[0][0].toLongLong(), m_id);
        QCOMPARE(cells[0][1].toStringList(),
                 (QStringList{QStringLiteral("t2.r.granted.c.total"),
                              QStringLiteral("t2.r.granted.c.other_org")}));
        QCOMPARE(cells[0][2].value<EditOrigin>(), EditOrigin::Paste);
        QCOMPARE(decisions.size(), 1); // the automatic fix
        QCOMPARE(counts.size(), 1);
        QVERIFY(m_ws->setReviewState(m_id, ReviewState::Approved, {}, &error));
        QCOMPARE(state.size(), 1);
        QVERIFY(m_ws->setMeta(m_id, Workspace::MetaField::Year, QStringLiteral("2022"),
                              EditOrigin::Typed, {}, &error));
        QCOMPARE(info.size(), 1);
        QCOMPARE(info[0][1].toInt(), int(Workspace::MetaField::Year));
        QVERIFY(!m_ws->setMeta(m_id, Workspace::MetaField::Year, QStringLiteral("2022"),
                               EditOrigin::Typed, {}, &error)); // unchanged: refused, silent
        QCOMPARE(info.size(), 1);
        m_ws->store({WorkspaceImporter::makeItem(m_dir.filePath(QStringLiteral("q.txt")), "q",
                                                 published())},
                    &error);
        QCOMPARE(aboutToImport.size(), 1);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported[0][0].value<QVector<ImportOutcome>>().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEditPath)
#include "tst_editpath.moc"
