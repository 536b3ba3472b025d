// nianbao-pdf-bench: opening a 30-page PDF report in the desk until its first page is shown, and
// the highlight latency when a cell is selected. Not a test; run it offscreen:
//   QT_QPA_PLATFORM=offscreen ./nianbao-pdf-bench
#include "import/importpipeline.h"
#include "import/reportwriters.h"
#include "mainwindow.h"
#include "model/spec.h"
#include "review/reportdocument.h"
#include "views/documentpane.h"
#include "views/pdfpageview.h"
#include "views/reportview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
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
    (void)Spec::instance();

    // Sample 003 printed as a PDF, followed by annex pages: 30 pages in all.
    const PipelineResult text =
        ImportPipeline::run(QStringLiteral(NIANBAO_TEST_DATA "/samples/003_0fe5f5f56ab841d9.txt"));
    const QVector<testformats::Part> parts = testformats::documentParts(text.report.report());
    QByteArray bytes;
    for (int pad = 26; pad < 40; ++pad) {
        bytes = testformats::pdf(parts, pad);
        const PipelineResult probe = ImportPipeline::runBytes(bytes, QStringLiteral("r.pdf"));
        if (probe.ok() && probe.document->pageSizes.size() >= 30)
            break;
    }
    QTemporaryDir dir;
    const QString pdfPath = dir.filePath(QStringLiteral("report-30-pages.pdf"));
    {
        QFile f(pdfPath);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(bytes);
    }
    const QString workspace = dir.filePath(QStringLiteral("bench.nianbao"));
    {
        MainWindow setup;
        if (!setup.newWorkspace(workspace))
            return 1;
        setup.openFiles({pdfPath});
    }

    // 1. Open → first page shown: open the workspace, re-import the stored PDF (text layer,
    //    extraction, validation), build the view, render page 1, show, paint.
    QVector<double> open;
    int pages = 0;
    for (int run = 0; run < 11; ++run) {
        auto *window = new MainWindow;
        window->resize(1600, 1000);
        QElapsedTimer t;
        t.start();
        window->openWorkspace(workspace);
        window->show();
        window->repaint();
        QApplication::processEvents();
        open << t.nsecsElapsed() / 1e6;
        if (ReportView *v = window->currentView())
            pages = v->documentPane()->pdfView()->pageCount();
        delete window;
    }

    // 2. The pane alone: setDocument (load, render the first page, marks) and a cell highlight
    //    (turn the page if needed, draw the rectangle, repaint).
    PipelineResult r = ImportPipeline::runBytes(bytes, QStringLiteral("report.pdf"));
    ReportDocument doc(std::move(*r.document), std::move(r.report));
    DocumentPane pane;
    pane.resize(800, 1000);
    pane.show();
    QVector<double> first, highlight;
    for (int run = 0; run < 11; ++run) {
        QElapsedTimer t;
        t.start();
        pane.setDocument(&doc);
        pane.repaint();
        first << t.nsecsElapsed() / 1e6;
    }
    for (int round = 0; round < 3; ++round)
        for (int c = 0; c < doc.report().cells.size(); ++c) {
            QElapsedTimer t;
            t.start();
            pane.showCell(c);
            pane.repaint();
            highlight << t.nsecsElapsed() / 1e6;
        }
    out << QString::asprintf("30-page PDF (%d pages): open in the desk -> first page shown: "
                             "median %.1f ms, p90 %.1f ms (%d runs; target < 300 ms)\n",
                             pages, median(open), percentile(open, 0.9), int(open.size()));
    out << QString::asprintf("document pane alone (load PDF, render page 1, marks, paint): "
                             "median %.1f ms\n",
                             median(first));
    out << QString::asprintf("cell selected -> rectangle highlighted and painted: median %.2f "
                             "ms, p90 %.2f ms, max %.2f ms (%d selections; target < 16 ms)\n",
                             median(highlight), percentile(highlight, 0.9),
                             percentile(highlight, 1.0), int(highlight.size()));
    return 0;
}
