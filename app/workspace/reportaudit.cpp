#include "reportaudit.h"

#include "crossyearlink.h"
#include "model/spec.h"
#include "review/reportdocument.h"
#include "validate/crossyearvalidator.h"
#include "workspace.h"
#include "workspacenotifier.h"

#include <QScopedValueRollback>

ReportAudit::ReportAudit(Workspace &workspace, qint64 reportId, ReportDocument *document)
    : QObject(document)
    , m_workspace(workspace)
    , m_reportId(reportId)
    , m_document(document) {
    document->setEditSink(this);
    const EditionSpec &spec = document->original().spec();
    for (const Finding &f : ValidatedReport(document->original()).problems())
        m_publishedProblems.insert(f.stableId(spec));
    reloadLog();
    reloadDecisions();
    connect(document, &ReportDocument::actionApplied, this, &ReportAudit::announceApplied);
    // Changes committed beside the document, in this process.
    const WorkspaceNotifier *notifier = workspace.notifier();
    auto ours = [this](qint64 id) { return id == m_reportId && !m_committing; };
    connect(notifier, &WorkspaceNotifier::reviewStateChanged, this,
            [this, ours](qint64 id) { ours(id) ? refresh() : void(); });
    connect(notifier, &WorkspaceNotifier::reportInfoChanged, this,
            [this, ours](qint64 id) { ours(id) ? refresh() : void(); });
    connect(notifier, &WorkspaceNotifier::decisionsChanged, this,
            [this, ours](qint64 id) { ours(id) ? refresh() : void(); });
    connect(notifier, &WorkspaceNotifier::conflictsResolved, this, [this, ours](qint64 id) {
        if (ours(id))
            Q_EMIT conflictsChanged();
    });
    if (const auto summary = workspace.summary(reportId))
        m_storedCounts = {summary->openErrors, summary->openWarnings};
    storeOpenCounts(); // the cached counts may be stale (edits from the CLI, a crash)
}

namespace {
/// The extraction seen in the edition the auditor chose (cells matched by key; a key the
/// extraction's edition does not have counts as missing).
Report originalIn(const Report &extracted, Edition edition) {
    if (extracted.meta.edition == edition)
        return extracted;
    Report out = Report::empty(edition);
    out.meta = extracted.meta;
    out.meta.edition = edition;
    const EditionSpec &from = extracted.spec();
    const EditionSpec &to = out.spec();
    for (int c = 0; c < to.cellCount(); ++c)
        if (const int i = from.indexOf(to.cell(c).key); i >= 0)
            out.cells[c] = extracted.cells[i];
    return out;
}
} // namespace

ReportDocument *ReportAudit::open(Workspace &workspace, const StoredReport &stored,
                                  SourceDocument source) {
    auto *document = new ReportDocument(std::move(source), ValidatedReport(stored.current),
                                        originalIn(stored.extracted, stored.current.meta.edition));
    new ReportAudit(workspace, stored.summary.id, document);
    new CrossYearLink(workspace, stored.summary.id, document);
    return document;
}

ReportAudit *ReportAudit::of(const ReportDocument *document) {
    return document ? document->findChild<ReportAudit *>(QString(), Qt::FindDirectChildrenOnly)
                    : nullptr;
}

void ReportAudit::refresh() {
    reloadLog();
    reloadDecisions();
    if (const auto summary = m_workspace.summary(m_reportId)) // a logged change resets them
        m_storedCounts = {summary->openErrors, summary->openWarnings};
    storeOpenCounts();
    Q_EMIT logChanged();
    Q_EMIT decisionsChanged();
}

ReportDocument *ReportAudit::document() const {
    return m_document;
}

bool ReportAudit::isReadOnly() const {
    return m_workspace.isReadOnly();
}

QString ReportAudit::findingId(const Finding &finding) const {
    return finding.stableId(m_document->spec());
}

std::optional<DecisionRecord> ReportAudit::decisionRecordOf(const Finding &finding) const {
    const auto it = m_decisions.constFind(findingId(finding));
    return it == m_decisions.cend() ? std::nullopt : std::optional<DecisionRecord>(*it);
}

