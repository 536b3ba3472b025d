#include "qtchartscanvas.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QSaveFile>
#include <QScatterSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace {

QBrush hatch(const QColor &color) {
    QBrush b(color, Qt::BDiagPattern);
    return b;
}

bool writeAtomically(const QString &path, QString *error,
                     const std::function<bool(QIODevice *)> &write) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !write(&file) || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

ChartCanvas *ChartCanvas::create(QWidget *parent) {
    return new QtChartsCanvas(parent);
}

QtChartsCanvas::QtChartsCanvas(QWidget *parent)
    : ChartCanvas(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart()) {
    m_chart->setAnimationOptions(QChart::NoAnimation); // live: an edit redraws at once
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void QtChartsCanvas::styleFonts() {
    // The chart's theme has fonts of its own; the application's (a CJK font where there is one)
    // prints the Chinese labels.
    QFont base = font();
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(base.pointSizeF() * 1.2);
    m_chart->setTitleFont(title);
    m_chart->legend()->setFont(base);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsFont(base);
        axis->setTitleFont(base);
    }
}

void QtChartsCanvas::setData(const ChartData &data) {
    m_data = data;
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_seriesOfSet.clear();
    m_seriesOfLine.clear();
    m_mapping = nullptr;
    m_chart->setTitle(data.title);
    if (data.kind == ChartData::Kind::StackedBars)
        buildBars();
    else
        buildLines();
    styleFonts();
}

void QtChartsCanvas::buildBars() {
    auto *bars = new QStackedBarSeries();
    bars->setBarWidth(0.6);
    double max = 0;
    QVector<double> stack(m_data.categories.size(), 0.0);
    bool anyUncertain = false;
    QSet<const QBarSet *> hatchedSets;
    for (int s = 0; s < m_data.series.size(); ++s) {
        const ChartSeriesData &d = m_data.series[s];
        auto *plain = new QBarSet(d.name);
        auto *hatched = new QBarSet(d.name);
        plain->setColor(d.color);
        plain->setBorderColor(d.color.darker(130));
        hatched->setBrush(hatch(d.color));
        hatched->setBorderColor(d.color.darker(150));
        for (int c = 0; c < m_data.categories.size(); ++c) {
            const double v = d.hasValue(c) ? d.values[c] : 0.0;
            const bool uncertain = d.uncertain.value(c);
            anyUncertain = anyUncertain || (uncertain && d.hasValue(c));
            *plain << (uncertain ? 0.0 : v);
            *hatched << (uncertain ? v : 0.0);
            stack[c] += v;
        }
        m_seriesOfSet.insert(plain, s);
        m_seriesOfSet.insert(hatched, s);
        hatchedSets.insert(hatched);
        bars->append(plain);
        bars->append(hatched);
    }
    for (double v : std::as_const(stack))
        max = std::max(max, v);
    if (anyUncertain) { // one legend entry for the hatch, whatever its colour
        auto *legend = new QBarSet(m_data.uncertainLabel);
        legend->setBrush(hatch(QColor(0x55, 0x55, 0x55)));
        legend->setBorderColor(QColor(0x55, 0x55, 0x55));
        for (int c = 0; c < m_data.categories.size(); ++c)
            *legend << 0.0;
        bars->append(legend);
    }
    m_chart->addSeries(bars);
    m_mapping = bars;
    for (QLegendMarker *m : m_chart->legend()->markers(bars)) // hatched twins: no entry
        if (auto *bm = qobject_cast<QBarLegendMarker *>(m))
            if (hatchedSets.contains(bm->barset()))
                m->setVisible(false);
    connect(bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *set) {
        if (const int s = m_seriesOfSet.value(set, -1); s >= 0)
            Q_EMIT pointClicked(s, index);
    });
    connect(bars, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        const int s = m_seriesOfSet.value(set, -1);
        if (!status || s < 0) {
            QToolTip::hideText();
            return;
        }
        showTooltip(s, index);
    });
    setupAxes(max);
}

