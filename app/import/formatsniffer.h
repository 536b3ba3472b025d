#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// What a file is, judged by its content.
enum class SourceFormat {
    Text,      ///< anything else that may be text (the text importer decides)
    Html,      ///< <html, <!doctype, <table, <meta … in the first kilobytes
    Docx,      ///< a zip holding word/document.xml
    Pdf,       ///< %PDF
    LegacyDoc, ///< an OLE compound file (old .doc / .xls / .wps)
    Zip,       ///< a zip that is not a Word document
};

/**
 * Chooses the importer by content (magic bytes), never by extension alone: a report saved as
 * "a.txt" that is really a web page is read as HTML. The extension only breaks ties (an HTML
 * fragment named .html without any telling tag).
 */
class FormatSniffer {
public:
    static SourceFormat sniff(const QByteArray &bytes, const QString &fileName = {});
    /// The stable name stored in the workspace and printed by the CLI ("txt", "html", …).
    static QString formatName(SourceFormat format);
    /// Patterns of the files the desk and the CLI accept (*.txt *.md *.html *.htm *.docx *.pdf
    /// *.doc; .doc only to say clearly that it must be saved as .docx or PDF).
    static QStringList nameFilters();
};
