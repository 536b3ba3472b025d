#pragma once

#include "model/cell.h"
#include "model/edition.h"
#include "model/report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

/// Review state of a report in the workspace: 待审 / 审核中 / 已通过 / 退回.
enum class ReviewState { Pending, InReview, Approved, Returned };
QString reviewStateName(ReviewState state);  ///< "pending", "in_review", "approved", "returned"
QString reviewStateLabel(ReviewState state); ///< "待审", "审核中", "已通过", "退回"
std::optional<ReviewState> reviewStateFromName(QStringView name);

/// The auditor's decision on one finding. `Open` is the absence of a decision (or a reopen).
enum class Decision { Open, Confirmed, Dismissed, Fixed };
QString decisionName(Decision decision); ///< "open", "confirmed", "dismissed", "fixed"
QString decisionLabel(Decision decision); ///< "待处理", "确认为原文错误", "已忽略", "已更正"
std::optional<Decision> decisionFromName(QStringView name);

/// Stable names of review/EditOrigin values, kept here so the workspace does not depend on the
/// review layer's implementation file (only on its header).
QString workspaceOriginName(int editOrigin);

/// One imported source file, with its original bytes.
struct DocumentRecord {
    qint64 id = -1;
    QString fileName;
    QString originalPath;
    qint64 size = 0;
    QByteArray sha256; ///< hex
    QString format;
    QString encoding;
    QDateTime importedAt;
    QByteArray bytes; ///< only filled by Workspace::document()
};

/// One line of the report list: no cells are loaded for it.
struct ReportSummary {
    qint64 id = -1;
    qint64 documentId = -1;
    QString fileName;
    QString agency;
    QString agencyKey; ///< the override when set, else AgencyKey::fromAgency(agency)
    bool agencyKeyOverridden = false;
    int year = 0;
    Edition edition = Edition::E2021;
    ReviewState state = ReviewState::Pending;
    QString stateBy;
    QDateTime stateAt;
    int openErrors = -1;   ///< open error findings at the last validation; -1 when not validated
    int openWarnings = -1; ///< open warning/info findings
    int editCount = 0;     ///< cells whose value differs from the extraction (net, not log rows)
    int conflictCount = 0;
};

/// A report as stored: the extraction as it came out of the extractor and the current state
/// (auditor's metadata, edited cells with status Edited).
struct StoredReport {
    ReportSummary summary;
    Report extracted;
    Report current;
    QString extractedAgency;
    int extractedYear = 0;
    Edition extractedEdition = Edition::E2021;
};

/// One row of the edit log.
struct EditRecord {
    qint64 id = -1;
    qint64 reportId = -1;
    QString key; ///< a cell key, or "meta.agency" / "meta.agency_key" / "meta.year" /
                 ///< "meta.edition" / "meta.state"
    std::optional<Decimal> oldValue;
    QString oldStatus; ///< cell status name, or the old text for meta keys
    std::optional<Decimal> newValue;
    QString newStatus;
    QString user;
    QDateTime at;
    QString note;
    QString origin; ///< "typed", "paste", "suggestion", "revert", "undo", "redo", "cli", "import"
};

/// One decision row (decisions are history: the latest row per finding is in force).
struct DecisionRecord {
    qint64 id = -1;
    qint64 reportId = -1;
    QString finding; ///< Finding::stableId()
    Decision decision = Decision::Open;
    QString note;
    QString user;
    QDateTime at;
    qint64 editId = -1; ///< for Fixed: the edit that fixed it
};

/// A cell whose extraction changed under a human edit when its source was re-imported.
struct ReimportConflict {
    qint64 reportId = -1;
    QString key;
    Cell oldExtracted;
    Cell newExtracted;
    Cell current; ///< the auditor's value, kept
};

/// What importing one file did.
struct ImportOutcome {
    /// Duplicate: the same bytes are in the workspace already under another path (`reportId` is
    /// that report, `duplicateOf` its original path); nothing was added.
    enum Kind { Added, Unchanged, Updated, Failed, Duplicate };
    QString path;
    QString duplicateOf;
    Kind kind = Failed;
    qint64 reportId = -1;
    QString error;
    QVector<ReimportConflict> conflicts; ///< for Updated
    int keptEdits = 0; ///< for Updated: edits kept because nothing changed under them
};
