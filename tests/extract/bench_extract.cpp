// Not a test: measures Extractor::extract on the five samples (µs per report, one thread).
//   bench_extract [iterations]

#include "extract/extractor.h"
#include "testdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <ctime>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QVector<SourceDocument> docs;
    const QString dir = QStringLiteral(NIANBAO_TEST_DATA "/samples");
    for (const QString &f : QDir(dir).entryList({QStringLiteral("*.txt")}))
        docs << TestDocument::fromFile(dir + u'/' + f);
    qint64 bytes = 0;
    for (const SourceDocument &d : docs)
        bytes += d.displayText.toUtf8().size();
    int sink = 0;
    for (const SourceDocument &d : docs) // warm up the spec and the matchers
        sink += Extractor::extract(d).cells.size();
    // CPU time, not wall time: the build machine is shared.
    const std::clock_t cpu0 = std::clock();
    for (int i = 0; i < iterations; ++i)
        for (const SourceDocument &d : docs)
            sink += int(Extractor::extract(d).cells.size());
    const double ns = double(std::clock() - cpu0) * 1e9 / CLOCKS_PER_SEC;
    const double reports = double(iterations) * docs.size();
    QTextStream(stdout) << QStringLiteral(
                               "%1 reports: %2 us/report, %3 reports/s, %4 MB/s (sink %5)\n")
                               .arg(reports)
                               .arg(ns / reports / 1000.0, 0, 'f', 1)
                               .arg(reports / (ns / 1e9), 0, 'f', 0)
                               .arg(double(bytes) * iterations / (ns / 1e9) / 1e6, 0, 'f', 1)
                               .arg(sink);
    return 0;
}