Decision ReportAudit::decisionOf(const Finding &finding) const {
    const auto d = decisionRecordOf(finding);
    return d ? d->decision : Decision::Open;
}

bool ReportAudit::decide(const QString &findingId, Decision decision, const QString &note,
                         QString *error, qint64 editId) {
    QHash<QString, DecisionRecord> decisions = m_decisions;
    if (decision == Decision::Open)
        decisions.remove(findingId);
    else
        decisions.insert(findingId, DecisionRecord{});
    const auto counts = openCounts(m_document->validated(), decisions);
    {
        const QScopedValueRollback<bool> own(m_committing, true);
        if (!m_workspace.decide(m_reportId, findingId, decision, note, error, editId, counts))
            return false;
    }
    m_storedCounts = counts;
    reloadDecisions();
    Q_EMIT decisionsChanged();
    Q_EMIT openCountsChanged();
    return true;
}

QVector<DecisionRecord> ReportAudit::resolvedDecisions() const {
    QSet<QString> live;
    for (const Finding &f : m_document->validated().problems())
        live.insert(findingId(f));
    QVector<DecisionRecord> out;
    for (const DecisionRecord &d : m_decisions)
        if (!live.contains(d.finding))
            out << d;
    std::sort(out.begin(), out.end(),
              [](const DecisionRecord &a, const DecisionRecord &b) { return a.id < b.id; });
    return out;
}

QVector<DecisionRecord> ReportAudit::decisionHistory() const {
    return m_workspace.decisionHistory(m_reportId);
}

QVector<EditRecord> ReportAudit::historyOf(const QString &key) const {
    QVector<EditRecord> out;
    for (const EditRecord &e : m_log)
        if (e.key == key)
            out << e;
    return out;
}

bool ReportAudit::revert(qint64 editId, const QString &note, QString *error) {
    const auto it = std::find_if(m_log.cbegin(), m_log.cend(),
                                 [editId](const EditRecord &e) { return e.id == editId; });
    if (it == m_log.cend()) {
        if (error)
            *error = tr("没有修改记录 #%1 / no edit #%1").arg(editId);
        return false;
    }
    //: stored: an edit's note in the log (bilingual, shown by language in the desk)
    const QString why = note.isEmpty() ? tr("撤销修改 #%1 / revert of edit #%1").arg(editId) : note;
    const int cell = m_document->spec().indexOf(it->key);
    if (cell < 0) {
        // Metadata (or a cell of another edition): the workspace does it; its notifier tells
        // the desk to load the report again.
        if (!m_workspace.revertEdit(editId, why, error))
            return false;
        appendLog();
        Q_EMIT logChanged();
        return true;
    }
    const CellStatus status = cellStatusFromName(it->oldStatus).value_or(CellStatus::Edited);
    return m_document->setCellValue(cell, it->oldValue, status, EditOrigin::Revert, error, why);
}

QVector<ReimportConflict> ReportAudit::conflicts() const {
    return m_workspace.conflicts(m_reportId);
}

bool ReportAudit::resolveConflicts(const QString &note, QString *error) {
    return m_workspace.resolveConflicts(m_reportId, note, error); // announced by the notifier
}

std::pair<int, int> ReportAudit::openCounts(const ValidatedReport &report,
                                            const QHash<QString, DecisionRecord> &decisions) {
    int errors = 0, warnings = 0;
    const EditionSpec &spec = report.report().spec();
    for (const Finding &f : report.problems())
        if (!CrossYearValidator::isCrossYear(f) && !decisions.contains(f.stableId(spec)))
            ++(f.severity == Severity::Error ? errors : warnings);
    return {errors, warnings};
}

QVector<Finding> ReportAudit::openProblems() const {
    return openProblems(m_document->validated(), m_decisions);
}

QVector<Finding> ReportAudit::openProblems(const ValidatedReport &report,
                                           const QHash<QString, DecisionRecord> &decisions) {
    QVector<Finding> out;
    const EditionSpec &spec = report.report().spec();
    for (const Finding &f : report.problems())
        if (!decisions.contains(f.stableId(spec)))
            out << f;
    return out;
}

