#include "workspacestats.h"

#include "stats/reportstats.h"
#include "validate/validatedreport.h"
#include "workspace.h"

#include <QSet>

StatsPoint WorkspaceStats::point(const StoredReport &stored,
                                 const QHash<QString, DecisionRecord> &decisions) {
    QSet<QString> decided;
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it)
        if (it->decision != Decision::Open)
            decided.insert(it.key());
    const Report &report = stored.current;
    const QSet<int> errors =
        ReportStats::openErrorCells(report, ValidatedReport(report).problems(), decided);
    StatsPoint p = ReportStats::point(report, errors);
    p.reportId = stored.summary.id;
    p.report = stored.summary.fileName;
    p.agency = stored.summary.agency;
    p.agencyKey = stored.summary.agencyKey;
    p.year = stored.summary.year;
    return p;
}

std::optional<StatsPoint> WorkspaceStats::point(const Workspace &workspace, qint64 reportId,
                                                QString *error) {
    const auto stored = workspace.loadReport(reportId, error);
    if (!stored)
        return std::nullopt;
    return point(*stored, workspace.decisions(reportId));
}

std::optional<QVector<StatsPoint>>
WorkspaceStats::points(const Workspace &workspace, const QVector<qint64> &ids, QString *error) {
    QVector<qint64> order = ids;
    if (order.isEmpty()) {
        QString listError;
        for (const ReportSummary &s : workspace.reports(&listError))
            order << s.id;
        if (!listError.isEmpty()) {
            if (error)
                *error = listError;
            return std::nullopt;
        }
    }
    QVector<StatsPoint> out;
    out.reserve(order.size());
    for (qint64 id : std::as_const(order)) {
        auto p = point(workspace, id, error);
        if (!p)
            return std::nullopt;
        out << std::move(*p);
    }
    return out;
}
