// nianbao-ws-bench: workspace figures for the README (not a test).
//   1. import of 1,000 text reports (the 5 samples copied with varied agency/year text)
//   2. open + list of a 10,000-report workspace
//   3. commit latency of one cell edit (WAL, synchronous=FULL)
// Usage: nianbao-ws-bench [WORKDIR]   (default: a temporary directory)
#include "model/spec.h"
#include "workspace/workspace.h"
#include "workspace/workspaceimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>

namespace {

QStringList writeReports(const QString &dir, int count) {
    const QDir samples(QStringLiteral(NIANBAO_TEST_DATA "/samples"));
    QStringList texts;
    for (const QString &f : samples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile in(samples.filePath(f));
        in.open(QIODevice::ReadOnly);
        texts << QString::fromUtf8(in.readAll());
    }
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        QString text = texts[i % texts.size()];
        const QString year = QString::number(2021 + i % 4);
        text.replace(QStringLiteral("2023"), year).replace(QStringLiteral("2022"), year);
        text.replace(QStringLiteral("人民政府"), QStringLiteral("第%1人民政府").arg(i));
        const QString path = QStringLiteral("%1/report-%2.txt").arg(dir).arg(i, 5, 10, QChar(u'0'));
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        out.write(text.toUtf8());
        paths << path;
    }
    return paths;
}

void die(const QString &message) {
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString work = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.path();
    QDir().mkpath(work + QStringLiteral("/src"));
    std::printf("nianbao-ws-bench: %d threads, work dir %s\n", QThread::idealThreadCount(),
                qPrintable(work));
    QString error;

    // 1. Import 1,000 reports.
    const QStringList files = writeReports(work + QStringLiteral("/src"), 1000);
    const QString ws1 = work + QStringLiteral("/import.nianbao");
    QFile::remove(ws1);
    if (!Workspace::create(ws1, &error))
        die(error);
    QVector<ImportItem> items; // kept for building the 10,000-report workspace
    {
        Workspace ws;
        if (!ws.open(ws1, Workspace::Mode::ReadWrite, &error))
            die(error);
        QElapsedTimer t;
        t.start();
        const auto out = WorkspaceImporter::importFiles(ws, files, &error);
        if (out.size() != files.size())
            die(error);
        const double s = t.nsecsElapsed() / 1e9;
        std::printf("import 1,000 text reports (read+extract+validate+store): %.2f s "
                    "(%.0f reports/s)\n",
                    s, 1000 / s);
        for (const ReportSummary &r : ws.reports()) {
            const auto stored = ws.loadReport(r.id, &error);
            const auto doc = ws.document(r.documentId);
            if (stored && doc)
                items << WorkspaceImporter::makeItem(doc->originalPath, doc->bytes,
                                                     stored->extracted);
        }
        if (items.isEmpty())
            for (int i = 0; i < 1000; ++i) {
                Report r = Report::empty(Edition::E2021);
                r.meta.agency = QStringLiteral("第%1机关").arg(i);
                r.meta.year = 2021 + i % 4;
                for (Cell &c : r.cells)
                    c = Cell{Decimal::fromInteger(i % 9),
                             CellStatus::Read,
                             QStringLiteral("1"),
                             {},
                             Anchor{i, 1, -1, {}}};
                items << WorkspaceImporter::makeItem(files[i], QByteArray::number(i).repeated(3000),
                                                     r);
            }
    }

    // 2. A 10,000-report workspace: open + list.
    const QString ws2 = work + QStringLiteral("/big.nianbao");
    QFile::remove(ws2);
    if (!Workspace::create(ws2, &error))
        die(error);
    {
        Workspace ws;
        ws.open(ws2, Workspace::Mode::ReadWrite, &error);
        QElapsedTimer t;
        t.start();
        for (int round = 0; round < 10; ++round) {
            QVector<ImportItem> batch = items;
            for (ImportItem &item : batch)
                item.document.originalPath += QStringLiteral("#%1").arg(round);
            if (ws.store(batch, &error).size() != batch.size())
                die(error);
        }
        std::printf("store 10,000 reports (10 transactions): %.2f s\n", t.nsecsElapsed() / 1e9);
    }
    std::printf("10,000-report workspace: %.1f MB\n", QFileInfo(ws2).size() / 1048576.0);
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        Workspace ws;
        if (!ws.open(ws2, Workspace::Mode::ReadWrite, &error))
            die(error);
        const qint64 opened = t.nsecsElapsed();
        const auto list = ws.reports();
        const qint64 listed = t.nsecsElapsed();
        std::printf("open + list 10,000 reports (run %d): %.1f ms (open %.1f ms, list %.1f ms, "
                    "%d rows)\n",
                    run + 1, listed / 1e6, opened / 1e6, (listed - opened) / 1e6, int(list.size()));
    }

    // 3. One edit's commit latency.
    {
        Workspace ws;
        ws.open(ws2, Workspace::Mode::ReadWrite, &error);
        const EditionSpec &spec = Spec::instance().edition(Edition::E2021);
        QVector<double> ms;
        for (int i = 0; i < 1000; ++i) {
            Cell c;
            c.status = CellStatus::Edited;
            c.value = Decimal::fromInteger(i);
            QElapsedTimer t;
            t.start();
            if (!ws.setCell(1 + i % 100, spec.cell(i % spec.cellCount()).key, c, EditOrigin::Typed,
                            {}, &error))
                die(error);
            ms << t.nsecsElapsed() / 1e6;
        }
        std::sort(ms.begin(), ms.end());
        double sum = 0;
        for (double v : ms)
            sum += v;
        std::printf("edit commit latency over 1,000 edits: mean %.3f ms, median %.3f ms, p99 "
                    "%.3f ms, max %.3f ms\n",
                    sum / ms.size(), ms[ms.size() / 2], ms[ms.size() * 99 / 100], ms.last());
    }
    return 0;
}
