#pragma once

#include <QString>
#include <QVector>

namespace testgen {

/**
 * Counts the ways a run of digits ("6233440") splits into @p parts non-negative integers written
 * without leading zeros, stopping at @p limit. With @p lastIsSum only splits whose last part is
 * the sum of the others count (a table 2 row: 总计 = the six applicant columns).
 */
int countSplits(const QString &digits, int parts, bool lastIsSum, int limit = 2);

/// The splits counted by countSplits (at most @p limit of them), each as its parts.
QVector<QVector<qint64>> allSplits(const QString &digits, int parts, bool lastIsSum,
                                   int limit = 200);

} // namespace testgen
