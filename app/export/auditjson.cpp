#include "auditjson.h"

#include "exporttext.h"
#include "reportjson.h"
#include "validate/validatedreport.h"

#include <QJsonArray>
#include <QSet>

QJsonObject AuditJson::decisionObject(const ExportDecision &d) {
    QJsonObject o{{QStringLiteral("decision"), d.decision},
                  {QStringLiteral("label"), ExportText(ExportText::Zh).decision(d.decision)},
                  {QStringLiteral("note"), d.note},
                  {QStringLiteral("user"), d.user},
                  {QStringLiteral("at"), d.at.toString(Qt::ISODateWithMs)}};
    if (d.editId >= 0)
        o.insert(QStringLiteral("edit"), d.editId);
    return o;
}

QJsonObject AuditJson::reportObject(const ExportReport &s, bool *hasErrors) {
    const Report &r = s.current;
    const EditionSpec &spec = r.spec();
    const QString file = s.source.path.isEmpty() ? s.source.fileName : s.source.path;
    QHash<QString, const ExportDecision *> decisions;
    for (const ExportFinding &f : s.findings)
        if (f.decision)
            decisions.insert(f.id, &*f.decision);

    // The extracted cell under each current cell: an "original" block marks edited cells.
    QJsonArray edited;
    auto originalOf = [&](int cell, QJsonObject &object) {
        if (!s.isEdited(cell))
            return;
        const Cell original = s.original(cell);
        object.insert(QStringLiteral("original"),
                      QJsonObject{{QStringLiteral("value"),
                                   ReportJson::valueToJson(original.value, spec.cell(cell).type)},
                                  {QStringLiteral("status"), cellStatusName(original.status)}});
        edited.append(spec.cell(cell).key);
    };
    bool errors = false;
    auto decisionOf = [&](const Finding &f, QJsonObject &object) {
        const QString id = f.stableId(spec);
        const ExportDecision *d = decisions.value(id);
        // "decision" as ReportJson writes it (the name, or null); the detail beside it.
        object.insert(QStringLiteral("id"), id);
        object.insert(QStringLiteral("decision"), d ? QJsonValue(d->decision) : QJsonValue());
        object.insert(QStringLiteral("decision_detail"),
                      d ? QJsonValue(decisionObject(*d)) : QJsonValue());
        if (f.severity == Severity::Error && (!d || d->decision != u"dismissed"))
            errors = true;
    };

    SourceDocument source;
    source.fileName = s.source.fileName;
    source.path = s.source.path;
    source.format = s.source.format;
    source.encoding = s.source.encoding;
    const bool haveSource = !s.source.sha256.isEmpty();
    ReportJson::Options options;
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it)
        options.decisions.insert(it.key(), (*it)->decision);
    for (const ExportDecision &d : s.orphanedDecisions)
        options.decisions.insert(d.finding, d.decision);
    options.decorateCell = originalOf;
    options.decorateFinding = decisionOf;
    QJsonObject o =
        ReportJson::reportObject(file, haveSource ? &source : nullptr, ValidatedReport(r), options);
    o.insert(QStringLiteral("report_id"), s.id);
    o.insert(QStringLiteral("sha256"), s.source.sha256);
    o.insert(QStringLiteral("state"), s.reviewState);
    o.insert(QStringLiteral("edited"), edited);
    QJsonArray orphaned;
    for (const ExportDecision &d : s.orphanedDecisions) {
        QJsonObject o = decisionObject(d);
        o.insert(QStringLiteral("finding"), d.finding);
        orphaned.append(o);
    }
    o.insert(QStringLiteral("orphaned_decisions"), orphaned);
    if (hasErrors)
        *hasErrors = errors;
    return o;
}
