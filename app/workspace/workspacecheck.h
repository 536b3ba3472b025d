#pragma once

#include "workspace.h"

#include <QHash>
#include <utility>

/**
 * Validation seen through the workspace: the current report's problems with the auditor's
 * decisions applied and the open counts the report list shows. (The `workspace check` JSON is
 * written by export/auditjson.h from WorkspaceExport's plain value.)
 */
class WorkspaceCheck {
public:
    /// The problems (fail/unverifiable) of a report, rules and extractor remarks.
    static QVector<Finding> problems(const Report &report);
    /// (open errors, open warnings+infos): problems with no decision in force.
    static std::pair<int, int> openCounts(const Report &report,
                                          const QHash<QString, DecisionRecord> &decisions);
    /// The open problems of a stored report (no decision in force), without loading it into a
    /// document: what approving it should list first. Empty with `error` set when unreadable.
    static QVector<Finding> openProblems(const Workspace &workspace, qint64 reportId,
                                         Edition *edition, QString *error);
    /// Recomputes and caches a report's open counts.
    static bool refresh(Workspace &workspace, qint64 reportId, QString *error);
    /// Fills a summary's open counts when the workspace's cache is stale (-1 after an edit or a
    /// decision made elsewhere), and caches them again unless the workspace is read-only.
    static void fillStaleCounts(Workspace &workspace, ReportSummary &summary);
};
