// Not a test: writes a sample report the way the tests do, for looking at the files by hand and
// for the PDF screenshot and benchmarks.
//   write-formats SAMPLE.txt|2019 OUT.html|OUT.htm|OUT.docx|OUT.pdf|OUT-word.pdf|OUT-300.pdf
//   write-formats --dump FILE     (the display text the importer makes of FILE)
#include "import/importpipeline.h"
#include "reportwriters.h"

#include <QFile>
#include <QGuiApplication>

int main(int argc, char **argv) {
    QGuiApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--dump") {
        const ImportResult r = ImportPipeline::importFile(QString::fromLocal8Bit(argv[2]));
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        out.write((r.document ? r.document->displayText : r.error).toUtf8());
        return r.ok() ? 0 : 1;
    }
    if (argc != 3)
        return 2;
    // SAMPLE "2019": the synthetic report of the 2019 edition the tests use.
    const bool synthetic = QByteArray(argv[1]) == "2019";
    const PipelineResult text = ImportPipeline::run(QString::fromLocal8Bit(argv[1]));
    if (!synthetic && !text.ok())
        return 1;
    const auto parts = testformats::documentParts(
        synthetic ? testformats::syntheticReport(Edition::E2019, 2020) : text.report.report());
    const QString out = QString::fromLocal8Bit(argv[2]);
    QByteArray bytes;
    if (out.endsWith(u"-word.pdf"))
        bytes = testformats::pdf(parts, 0, true); // cells centred, vertical group labels
    else if (out.endsWith(u"-300.pdf"))
        bytes = testformats::pdf(parts, 300); // the report, then 300 pages of annexes
    else if (out.endsWith(u".pdf"))
        bytes = testformats::pdf(parts);
    else if (out.endsWith(u".docx"))
        bytes = testformats::docx(parts);
    else if (out.endsWith(u".htm"))
        bytes = testformats::qtHtml(parts);
    else
        bytes = testformats::govHtml(parts);
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(bytes);
    return 0;
}
