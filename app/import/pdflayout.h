#pragma once

#include "model/sourcetable.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <functional>

class DocumentBuilder;

/// One word of a PDF page as poppler gives it (box in points).
struct PdfWord {
    QString text;
    QRectF box;
    bool spaceAfter = false;
};

/// Words of one line that belong together: one table cell, or a run of paragraph text.
struct PdfSegment {
    QString text;
    QRectF box;               ///< points
    QVector<SourceBox> words; ///< start relative to `text`, rect normalised
    bool value = false;       ///< a number or a placeholder ("/", "-", "无")
    bool numeric = false;     ///< a number (a placeholder may also be a one-character label)
};

/// One printed line: words whose vertical centres agree, split into segments at wide gaps.
struct PdfLine {
    int page = 0;
    QRectF box; ///< points
    QVector<PdfSegment> segments;
    QString text() const;
};

/**
 * Geometry of PDF text: rows are rebuilt from the y positions of words and columns from their
 * x positions, never from the order the PDF stores its text in. A run of lines with several
 * segments (continuing over page breaks) becomes one grid: value columns are clusters of the x
 * centres of numbers, label columns clusters of the left edges of texts; a row without a value
 * in a value column gets an empty cell there.
 */
class PdfLayout {
public:
    /**
     * Appends poppler's word @p text (box @p box) to @p words, split where its characters are
     * visibly apart: poppler joins characters across a narrow cell border ("（" of a vertical
     * group label and the row label beside it) into one word. @p charBox gives character i's box.
     */
    static void splitWord(const QString &text, const QRectF &box, bool spaceAfter,
                          const std::function<QRectF(int)> &charBox, QVector<PdfWord> *words);
    /// The lines of one page (@p size in points), top to bottom.
    static QVector<PdfLine> lines(QVector<PdfWord> words, const QSizeF &size, int page);
    /// Removes running headers and footers: page numbers, and lines repeated at the top or the
    /// bottom of most pages. Returns how many lines were dropped.
    static int dropRunningLines(QVector<QVector<PdfLine>> *pages, const QVector<QSizeF> &sizes);
    /// Paragraphs and grids into @p builder; returns the number of numeric cells in grids.
    static int build(const QVector<PdfLine> &lines, DocumentBuilder *builder);
    /// The grid of lines [from, to); returns its numeric cells.
    static int buildGrid(const QVector<PdfLine> &lines, int from, int to, DocumentBuilder *builder);
    /// A number ("12", "1,234", "6944.93", "-8", "22（其中…）") or a placeholder.
    static bool isValueLike(QStringView text);
};
