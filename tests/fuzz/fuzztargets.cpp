#include "fuzztargets.h"

#include "export/reportjsonwriter.h"
#include "extract/extractor.h"
#include "import/textimporter.h"
#include "import/unicodetext.h"
#include "validate/validatedreport.h"

namespace {

void checkAndWrite(const SourceDocument &document) {
    const ValidatedReport report(Extractor::extract(document));
    QByteArray json;
    ReportJsonWriter::writeReport(&json, document.path, &document, report);
    if (json.isEmpty() || json.front() != '{' || json.back() != '}')
        qFatal("fuzz: the report JSON is not an object");
}

} // namespace

namespace fuzz {

void importBytes(const QByteArray &bytes) {
    const ImportResult imported =
        TextImporter::importBytes(bytes, QStringLiteral("fuzz.txt"), QStringLiteral("fuzz.txt"));
    if (!imported.document) {
        if (imported.error.isEmpty() || imported.error.contains(u'\n'))
            qFatal("fuzz: a refused file needs a one-line error");
        return;
    }
    checkAndWrite(*imported.document);
}

void extractText(const QByteArray &bytes) {
    SourceDocument doc;
    doc.fileName = doc.path = QStringLiteral("fuzz.txt");
    doc.displayText = QString::fromUtf8(bytes);
    UnicodeText::Normalized normalized = UnicodeText::nfkcWithMap(doc.displayText);
    doc.matchText = std::move(normalized.text);
    doc.matchToDisplay = std::move(normalized.toInput);
    checkAndWrite(doc);
}

} // namespace fuzz
