#pragma once

#include "model/exportset.h"
#include "workspace.h"

#include <QCoreApplication>

class WorkspaceCrossYear;
#include <functional>
#include <optional>

/**
 * Builds the plain value the exporters take (model/exportset.h) from a workspace: each report's
 * current cells and extraction, its problems with the decisions in force, its edit log and its
 * source file. The one place where an export reads the workspace; used by the CLI and the desk.
 * The problems include the cross-year findings against the agency's previous year in the
 * workspace (WorkspaceCrossYear), after the report's own.
 */
class WorkspaceExport {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceExport)
public:
    /// Called after each report with (done, total); returns false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    /// One report; nullopt and @p error when it cannot be read.
    static std::optional<ExportReport> report(const Workspace &workspace, qint64 reportId,
                                              QString *error);
    /// The same, sharing the cross-year lookups of a whole export.
    static std::optional<ExportReport> report(const Workspace &workspace, qint64 reportId,
                                              WorkspaceCrossYear &cross, QString *error);
    /// The reports @p ids in that order (every report of the workspace when empty). On failure
    /// returns nullopt with @p error set; when @p progress cancels, nullopt with @p error empty.
    static std::optional<ExportSet> build(const Workspace &workspace, const QVector<qint64> &ids,
                                          QString *error, const Progress &progress = {});
};
