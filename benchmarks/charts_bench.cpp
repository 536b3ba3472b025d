// nianbao-charts-bench: the Charts view after an edit (README figure; not a test).
//   Builds a workspace of AGENCIES × YEARS generated reports (2021 edition, every rule holding),
//   opens the Charts view on every agency summed (the largest chart: YEARS stacked bars, each
//   the sum of AGENCIES reports), then edits one cell of a random report RUNS times and times
//   (a) the workspace's notifier signal → the chart redrawn and painted, and (b) the whole edit:
//   the committed transaction + (a). Prints the median and the maximum of each, in wall time and
//   in CPU time of the process (on a shared machine the wall time includes waiting for a core).
// Usage: QT_QPA_PLATFORM=offscreen nianbao-charts-bench [AGENCIES] [YEARS] [RUNS]
//        (default 200 20 31)
#include "chartcanvas.h"
#include "chartsview.h"
#include "validate/reportfactory.h"
#include "workspace/workspace.h"
#include "workspace/workspaceimporter.h"
#include "workspace/workspacenotifier.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

void die(const QString &message) {
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

/// CPU time of the process (all threads), in ms.
double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double median(QVector<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    const int agencies = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    const int years = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20;
    const int runs = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 31;
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("charts.nianbao"));
    QString error;
    if (!Workspace::create(path, &error))
        die(error);
    Workspace ws;
    if (!ws.open(path, Workspace::Mode::ReadWrite, &error))
        die(error);
    ws.setUser(QStringLiteral("基准测试"));

    QElapsedTimer build;
    build.start();
    QRandomGenerator rng(10);
    QVector<ImportItem> items;
    for (int a = 0; a < agencies; ++a) {
        for (int y = 0; y < years; ++y) {
            Report r = reportfactory::consistent(Edition::E2021, rng);
            r.meta.agency = QStringLiteral("第%1区人民政府办公室").arg(a);
            r.meta.year = 2004 + y;
            const QByteArray bytes =
                QStringLiteral("%1 %2").arg(r.meta.agency).arg(r.meta.year).toUtf8();
            items << WorkspaceImporter::makeItem(
                QStringLiteral("r-%1-%2.txt").arg(a).arg(r.meta.year), bytes, r);
        }
        if (items.size() >= 500 || a == agencies - 1) {
            if (ws.store(items, &error).size() != items.size())
                die(error);
            items.clear();
        }
    }
    const QVector<ReportSummary> reports = ws.reports();
    std::fprintf(stderr, "workspace: %lld reports stored in %.1f s\n",
                 static_cast<long long>(reports.size()), build.elapsed() / 1000.0);

    ChartsView view;
    view.resize(1200, 800);
    view.show();
    QElapsedTimer load;
    const double loadCpu = cpuMs();
    load.start();
    view.setWorkspace(&ws);
    view.setScope(ChartsView::Scope::AllAgencies);
    view.setKind(ChartBuilder::Kind::Outcomes);
    view.flush();
    view.canvas()->grab();
    std::fprintf(stderr,
                 "first chart (statistics of every report + drawing): %lld ms (CPU %.0f ms), "
                 "%lld bars\n",
                 static_cast<long long>(load.elapsed()), cpuMs() - loadCpu,
                 static_cast<long long>(view.canvas()->data().categories.size()));

    QElapsedTimer clock;
    qint64 signalledAt = -1;
    double signalledCpu = 0;
    QObject::connect(ws.notifier(), &WorkspaceNotifier::cellsChanged, &view, [&] {
        signalledAt = clock.nsecsElapsed();
        signalledCpu = cpuMs();
    });
    bool redrawn = false;
    QObject::connect(&view, &ChartsView::redrawn, &view, [&] { redrawn = true; });
    QVector<double> afterSignal, wholeEdit, afterSignalCpu, wholeEditCpu;
    const QString key = QStringLiteral("t2.r.granted.c.total");
    for (int i = 0; i < runs; ++i) {
        const ReportSummary &s = reports[rng.bounded(int(reports.size()))];
        const auto stored = ws.loadReport(s.id, &error);
        if (!stored)
            die(error);
        Cell cell = stored->current.cell(key);
        cell.value = Decimal::add(cell.value.value_or(Decimal()), Decimal::fromInteger(1 + i));
        cell.status = CellStatus::Edited;
        redrawn = false;
        const double startCpu = cpuMs();
        clock.start();
        if (!ws.setCell(s.id, key, cell, EditOrigin::Typed, QString(), &error))
            die(error);
        while (!redrawn)
            QApplication::processEvents();
        view.canvas()->grab(); // painted, not only rebuilt
        const qint64 end = clock.nsecsElapsed();
        const double endCpu = cpuMs();
        afterSignal << (end - signalledAt) / 1e6;
        wholeEdit << end / 1e6;
        afterSignalCpu << endCpu - signalledCpu;
        wholeEditCpu << endCpu - startCpu;
    }
    std::printf("charts: %d agencies x %d years, %d edits\n", agencies, years, runs);
    auto line = [](const char *what, const QVector<double> &wall, const QVector<double> &cpu) {
        std::printf("  %s: wall median %.1f ms, max %.1f ms; CPU median %.1f ms, max %.1f ms\n",
                    what, median(wall), *std::max_element(wall.cbegin(), wall.cend()), median(cpu),
                    *std::max_element(cpu.cbegin(), cpu.cend()));
    };
    line("notifier -> chart redrawn and painted", afterSignal, afterSignalCpu);
    line("edit committed + chart redrawn and painted", wholeEdit, wholeEditCpu);
    return 0;
}
