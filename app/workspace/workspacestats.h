#pragma once

#include "stats/statspoint.h"
#include "workspacetypes.h"

#include <QVector>
#include <optional>

class Workspace;
struct StoredReport;

/**
 * The statistics of the workspace's reports (app/stats) from their **current** cells, the
 * auditor's edits and agency keys included; a cell in an error finding without a decision makes
 * the figures that use it uncertain. The one place where the charts and `nianbao-cli stats`
 * read the workspace.
 */
class WorkspaceStats {
public:
    /// One report's point; nullopt when it cannot be read.
    static std::optional<StatsPoint> point(const Workspace &workspace, qint64 reportId,
                                           QString *error = nullptr);
    /// The point of a report already loaded, with its decisions in force.
    static StatsPoint point(const StoredReport &stored,
                            const QHash<QString, DecisionRecord> &decisions);
    /// Every report's point (or those of `ids`), in the workspace's order. A report that cannot
    /// be read sets `error` and stops.
    static std::optional<QVector<StatsPoint>>
    points(const Workspace &workspace, const QVector<qint64> &ids = {}, QString *error = nullptr);
};
