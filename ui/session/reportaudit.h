#pragma once

#include "review/editsink.h"
#include "workspace/workspacetypes.h"

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
 * One report of the workspace open in the desk: the edit sink of its ReportDocument (every
 * edit, undo and redo committed before it is shown), its decisions and its edit log.
 *
 * Lives as a child of the document and is created by ReportLoader::openStored(). The workspace
 * must outlive it (MainWindow closes every document before it closes a workspace).
 *
 * "Fixed" decisions follow the edits: when an edit makes a problem of the *published* report
 * (one the extraction had) disappear and the auditor has not decided on it, the edit is recorded
 * as its fix (Decision::Fixed linked to the edit); if a later edit (an undo, say) brings the
 * problem back, the fix is reopened. Problems the auditor's own edits created are not "fixed" by
 * undoing them.
 */
class ReportAudit : public QObject, public EditSink {
    Q_OBJECT
public:
    ReportAudit(Workspace &workspace, qint64 reportId, ReportDocument *document);

    /// The audit of a document opened from the workspace, nullptr for other documents.
    static ReportAudit *of(const ReportDocument *document);
    /// Re-reads log and decisions (after a change made beside the document: its review state).
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
    /// Records a decision (one transaction). Dismissing needs a note.
    bool decide(const QString &findingId, Decision decision, const QString &note, QString *error,
                qint64 editId = -1);
    /// Decisions in force whose finding is no longer a problem (fixed, or gone): history.
    QVector<DecisionRecord> resolvedDecisions() const;

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

    /// Open problems (no decision in force): errors, then warnings and infos.
    std::pair<int, int> openCounts() const;

    bool commitEdit(const CellEdit &edit, QString *error) override;
    qint64 lastEditId() const { return m_lastEditId; }

Q_SIGNALS:
    void decisionsChanged();
    void logChanged();
    void openCountsChanged();
    void conflictsChanged();
    /// The workspace changed the report beside the document (a metadata revert): the desk
    /// must load it again.
    void reportChanged();
    /// Something a view should tell the user (a refused automatic decision, say).
    void message(const QString &text);

private:
    void reloadLog();
    void appendLog();
    void reloadDecisions();
    void followFindings(const ValidationDelta &delta);
    void storeOpenCounts();

    Workspace &m_workspace;
    qint64 m_reportId;
    QPointer<ReportDocument> m_document;
    QHash<QString, DecisionRecord> m_decisions;
    QVector<EditRecord> m_log;
    QSet<QString> m_publishedProblems; ///< stable ids of the extraction's problems
    qint64 m_lastEditId = -1;
    std::pair<int, int> m_storedCounts{-1, -1}; ///< what the workspace caches for the list
};
