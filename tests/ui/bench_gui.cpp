// nianbao-gui-bench: time from opening a report to an interactive window, and edit-to-repaint
// latency. Not a test; run it offscreen: QT_QPA_PLATFORM=offscreen ./nianbao-gui-bench
#include "mainwindow.h"
#include "model/spec.h"
#include "models/tablemodel.h"
#include "reportloader.h"
#include "review/reportdocument.h"
#include "views/findingspanel.h"
#include "views/gridview.h"
#include "views/reportview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>

namespace {
double median(QVector<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}
double percentile(QVector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[qMin(int(v.size()) - 1, int(v.size() * p))];
}
} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    const QString sample = QStringLiteral(NIANBAO_TEST_DATA "/samples/003_0fe5f5f56ab841d9.txt");
    (void)Spec::instance(); // loaded once per process; not part of opening a report

    // A workspace holding the sample: the desk opens reports from there.
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("bench.nianbao"));
    {
        MainWindow setup;
        if (!setup.newWorkspace(workspace))
            return 1;
        setup.openFiles({sample});
    }

    // 1. Open → interactive: open the workspace, load its report (cells from SQLite, the text
    //    re-imported from the stored bytes, validation), build the view, show, paint.
    QVector<double> open;
    for (int run = 0; run < 21; ++run) {
        auto *window = new MainWindow;
        window->resize(1600, 1000);
        QElapsedTimer t;
        t.start();
        window->openWorkspace(workspace); // shows the first report
        window->show();
        window->repaint(); // synchronous paint of every visible widget
        QApplication::processEvents();
        open << t.nsecsElapsed() / 1e6;
        delete window;
    }

    // 2. Edit → repaint: setData through the model (the grid's edit path), then paint the grid.
    MainWindow window;
    window.resize(1600, 1000);
    window.openWorkspace(workspace);
    window.show();
    QApplication::processEvents();
    ReportView *view = window.currentView();
    ReportDocument *doc = window.currentDocument();
    if (!view || !doc) {
        out << "cannot open " << sample << "\n";
        return 1;
    }
    GridView *grid = view->grid(2);
    TableModel *model = view->tableModel(2);
    const QModelIndex index =
        model->indexOfCell(doc->spec().indexOf(QStringLiteral("t2.r.granted.c.natural_person")));
    grid->setCurrentIndex(index.sibling(index.row() + 1, index.column()));
    window.repaint();
    QVector<double> edit, editOnly;
    for (int i = 0; i < 400; ++i) {
        QElapsedTimer t;
        t.start();
        model->setData(index, i % 2 ? QStringLiteral("4") : QStringLiteral("5"));
        const double e = t.nsecsElapsed() / 1e6;
        QApplication::processEvents(); // deliver the update requests of dataChanged
        grid->viewport()->repaint();
        view->findingsPanel()->repaint();
        edit << t.nsecsElapsed() / 1e6;
        editOnly << e;
    }
    out << "machine: " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " cores, Qt " << qVersion() << ", platform " << QGuiApplication::platformName() << "\n";
    out << QString::asprintf("open workspace + report 003 -> interactive window: median %.1f ms, "
                             "p90 %.1f ms "
                             "(%d runs; target < 150 ms)\n",
                             median(open), percentile(open, 0.9), int(open.size()));
    out << QString::asprintf("edit -> repaint (commit to the workspace, revalidate, grid + "
                             "findings): median %.2f ms, p90 %.2f ms; commit + revalidate alone: "
                             "median %.3f ms (%d edits; target < 16 ms)\n",
                             median(edit), percentile(edit, 0.9), median(editOnly),
                             int(edit.size()));
    return 0;
}
