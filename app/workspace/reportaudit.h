#pragma once

#include "model/finding.h"
#include "model/sourcedocument.h"
#include "review/editsink.h"
#include "workspacetypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVector>
#include <utility>

class ReportDocument;
class Workspace;
struct Finding;
struct ValidationDelta;

/**
 * One report of the workspace open for review — in the desk, or for one `nianbao-cli workspace
 * set`/`decide` — the one edit path of the core: the edit sink of its ReportDocument (every
 * action, undo and redo committed before it is shown), its decisions and its edit log.
 *
 * Lives as a child of the document. The workspace must outlive it (MainWindow closes every
 * document before it closes a workspace).
 *
 * "Fixed" decisions follow the edits, in the same transaction as the edit: when an action makes
 * a problem of the *published* report (one the extraction had) disappear and the auditor has not
 * decided on it, the action is recorded as its fix (Decision::Fixed linked to the action's last
 * edit); if a later action (an undo, say) brings the problem back, the fix is reopened. Problems
 * the auditor's own edits created are not "fixed" by undoing them. The report's cached open
 * counts are stored in that transaction too.
 *
 * Changes made beside the document (its review state, report info, decisions from elsewhere in
 * this process) reach it through the workspace's notifier: the audit refreshes itself.
 */
class ReportAudit : public QObject, public EditSink {
    Q_OBJECT
public:
    ReportAudit(Workspace &workspace, qint64 reportId, ReportDocument *document);

    /// A stored report as a document under audit (the audit is the document's child): the
    /// current cells over the extraction seen in the current edition. `source` is the text of
    /// the stored original for the desk; the CLI passes one without text. The caller owns it.
    static ReportDocument *open(Workspace &workspace, const StoredReport &stored,
                                SourceDocument source);
    /// The audit of a document opened from the workspace, nullptr for other documents.
    static ReportAudit *of(const ReportDocument *document);
    /// Re-reads log and decisions (the notifier calls it for changes made beside the document;
    /// call it for changes made by another process).
    void refresh();

    qint64 reportId() const { return m_reportId; }
    ReportDocument *document() const;
    Workspace &workspace() const { return m_workspace; }
    bool isReadOnly() const;

    // --- decisions ---
    /// Decisions in force, by Finding::stableId().
    const QHash<QString, DecisionRecord> &decisions() const { return m_decisions; }
    /// The decision in force on a finding of the document (Decision::Open when none).
    Decision decisionOf(const Finding &finding) const;
    std::optional<DecisionRecord> decisionRecordOf(const Finding &finding) const;
    QString findingId(const Finding &finding) const;
    /// Records a decision with the new open counts (one transaction). Dismissing needs a note.
    bool decide(const QString &findingId, Decision decision, const QString &note, QString *error,
                qint64 editId = -1);
    /// Decisions in force whose finding is no longer a problem (fixed, or gone): history.
    QVector<DecisionRecord> resolvedDecisions() const;
    /// Every decision ever recorded on the report (reopenings too), oldest first.
    QVector<DecisionRecord> decisionHistory() const;

    // --- edit log ---
    const QVector<EditRecord> &log() const { return m_log; } ///< oldest first
    QVector<EditRecord> historyOf(const QString &key) const; ///< one cell's edits, oldest first
    /// Reverts one logged edit as a new edit: cell edits go through the document (so the grid,
    /// the findings and the undo stack follow, and the sink logs it with origin "revert");
    /// metadata edits through the workspace (the desk does not edit metadata itself).
    bool revert(qint64 editId, const QString &note, QString *error);

    /// Cells whose extraction changed under an edit when the source was re-imported, not yet
    /// marked as looked at.
    QVector<ReimportConflict> conflicts() const;
    /// Marks them looked at (who, when, the note); the auditor's values stay.
    bool resolveConflicts(const QString &note, QString *error);

    /// Open problems (no decision in force): errors, then warnings and infos. Cross-year
    /// findings are not counted: they depend on other reports, and the list's cached counts
    /// must not change with an edit elsewhere.
    std::pair<int, int> openCounts() const;
    /// The open problems themselves (no decision in force), in the validator's order: what
    /// approving the report (已通过) should list before it is done.
    QVector<Finding> openProblems() const;
    static QVector<Finding> openProblems(const ValidatedReport &report,
                                         const QHash<QString, DecisionRecord> &decisions);

    bool commitEdits(const QVector<CellEdit> &edits, const ValidatedReport &before,
                     const ValidatedReport &after, QString *error) override;
    qint64 lastEditId() const { return m_lastEditId; }
    /// (open errors, open warnings) of a report under a set of decisions.
    static std::pair<int, int> openCounts(const ValidatedReport &report,
                                          const QHash<QString, DecisionRecord> &decisions);

Q_SIGNALS:
    void decisionsChanged();
    void logChanged();
    void openCountsChanged();
    void conflictsChanged();
    /// Something a view should tell the user.
    void message(const QString &text);

private:
    void reloadLog();
    void appendLog();
    void reloadDecisions();
    void storeOpenCounts();
    void announceApplied();

    Workspace &m_workspace;
    qint64 m_reportId;
    QPointer<ReportDocument> m_document;
    QHash<QString, DecisionRecord> m_decisions;
    QVector<EditRecord> m_log;
    QSet<QString> m_publishedProblems; ///< stable ids of the extraction's problems
    qint64 m_lastEditId = -1;
    std::pair<int, int> m_storedCounts{-1, -1}; ///< what the workspace caches for the list
    bool m_committing = false;       ///< our own change: the notifier's echo is not a refresh
    bool m_decisionsPending = false; ///< announced once the document shows the action
};
