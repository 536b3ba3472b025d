// The Charts view (issue 10), offscreen: the five Hebei 工信厅 years of tests/data/real in a
// workspace → five bars of the right heights; an edit in the grid changes a bar through the
// workspace's notifier; a click on a bar opens that report with the cells behind it selected;
// the agency across its years; PNG and SVG export; the agency key set in the report info dialog.
#include "charts/acrossyearsmodel.h"
#include "charts/chartcanvas.h"
#include "charts/chartsview.h"
#include "dialogs/reportinfodialog.h"
#include "mainwindow.h"
#include "model/spec.h"
#include "models/reportlistmodel.h"
#include "models/tablemodel.h"
#include "review/reportdocument.h"
#include "session/workspacesession.h"
#include "stats/measure.h"
#include "views/gridview.h"
#include "views/reportview.h"
#include "workspace/reportaudit.h"
#include "workspace/workspace.h"

#include <QDockWidget>
#include <QFile>
#include <QGraphicsView>
#include <QImage>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {
const QString kAgency = QStringLiteral("河北省工业和信息化厅");

QString realFile(int year) {
    return QStringLiteral(NIANBAO_TEST_DATA "/real/%1_hebei-gxt_%2.txt")
        .arg(2023 - year + 1, 3, 10, QLatin1Char('0'))
        .arg(year);
}
} // namespace

class TestCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fiveYearsFiveBarsOfTheRightHeights();
    void anEditInTheGridChangesTheBar();
    void aClickOnABarOpensTheReportWithItsCells();
    void acrossYearsTableAndSharesAndExports();
    void agencyKeyOverrideFromTheReportInfoDialog();

private:
    /// A window on a new workspace holding the five years, the agency set where the page does
    /// not print it, the 2023 report open and the Charts dock shown.
    MainWindow *hebeiWindow();
    qint64 reportOfYear(int year) const;
    int seriesOf(const char *measure) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestCharts::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NianbaoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_charts"));
}

void TestCharts::init() {
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCharts::cleanup() {
    if (m_window)
        m_window->session()->close(); // views and documents go with the workspace, first
    QCoreApplication::processEvents();
    m_window.reset();
    m_dir.reset();
}

MainWindow *TestCharts::hebeiWindow() {
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 1000);
    if (!m_window->newWorkspace(m_dir->filePath(QStringLiteral("hebei.nianbao"))))
        return nullptr;
    QStringList files;
    for (int year = 2019; year <= 2023; ++year)
        files << realFile(year);
    m_window->openFiles(files);
    Workspace *ws = m_window->session()->workspace();
    for (const ReportSummary &s : ws->reports()) {
        QString error;
        if (s.agency.isEmpty() && !ws->setMeta(s.id, Workspace::MetaField::Agency, kAgency,
                                               EditOrigin::Typed, QStringLiteral("test"), &error))
            qWarning() << error;
    }
    m_window->show();
    QDockWidget *dock = m_window->chartsDock();
    dock->show();
    dock->setFloating(true); // a size of its own, whatever the window's layout
    dock->resize(1200, 800);
    if (!QTest::qWaitForWindowExposed(dock))
        return nullptr;
    m_window->openReport(reportOfYear(2023));
    ChartsView *charts = m_window->chartsView();
    charts->setScope(ChartsView::Scope::CurrentAgency);
    charts->setKind(ChartBuilder::Kind::Outcomes);
    charts->flush();
    QTest::qWait(50); // the chart lays out its plot area
    return m_window.get();
}

qint64 TestCharts::reportOfYear(int year) const {
    for (const ReportSummary &s : m_window->session()->workspace()->reports())
        if (s.year == year)
            return s.id;
    return -1;
}

int TestCharts::seriesOf(const char *measure) const {
    const ChartData &d = m_window->chartsView()->canvas()->data();
    for (int s = 0; s < d.series.size(); ++s)
        if (d.series[s].measure == Measures::indexOf(QLatin1String(measure)))
            return s;
    return -1;
}

