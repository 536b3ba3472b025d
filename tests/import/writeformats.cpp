// Not a test: writes a sample report as HTML, DOCX and PDF (for looking at the files by hand).
#include "import/importpipeline.h"
#include "reportwriters.h"
#include <QFile>
#include <QGuiApplication>
int main(int argc, char **argv) {
    QGuiApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--dump") { // the display text of an imported file
        const ImportResult r = ImportPipeline::importFile(QString::fromLocal8Bit(argv[2]));
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        out.write((r.document ? r.document->displayText : r.error).toUtf8());
        return r.ok() ? 0 : 1;
    }
    const PipelineResult text = ImportPipeline::run(QString::fromLocal8Bit(argv[1]));
    const auto parts = testformats::documentParts(text.report.report());
    const QString out = QString::fromLocal8Bit(argv[2]);
    QByteArray b = out.endsWith(".pdf")    ? testformats::pdf(parts)
                   : out.endsWith(".docx") ? testformats::docx(parts)
                   : out.endsWith(".htm")  ? testformats::qtHtml(parts)
                                           : testformats::govHtml(parts);
    QFile f(out);
    f.open(QIODevice::WriteOnly);
    f.write(b);
}
