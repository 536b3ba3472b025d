#pragma once

#include "chartdata.h"

#include <QWidget>

/**
 * The one seam between the desk and a chart library. Everything in ui/ talks to this interface;
 * only its implementation (QtChartsCanvas, the one file set that includes Qt Charts) knows the
 * library, so a Qt Graphs version can replace it (Qt Charts is deprecated from Qt 6.10) without
 * touching app/stats or the rest of ui/.
 *
 * A canvas draws a ChartData: stacked bars or lines over categories (years), uncertain values
 * hatched, the tooltip of a point on hover; it reports clicks and exports itself.
 */
class ChartCanvas : public QWidget {
    Q_OBJECT
public:
    /// The canvas of this build (Qt Charts).
    static ChartCanvas *create(QWidget *parent = nullptr);

    virtual void setData(const ChartData &data) = 0;
    virtual const ChartData &data() const = 0;

    /// The rectangle (in this widget's coordinates) of a bar, or of a line's point marker; empty
    /// when the point has no value. For tests and for the keyboard.
    virtual QRectF pointRect(int series, int category) const = 0;

    /// Writes the chart as PNG (at twice the screen size) or SVG (text kept as text), atomically.
    virtual bool savePng(const QString &path, QString *error) const = 0;
    virtual bool saveSvg(const QString &path, QString *error) const = 0;

Q_SIGNALS:
    /// A bar or point was clicked.
    void pointClicked(int series, int category);
    /// The mouse is over a point (its tooltip is shown by the canvas).
    void pointHovered(int series, int category);

protected:
    using QWidget::QWidget;
};
