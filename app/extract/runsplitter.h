#pragma once

#include <QString>
#include <QVector>
#include <functional>

/**
 * Splits a run of digits printed without separators ("6233440") into `parts` numbers.
 *
 * Every composition is tried (no part with a leading zero unless it is "0"); `accept` says
 * whether a candidate satisfies the table's own sums. The split is returned only when exactly
 * one candidate is accepted: a run is never split by guesswork.
 */
class RunSplitter {
public:
    static constexpr int kMaxDigits = 24;
    /// The unique accepted split as (offset, length) pairs into `digits`, or empty.
    static QVector<std::pair<int, int>>
    uniqueSplit(const QString &digits, int parts,
                const std::function<bool(const QVector<qint64> &)> &accept);
};
