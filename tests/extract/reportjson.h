#pragma once

// Test helper: a Report as the JSON of the golden files (every cell: value/status/raw/anchor).

#include "model/report.h"
#include "model/spec.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ReportJson {

inline QJsonValue valueJson(const std::optional<Decimal> &v) {
    if (!v)
        return QJsonValue::Null;
    return v->isInteger() ? QJsonValue(qint64(v->integerPart())) : QJsonValue(v->toString());
}

inline QJsonObject cellJson(const Cell &c) {
    QJsonObject o;
    o.insert(QStringLiteral("value"), valueJson(c.value));
    o.insert(QStringLiteral("status"), cellStatusName(c.status));
    o.insert(QStringLiteral("raw"), c.raw);
    o.insert(QStringLiteral("anchor"), c.anchor.start);
    if (!c.note.isEmpty())
        o.insert(QStringLiteral("note"), c.note);
    return o;
}

inline QJsonObject toJson(const Report &r) {
    QJsonObject o;
    o.insert(QStringLiteral("agency"), r.meta.agency);
    o.insert(QStringLiteral("agencySource"), r.meta.agencySource);
    o.insert(QStringLiteral("year"), r.meta.year);
    o.insert(QStringLiteral("edition"), editionName(r.meta.edition));
    o.insert(QStringLiteral("editionMixed"), r.meta.editionMixed);
    QJsonObject tables;
    for (int t = 0; t < 3; ++t)
        tables.insert(QStringLiteral("t%1").arg(t + 1), tableStateName(r.tables[size_t(t)]));
    o.insert(QStringLiteral("tables"), tables);
    QJsonObject cells;
    const EditionSpec &spec = r.spec();
    for (const CellSpec &c : spec.cells)
        cells.insert(c.key, cellJson(r.cells[c.index]));
    o.insert(QStringLiteral("cells"), cells);
    QJsonObject extra;
    for (auto it = r.extraCells.cbegin(); it != r.extraCells.cend(); ++it)
        extra.insert(it.key(), cellJson(it.value()));
    if (!extra.isEmpty())
        o.insert(QStringLiteral("extraCells"), extra);
    QJsonArray remarks;
    for (const Finding &f : r.remarks)
        remarks.append(f.rule);
    if (!remarks.isEmpty())
        o.insert(QStringLiteral("remarks"), remarks);
    return o;
}

} // namespace ReportJson