std::pair<int, int> ReportAudit::openCounts() const {
    return openCounts(m_document->validated(), m_decisions);
}

bool ReportAudit::commitEdits(const QVector<CellEdit> &edits, const ValidatedReport &before,
                              const ValidatedReport &after, QString *error) {
    // What the action does to the findings decides what is recorded with it.
    const EditionSpec &spec = after.report().spec();
    QSet<QString> was, is;
    for (const Finding &f : before.problems())
        was.insert(f.stableId(spec));
    for (const Finding &f : after.problems())
        is.insert(f.stableId(spec));
    QHash<QString, DecisionRecord> decisions = m_decisions;
    QVector<FollowingDecision> following;
    const bool accepting = std::all_of(edits.cbegin(), edits.cend(), [](const CellEdit &e) {
        return e.origin == EditOrigin::Accept;
    });
    //: stored: the note of an automatic decision (bilingual, shown by language in the desk)
    const QString fixNote = accepting
                                ? tr("确认读数（修改 #%1）/ value accepted as read (edit #%1)")
                                : tr("由修改 #%1 更正 / fixed by edit #%1");
    for (const QString &id : std::as_const(was)) {
        if (is.contains(id) || decisions.contains(id) || !m_publishedProblems.contains(id))
            continue;
        following << FollowingDecision{id, Decision::Fixed, fixNote, true};
        DecisionRecord fixed;
        fixed.decision = Decision::Fixed;
        decisions.insert(id, fixed);
    }
    for (const QString &id : std::as_const(is)) {
        const auto it = decisions.constFind(id);
        if (was.contains(id) || it == decisions.cend() || it->decision != Decision::Fixed)
            continue;
        //: stored: the note of an automatic decision (bilingual, shown by language in the desk)
        following << FollowingDecision{
            id, Decision::Open,
            tr("修改 #%1 后问题重新出现 / the problem reappeared after edit #%1"), false};
        decisions.remove(id);
    }
    const auto counts = openCounts(after, decisions);
    // An action that leaves an open problem which was not one before takes an approved report
    // back to 审核中 (the workspace does it, logged, only when the report is approved).
    const bool reopens = std::any_of(is.cbegin(), is.cend(), [&](const QString &id) {
        return !was.contains(id) && !decisions.contains(id);
    });
    //: stored: the note of an automatic state change (bilingual, shown by language in the desk)
    const QString reopenNote =
        reopens ? tr("修改 #%1 出现新的问题，审核状态改回审核中 / edit #%1 reopened a problem: "
                     "back to in review")
                : QString();
    QVector<qint64> ids;
    {
        const QScopedValueRollback<bool> own(m_committing, true);
        if (!m_workspace.commitAction(m_reportId, edits, following, counts, error, &ids,
                                      reopenNote))
            return false;
    }
    m_lastEditId = ids.isEmpty() ? -1 : ids.last();
    m_storedCounts = counts;
    appendLog();
    if (!following.isEmpty()) {
        reloadDecisions();
        m_decisionsPending = true;
    }
    Q_EMIT logChanged();
    return true;
}

void ReportAudit::announceApplied() {
    // The document now shows the action: views reading it see what was stored.
    if (m_decisionsPending) {
        m_decisionsPending = false;
        Q_EMIT decisionsChanged();
    }
    Q_EMIT openCountsChanged();
}

void ReportAudit::storeOpenCounts() {
    // A cache for the report list; an edit resets it in the workspace, so it is written back
    // after every change. A failure only leaves the list's figure to be recomputed next time.
    const auto counts = openCounts();
    if (isReadOnly() || counts == m_storedCounts)
        return;
    if (m_workspace.setOpenCounts(m_reportId, counts.first, counts.second, nullptr))
        m_storedCounts = counts;
}

void ReportAudit::reloadLog() {
    m_log = m_workspace.log(m_reportId);
}

void ReportAudit::appendLog() {
    // Only what is new: re-reading a long log on every edit would cost more than the edit.
    m_log += m_workspace.log(m_reportId, m_log.isEmpty() ? -1 : m_log.last().id);
}

void ReportAudit::reloadDecisions() {
    m_decisions = m_workspace.decisions(m_reportId);
}
