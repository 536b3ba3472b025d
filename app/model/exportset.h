#pragma once

#include "finding.h"
#include "report.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

/// The source file of an exported report.
struct ExportSource {
    QString fileName;
    QString path;   ///< the original path as imported (or as given on the command line)
    QString sha256; ///< hex of the original bytes
    QString format;
    QString encoding;
    qint64 size = 0;
    QDateTime importedAt; ///< invalid for a file checked outside a workspace
};

/// One logged edit of a report (a cell, or "meta.agency" / "meta.year" / … / "meta.state").
struct ExportEdit {
    qint64 id = -1;
    QString key;
    std::optional<Decimal> oldValue;
    QString oldStatus; ///< cell status name, or the old text for meta keys
    std::optional<Decimal> newValue;
    QString newStatus;
    QString user;
    QDateTime at;
    QString note;
    QString origin; ///< "typed", "paste", "suggestion", "revert", "undo", "redo", "cli", …
};

/// The decision in force on a finding.
struct ExportDecision {
    QString finding;  ///< Finding::stableId()
    QString decision; ///< "open", "confirmed", "dismissed", "fixed"
    QString note;
    QString user;
    QDateTime at;
    qint64 editId = -1; ///< for "fixed": the edit that fixed it
};

/// A problem (fail/unverifiable) of the report's current cells, with its decision if any.
struct ExportFinding {
    Finding finding;
    QString id; ///< Finding::stableId()
    std::optional<ExportDecision> decision;

    /// Open: no decision, or reopened. Decided findings stay in the export with their decision.
    bool isOpen() const { return !decision || decision->decision == u"open"; }
};

/**
 * One report as the exporters see it: a plain value, no workspace behind it. Built by
 * WorkspaceExport (from a workspace: current cells, extraction, decisions, edit log) or by
 * FileExport (a file checked outside a workspace: extraction = current, no edits, no decisions).
 */
struct ExportReport {
    qint64 id = -1; ///< the workspace's report id; -1 for a file outside a workspace
    ExportSource source;
    Report current;   ///< the cells as they are now (edited cells have status Edited)
    Report extracted; ///< the cells as the extractor read them
    QString
        reviewState; ///< "pending", "in_review", "approved", "returned"; empty outside a workspace
    QString stateBy;
    QDateTime stateAt;
    QStringList importWarnings;
    QVector<ExportFinding> findings; ///< problems of `current`: spec order, then extractor remarks
    QVector<ExportDecision> orphanedDecisions; ///< in force, but their finding is gone
    QVector<ExportEdit> edits;                 ///< oldest first

    /// The extracted cell under current cell @p cell (same key), or a missing cell.
    Cell original(int cell) const;
    /// True when the current cell differs from the extraction in value or status.
    bool isEdited(int cell) const;
    /// The latest logged edit of cell key @p key, or null.
    const ExportEdit *lastEdit(const QString &key) const;
};

/// Everything one export writes: the reports in order and what the "关于" part says.
struct ExportSet {
    QVector<ExportReport> reports;
    QString workspace;    ///< the workspace path; empty when files were checked directly
    QString reviewer;     ///< the workbook's author
    QDateTime exportedAt; ///< set by the builder
    QString toolVersion;
};
