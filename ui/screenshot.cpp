#include "screenshot.h"

#include "charts/chartsview.h"
#include "mainwindow.h"
#include "model/spec.h"
#include "models/reportlistmodel.h"
#include "models/tablemodel.h"
#include "reportloader.h"
#include "review/reportdocument.h"
#include "session/workspacesession.h"
#include "views/findingspanel.h"
#include "views/gridview.h"
#include "views/reportview.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

int Screenshot::make(MainWindow &window, const QString &path, const QString &source, QSize size) {
    QTextStream err(stderr);
    window.resize(size);
    // A workspace of its own, so the picture never depends on (or changes) the user's.
    QTemporaryDir dir;
    // Declared after `dir`, so it runs first: the workspace (and its lock) goes before the folder.
    const auto closeWorkspace = qScopeGuard([&window] { window.session()->close(); });
    if (!dir.isValid() ||
        !window.newWorkspace(dir.filePath(QStringLiteral("screenshot.nianbao")))) {
        err << "screenshot: cannot create a workspace\n";
        return 1;
    }
    window.openFiles(source.isEmpty() ? ReportLoader::bundledSamples() : QStringList{source});
    ReportListModel *list = window.reportList();
    ReportDocument *doc = nullptr;
    for (int row = 0; row < list->rowCount(); ++row)
        if (!source.isEmpty() ||
            list->index(row, ReportListModel::FileColumn).data().toString().startsWith(u"003"))
            doc = window.openReport(list->reportId(row));
    if (!doc) {
        err << "screenshot: " << (source.isEmpty() ? QStringLiteral("sample 003") : source)
            << " did not load\n";
        return 1;
    }
    window.show();
    window.fitReportList(); // at this size: agency names in full where there is room
    ReportView *view = window.currentView();
    const int cell = doc->spec().indexOf(QStringLiteral("t2.r.granted.c.natural_person"));
    TableModel *model = view->tableModel(2);
    if (!model->setData(model->indexOfCell(cell), QStringLiteral("5"))) {
        err << "screenshot: the edit was refused\n";
        return 1;
    }
    view->findingsPanel()->next(); // a finding selected: decisions at hand
    view->selectCell(cell);        // and the edited cell, with its source
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QImage image = window.grab().toImage();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!image.save(path)) {
        err << "screenshot: cannot write " << path << "\n";
        return 1;
    }
    err << "screenshot: wrote " << path << " (" << image.width() << "x" << image.height() << ")\n";
    return 0;
}

int Screenshot::makeCharts(MainWindow &window, const QString &path, const QStringList &files) {
    QTextStream err(stderr);
    window.resize(1600, 1000);
    QTemporaryDir dir;
    const auto closeWorkspace = qScopeGuard([&window] { window.session()->close(); });
    if (files.isEmpty() || !dir.isValid() ||
        !window.newWorkspace(dir.filePath(QStringLiteral("charts.nianbao")))) {
        err << "screenshot: give the report files of one agency; cannot create a workspace\n";
        return 1;
    }
    window.openFiles(files);
    Workspace *ws = window.session()->workspace();
    QSet<QString> agencies;
    qint64 latest = -1;
    int latestYear = 0;
    for (const ReportSummary &s : ws->reports()) {
        if (!s.agency.isEmpty())
            agencies.insert(s.agency);
        if (s.year > latestYear) {
            latestYear = s.year;
            latest = s.id;
        }
    }
    if (agencies.size() == 1)
        for (const ReportSummary &s : ws->reports()) {
            QString error;
            if (s.agency.isEmpty() &&
                !ws->setMeta(s.id, Workspace::MetaField::Agency, *agencies.cbegin(),
                             EditOrigin::Typed, QStringLiteral("screenshot"), &error))
                err << "screenshot: " << error << "\n";
        }
    if (latest < 0 || !window.openReport(latest)) {
        err << "screenshot: no report with a year among the files\n";
        return 1;
    }
    window.show();
    QDockWidget *dock = window.chartsDock();
    dock->show();
    dock->setFloating(true);
    dock->resize(1400, 900);
    ChartsView *charts = window.chartsView();
    charts->setScope(ChartsView::Scope::CurrentAgency);
    charts->setKind(ChartBuilder::Kind::Outcomes);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    charts->flush();
    const QImage image = charts->grab().toImage();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!image.save(path)) {
        err << "screenshot: cannot write " << path << "\n";
        return 1;
    }
    err << "screenshot: wrote " << path << " (" << image.width() << "x" << image.height() << ")\n";
    return 0;
}
