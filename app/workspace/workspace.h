#pragma once

#include "review/celledit.h"
#include "workspacetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>
#include <utility>

class QLockFile;
struct sqlite3_stmt;
class QSqlError;
class QSqlQuery;

class WorkspaceNotifier;

/// A decision stored in the same transaction as an edit (the automatic 已更正 rule): linked to the
/// last edit of the action when `linkToEdit`; "%1" in the note becomes that edit's id.
struct FollowingDecision {
    QString finding; ///< Finding::stableId
    Decision decision = Decision::Fixed;
    QString note;
    bool linkToEdit = true;
};

/// One document + its extraction, ready to be stored by Workspace::store().
struct ImportItem {
    DocumentRecord document; ///< with bytes and sha256
    Report report;
    int openErrors = -1; ///< from a validation done by the importer, -1 if none
    int openWarnings = -1;
};

/**
 * An open workspace file (.nianbao): SQLite through Qt SQL, one connection per Workspace object
 * (use one object per thread), WAL journal, foreign keys on.
 *
 * Every mutating call is one transaction committed before it returns; on failure nothing is
 * changed and `error` says why. A workspace open in another process is opened read-only (see
 * notice()); a read-only workspace refuses every change.
 *
 * Durability: journal_mode=WAL with synchronous=FULL. NORMAL would survive a process crash (the
 * WAL frames are in the OS cache once commit returns) but could lose the last commits on power
 * loss; the issue promises that a power loss loses at most the edit in flight, so every commit
 * syncs the WAL (≈ one fsync per edit; see the benchmark for the cost).
 */
class Workspace {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    enum class Mode { ReadWrite, ReadOnly };
    /// AgencyKey overrides the key that groups the report with the agency's other years; an empty
    /// value returns the report to the key of its agency name.
    enum class MetaField { Agency, AgencyKey, Year, Edition };

    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    /// Creates an empty workspace at `path` atomically (built beside it, then renamed); refuses
    /// to overwrite an existing file.
    static bool create(const QString &path, QString *error);

