#pragma once

#include "workspace.h"

#include <QHash>
#include <QJsonObject>
#include <utility>

/**
 * Validation seen through the workspace: the current report's problems with the auditor's
 * decisions applied, the open counts the report list shows, and the `check --json` object of a
 * stored report (cells with their original values where edited, each finding's decision).
 */
class WorkspaceCheck {
public:
    /// The problems (fail/unverifiable) of a report, rules and extractor remarks.
    static QVector<Finding> problems(const Report &report);
    /// (open errors, open warnings+infos): problems with no decision in force.
    static std::pair<int, int> openCounts(const Report &report,
                                          const QHash<QString, DecisionRecord> &decisions);
    /// Recomputes and caches a report's open counts.
    static bool refresh(Workspace &workspace, qint64 reportId, QString *error);
    /// Fills a summary's open counts when the workspace's cache is stale (-1 after an edit or a
    /// decision made elsewhere), and caches them again unless the workspace is read-only.
    static void fillStaleCounts(Workspace &workspace, ReportSummary &summary);

    /// The JSON object of one stored report, in the shape of `nianbao-cli check --json`.
    /// `hasErrors` is set when an error finding is not dismissed (exit status 1).
    static QJsonObject reportJson(const Workspace &workspace, const StoredReport &report,
                                  bool *hasErrors);
};
