#include "reportaudit.h"

#include "model/spec.h"
#include "review/reportdocument.h"
#include "workspace/workspace.h"

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
    connect(document, &ReportDocument::findingsChanged, this, &ReportAudit::followFindings);
    if (const auto summary = workspace.summary(reportId))
        m_storedCounts = {summary->openErrors, summary->openWarnings};
    storeOpenCounts(); // the cached counts may be stale (edits from the CLI, a crash)
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
    if (!m_workspace.decide(m_reportId, findingId, decision, note, error, editId))
        return false;
    m_storedCounts = {-1, -1}; // a decision resets the workspace's cached counts
    reloadDecisions();
    storeOpenCounts();
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
    const QString why = note.isEmpty() ? tr("撤销修改 #%1").arg(editId) : note;
    const int cell = m_document->spec().indexOf(it->key);
    if (cell < 0) { // metadata (or a cell of another edition): the workspace does it
        if (!m_workspace.revertEdit(editId, why, error))
            return false;
        appendLog();
        Q_EMIT logChanged();
        Q_EMIT reportChanged();
        return true;
    }
    const CellStatus status = cellStatusFromName(it->oldStatus).value_or(CellStatus::Edited);
    return m_document->setCellValue(cell, it->oldValue, status, EditOrigin::Revert, error, why);
}

QVector<ReimportConflict> ReportAudit::conflicts() const {
    return m_workspace.conflicts(m_reportId);
}

bool ReportAudit::resolveConflicts(const QString &note, QString *error) {
    if (!m_workspace.resolveConflicts(m_reportId, note, error))
        return false;
    Q_EMIT conflictsChanged();
    return true;
}

std::pair<int, int> ReportAudit::openCounts() const {
    int errors = 0, warnings = 0;
    for (const Finding &f : m_document->validated().problems())
        if (!m_decisions.contains(findingId(f)))
            ++(f.severity == Severity::Error ? errors : warnings);
    return {errors, warnings};
}

bool ReportAudit::commitEdit(const CellEdit &edit, QString *error) {
    qint64 id = -1;
    if (!m_workspace.setCell(m_reportId, edit.key, edit.after, edit.origin, edit.note, error, &id))
        return false;
    m_lastEditId = id;
    m_storedCounts = {-1, -1}; // an edit resets the workspace's cached counts
    appendLog();
    Q_EMIT logChanged();
    return true;
}

void ReportAudit::followFindings(const ValidationDelta &delta) {
    QString error;
    bool changed = false;
    for (const Finding &f : delta.removed) {
        const QString id = findingId(f);
        if (m_lastEditId < 0 || m_decisions.contains(id) || !m_publishedProblems.contains(id))
            continue;
        if (!m_workspace.decide(m_reportId, id, Decision::Fixed,
                                tr("由修改 #%1 更正").arg(m_lastEditId), &error, m_lastEditId))
            Q_EMIT message(error);
        changed = true;
    }
    for (const Finding &f : delta.added) {
        const QString id = findingId(f);
        const auto it = m_decisions.constFind(id);
        if (it == m_decisions.cend() || it->decision != Decision::Fixed)
            continue;
        if (!m_workspace.decide(m_reportId, id, Decision::Open,
                                tr("修改 #%1 后问题重新出现").arg(m_lastEditId), &error))
            Q_EMIT message(error);
        changed = true;
    }
    if (changed) {
        reloadDecisions();
        Q_EMIT decisionsChanged();
    }
    storeOpenCounts();
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
