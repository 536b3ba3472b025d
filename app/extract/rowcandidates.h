#pragma once

#include "tokenizer.h"

#include "model/decimal.h"

#include <QVarLengthArray>
#include <QVector>
#include <optional>

struct EditionSpec;

/// How one cell of a row is read in one candidate reading of the row.
struct CellReading {
    std::optional<Decimal> value; ///< nullopt: printed empty, a placeholder, or dropped
    const Token *token = nullptr; ///< the value piece it comes from; nullptr when dropped
    int start = 0;                ///< the part of the piece, as matchText offsets
    int end = 0;
    bool split = false;       ///< one part of a glued run cut into several cells
    bool dropped = false;     ///< a cell the text does not print (a crawler dropped the empty cell)
    bool placeholder = false; ///< a "-" inside a run that stands for an empty cell ("1-10")
};

/// One way to read a row: a reading for every cell, and how implausible it is (lower is better).
struct RowCandidate {
    QVarLengthArray<CellReading, 16> cells;
    double cost = 0;
    bool breaksRowRule = false; ///< kept only because no reading satisfies the row's own sums
};

/**
 * Every reading of one row's value pieces that the row's own arithmetic allows.
 *
 * A glued piece ("81010010", "156-5997", "304948.3955万元") may be cut into several cells: each
 * part is a number without a leading zero, a sign only at the start of a part of a signed column
 * (2019 本年增/减), a decimal point only in an amount column. Other pieces fill exactly one cell.
 * With `mayDrop` a cell may also be missing from the text (the crawler dropped empty cells).
 * Readings that break a rule lying inside the row (row totals, table 3 group totals) or that are
 * impossible (2019: 上一年项目数量 + 本年增/减 < 0) are dropped; when nothing is left, every
 * reading comes back marked `breaksRowRule`. The cost orders the rest by plausibility (see
 * rowcandidates.cpp); readings come back cheapest first.
 */
class RowCandidates {
public:
    static constexpr int kMaxCandidates = 4000;

    static QVector<RowCandidate> generate(QStringView text, const EditionSpec &spec,
                                          const QVector<int> &cells,
                                          const QVector<const Token *> &pieces, bool mayDrop,
                                          bool *truncated = nullptr);
    /// The rule instances (equalities and ≤) whose cells all lie in `cells`, as positions.
    struct LocalRule {
        QVarLengthArray<int, 8> lhs, rhs;
        bool equal = true;
        bool soft = false;
    };
    static QVector<LocalRule> localRules(const EditionSpec &spec, const QVector<int> &cells);
    /// Whether values printed one per cell (`values`, as many as `cells`) satisfy the row's own
    /// rules (blank and placeholder count 0); false for a glued value or a count mismatch.
    static bool fitsRow(const EditionSpec &spec, const QVector<int> &cells,
                        const QVector<const Token *> &values);
};