void TestCharts::fiveYearsFiveBarsOfTheRightHeights() {
    QVERIFY(hebeiWindow());
    ChartCanvas *canvas = m_window->chartsView()->canvas();
    const ChartData &d = canvas->data();
    QCOMPARE(d.categories.size(), 5);
    QVERIFY(d.categories.first().startsWith(u"2019"));
    QVERIFY(d.categories.last().startsWith(u"2023"));
    QVERIFY(d.title.contains(kAgency));
    // The stacked outcomes of each year add up to its （七）总计 (2, 1, 4, 14, 10).
    const QVector<double> totals{2, 1, 4, 14, 10};
    for (int c = 0; c < 5; ++c) {
        double sum = 0;
        for (const ChartSeriesData &s : d.series)
            if (s.hasValue(c))
                sum += s.values[c];
        QCOMPARE(sum, totals[c]);
    }
    const int granted = seriesOf("granted");
    QVERIFY(granted >= 0);
    QCOMPARE(d.series[granted].values[3], 5.0); // 2022
    QCOMPARE(d.series[granted].values[4], 4.0); // 2023
    // Drawn heights: proportional to the values (2022 予以公开 5, 2023 4; 无法提供 8 in 2022).
    const QRectF g2022 = canvas->pointRect(granted, 3), g2023 = canvas->pointRect(granted, 4);
    QVERIFY(g2022.height() > 10);
    QVERIFY(qAbs(g2022.height() / g2023.height() - 5.0 / 4.0) < 0.03);
    const QRectF u2022 = canvas->pointRect(seriesOf("unable"), 3);
    QVERIFY(qAbs(u2022.height() / g2022.height() - 8.0 / 5.0) < 0.03);
    // Stacked: 予以公开, then 部分公开 (1), then 无法提供 on top of each other.
    const QRectF p2022 = canvas->pointRect(seriesOf("partially_granted"), 3);
    QVERIFY(qAbs(p2022.height() / g2022.height() - 1.0 / 5.0) < 0.03);
    QVERIFY(qAbs(p2022.bottom() - g2022.top()) < 1.5);
    QVERIFY(qAbs(u2022.bottom() - p2022.top()) < 1.5);
    // The 2019-edition years rest on cells the extractor could not place for certain: hatched.
    QVERIFY(d.series[granted].uncertain[0]);
    QVERIFY(!d.series[granted].uncertain[4]);
    QVERIFY(d.series[granted].tooltips[0].contains(QStringLiteral("存疑的单元格")));
    QVERIFY(d.series[granted].tooltips[4].contains(QStringLiteral("4 件")));
}

void TestCharts::anEditInTheGridChangesTheBar() {
    QVERIFY(hebeiWindow());
    ChartsView *charts = m_window->chartsView();
    const int granted = seriesOf("granted");
    const double before = charts->canvas()->pointRect(granted, 4).height();
    QSignalSpy redrawn(charts, &ChartsView::redrawn);
    ReportView *view = m_window->currentView();
    QVERIFY(view);
    const int cell = view->document()->spec().indexOf(QStringLiteral("t2.r.granted.c.total"));
    TableModel *model = view->tableModel(2);
    QVERIFY(model->setData(model->indexOfCell(cell), QStringLiteral("8")));
    // No refresh called by the test: the workspace's notifier brings the edit to the chart.
    QTRY_VERIFY(redrawn.count() > 0);
    QCOMPARE(charts->canvas()->data().series[granted].values[4], 8.0);
    const double after = charts->canvas()->pointRect(granted, 4).height();
    QVERIFY(qAbs(after / before - 2.0) < 0.05);
}

