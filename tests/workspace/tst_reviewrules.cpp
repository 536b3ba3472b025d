// Review rules of the core (issue 13), for the desk and `nianbao-cli workspace set` alike: an
// edit that reopens a problem takes an approved report back to 审核中 (logged); 确认读数 accepts a
// suspect value as read (logged, undoable, the suspect row then passes); the edit count is the
// net number of changed cells; the same bytes under another path are recognised; the open
// problems of a stored report for the approval question; pinyin spelling for the list filter.

#include "wstestutil.h"

#include "import/unicodetext.h"
#include "review/reportdocument.h"
#include "workspace/reportaudit.h"
#include "workspace/workspacecheck.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace wstest;

namespace {
const QString kGranted = QStringLiteral("t2.r.granted.c.natural_person");
}

class TestReviewRules : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_serial = 0;

    /// Balanced zeros, with one row of table 2 read as suspect (a damaged row) and its remark.
    static Report report() {
        Report r = sampleReport(QStringLiteral("甲局"), 2023);
        for (Cell &c : r.cells)
            c.value = Decimal::fromInteger(0);
        Finding remark;
        remark.rule = QStringLiteral("EXTRACT_SUSPECT_ROW");
        remark.status = FindingStatus::Unverifiable;
        remark.severity = Severity::Warning;
        for (const char *col : {"natural_person", "commercial_enterprise"}) {
            const QString key =
                QStringLiteral("t2.r.denied_internal_affairs.c.") + QLatin1String(col);
            r.cell(key).status = CellStatus::Suspect;
            r.cell(key).note =
                QStringLiteral("本行仅有 6 个数值，应为 7 个 / row has 6 values for 7 columns");
            remark.lhs << r.spec().indexOf(key);
        }
        remark.zh = QStringLiteral("（五）不予处理：2 个单元格存疑");
        remark.en = QStringLiteral("(5): 2 cells are suspect");
        r.remarks << remark;
        return r;
    }

    qint64 store(const QString &name, const QByteArray &bytes) {
        QString error;
        const auto out = m_ws->store(
            {WorkspaceImporter::makeItem(m_dir.filePath(name), bytes, report())}, &error);
        return out.size() == 1 ? out[0].reportId : -1;
    }

    std::unique_ptr<ReportDocument> open(qint64 id) {
        QString error;
        const auto stored = m_ws->loadReport(id, &error);
        return std::unique_ptr<ReportDocument>(
            stored ? ReportAudit::open(*m_ws, *stored, SourceDocument{}) : nullptr);
    }

