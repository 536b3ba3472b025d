#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>
#include <cmath>

/// One series of a chart: a value per category (NaN: none), which values are uncertain
/// (drawn hatched) and the tooltip of each point.
struct ChartSeriesData {
    QString name;
    QColor color;
    int measure = -1;       ///< index into Measures::all(): what a click opens
    QVector<double> values; ///< per category; NaN when there is no value
    QVector<bool> uncertain;
    QStringList tooltips;

    bool hasValue(int category) const {
        return category < values.size() && !std::isnan(values[category]);
    }
};

/**
 * What a chart shows, independent of the library that draws it: the one value that passes from
 * the chart builder (stats → chart) to the ChartCanvas adapter (chart → pixels).
 */
struct ChartData {
    enum class Kind { StackedBars, Lines };
    Kind kind = Kind::StackedBars;
    QString title;
    QString valueTitle;     ///< the value axis
    bool percent = false;   ///< values are percentages
    QStringList categories; ///< one per year ("2020", "2020 无报告")
    QVector<ChartSeriesData> series;
    QString uncertainLabel; ///< the legend entry of the hatch
    QString note;           ///< a line under the chart (what the figures are)

    bool isEmpty() const { return categories.isEmpty() || series.isEmpty(); }
};
