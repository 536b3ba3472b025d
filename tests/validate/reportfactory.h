#pragma once

// Reports for tests, built from Report::empty() and the spec: the real sample 003
// (市中区人民政府办公室 2023, every cell printed) and random reports that obey every rule of their
// edition.

#include "decimalops.h"
#include "model/report.h"
#include "model/spec.h"

#include <QHash>
#include <QRandomGenerator>
#include <QString>

namespace reportfactory {

inline void set(Report &r, const QString &key, std::optional<qint64> value,
                CellStatus status = CellStatus::Read) {
    Cell &c = r.cell(key);
    c.value = value ? std::optional<Decimal>(Decimal::fromInteger(*value)) : std::nullopt;
    c.status = value ? status : CellStatus::Blank;
    c.raw = value ? QString::number(*value) : QString();
}

inline QString t2(const QString &row, const QString &col) {
    return QStringLiteral("t2.r.%1.c.%2").arg(row, col);
}

/// Every cell of the edition set to `value` (status read), amounts included.
inline Report filled(Edition edition, qint64 value) {
    Report r = Report::empty(edition);
    for (Cell &c : r.cells) {
        c.value = Decimal::fromInteger(value);
        c.status = CellStatus::Read;
        c.raw = QString::number(value);
    }
    r.tables = {TableState::Found, TableState::Found, TableState::Found};
    return r;
}

/// Sample 003 (tests/data/samples/003_*.txt) as printed: 2021 edition, all cells filled.
inline Report sample003() {
    Report r = filled(Edition::E2021, 0);
    r.meta.agency = QStringLiteral("市中区人民政府办公室");
    r.meta.year = 2023;
    r.meta.edition = Edition::E2021;
    set(r, QStringLiteral("t1.r.normative_docs.c.repealed"), 4);
    set(r, QStringLiteral("t1.r.normative_docs.c.in_force"), 12);
    const QHash<QString, qint64> natural{{QStringLiteral("new_received"), 27},
                                         {QStringLiteral("carried_over"), 2},
                                         {QStringLiteral("granted"), 4},
                                         {QStringLiteral("partially_granted"), 4},
                                         {QStringLiteral("denied_internal_affairs"), 1},
                                         {QStringLiteral("denied_process_info"), 1},
                                         {QStringLiteral("unable_not_held"), 10},
                                         {QStringLiteral("unable_need_creation"), 4},
                                         {QStringLiteral("not_processed_repeat"), 1},
                                         {QStringLiteral("not_processed_mass_repeat"), 3},
                                         {QStringLiteral("results_total"), 28},
                                         {QStringLiteral("carry_forward"), 1}};
    for (auto it = natural.cbegin(); it != natural.cend(); ++it) {
        set(r, t2(it.key(), QStringLiteral("natural_person")), it.value());
        set(r, t2(it.key(), QStringLiteral("total")), it.value());
    }
    set(r, QStringLiteral("t3.r.cases.c.review_maintained"), 1);
    set(r, QStringLiteral("t3.r.cases.c.review_total"), 1);
    return r;
}

/// A random report of the edition that passes every rule: every cell filled, sums exact.
inline Report consistent(Edition edition, QRandomGenerator &rng, int maxValue = 30) {
    Report r = filled(edition, 0);
    r.meta.edition = edition;
    const EditionSpec &spec = r.spec();
    auto rnd = [&] { return qint64(rng.bounded(maxValue + 1)); };
    // Table 1: free values; the 2019 soft rule wants published ≤ total.
    for (const CellSpec &c : spec.cells) {
        if (c.table != 1)
            continue;
        qint64 v = rnd();
        if (c.type == ValueType::SignedInteger)
            v -= maxValue / 2;
        r.cells[c.index].value = Decimal::fromInteger(v);
        if (c.type == ValueType::Decimal)
            r.cells[c.index].value = Decimal::fromMicros(v * 1'000'000 + 250'000);
    }
    if (edition == Edition::E2019) {
        for (const QString &row :
             {QStringLiteral("regulations"), QStringLiteral("normative_docs")}) {
            const QString pub = QStringLiteral("t1.r.%1.c.published_this_year").arg(row);
            const QString tot = QStringLiteral("t1.r.%1.c.total_public").arg(row);
            r.cell(tot).value = *r.cell(pub).value + Decimal::fromInteger(rnd());
        }
    }
    // Table 2, column by column: outcome rows random, （七） their sum, then the balance.
    const BlockSpec &block = spec.table(2).blocks[0];
    QHash<QString, qint64> rowTotals;
    for (const ColumnSpec &col : block.columns) {
        if (col.id == u"total")
            continue;
        qint64 outcomes = 0;
        for (const RowSpec &row : block.rows) {
            if (!row.dataRow || row.parents.isEmpty() || row.id == u"results_total")
                continue;
            const qint64 v = rng.bounded(4) == 0 ? rnd() : 0;
            set(r, t2(row.id, col.id), v);
            outcomes += v;
            rowTotals[row.id] += v;
        }
        const qint64 forward = rnd(), carried = qint64(rng.bounded(int(outcomes + forward) + 1));
        const qint64 fresh = outcomes + forward - carried;
        set(r, t2(QStringLiteral("results_total"), col.id), outcomes);
        set(r, t2(QStringLiteral("carry_forward"), col.id), forward);
        set(r, t2(QStringLiteral("carried_over"), col.id), carried);
        set(r, t2(QStringLiteral("new_received"), col.id), fresh);
        rowTotals[QStringLiteral("results_total")] += outcomes;
        rowTotals[QStringLiteral("carry_forward")] += forward;
        rowTotals[QStringLiteral("carried_over")] += carried;
        rowTotals[QStringLiteral("new_received")] += fresh;
    }
    for (const RowSpec &row : block.rows)
        if (row.dataRow)
            set(r, t2(row.id, QStringLiteral("total")), rowTotals.value(row.id));
    // Table 3: each group's total is the sum of its four results.
    for (const QString &group : {QStringLiteral("review"), QStringLiteral("lit_direct"),
                                 QStringLiteral("lit_after_review")}) {
        qint64 sum = 0;
        for (const QString &result : {QStringLiteral("maintained"), QStringLiteral("corrected"),
                                      QStringLiteral("other"), QStringLiteral("pending")}) {
            const qint64 v = rnd() / 3;
            set(r, QStringLiteral("t3.r.cases.c.%1_%2").arg(group, result), v);
            sum += v;
        }
        set(r, QStringLiteral("t3.r.cases.c.%1_total").arg(group), sum);
    }
    return r;
}

} // namespace reportfactory
