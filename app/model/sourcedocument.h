#pragma once

#include "sourcetable.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

/**
 * A source file turned into text, ready for extraction and for display.
 *
 * `displayText` is what the text pane shows: the decoded original characters with converter
 * artefacts ([bookmark: …], [image: …], page footers, form feeds, navigation text before the
 * report) removed. Cell anchors are offsets into it.
 *
 * `matchText` is the NFKC form used for matching labels and numbers (full-width digits, spaces
 * and punctuation folded to ASCII). `matchToDisplay[i]` maps an offset in `matchText` back to
 * `displayText`; it has matchText.size() + 1 entries so that end offsets map too.
 *
 * Structured formats (HTML, DOCX, PDF) print each table into displayText one grid row per line,
 * cells separated by tabs, and describe it in `tables` (sourcetable.h), so that the extractor
 * reads values by grid row and column and the pane can draw the table. PDF documents also list
 * the page rectangle of every piece of text in `boxes` and the page sizes in `pageSizes`.
 * `original` holds the file's bytes (implicitly shared) for panes that render the original.
 */
struct SourceDocument {
    QString fileName; ///< base name, for messages
    QString path;     ///< as given by the user
    QString format = QStringLiteral("txt");
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "GB18030"…
    QString displayText;
    QString matchText;
    QVector<int> matchToDisplay;
    QStringList warnings;        ///< non-fatal import remarks (e.g. "3 replacement characters")
    QVector<SourceTable> tables; ///< grid tables in document order (empty for plain text)
    QVector<SourceBox> boxes;    ///< PDF: text ranges → page rectangles, sorted by start
    QVector<QSizeF> pageSizes;   ///< PDF: page sizes in points, one per page
    QByteArray original;         ///< the imported bytes (for rendering the original)

    bool isPaged() const { return !pageSizes.isEmpty(); }

    /// Maps a [start, start+length) range of matchText to displayText.
    int displayOffset(int matchOffset) const {
        if (matchToDisplay.isEmpty())
            return matchOffset;
        if (matchOffset < 0)
            return -1;
        return matchToDisplay[qMin(matchOffset, int(matchToDisplay.size()) - 1)];
    }
};
