#pragma once

#include "statspoint.h"

#include <QVector>

/**
 * One agency (one agency key) across its years: one point per year, ordered by year. Two
 * reports of one agency and year are not added up (they are usually two copies or versions of
 * the same report): the first by report id is the year's point, the others are kept aside in
 * `duplicates` so that views can say so.
 */
struct AgencySeries {
    QString agencyKey;
    QString agency; ///< as printed in the latest year
    QVector<StatsPoint> points;
    QVector<StatsPoint> duplicates;

    /// Years between the first and the last without a report: said, never filled.
    QVector<int> gapYears() const;
    /// Index of the year's point, -1 when none.
    int indexOfYear(int year) const;
};

/// Groups report points by agency key (reports without key or year are left out).
class AgencySeriesBuilder {
public:
    /// Agencies ordered by key; `skipped` receives the points without agency key or year.
    static QVector<AgencySeries> build(QVector<StatsPoint> points,
                                       QVector<StatsPoint> *skipped = nullptr);
};
