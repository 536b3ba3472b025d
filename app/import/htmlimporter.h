#pragma once

#include "import/importresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * Imports web pages (.html/.htm, saved pages): the charset from a BOM, `<meta charset>` or
 * http-equiv, else detection (UnicodeText); the page parsed with gumbo (a real HTML5 parser).
 *
 * Tables become explicit grids (DocumentBuilder): rowspan/colspan expanded, a cell's <p>/<br>
 * parts joined, &nbsp;-only cells blank. A table that holds other tables is page layout: its
 * cells are read as paragraphs and the tables inside them as grids. Scripts, styles, navigation,
 * header and footer elements are dropped. A page without any table is refused with a clear
 * message. Reentrant.
 */
class HtmlImporter {
    Q_DECLARE_TR_FUNCTIONS(HtmlImporter)
public:
    static ImportResult importBytes(const QByteArray &bytes, const QString &fileName,
                                    const QString &path = {});
    /// The charset a page declares in its first kilobytes (lower case), or empty.
    static QByteArray declaredCharset(const QByteArray &bytes);
};
