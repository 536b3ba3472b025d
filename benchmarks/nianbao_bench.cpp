// nianbao-bench: throughput of import + extraction + validation on the five sample reports, each
// stage alone, and the latency of one incremental revalidation. See README.md.

#include "export/reportjson.h"
#include "export/reportjsonwriter.h"
#include "extract/extractor.h"
#include "import/textimporter.h"
#include "model/spec.h"
#include "validate/validatedreport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>
#include <benchmark/benchmark.h>

namespace {

struct Sample {
    QString name;
    QByteArray bytes;
};

const QVector<Sample> &samples() {
    static const QVector<Sample> all = [] {
        QVector<Sample> out;
        QDir dir(QStringLiteral(NIANBAO_TEST_DATA "/samples"));
        for (const QString &name :
             dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out << Sample{name, f.readAll()};
        }
        if (out.isEmpty())
            qFatal("no samples in %s", NIANBAO_TEST_DATA "/samples");
        return out;
    }();
    return all;
}

qint64 sampleBytes() {
    qint64 n = 0;
    for (const Sample &s : samples())
        n += s.bytes.size();
    return n;
}

int checkOne(const Sample &s) {
    const ImportResult imported = TextImporter::importBytes(s.bytes, s.name);
    if (!imported.ok())
        return -1;
    const ValidatedReport report(Extractor::extract(*imported.document));
    return int(report.problems().size());
}

/// Import + extract + validate of the five samples; ->Threads(n) runs n such loops at once.
void BM_Pipeline(benchmark::State &state) {
    for (auto _ : state)
        for (const Sample &s : samples())
            benchmark::DoNotOptimize(checkOne(s));
    state.SetItemsProcessed(state.iterations() * samples().size());
    state.SetBytesProcessed(state.iterations() * sampleBytes());
}
BENCHMARK(BM_Pipeline)->Threads(1)->Threads(2)->UseRealTime();

/// The same on all cores through QtConcurrent, as `nianbao-cli check` does with many files.
void BM_PipelineConcurrent(benchmark::State &state) {
    QVector<Sample> batch;
    for (int i = 0; i < 20; ++i)
        batch += samples();
    qint64 bytes = 0;
    for (const Sample &s : batch)
        bytes += s.bytes.size();
    for (auto _ : state)
        benchmark::DoNotOptimize(QtConcurrent::blockingMapped<QVector<int>>(batch, checkOne));
    state.SetItemsProcessed(state.iterations() * batch.size());
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_PipelineConcurrent)->UseRealTime();

void BM_Import(benchmark::State &state) {
    for (auto _ : state)
        for (const Sample &s : samples())
            benchmark::DoNotOptimize(TextImporter::importBytes(s.bytes, s.name));
    state.SetItemsProcessed(state.iterations() * samples().size());
    state.SetBytesProcessed(state.iterations() * sampleBytes());
}
BENCHMARK(BM_Import);

void BM_Extract(benchmark::State &state) {
    QVector<SourceDocument> docs;
    for (const Sample &s : samples())
        docs << *TextImporter::importBytes(s.bytes, s.name).document;
    for (auto _ : state)
        for (const SourceDocument &d : docs)
            benchmark::DoNotOptimize(Extractor::extract(d));
    state.SetItemsProcessed(state.iterations() * docs.size());
    state.SetBytesProcessed(state.iterations() * sampleBytes());
}
BENCHMARK(BM_Extract);

QVector<Report> extractedSamples();

/// The JSON of `check --json` for each validated sample: the direct writer the CLI uses…
void BM_JsonWriter(benchmark::State &state) {
    QVector<ValidatedReport> reports;
    for (const Sample &s : samples())
        reports << ValidatedReport(
            Extractor::extract(*TextImporter::importBytes(s.bytes, s.name).document));
    QByteArray out;
    for (auto _ : state)
        for (const ValidatedReport &r : reports) {
            out.clear();
            ReportJsonWriter::writeReport(&out, QStringLiteral("f.txt"), nullptr, r);
            benchmark::DoNotOptimize(out.data());
        }
    state.SetItemsProcessed(state.iterations() * reports.size());
}
BENCHMARK(BM_JsonWriter);

/// …and the QJsonObject tree serialised by QJsonDocument it replaced.
void BM_JsonDocument(benchmark::State &state) {
    QVector<ValidatedReport> reports;
    for (const Sample &s : samples())
        reports << ValidatedReport(
            Extractor::extract(*TextImporter::importBytes(s.bytes, s.name).document));
    for (auto _ : state)
        for (const ValidatedReport &r : reports)
            benchmark::DoNotOptimize(
                QJsonDocument(ReportJson::reportObject(QStringLiteral("f.txt"), nullptr, r))
                    .toJson(QJsonDocument::Indented));
    state.SetItemsProcessed(state.iterations() * reports.size());
}
BENCHMARK(BM_JsonDocument);

QVector<Report> extractedSamples() {
    QVector<Report> reports;
    for (const Sample &s : samples())
        reports << Extractor::extract(*TextImporter::importBytes(s.bytes, s.name).document);
    return reports;
}

/// A full validation (every rule instance, suggestions) of each extracted sample.
void BM_ValidateFull(benchmark::State &state) {
    const QVector<Report> reports = extractedSamples();
    for (auto _ : state)
        for (const Report &r : reports)
            benchmark::DoNotOptimize(ValidatedReport::validateAll(r));
    state.SetItemsProcessed(state.iterations() * reports.size());
}
BENCHMARK(BM_ValidateFull);

/// One incremental revalidation: a table-2 cell alternating between its value and value + 1,
/// so every other edit adds two failing findings with suggestions and the next removes them.
void BM_SetCell(benchmark::State &state, const char *key) {
    Report report = extractedSamples().value(3);
    if (report.spec().indexOf(QString::fromLatin1(key)) < 0) {
        state.SkipWithError("sample 003 is not a 2021 report");
        return;
    }
    ValidatedReport vr(report);
    const int cell = vr.report().spec().indexOf(QString::fromLatin1(key));
    Cell a = vr.report().cells[cell];
    a.status = CellStatus::Edited;
    Cell b = a;
    b.value = Decimal::add(a.value.value_or(Decimal()), Decimal::fromInteger(1));
    bool flip = false;
    for (auto _ : state) {
        benchmark::DoNotOptimize(vr.setCell(cell, flip ? a : b));
        flip = !flip;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_SetCell, granted_natural_person, "t2.r.granted.c.natural_person");
BENCHMARK_CAPTURE(BM_SetCell, results_total_total, "t2.r.results_total.c.total");
BENCHMARK_CAPTURE(BM_SetCell, review_total, "t3.r.cases.c.review_total");

} // namespace

BENCHMARK_MAIN();
