#pragma once

#include "chartcanvas.h"

#include <QHash>

class QAbstractSeries;
class QBarSet;
class QChart;
class QChartView;

/// ChartCanvas drawn with Qt Charts (the only code that includes it).
class QtChartsCanvas : public ChartCanvas {
    Q_OBJECT
public:
    explicit QtChartsCanvas(QWidget *parent = nullptr);

    void setData(const ChartData &data) override;
    const ChartData &data() const override { return m_data; }
    QRectF pointRect(int series, int category) const override;
    bool savePng(const QString &path, QString *error) const override;
    bool saveSvg(const QString &path, QString *error) const override;

    QChartView *chartView() const { return m_view; }

private:
    void buildBars();
    void buildLines();
    void setupAxes(double max);
    void styleFonts();
    void showTooltip(int series, int category);
    QPointF toWidget(const QPointF &value) const;

    QChartView *m_view;
    QChart *m_chart;
    ChartData m_data;
    QHash<const QBarSet *, int> m_seriesOfSet; ///< both bar sets of a series → its index
    QHash<const QObject *, int> m_seriesOfLine;
    QAbstractSeries *m_mapping = nullptr; ///< the series used to map values to positions
};
