#pragma once

#include "statspoint.h"

#include "model/finding.h"
#include "model/report.h"

#include <QSet>

/**
 * Computes the measures of one report from its current cells (Measures, docs/statistics.md).
 *
 * Values are exact (Decimal, checked sums). A blank, placeholder or missing cell adds nothing;
 * a row whose 总计 is blank while some applicant column has a value takes the sum of the
 * applicant columns, and the total cell is listed as uncertain (BlankTotal). A measure whose
 * every cell is without a value has no value (null), never 0.
 */
class ReportStats {
public:
    /// `openErrorCells`: cells in error findings with no decision (they make a figure
    /// uncertain).
    static StatsPoint point(const Report &report, const QSet<int> &openErrorCells = {});
    /// The cells of error problems whose stable id is not in `decided`.
    static QSet<int> openErrorCells(const Report &report, const QVector<Finding> &problems,
                                    const QSet<QString> &decided = {});
};
