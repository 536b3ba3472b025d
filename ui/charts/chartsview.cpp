#include "chartsview.h"

#include "acrossyearsmodel.h"
#include "chartcanvas.h"
#include "stats/measure.h"
#include "stats/yearaggregate.h"
#include "statscache.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

ChartsView::ChartsView(QWidget *parent)
    : QWidget(parent)
    , m_cache(new StatsCache(this))
    , m_canvas(ChartCanvas::create(this))
    , m_across(new AcrossYearsModel(this))
    , m_table(new QTableView(this))
    , m_scope(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_rows(new QComboBox(this))
    , m_acrossTitle(new QLabel(this)) {
    m_scope->addItem(tr("当前报告的机关"), int(Scope::CurrentAgency));
    m_scope->addItem(tr("列表中选中报告的机关（合计）"), int(Scope::SelectedAgencies));
    m_scope->addItem(tr("工作区全部机关（合计）"), int(Scope::AllAgencies));
    for (int k = 0; k < ChartBuilder::KindCount; ++k)
        m_kind->addItem(ChartBuilder::kindName(ChartBuilder::Kind(k)), k);
    m_rows->addItem(tr("表二（总计列）"), int(AcrossYearsModel::Rows::Table2Totals));
    m_rows->addItem(tr("表二（全部）"), int(AcrossYearsModel::Rows::Table2));
    m_rows->addItem(tr("表三"), int(AcrossYearsModel::Rows::Table3));
    m_rows->addItem(tr("表一"), int(AcrossYearsModel::Rows::Table1));
    auto *exportButton = new QPushButton(tr("导出图表…"), this);
    exportButton->setToolTip(tr("保存为 PNG 或 SVG"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("范围"), this));
    bar->addWidget(m_scope);
    bar->addWidget(new QLabel(tr("图表"), this));
    bar->addWidget(m_kind);
    bar->addStretch();
    bar->addWidget(exportButton);

    m_table->setModel(m_across);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultSectionSize(96);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *lowerBar = new QHBoxLayout;
    lowerBar->addWidget(m_acrossTitle, 1);
    lowerBar->addWidget(m_rows);
    lowerLayout->addLayout(lowerBar);
    lowerLayout->addWidget(m_table);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_canvas);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400}); // the chart first; the table scrolls
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_cache, &StatsCache::changed, this, &ChartsView::cacheChanged);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ChartsView::scheduleRedraw);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartsView::scheduleRedraw);
    connect(m_rows, &QComboBox::currentIndexChanged, this,
            [this] { m_across->setRows(AcrossYearsModel::Rows(m_rows->currentData().toInt())); });
    connect(exportButton, &QPushButton::clicked, this, &ChartsView::chooseExport);
    connect(m_canvas, &ChartCanvas::pointClicked, this, &ChartsView::openPoint);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(AcrossYearsModel::ReportIdRole).toLongLong();
        const int cell = index.data(AcrossYearsModel::CellRole).toInt();
        if (id >= 0)
            Q_EMIT openReportRequested(id, cell >= 0 ? QList<int>{cell} : QList<int>{});
    });
}

void ChartsView::setWorkspace(Workspace *workspace) {
    m_currentReport = -1;
    m_selected.clear();
    m_acrossAgency.clear();
    m_across->setReports(nullptr, {});
    m_cache->setWorkspace(workspace); // announces a change: redraws
}

void ChartsView::setCurrentReport(qint64 reportId) {
    if (reportId == m_currentReport)
        return;
    m_currentReport = reportId;
    scheduleRedraw();
}

void ChartsView::setSelectedReports(const QVector<qint64> &reportIds) {
    m_selected = reportIds;
    if (Scope(m_scope->currentData().toInt()) == Scope::SelectedAgencies)
        scheduleRedraw();
}

