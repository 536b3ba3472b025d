#pragma once

#include "chartbuilder.h"
#include "stats/agencyseries.h"

#include <QSet>
#include <QWidget>

class AcrossYearsModel;
class ChartCanvas;
class QComboBox;
class QLabel;
class QTableView;
class StatsCache;
class Workspace;

/**
 * The Charts view: request outcomes by year for the agency of the current report, for the
 * agencies of the selected reports (summed, with the number of reports behind each year) or for
 * every agency; under it the agency across its years, table by table. Live: it follows the
 * workspace's notifier (through StatsCache), so an edit anywhere redraws the chart at once.
 * A click on a bar asks to open that report with the cells behind the bar selected.
 */
class ChartsView : public QWidget {
    Q_OBJECT
public:
    enum class Scope { CurrentAgency, SelectedAgencies, AllAgencies };

    explicit ChartsView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    /// The report shown in the desk: its agency is charted in the CurrentAgency scope.
    void setCurrentReport(qint64 reportId);
    /// The reports selected in the list (SelectedAgencies scope).
    void setSelectedReports(const QVector<qint64> &reportIds);
    void setScope(Scope scope);
    void setKind(ChartBuilder::Kind kind);

    ChartCanvas *canvas() const { return m_canvas; }
    AcrossYearsModel *acrossYears() const { return m_across; }
    QTableView *acrossYearsView() const { return m_table; }
    StatsCache *cache() const { return m_cache; }
    /// The years drawn (gaps included) and the agencies behind them.
    const QVector<YearPoint> &years() const { return m_years; }
    /// Redraws now if a redraw is pending (tests and the benchmark; normally the event loop).
    void flush();
    /// What a click on (series, category) opens: the year's report and its cells.
    void openPoint(int series, int category);

    bool exportChart(const QString &path, QString *error);

Q_SIGNALS:
    void openReportRequested(qint64 reportId, const QList<int> &cells);
    void statusMessage(const QString &text);
    /// A redraw finished (the chart shows the current figures).
    void redrawn();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void cacheChanged(const QSet<QString> &agencyKeys);
    void scheduleRedraw();
    void redraw();
    void chooseExport();
    QSet<QString> scopeKeys() const;
    QString subject(const QVector<AgencySeries> &series) const;

    StatsCache *m_cache;
    ChartCanvas *m_canvas;
    AcrossYearsModel *m_across;
    QTableView *m_table;
    QComboBox *m_scope;
    QComboBox *m_kind;
    QComboBox *m_rows;
    QLabel *m_acrossTitle;
    qint64 m_currentReport = -1;
    QVector<qint64> m_selected;
    QVector<AgencySeries> m_series;
    QVector<YearPoint> m_years;
    QString m_acrossAgency; ///< the agency key the across-years table shows
    bool m_pending = false;
    bool m_acrossPending = false;
};
