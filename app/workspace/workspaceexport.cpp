#include "workspaceexport.h"

#include "model/spec.h"
#include "validate/validatedreport.h"
#include "workspacecrossyear.h"

#include <QSet>

namespace {

ExportDecision exportDecision(const DecisionRecord &d) {
    return ExportDecision{d.finding, decisionName(d.decision), d.note, d.user, d.at, d.editId};
}

ExportEdit exportEdit(const EditRecord &e) {
    return ExportEdit{e.id,        e.key,  e.oldValue, e.oldStatus, e.newValue,
                      e.newStatus, e.user, e.at,       e.note,      e.origin};
}

} // namespace

std::optional<ExportReport> WorkspaceExport::report(const Workspace &workspace, qint64 reportId,
                                                    QString *error) {
    WorkspaceCrossYear cross(workspace);
    return report(workspace, reportId, cross, error);
}

std::optional<ExportReport> WorkspaceExport::report(const Workspace &workspace, qint64 reportId,
                                                    WorkspaceCrossYear &cross, QString *error) {
    auto stored = workspace.loadReport(reportId, error);
    if (!stored)
        return std::nullopt;
    ExportReport r;
    r.id = reportId;
    r.current = std::move(stored->current);
    r.extracted = std::move(stored->extracted);
    r.reviewState = reviewStateName(stored->summary.state);
    r.stateBy = stored->summary.stateBy;
    r.stateAt = stored->summary.stateAt;
    r.source.fileName = stored->summary.fileName;
    if (const auto doc = workspace.document(stored->summary.documentId)) {
        r.source.fileName = doc->fileName;
        r.source.path = doc->originalPath;
        r.source.sha256 = QString::fromLatin1(doc->sha256);
        r.source.format = doc->format;
        r.source.encoding = doc->encoding;
        r.source.size = doc->size;
        r.source.importedAt = doc->importedAt;
    }

    const QHash<QString, DecisionRecord> decisions = workspace.decisions(reportId);
    const EditionSpec &spec = r.current.spec();
    QSet<QString> seen;
    // The report's own problems, then those against the agency's previous year (if held).
    cross.remember(reportId, r.current);
    QVector<Finding> problems = ValidatedReport(r.current).problems();
    for (const Finding &f : cross.findingsOf(reportId, r.current))
        if (f.isProblem())
            problems << f;
    for (const Finding &f : std::as_const(problems)) {
        ExportFinding ef{f, f.stableId(spec), std::nullopt};
        if (const auto d = decisions.constFind(ef.id); d != decisions.cend())
            ef.decision = exportDecision(*d);
        seen.insert(ef.id);
        r.findings << ef;
    }
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it)
        if (!seen.contains(it.key()))
            r.orphanedDecisions << exportDecision(*it);
    std::sort(
        r.orphanedDecisions.begin(), r.orphanedDecisions.end(),
        [](const ExportDecision &a, const ExportDecision &b) { return a.finding < b.finding; });
    for (const EditRecord &e : workspace.log(reportId))
        r.edits << exportEdit(e);
    return r;
}

std::optional<ExportSet> WorkspaceExport::build(const Workspace &workspace,
                                                const QVector<qint64> &ids, QString *error,
                                                const Progress &progress) {
    QVector<qint64> order = ids;
    if (order.isEmpty())
        for (const ReportSummary &s : workspace.reports())
            order << s.id;
    ExportSet set;
    set.workspace = workspace.path();
    set.reviewer = workspace.user();
    set.exportedAt = QDateTime::currentDateTime();
    set.toolVersion = QStringLiteral(NIANBAO_VERSION);
    set.reports.reserve(order.size());
    WorkspaceCrossYear cross(workspace);
    for (int i = 0; i < order.size(); ++i) {
        auto r = report(workspace, order[i], cross, error);
        if (!r)
            return std::nullopt;
        set.reports << std::move(*r);
        if (progress && !progress(i + 1, int(order.size()))) {
            if (error)
                error->clear();
            return std::nullopt;
        }
    }
    return set;
}
