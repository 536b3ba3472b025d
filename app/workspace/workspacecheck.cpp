#include "workspacecheck.h"

#include "reportaudit.h"

#include "model/spec.h"

#include <QJsonArray>
#include <QSet>
#include <tuple>

#include "export/reportjson.h"
#include "validate/validatedreport.h"

namespace {
QJsonValue valueJson(const std::optional<Decimal> &v) {
    if (!v)
        return QJsonValue();
    if (v->isInteger())
        return QJsonValue(v->integerPart());
    return QJsonValue(v->toDouble());
}

QJsonObject decisionJson(const DecisionRecord &d) {
    QJsonObject o{{QStringLiteral("decision"), decisionName(d.decision)},
                  {QStringLiteral("label"), decisionLabel(d.decision)},
                  {QStringLiteral("note"), d.note},
                  {QStringLiteral("user"), d.user},
                  {QStringLiteral("at"), d.at.toString(Qt::ISODateWithMs)}};
    if (d.editId >= 0)
        o.insert(QStringLiteral("edit"), d.editId);
    return o;
}
} // namespace

QVector<Finding> WorkspaceCheck::problems(const Report &report) {
    return ValidatedReport(report).problems();
}

std::pair<int, int> WorkspaceCheck::openCounts(const Report &report,
                                               const QHash<QString, DecisionRecord> &decisions) {
    return ReportAudit::openCounts(ValidatedReport(report), decisions);
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

QJsonObject WorkspaceCheck::reportJson(const Workspace &workspace, const StoredReport &s,
                                       bool *hasErrors) {
    const Report &r = s.current;
    const EditionSpec &spec = r.spec();
    const auto doc = workspace.document(s.summary.documentId);
    const QString file = doc ? doc->originalPath : s.summary.fileName;
    const QHash<QString, DecisionRecord> decisions = workspace.decisions(s.summary.id);

    // The extracted cell under each current cell: an "original" block marks edited cells.
    const EditionSpec &extSpec = s.extracted.spec();
    QJsonArray edited;
    auto originalOf = [&](int cell, QJsonObject &object) {
        const QString &key = spec.cell(cell).key;
        const int e = extSpec.indexOf(key);
        const Cell original = e >= 0 ? s.extracted.cells[e] : Cell{};
        if (original.value == r.cells[cell].value && original.status == r.cells[cell].status)
            return;
        object.insert(QStringLiteral("original"),
                      QJsonObject{{QStringLiteral("value"), valueJson(original.value)},
                                  {QStringLiteral("status"), cellStatusName(original.status)}});
        edited.append(key);
    };
    QSet<QString> seen;
    bool errors = false;
    auto decisionOf = [&](const Finding &f, QJsonObject &object) {
        const QString id = f.stableId(spec);
        seen.insert(id);
        const auto d = decisions.constFind(id);
        // "decision" as ReportJson writes it (the name, or null); the detail beside it.
        object.insert(QStringLiteral("id"), id);
        object.insert(QStringLiteral("decision"),
                      d != decisions.cend() ? QJsonValue(decisionName(d->decision)) : QJsonValue());
        object.insert(QStringLiteral("decision_detail"),
                      d != decisions.cend() ? QJsonValue(decisionJson(*d)) : QJsonValue());
        if (f.severity == Severity::Error &&
            (d == decisions.cend() || d->decision != Decision::Dismissed))
            errors = true;
    };

    // The CLI's own shape (export/reportjson.h), decorated with edits and decisions.
    SourceDocument source;
    if (doc) {
        source.fileName = doc->fileName;
        source.path = doc->originalPath;
        source.format = doc->format;
        source.encoding = doc->encoding;
    }
    ReportJson::Options options;
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it)
        options.decisions.insert(it.key(), decisionName(it->decision));
    options.decorateCell = originalOf;
    options.decorateFinding = decisionOf;
    QJsonObject o =
        ReportJson::reportObject(file, doc ? &source : nullptr, ValidatedReport(r), options);
    // Workspace additions: which report, its review state, what the auditor changed.
    o.insert(QStringLiteral("report_id"), s.summary.id);
    o.insert(QStringLiteral("sha256"), doc ? QString::fromLatin1(doc->sha256) : QString());
    o.insert(QStringLiteral("state"), reviewStateName(s.summary.state));
    o.insert(QStringLiteral("edited"), edited);
    // Decisions whose finding is gone (fixed, or re-extracted away) stay visible as history.
    QJsonArray orphaned;
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it)
        if (!seen.contains(it.key())) {
            QJsonObject d = decisionJson(*it);
            d.insert(QStringLiteral("finding"), it.key());
            orphaned.append(d);
        }
    o.insert(QStringLiteral("orphaned_decisions"), orphaned);
    if (hasErrors)
        *hasErrors = errors;
    return o;
}