    /// Opens an existing workspace. Files that are not valid workspaces are refused untouched.
    /// In ReadWrite mode a workspace locked by another process is opened read-only and
    /// notice() explains why; older schemas are migrated forward.
    bool open(const QString &path, Mode mode, QString *error);
    void close();
    bool isOpen() const { return m_db.isValid() && m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    /// The integrity check failed when it was opened (or a statement found damage): it is
    /// read-only and should be recovered into a new file.
    bool isDamaged() const { return m_damaged; }
    QString path() const { return m_path; }
    QString givenPath() const { return m_givenPath; } ///< the path as given to open()
    QString notice() const { return m_notice; }       ///< e.g. why the workspace is read-only
    QSqlDatabase database() const { return m_db; }

    /// SQLite's quick_check (every page, every B-tree): false and the first problems when the
    /// file is damaged. Run by open() in ReadWrite mode and by `workspace check`.
    bool integrityCheck(QStringList *problems = nullptr) const;

    static constexpr int MaxNoteLength = 4000; ///< notes of edits, decisions, states
    static constexpr int MaxNameLength = 200;  ///< user names, agency, agency key

    /// The user recorded with edits and decisions: the OS user name unless set.
    QString user() const { return m_user; }
    /// Refused (false) for a name longer than MaxNameLength.
    bool setUser(const QString &user);
    static QString osUserName();

    // --- documents and reports ---
    /// Stores imported documents in ONE transaction: new sources are added, a source whose path
    /// is known with the same bytes is left alone, one with changed bytes is re-extracted with
    /// edits kept and conflicts listed (ImportOutcome).
    QVector<ImportOutcome> store(const QVector<ImportItem> &items, QString *error);
    /// Without cells: fast for the report list. A read error (a damaged file) sets `error`
    /// instead of silently returning fewer reports.
    QVector<ReportSummary> reports(QString *error = nullptr) const;
    std::optional<ReportSummary> summary(qint64 reportId) const;
    /// A report id, or an imported file name / original path; -1 if none (or ambiguous).
    qint64 findReport(const QString &idOrName) const;
    std::optional<StoredReport> loadReport(qint64 reportId, QString *error) const;
    std::optional<DocumentRecord> document(qint64 documentId) const; ///< with the original bytes
    QVector<ReimportConflict> conflicts(qint64 reportId) const;      ///< the unresolved ones
    /// Marks the report's unresolved conflicts as looked at (who, when, the note), one
    /// transaction; the auditor's values stay as they are.
    bool resolveConflicts(qint64 reportId, const QString &note, QString *error);

    /// Announces every committed change (edits, decisions, states, report info, imports) to
    /// views in this process. Owned by the workspace; lives as long as it.
    WorkspaceNotifier *notifier() const { return m_notifier.get(); }

    // --- edits (each one transaction, logged) ---
    /// One user action on cells in ONE transaction: each cell edit logged, the decisions that
    /// follow from it, and the report's open counts (when given). Nothing is stored when any
    /// part fails. `editIds` receives the ids of the edits in order.
    /// `reopenNote` non-empty: the action reopened a problem, so an approved (已通过) report goes
    /// back to 审核中 in the same transaction, logged with that note ("%1": the last edit's id).
    bool commitAction(qint64 reportId, const QVector<CellEdit> &edits,
                      const QVector<FollowingDecision> &decisions,
                      std::optional<std::pair<int, int>> openCounts, QString *error,
                      QVector<qint64> *editIds = nullptr, const QString &reopenNote = {});
    bool setCell(qint64 reportId, const QString &key, const Cell &after, EditOrigin origin,
                 const QString &note, QString *error, qint64 *editId = nullptr);
    bool setMeta(qint64 reportId, MetaField field, const QString &value, EditOrigin origin,
                 const QString &note, QString *error, qint64 *editId = nullptr);
    /// Reverts one logged edit as a new edit (origin Revert).
    bool revertEdit(qint64 editId, const QString &note, QString *error,
                    qint64 *newEditId = nullptr);
    bool setReviewState(qint64 reportId, ReviewState state, const QString &note, QString *error);
    /// The edit log, oldest first: of one report (or all with -1), edits after `afterId` only.
    QVector<EditRecord> log(qint64 reportId = -1, qint64 afterId = -1) const;

    // --- decisions ---
    /// Records a decision on a finding (by stable id). Dismissing needs a note; Fixed may name
    /// the edit that fixed it. Decisions are never deleted: reopen records Decision::Open.
    /// `openCounts`, when given, are stored in the same transaction.
    bool decide(qint64 reportId, const QString &findingId, Decision decision, const QString &note,
                QString *error, qint64 editId = -1,
                std::optional<std::pair<int, int>> openCounts = std::nullopt);
    QHash<QString, DecisionRecord> decisions(qint64 reportId) const; ///< the ones in force
    QVector<DecisionRecord> decisionHistory(qint64 reportId) const;

    /// Caches the open-finding counts shown by the report list (computed by the validator).
    bool setOpenCounts(qint64 reportId, int errors, int warnings, QString *error);

private:
    class Transaction;
    bool refuseReadOnly(QString *error) const;
    bool refuseLong(const QString &text, int limit, const QString &what, QString *error) const;
    bool refuseUnchanged(qint64 reportId, const QString &what, const QString &value,
                         QString *error) const;
    bool probe(int version, QString *why);
    bool openConnection(QString *why);
    void closeConnection();
    QString damageNotice(const QString &first) const;
    /// Sets `error` from a failed statement (one line, the path as given, the cause in words);
    /// a damaged file found here becomes read-only. Always returns false.
    bool failed(const QSqlError &e, QString *error) const;
    bool commit(Transaction &t, QString *error);
    bool updateCell(qint64 reportId, const QString &key, const Cell &after, EditOrigin origin,
                    const QString &note, QString *error, qint64 *editId);
    bool insertDecision(qint64 reportId, const QString &findingId, Decision decision,
                        const QString &note, qint64 editId, QString *error);
    bool updateOpenCounts(qint64 reportId, int errors, int warnings, QString *error);
    /// edit_count = the cells that differ from the extraction (value, or the kind of empty).
    bool updateEditCount(qint64 reportId, QString *error);
    /// Writes a review state change and its log row (inside the caller's transaction).
    bool writeReviewState(qint64 reportId, const QString &old, ReviewState state,
                          const QString &note, QString *error);
    bool logEdit(qint64 reportId, const QString &key, const QVariant &oldValue,
                 const QString &oldStatus, const QVariant &newValue, const QString &newStatus,
                 const QString &origin, const QString &note, QString *error, qint64 *editId);
    bool storeNew(const ImportItem &item, ImportOutcome *outcome, QString *error);
    bool storeUpdate(const ImportItem &item, qint64 documentId, qint64 reportId,
                     ImportOutcome *outcome, QString *error);
    bool insertCell(qint64 reportId, const QString &key, const Cell &extracted, const Cell &current,
                    QString *error);
    QSqlQuery &prepared(const QString &sql) const;

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;      ///< absolute
    QString m_givenPath; ///< as the user gave it: the name in every message
    mutable QString m_notice;
    QString m_user;
    mutable bool m_readOnly = false;
    mutable bool m_damaged = false;
    bool m_immutable = false; ///< read as an immutable file (its folder is not writable)
    std::unique_ptr<QLockFile> m_lock;
    mutable QHash<QString, QSqlQuery *> m_queries;
    std::unique_ptr<WorkspaceNotifier> m_notifier;
    sqlite3_stmt *m_cellInsert = nullptr; ///< with NIANBAO_SQLITE_DIRECT: the cell insert
};
