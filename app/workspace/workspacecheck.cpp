#include "workspacecheck.h"

#include "reportaudit.h"

#include "model/spec.h"

#include "validate/validatedreport.h"

#include <tuple>

QVector<Finding> WorkspaceCheck::problems(const Report &report) {
    return ValidatedReport(report).problems();
}

std::pair<int, int> WorkspaceCheck::openCounts(const Report &report,
                                               const QHash<QString, DecisionRecord> &decisions) {
    return ReportAudit::openCounts(ValidatedReport(report), decisions);
}

QVector<Finding> WorkspaceCheck::openProblems(const Workspace &workspace, qint64 reportId,
                                              Edition *edition, QString *error) {
    const auto stored = workspace.loadReport(reportId, error);
    if (!stored)
        return {};
    if (edition)
        *edition = stored->current.meta.edition;
    return ReportAudit::openProblems(ValidatedReport(stored->current),
                                     workspace.decisions(reportId));
}

bool WorkspaceCheck::refresh(Workspace &workspace, qint64 reportId, QString *error) {
    const auto stored = workspace.loadReport(reportId, error);
    if (!stored)
        return false;
    const auto counts = openCounts(stored->current, workspace.decisions(reportId));
    return workspace.setOpenCounts(reportId, counts.first, counts.second, error);
}

void WorkspaceCheck::fillStaleCounts(Workspace &workspace, ReportSummary &summary) {
    if (summary.openErrors >= 0)
        return;
    const auto stored = workspace.loadReport(summary.id, nullptr);
    if (!stored)
        return;
    std::tie(summary.openErrors, summary.openWarnings) =
        openCounts(stored->current, workspace.decisions(summary.id));
    if (!workspace.isReadOnly())
        workspace.setOpenCounts(summary.id, summary.openErrors, summary.openWarnings, nullptr);
}
