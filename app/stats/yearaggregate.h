#pragma once

#include "agencyseries.h"

#include <QVector>
#include <optional>

/// One report behind an aggregated figure, and the cell that makes it uncertain.
struct AggregateSource {
    qint64 reportId = -1;
    QString report;
    QString agency;
    Edition edition = Edition::E2021;
    UncertainCell cell;
};

/// The sum over the selected agencies of one measure in one year.
struct AggregateValue {
    std::optional<Decimal> value; ///< nullopt when no report of the year has a value
    int reports = 0;              ///< reports whose value is in the sum
    QVector<AggregateSource> uncertain;
    bool isUncertain() const { return !uncertain.isEmpty(); }
};

/// One year of a chart: a single report (one agency) or the sum over a selection of agencies.
struct YearPoint {
    int year = 0;
    QVector<qint64> reportIds;      ///< the reports behind the year (empty: a gap year)
    QVector<QString> reports;       ///< their file names, aligned
    QVector<AggregateValue> values; ///< index-aligned with Measures::all()
    bool isGap() const { return reportIds.isEmpty(); }
};

/**
 * Sums the agencies' points per year, with the number of reports behind each figure. Years run
 * without a hole from the first to the last year of the selection: a year no selected agency
 * reported is a gap point (no value), never an interpolation.
 */
class YearAggregate {
public:
    static QVector<YearPoint> build(const QVector<AgencySeries> &agencies);
    /// The share of `measure` in `ofMeasure` (e.g. granted in results_total), nullopt when the
    /// base is null or zero. A display figure, not a stored one.
    static std::optional<double> share(const YearPoint &point, int measure, int ofMeasure);
};