private Q_SLOTS:
    void init() {
        m_ws = std::make_unique<Workspace>();
        const QString path = m_dir.filePath(QStringLiteral("r-%1.nianbao").arg(m_serial++));
        QString error;
        QVERIFY(Workspace::create(path, &error));
        QVERIFY(m_ws->open(path, Workspace::Mode::ReadWrite, &error));
    }

    void anEditThatReopensAProblemTakesApprovalBack() {
        const qint64 id = store(QStringLiteral("a.txt"), "a");
        QString error;
        QVERIFY(m_ws->setReviewState(id, ReviewState::Approved, QString(), &error));
        auto doc = open(id);
        QVERIFY(doc);
        // An edit that opens nothing new leaves the state alone.
        const int suspect =
            doc->spec().indexOf(QStringLiteral("t2.r.denied_internal_affairs.c.natural_person"));
        QVERIFY(doc->acceptCells({suspect}, &error));
        QCOMPARE(m_ws->summary(id)->state, ReviewState::Approved);
        // The CLI's `set` takes this path: 0 → 3 breaks the row and column totals.
        QVERIFY(doc->setCellValue(doc->spec().indexOf(kGranted), Decimal::fromInteger(3),
                                  CellStatus::Edited, EditOrigin::Cli, &error));
        QCOMPARE(m_ws->summary(id)->state, ReviewState::InReview);
        const QVector<EditRecord> log = m_ws->log(id);
        QCOMPARE(log.last().key, QStringLiteral("meta.state"));
        QCOMPARE(log.last().newStatus, QStringLiteral("in_review"));
        QVERIFY(log.last().note.contains(QStringLiteral("#%1").arg(log[log.size() - 2].id)));
        // Not approved: nothing more is logged by the next edit.
        QVERIFY(doc->setCellValue(doc->spec().indexOf(kGranted), Decimal::fromInteger(4),
                                  CellStatus::Edited, EditOrigin::Cli, &error));
        QCOMPARE(m_ws->log(id).last().key, kGranted);
        // The open problems a question before approving would list.
        Edition edition;
        const QVector<Finding> open = WorkspaceCheck::openProblems(*m_ws, id, &edition, &error);
        QCOMPARE(open.size(), ReportAudit::of(doc.get())->openProblems().size());
        QVERIFY(open.size() >= 2);
        QCOMPARE(edition, Edition::E2021);
    }

    void acceptAsReadIsLoggedUndoableAndClosesTheRow() {
        const qint64 id = store(QStringLiteral("b.txt"), "b");
        auto doc = open(id);
        const ReportAudit *audit = ReportAudit::of(doc.get());
        const int a =
            doc->spec().indexOf(QStringLiteral("t2.r.denied_internal_affairs.c.natural_person"));
        const int b = doc->spec().indexOf(
            QStringLiteral("t2.r.denied_internal_affairs.c.commercial_enterprise"));
        auto suspectRowOpen = [&] {
            for (const Finding &f : audit->openProblems())
                if (f.rule == u"EXTRACT_SUSPECT_ROW")
                    return true;
            return false;
        };
        QVERIFY(suspectRowOpen());
        QString error;
        QVERIFY(!doc->acceptCells({doc->spec().indexOf(kGranted)}, &error)); // not suspect
        QVERIFY(!error.isEmpty());
        QVERIFY(doc->acceptCells({a}, &error));
        QCOMPARE(doc->cell(a).status, CellStatus::Read);
        QCOMPARE(doc->cell(a).value, std::optional<Decimal>(Decimal::fromInteger(0)));
        QVERIFY(suspectRowOpen()); // b is still in doubt
        QVERIFY(doc->acceptCells({b}, &error));
        QVERIFY(!suspectRowOpen());
        const QVector<EditRecord> log = m_ws->log(id);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].origin, QStringLiteral("accept"));
        QCOMPARE(log[0].oldStatus, QStringLiteral("suspect"));
        QCOMPARE(log[0].newStatus, QStringLiteral("read"));
        QCOMPARE(log[0].oldValue, log[0].newValue);
        // The published doubt is resolved by the action, recorded like a fix.
        QString rowId;
        for (const Finding &f : doc->validated().findings())
            if (f.rule == u"EXTRACT_SUSPECT_ROW" && f.lhs.contains(a))
                rowId = f.stableId(doc->spec());
        QVERIFY(!rowId.isEmpty());
        QCOMPARE(audit->decisions().value(rowId).decision, Decision::Fixed);
        QCOMPARE(audit->decisions().value(rowId).editId, log[1].id);
        // Accepted is not changed: the net edit count stays 0.
        QCOMPARE(m_ws->summary(id)->editCount, 0);
        // Undo reopens the doubt (and the fix).
        QVERIFY(doc->undo(&error));
        QCOMPARE(doc->cell(b).status, CellStatus::Suspect);
        QVERIFY(suspectRowOpen());
        QVERIFY(!audit->decisions().contains(rowId));
        // Reloaded from the workspace the accepted cell stays read, its row's remark follows.
        doc.reset();
        auto again = open(id);
        QCOMPARE(again->cell(a).status, CellStatus::Read);
        QCOMPARE(again->cell(b).status, CellStatus::Suspect);
    }

    void theEditCountIsNetChangedCells() {
        const qint64 id = store(QStringLiteral("c.txt"), "c");
        auto doc = open(id);
        const int g = doc->spec().indexOf(kGranted);
        QString error;
        QVERIFY(doc->setCellValue(g, Decimal::fromInteger(1), CellStatus::Edited, EditOrigin::Typed,
                                  &error));
        QVERIFY(doc->setCellValue(g, Decimal::fromInteger(2), CellStatus::Edited, EditOrigin::Paste,
                                  &error));
        QCOMPARE(m_ws->summary(id)->editCount, 1);
        QVERIFY(doc->undo(&error));
        QVERIFY(doc->undo(&error));
        QCOMPARE(m_ws->summary(id)->editCount, 0); // back where the extraction was
        QVERIFY(m_ws->setReviewState(id, ReviewState::InReview, QString(), &error));
        QVERIFY(m_ws->setMeta(id, Workspace::MetaField::Year, QStringLiteral("2022"),
                              EditOrigin::Typed, QString(), &error));
        QCOMPARE(m_ws->summary(id)->editCount, 0); // not cells
        QVERIFY(m_ws->log(id).size() >= 5);
    }

    void theSameBytesUnderAnotherPathAreRecognised() {
        const qint64 id = store(QStringLiteral("d.txt"), "same bytes");
        QString error;
        const auto out = m_ws->store(
            {WorkspaceImporter::makeItem(m_dir.filePath(QStringLiteral("copy of d.txt")),
                                         "same bytes", report()),
             WorkspaceImporter::makeItem(m_dir.filePath(QStringLiteral("e.txt")), "other",
                                         report())},
            &error);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].kind, ImportOutcome::Duplicate);
        QCOMPARE(out[0].reportId, id);
        QCOMPARE(out[0].duplicateOf, m_dir.filePath(QStringLiteral("d.txt")));
        QCOMPARE(out[1].kind, ImportOutcome::Added);
        QCOMPARE(m_ws->reports().size(), 2);
        // The same path again is still "unchanged", not a duplicate of itself.
        const auto again =
            m_ws->store({WorkspaceImporter::makeItem(m_dir.filePath(QStringLiteral("d.txt")),
                                                     "same bytes", report())},
                        &error);
        QCOMPARE(again[0].kind, ImportOutcome::Unchanged);
    }

    void pinyinSpelling() {
        const QString spelled = PinyinCollator::pinyin(QStringLiteral("市中区人民政府"));
        if (spelled.isEmpty())
            QFAIL("ICU has no Han-Latin transliteration data");
        QCOMPARE(spelled, QStringLiteral("shi zhong qu ren min zheng fu"));
        QCOMPARE(PinyinCollator::initials(QStringLiteral("市中区人民政府")),
                 QStringLiteral("szqrmzf"));
        // A Latin run is one word: "XX县" → "xx xian" → "xx".
        QCOMPARE(PinyinCollator::initials(QStringLiteral("XX县")), QStringLiteral("xx"));
    }
};

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