void TestCharts::aClickOnABarOpensTheReportWithItsCells() {
    QVERIFY(hebeiWindow());
    ChartCanvas *canvas = m_window->chartsView()->canvas();
    const int unable = seriesOf("unable");
    const QRectF bar = canvas->pointRect(unable, 3); // 2022 无法提供
    QVERIFY(!bar.isEmpty());
    auto *view = canvas->findChild<QGraphicsView *>(); // the adapter draws on a graphics view
    QVERIFY(view);
    const QPoint at = view->viewport()->mapFrom(canvas, bar.center().toPoint());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(ReportAudit::of(m_window->currentView()->document())->reportId(),
                 reportOfYear(2022));
    ReportView *opened = m_window->currentView();
    const EditionSpec &spec = opened->document()->spec();
    // 无法提供 = its three items: the grid selects their 总计 cells.
    const int notHeld = spec.indexOf(QStringLiteral("t2.r.unable_not_held.c.total"));
    const QModelIndexList selected = opened->grid(2)->selectionModel()->selectedIndexes();
    QVERIFY(selected.contains(opened->tableModel(2)->indexOfCell(notHeld)));
    QCOMPARE(selected.size(), 3);
}

void TestCharts::acrossYearsTableAndSharesAndExports() {
    QVERIFY(hebeiWindow());
    ChartsView *charts = m_window->chartsView();
    AcrossYearsModel *across = charts->acrossYears();
    QCOMPARE(across->columnCount(), 5);
    QCOMPARE(across->yearOfColumn(0), 2019);
    const int row = across->rowOfKey(QStringLiteral("t2.r.results_total.c.total"));
    QVERIFY(row >= 0);
    QCOMPARE(across->index(row, 3).data().toString().section(u' ', 0, 0), QStringLiteral("14"));
    QCOMPARE(across->index(row, 3).data(AcrossYearsModel::ReportIdRole).toLongLong(),
             reportOfYear(2022));
    // 2023 − 2022: 10 − 14.
    QCOMPARE(across->index(row, 4).data(AcrossYearsModel::DifferenceRole).toLongLong(),
             qint64(-4'000'000));

    charts->setKind(ChartBuilder::Kind::OutcomeShares);
    charts->flush();
    const ChartData &shares = charts->canvas()->data();
    QVERIFY(shares.percent);
    QVERIFY(qAbs(shares.series[seriesOf("granted")].values[3] - 500.0 / 14.0) < 1e-9);

    charts->setKind(ChartBuilder::Kind::Requests);
    charts->flush();
    QCOMPARE(charts->canvas()->data().kind, ChartData::Kind::Lines);
    QCOMPARE(charts->canvas()->data().series.size(), 2);

    const QString png = m_dir->filePath(QStringLiteral("c.png"));
    const QString svg = m_dir->filePath(QStringLiteral("c.svg"));
    QString error;
    QVERIFY2(charts->exportChart(png, &error), qPrintable(error));
    QVERIFY2(charts->exportChart(svg, &error), qPrintable(error));
    QVERIFY(!QImage(png).isNull());
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains(QStringLiteral("上年结转").toUtf8())); // labels kept as text
}

void TestCharts::agencyKeyOverrideFromTheReportInfoDialog() {
    QVERIFY(hebeiWindow());
    const qint64 id = reportOfYear(2019);
    ReportInfo info;
    const auto summary = m_window->session()->workspace()->summary(id);
    QVERIFY(summary);
    info.agency = summary->agency;
    info.year = summary->year;
    info.edition = summary->edition;
    info.agencyKey = QStringLiteral("另一个键");
    QString error;
    QVERIFY2(m_window->setReportInfo(id, info, &error), qPrintable(error));
    QCOMPARE(m_window->session()->workspace()->summary(id)->agencyKey, info.agencyKey);
    // The 2019 report leaves the agency's series: four years from 2020.
    ChartsView *charts = m_window->chartsView();
    QTRY_COMPARE(charts->canvas()->data().categories.size(), 4);
    QVERIFY(charts->canvas()->data().categories.first().startsWith(u"2020"));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
