// nianbao-export-bench: export figures for the README (not a test).
//   Builds a workspace of N text reports (the 5 samples with varied agency and year; every 10th
//   report gets an edited cell and a dismissed finding), then times building the ExportSet from
//   it and writing xlsx, CSV and JSON. Peak memory of one export is measured on the CLI:
//     /usr/bin/time -v nianbao-cli export WORKDIR/export.nianbao -o out.xlsx
// Usage: nianbao-export-bench [WORKDIR] [N]   (default: a temporary directory, 1000)
#include "export/exporter.h"
#include "workspace/workspace.h"
#include "workspace/workspaceexport.h"
#include "workspace/workspaceimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>

namespace {

void die(const QString &message) {
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

QStringList writeReports(const QString &dir, int count) {
    const QDir samples(QStringLiteral(NIANBAO_TEST_DATA "/samples"));
    QStringList texts;
    for (const QString &f : samples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile in(samples.filePath(f));
        if (!in.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read ") + f);
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
        if (!out.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write ") + path);
        out.write(text.toUtf8());
        paths << path;
    }
    return paths;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString work = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.path();
    const int count = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000;
    QDir().mkpath(work + QStringLiteral("/src"));
    QString error;

    const QString path = work + QStringLiteral("/export.nianbao");
    QFile::remove(path);
    if (!Workspace::create(path, &error))
        die(error);
    Workspace ws;
    if (!ws.open(path, Workspace::Mode::ReadWrite, &error))
        die(error);
    ws.setUser(QStringLiteral("基准测试"));
    const QStringList files = writeReports(work + QStringLiteral("/src"), count);
    if (WorkspaceImporter::importFiles(ws, files, &error).size() != files.size())
        die(error);
    const QString key = QStringLiteral("t2.r.granted.c.natural_person");
    const QVector<ReportSummary> reports = ws.reports();
    for (int i = 0; i < reports.size(); i += 10) {
        auto stored = ws.loadReport(reports[i].id, &error);
        if (!stored)
            die(error);
        Cell cell = stored->current.cell(key);
        cell.value = Decimal::add(cell.value.value_or(Decimal()), Decimal::fromInteger(1));
        cell.status = CellStatus::Edited;
        if (!ws.setCell(reports[i].id, key, cell, EditOrigin::Typed, QString(), &error))
            die(error);
        const auto r = WorkspaceExport::report(ws, reports[i].id, &error);
        if (r && !r->findings.isEmpty())
            ws.decide(reports[i].id, r->findings.first().id, Decision::Dismissed,
                      QStringLiteral("基准"), &error);
    }
    std::printf("nianbao-export-bench: %d reports in %s\n", int(reports.size()), qPrintable(path));

    QElapsedTimer t;
    t.start();
    const auto set = WorkspaceExport::build(ws, {}, &error);
    if (!set)
        die(error);
    std::printf("read the workspace into an ExportSet: %.2f s\n", t.nsecsElapsed() / 1e9);
    for (Exporter::Format f :
         {Exporter::Format::Xlsx, Exporter::Format::Csv, Exporter::Format::Json}) {
        const QString out = work + QStringLiteral("/export.") + Exporter::formatName(f);
        t.restart();
        if (!Exporter::write(*set, f, out, ExportText::Zh, &error))
            die(error);
        std::printf("write %-4s: %.2f s, %.1f MB\n", qPrintable(Exporter::formatName(f)),
                    t.nsecsElapsed() / 1e9, QFileInfo(out).size() / 1e6);
    }
    return 0;
}