void QtChartsCanvas::buildLines() {
    double max = 0;
    bool anyUncertain = false;
    for (int s = 0; s < m_data.series.size(); ++s) {
        const ChartSeriesData &d = m_data.series[s];
        QPen pen(d.color);
        pen.setWidthF(2.5);
        // A year without a value breaks the line: a gap is shown, never bridged.
        QLineSeries *line = nullptr;
        bool first = true;
        auto *points = new QScatterSeries();
        auto *doubtful = new QScatterSeries();
        points->setColor(d.color);
        points->setBorderColor(d.color.darker(130));
        points->setMarkerSize(9);
        doubtful->setBrush(hatch(d.color));
        doubtful->setBorderColor(d.color.darker(150));
        doubtful->setMarkerSize(15);
        for (int c = 0; c < m_data.categories.size(); ++c) {
            if (!d.hasValue(c)) {
                line = nullptr;
                continue;
            }
            if (!line) {
                line = new QLineSeries();
                line->setName(d.name);
                line->setPen(pen);
                m_chart->addSeries(line);
                if (!first)
                    for (QLegendMarker *m : m_chart->legend()->markers(line))
                        m->setVisible(false);
                first = false;
                m_seriesOfLine.insert(line, s);
                connect(line, &QXYSeries::clicked, this,
                        [this, s](const QPointF &p) { Q_EMIT pointClicked(s, qRound(p.x())); });
            }
            line->append(c, d.values[c]);
            (d.uncertain.value(c) ? doubtful : points)->append(c, d.values[c]);
            anyUncertain = anyUncertain || d.uncertain.value(c);
            max = std::max(max, d.values[c]);
        }
        for (QScatterSeries *markers : {points, doubtful}) {
            m_chart->addSeries(markers);
            for (QLegendMarker *m : m_chart->legend()->markers(markers))
                m->setVisible(false);
            m_seriesOfLine.insert(markers, s);
            connect(markers, &QXYSeries::clicked, this,
                    [this, s](const QPointF &p) { Q_EMIT pointClicked(s, qRound(p.x())); });
            connect(markers, &QXYSeries::hovered, this, [this, s](const QPointF &p, bool state) {
                if (state)
                    showTooltip(s, qRound(p.x()));
                else
                    QToolTip::hideText();
            });
        }
        if (!m_mapping)
            m_mapping = points;
    }
    if (anyUncertain) {
        auto *legend = new QScatterSeries();
        legend->setName(m_data.uncertainLabel);
        legend->setBrush(hatch(QColor(0x55, 0x55, 0x55)));
        legend->setBorderColor(QColor(0x55, 0x55, 0x55));
        legend->setMarkerSize(13);
        m_chart->addSeries(legend);
    }
    setupAxes(max);
}

void QtChartsCanvas::setupAxes(double max) {
    auto *x = new QBarCategoryAxis();
    x->append(m_data.categories);
    auto *y = new QValueAxis();
    if (m_data.percent) {
        y->setRange(0, 100);
        y->setLabelFormat(QStringLiteral("%d%%"));
    } else {
        y->setRange(0, std::max(1.0, max));
        y->applyNiceNumbers();
        y->setLabelFormat(QStringLiteral("%d"));
    }
    y->setTitleText(m_data.valueTitle);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (m_data.kind == ChartData::Kind::Lines) // points sit on the categories' centres
        x->setRange(m_data.categories.value(0),
                    m_data.categories.value(m_data.categories.size() - 1));
}

void QtChartsCanvas::showTooltip(int series, int category) {
    Q_EMIT pointHovered(series, category);
    const QString text = m_data.series.value(series).tooltips.value(category);
    if (!text.isEmpty())
        QToolTip::showText(QCursor::pos(), text, m_view);
}

QPointF QtChartsCanvas::toWidget(const QPointF &value) const {
    const QPointF inChart = m_chart->mapToPosition(value, m_mapping);
    const QPoint inView = m_view->mapFromScene(m_chart->mapToScene(inChart));
    return QPointF(m_view->viewport()->mapTo(this, inView));
}

QRectF QtChartsCanvas::pointRect(int series, int category) const {
    if (!m_mapping || series < 0 || series >= m_data.series.size() ||
        !m_data.series[series].hasValue(category))
        return {};
    const double v = m_data.series[series].values[category];
    if (m_data.kind == ChartData::Kind::Lines) {
        const QPointF c = toWidget(QPointF(category, v));
        return QRectF(c.x() - 5, c.y() - 5, 10, 10);
    }
    double bottom = 0;
    for (int s = 0; s < series; ++s)
        if (m_data.series[s].hasValue(category))
            bottom += m_data.series[s].values[category];
    const double half = 0.3; // setBarWidth(0.6)
    const QPointF a = toWidget(QPointF(category - half, bottom + v));
    const QPointF b = toWidget(QPointF(category + half, bottom));
    return QRectF(a, b).normalized();
}

bool QtChartsCanvas::savePng(const QString &path, QString *error) const {
    const qreal scale = 2; // sharp in documents and on high-density screens
    QImage image(m_view->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        m_view->render(&p);
    }
    return writeAtomically(path, error, [&](QIODevice *out) { return image.save(out, "PNG"); });
}

bool QtChartsCanvas::saveSvg(const QString &path, QString *error) const {
    return writeAtomically(path, error, [&](QIODevice *out) {
        QSvgGenerator svg;
        svg.setOutputDevice(out);
        svg.setSize(m_view->size());
        svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
        svg.setTitle(m_data.title);
        svg.setDescription(m_data.note);
        QPainter p;
        if (!p.begin(&svg))
            return false;
        m_view->render(&p);
        return p.end();
    });
}
