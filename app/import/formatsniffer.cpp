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

/// `rest` starts with `tag` (lower-case ASCII), in any letter case.
bool startsWithTag(QByteArrayView rest, QByteArrayView tag) {
    if (rest.size() < tag.size())
        return false;
    for (qsizetype i = 0; i < tag.size(); ++i) {
        const char c = rest[i];
        if ((c >= 'A' && c <= 'Z' ? char(c + 32) : c) != tag[i])
            return false;
    }
    return true;
}

bool hasTag(QByteArrayView view) {
    // Every tag starts with '<': compare only where one is (a text report has few or none, and
    // six substring searches over 4 KB were a tenth of a text report's whole check).
    for (qsizetype at = view.indexOf('<'); at >= 0; at = view.indexOf('<', at + 1)) {
        const QByteArrayView rest = view.sliced(at);
        for (const char *tag : {"<!doctype html", "<html", "<head", "<meta ", "<body", "<table"})
            if (startsWithTag(rest, tag))
                return true;
    }
    return false;
}

/// "%PDF-" in the first kilobyte (junk before the header is allowed). Compared only where a '%'
/// is: the general substring search cost as much as the rest of the sniffing.
bool hasPdfHeader(const QByteArray &bytes) {
    const QByteArrayView first =
        QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 1024));
    for (qsizetype at = first.indexOf('%'); at >= 0; at = first.indexOf('%', at + 1))
        if (first.sliced(at).startsWith("%PDF-"))
            return true;
    return false;
}

bool looksLikeHtml(const QByteArray &bytes) {
    const QByteArrayView first(
        QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096)));
    if (!first.contains('<'))
        return false; // head() keeps or drops bytes, it never makes a '<'
    // UTF-16 needs its zero bytes dropped; other text is read where it is (no copy).
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return hasTag(head(bytes));
    return hasTag(first);
}

} // namespace

SourceFormat FormatSniffer::sniff(const QByteArray &bytes, const QString &fileName) {
    if (bytes.startsWith("%PDF") || hasPdfHeader(bytes))
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
