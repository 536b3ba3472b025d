#include "reportjson.h"

#include "model/numberpolicy.h"
#include "model/spec.h"
#include "validate/validatedreport.h"

#include <QJsonArray>

namespace {

QJsonValue stringOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

// The number policy (model/numberpolicy.h): counts as JSON integers, 万元 amounts as exact text.
QJsonValue ReportJson::valueToJson(const std::optional<Decimal> &value, ValueType type) {
    if (!value)
        return QJsonValue(QJsonValue::Null);
    if (NumberPolicy::isInteger(*value, type))
        return QJsonValue(value->integerPart());
    return QJsonValue(value->toString());
}

std::optional<Decimal> ReportJson::valueFromJson(const QJsonValue &value) {
    if (value.isString())
        return Decimal::parse(value.toString());
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (const qint64 i = value.toInteger(); double(i) == d)
        return Decimal::fromInteger(i);
    return std::nullopt; // a float is not a value this program writes
}

QJsonObject ReportJson::cellObject(const Cell &cell, ValueType type) {
    QJsonObject o;
    o.insert(QStringLiteral("value"), valueToJson(cell.value, type));
    o.insert(QStringLiteral("status"), cellStatusName(cell.status));
    o.insert(QStringLiteral("raw"), stringOrNull(cell.raw));
    o.insert(QStringLiteral("note"), stringOrNull(cell.note));
    if (cell.anchor.isValid()) {
        QJsonObject anchor{{QStringLiteral("start"), cell.anchor.start},
                           {QStringLiteral("length"), cell.anchor.length}};
        if (cell.anchor.page >= 0) {
            anchor.insert(QStringLiteral("page"), cell.anchor.page);
            const QRectF &r = cell.anchor.rect;
            anchor.insert(QStringLiteral("rect"), QJsonArray{r.x(), r.y(), r.width(), r.height()});
        }
        o.insert(QStringLiteral("anchor"), anchor);
    } else {
        o.insert(QStringLiteral("anchor"), QJsonValue(QJsonValue::Null));
    }
    return o;
}

QJsonObject ReportJson::findingObject(const Finding &finding, const EditionSpec &spec,
                                      const Options &options) {
    QJsonObject o;
    const QString id = finding.stableId(spec);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("rule"), finding.rule);
    o.insert(QStringLiteral("status"), findingStatusName(finding.status));
    o.insert(QStringLiteral("severity"), severityName(finding.severity));
    QJsonArray cells;
    for (const QVector<int> *side : {&finding.lhs, &finding.rhs})
        for (int c : *side)
            if (c >= 0 && c < spec.cellCount())
                cells.append(spec.cell(c).key);
    o.insert(QStringLiteral("cells"), cells);
    const ValueType type = NumberPolicy::typeOf(spec, finding.lhs.value(0, -1));
    o.insert(QStringLiteral("expected"), valueToJson(finding.expected, type));
    o.insert(QStringLiteral("actual"), valueToJson(finding.actual, type));
    if (finding.suggestion && finding.suggestion->cell >= 0 &&
        finding.suggestion->cell < spec.cellCount()) {
        o.insert(QStringLiteral("suggestion"),
                 QJsonObject{{QStringLiteral("cell"), spec.cell(finding.suggestion->cell).key},
                             {QStringLiteral("value"),
                              valueToJson(finding.suggestion->value,
                                          NumberPolicy::typeOf(spec, finding.suggestion->cell))}});
    } else {
        o.insert(QStringLiteral("suggestion"), QJsonValue(QJsonValue::Null));
    }
    o.insert(QStringLiteral("message"),
             QJsonObject{{QStringLiteral("zh"), finding.zh}, {QStringLiteral("en"), finding.en}});
    if (!options.decisions.isEmpty())
        o.insert(QStringLiteral("decision"), stringOrNull(options.decisions.value(id)));
    if (options.decorateFinding)
        options.decorateFinding(finding, o);
    return o;
}

QJsonObject ReportJson::errorObject(const QString &file, const QString &error) {
    QString line = error.simplified(); // one line, whatever the importer said
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("ok"), false},
                       {QStringLiteral("error"), line}};
}

QJsonObject ReportJson::reportObject(const QString &file, const SourceDocument *document,
                                     const ValidatedReport &validated, const Options &options) {
    const Report &report = validated.report();
    const EditionSpec &spec = report.spec();
    QJsonObject o;
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("ok"), true);
    o.insert(QStringLiteral("error"), QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("format"), document ? QJsonValue(document->format) : QJsonValue());
    o.insert(QStringLiteral("encoding"),
             document ? stringOrNull(document->encoding) : QJsonValue(QJsonValue::Null));
    if (document && !document->warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(document->warnings));
    o.insert(QStringLiteral("agency"), stringOrNull(report.meta.agency));
    o.insert(QStringLiteral("agency_source"), stringOrNull(report.meta.agencySource));
    o.insert(QStringLiteral("agency_key"), stringOrNull(report.meta.agencyKey));
    o.insert(QStringLiteral("year"),
             report.meta.year > 0 ? QJsonValue(report.meta.year) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("edition"), editionName(report.meta.edition));
    o.insert(QStringLiteral("edition_basis"), stringOrNull(report.meta.editionBasis));
    o.insert(QStringLiteral("edition_mixed"), report.meta.editionMixed);
    o.insert(QStringLiteral("tables"),
             QJsonObject{{QStringLiteral("t1"), tableStateName(report.tables[0])},
                         {QStringLiteral("t2"), tableStateName(report.tables[1])},
                         {QStringLiteral("t3"), tableStateName(report.tables[2])}});

    QJsonObject cells;
    for (int i = 0; i < spec.cellCount() && i < report.cells.size(); ++i) {
        QJsonObject c = cellObject(report.cells[i], spec.cell(i).type);
        if (options.decorateCell)
            options.decorateCell(i, c);
        cells.insert(spec.cell(i).key, c);
    }
    o.insert(QStringLiteral("cells"), cells);
    if (!report.extraCells.isEmpty()) {
        QJsonObject extra;
        for (auto it = report.extraCells.cbegin(); it != report.extraCells.cend(); ++it)
            extra.insert(it.key(), cellObject(it.value()));
        o.insert(QStringLiteral("extra_cells"), extra);
    }

    QJsonArray findings;
    int counts[4] = {0, 0, 0, 0};
    int bySeverity[3] = {0, 0, 0};
    const int instances = validated.instanceCount();
    const QVector<Finding> &all = validated.findings();
    for (int i = 0; i < all.size(); ++i) {
        const Finding &f = all[i];
        if (i < instances)
            ++counts[int(f.status)];
        if (f.isProblem())
            ++bySeverity[int(f.severity)];
        if (f.isProblem() || options.allFindings)
            findings.append(findingObject(f, spec, options));
    }
    o.insert(QStringLiteral("findings"), findings);
    QJsonObject summary;
    for (FindingStatus s : {FindingStatus::Pass, FindingStatus::Fail, FindingStatus::Unverifiable,
                            FindingStatus::Empty})
        summary.insert(findingStatusName(s), counts[int(s)]);
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        summary.insert(severityName(s) + QStringLiteral("s"), bySeverity[int(s)]);
    QJsonObject cellStatuses;
    for (const Cell &c : report.cells) {
        const QString name = cellStatusName(c.status);
        cellStatuses.insert(name, cellStatuses.value(name).toInt() + 1);
    }
    summary.insert(QStringLiteral("cells"), cellStatuses);
    o.insert(QStringLiteral("summary"), summary);
    return o;
}