void ChartsView::setScope(Scope scope) {
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void ChartsView::setKind(ChartBuilder::Kind kind) {
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QSet<QString> ChartsView::scopeKeys() const {
    QSet<QString> keys;
    switch (Scope(m_scope->currentData().toInt())) {
    case Scope::CurrentAgency:
        keys.insert(m_cache->agencyKeyOf(m_currentReport));
        break;
    case Scope::SelectedAgencies:
        for (qint64 id : m_selected)
            keys.insert(m_cache->agencyKeyOf(id));
        break;
    case Scope::AllAgencies:
        for (const auto &[key, name] : m_cache->agencies())
            keys.insert(key);
        break;
    }
    keys.remove(QString());
    return keys;
}

void ChartsView::cacheChanged(const QSet<QString> &agencyKeys) {
    if (!isVisible()) { // closed: no figures read; redrawn when shown
        m_acrossPending = true;
        m_pending = true;
        return;
    }
    // Redraw only when a charted agency changed (an edit elsewhere costs nothing here).
    const QSet<QString> shown = scopeKeys();
    if (agencyKeys.isEmpty() || agencyKeys.intersects(shown) ||
        agencyKeys.contains(m_acrossAgency) || shown.isEmpty()) {
        m_acrossPending = true;
        scheduleRedraw();
    }
}

void ChartsView::scheduleRedraw() {
    if (m_pending)
        return;
    m_pending = true;
    // One redraw per event-loop turn: an action announces cells, decisions and counts.
    QTimer::singleShot(0, this, &ChartsView::flush);
}

void ChartsView::flush() {
    if (!m_pending)
        return;
    if (!isVisible()) // drawn when shown
        return;
    m_pending = false;
    redraw();
}

void ChartsView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    flush();
}

QString ChartsView::subject(const QVector<AgencySeries> &series) const {
    if (series.isEmpty())
        return tr("（无数据）");
    if (series.size() == 1)
        return series.first().agency.isEmpty() ? series.first().agencyKey : series.first().agency;
    return tr("%n 个机关合计", nullptr, int(series.size()));
}

void ChartsView::redraw() {
    const QSet<QString> keys = scopeKeys();
    m_series = keys.isEmpty() ? QVector<AgencySeries>() : m_cache->series(keys);
    m_years = YearAggregate::build(m_series);
    const auto kind = ChartBuilder::Kind(m_kind->currentData().toInt());
    ChartData data = ChartBuilder::build(kind, m_years, subject(m_series));
    if (m_years.isEmpty())
        data.title = Scope(m_scope->currentData().toInt()) == Scope::CurrentAgency
                         ? tr("当前报告没有机关或年度：在“编辑 › 报告信息”中填写")
                         : tr("没有可统计的报告");
    m_canvas->setData(data);

    // The across-years table: the one agency charted (or the current report's).
    const QString agency =
        m_series.size() == 1 ? m_series.first().agencyKey : m_cache->agencyKeyOf(m_currentReport);
    if (agency != m_acrossAgency || m_acrossPending) {
        m_acrossAgency = agency;
        m_acrossPending = false;
        QVector<std::pair<int, qint64>> years;
        QString name = agency;
        for (const AgencySeries &s : m_cache->series({agency}))
            if (s.agencyKey == agency) {
                name = s.agency.isEmpty() ? agency : s.agency;
                for (const StatsPoint &p : s.points)
                    years.append({p.year, p.reportId});
            }
        m_across->setReports(agency.isEmpty() ? nullptr : m_cache->workspace(), years);
        m_acrossTitle->setText(
            agency.isEmpty()
                ? tr("逐年对照：选择一份有机关和年度的报告")
                : tr("逐年对照：%1（▲▼ 与上年之差；红底为跨年度核对问题；双击打开该年度）")
                      .arg(name));
    }
    Q_EMIT redrawn();
}

void ChartsView::openPoint(int series, int category) {
    const ChartData &data = m_canvas->data();
    if (category < 0 || category >= m_years.size() || series < 0 || series >= data.series.size())
        return;
    const YearPoint &year = m_years[category];
    const int measure = data.series[series].measure;
    if (year.isGap())
        return;
    auto open = [this, measure](qint64 id) {
        QList<int> cells;
        const StatsPoint p = m_cache->points().value(id);
        if (measure >= 0 && measure < p.values.size())
            cells = QList<int>(p.values[measure].cells.begin(), p.values[measure].cells.end());
        Q_EMIT openReportRequested(id, cells);
    };
    if (year.reportIds.size() == 1) {
        open(year.reportIds.first());
        return;
    }
    QMenu menu(this); // several agencies in this year: which report?
    for (int i = 0; i < year.reportIds.size(); ++i) {
        const qint64 id = year.reportIds[i];
        const StatsPoint p = m_cache->points().value(id);
        menu.addAction(QStringLiteral("%1 — %2").arg(p.agency, year.reports.value(i)), this,
                       [open, id] { open(id); });
    }
    menu.exec(QCursor::pos());
}

bool ChartsView::exportChart(const QString &path, QString *error) {
    flush();
    const bool svg =
        QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    return svg ? m_canvas->saveSvg(path, error) : m_canvas->savePng(path, error);
}

void ChartsView::chooseExport() {
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("导出图表"), tr("图表.png"),
                                     tr("PNG 图片 (*.png);;SVG 矢量图 (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg")
                                                        : QStringLiteral(".png");
    QString error;
    if (exportChart(file, &error))
        Q_EMIT statusMessage(tr("已导出 %1").arg(file));
    else
        Q_EMIT statusMessage(tr("导出失败：%1").arg(error));
}
