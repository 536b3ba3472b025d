#pragma once

#include "import/importresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * Imports PDF reports with a text layer through poppler-qt6: words with their boxes, rows rebuilt
 * from y positions and columns from x positions (PdfLayout), running headers and footers dropped,
 * a table continued on the next page kept as one grid, and every piece of text mapped to its page
 * rectangle (SourceDocument::boxes).
 *
 * Refused with a clear message: encrypted (password) PDFs, corrupt files, scans without a text
 * layer, and PDFs whose tables are images (text but no table of numbers). Only the first
 * MaxTextPages pages are read for text (reports have fewer than 30), so a 300-page file costs
 * seconds at most; the pane still shows every page. Reentrant.
 */
class PdfImporter {
    Q_DECLARE_TR_FUNCTIONS(PdfImporter)
public:
    static constexpr int MaxTextPages = 60;

    static ImportResult importBytes(const QByteArray &bytes, const QString &fileName,
                                    const QString &path = {});
};
