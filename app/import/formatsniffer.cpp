#include "import/formatsniffer.h"

#include <QFileInfo>

#include <algorithm>

namespace {

/// The first kilobytes as lower-case ASCII, BOM and UTF-16 zero bytes dropped.
QByteArray head(const QByteArray &bytes) {
    QByteArray h = bytes.left(4096);
    if (h.startsWith("\xEF\xBB\xBF"))
        h.remove(0, 3);
    else if (h.startsWith("\xFF\xFE") || h.startsWith("\xFE\xFF"))
        h.removeIf([](char c) { return c == 0; }).remove(0, 2);
    return h.toLower();
}

bool looksLikeHtml(const QByteArray &bytes) {
    if (!QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096)).contains('<'))
        return false; // head() keeps or drops bytes, it never makes a '<'
    const QByteArray h = head(bytes);
    // Every tag starts with '<': compare only where one is (a text report has none, and six
    // substring searches over 4 KB were a tenth of a text report's whole check).
    const QByteArrayView view(h);
    for (qsizetype at = view.indexOf('<'); at >= 0; at = view.indexOf('<', at + 1)) {
        const QByteArrayView rest = view.sliced(at);
        for (const char *tag : {"<!doctype html", "<html", "<head", "<meta ", "<body", "<table"})
            if (rest.startsWith(tag))
                return true;
    }
    return false;
}

} // namespace

SourceFormat FormatSniffer::sniff(const QByteArray &bytes, const QString &fileName) {
    if (bytes.startsWith("%PDF") || bytes.left(1024).contains("%PDF-"))
        return SourceFormat::Pdf;
    if (bytes.startsWith("PK\x03\x04")) {
        // The zip's local headers and central directory both name word/document.xml.
        return bytes.contains("word/document.xml") ? SourceFormat::Docx : SourceFormat::Zip;
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return SourceFormat::LegacyDoc;
    if (looksLikeHtml(bytes))
        return SourceFormat::Html;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if ((suffix == u"html" || suffix == u"htm") && head(bytes).contains('<'))
        return SourceFormat::Html;
    return SourceFormat::Text;
}

QString FormatSniffer::formatName(SourceFormat format) {
    switch (format) {
    case SourceFormat::Html:
        return QStringLiteral("html");
    case SourceFormat::Docx:
        return QStringLiteral("docx");
    case SourceFormat::Pdf:
        return QStringLiteral("pdf");
    case SourceFormat::LegacyDoc:
        return QStringLiteral("doc");
    case SourceFormat::Zip:
        return QStringLiteral("zip");
    case SourceFormat::Text:
        break;
    }
    return QStringLiteral("txt");
}

QStringList FormatSniffer::nameFilters() {
    QStringList out;
    for (const char *s : {"txt", "md", "html", "htm", "docx", "pdf", "doc"}) {
        out << QStringLiteral("*.") + QLatin1String(s);
        out << QStringLiteral("*.") + QString::fromLatin1(s).toUpper();
    }
    return out;
}
