#include "yearaggregate.h"

#include "measure.h"

#include <QMap>

QVector<YearPoint> YearAggregate::build(const QVector<AgencySeries> &agencies) {
    const int measures = int(Measures::all().size());
    QMap<int, YearPoint> byYear;
    for (const AgencySeries &a : agencies) {
        for (const StatsPoint &p : a.points) {
            YearPoint &y = byYear[p.year];
            if (y.values.isEmpty()) {
                y.year = p.year;
                y.values.resize(measures);
            }
            y.reportIds << p.reportId;
            y.reports << p.report;
            for (int m = 0; m < measures && m < p.values.size(); ++m) {
                const StatsValue &v = p.values[m];
                AggregateValue &agg = y.values[m];
                if (v.value) {
                    const auto sum = Decimal::add(agg.value.value_or(Decimal()), *v.value);
                    if (sum) {
                        agg.value = sum;
                        ++agg.reports;
                    }
                }
                for (const UncertainCell &u : v.uncertain)
                    agg.uncertain << AggregateSource{p.reportId, p.report, p.agency, p.edition, u};
            }
        }
    }
    QVector<YearPoint> out;
    if (byYear.isEmpty())
        return out;
    out.reserve(byYear.lastKey() - byYear.firstKey() + 1);
    for (int year = byYear.firstKey(); year <= byYear.lastKey(); ++year) {
        auto it = byYear.find(year);
        if (it != byYear.end()) {
            out.append(std::move(*it));
            continue;
        }
        YearPoint &gap = out.emplace_back(); // a year without a report: no value, said as such
        gap.year = year;
        gap.values = QVector<AggregateValue>(measures);
    }
    return out;
}

std::optional<double> YearAggregate::share(const YearPoint &point, int measure, int ofMeasure) {
    const auto &v = point.values.value(measure).value;
    const auto &base = point.values.value(ofMeasure).value;
    if (!v || !base || base->isZero())
        return std::nullopt;
    return double(v->micros()) / double(base->micros());
}
