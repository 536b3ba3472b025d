#include "agencyseries.h"

#include <QMap>
#include <algorithm>
#include <tuple>

QVector<int> AgencySeries::gapYears() const {
    QVector<int> out;
    for (int i = 1; i < points.size(); ++i)
        for (int y = points[i - 1].year + 1; y < points[i].year; ++y)
            out << y;
    return out;
}

int AgencySeries::indexOfYear(int year) const {
    for (int i = 0; i < points.size(); ++i)
        if (points[i].year == year)
            return i;
    return -1;
}

QVector<AgencySeries> AgencySeriesBuilder::build(QVector<StatsPoint> points,
                                                 QVector<StatsPoint> *skipped) {
    std::sort(points.begin(), points.end(), [](const StatsPoint &a, const StatsPoint &b) {
        return std::tie(a.agencyKey, a.year, a.reportId) <
               std::tie(b.agencyKey, b.year, b.reportId);
    });
    QVector<AgencySeries> out;
    for (StatsPoint &p : points) {
        if (p.agencyKey.isEmpty() || p.year <= 0) {
            if (skipped)
                *skipped << std::move(p);
            continue;
        }
        if (out.isEmpty() || out.last().agencyKey != p.agencyKey) {
            AgencySeries s;
            s.agencyKey = p.agencyKey;
            out << s;
        }
        AgencySeries &s = out.last();
        if (!s.points.isEmpty() && s.points.last().year == p.year) {
            s.duplicates << std::move(p);
            continue;
        }
        if (!p.agency.isEmpty())
            s.agency = p.agency; // the latest year's name wins
        s.points << std::move(p);
    }
    return out;
}
