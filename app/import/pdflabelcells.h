#pragma once

#include "import/pdflayout.h"

#include <QRectF>
#include <QString>
#include <QVector>

/// A label cell of a PDF grid rebuilt from the segments of one column (a label wrapped over
/// lines, or printed in several paragraphs).
struct PdfLabelCell {
    int column = 0;
    QString text;
    QVector<SourceBox> words;
    QRectF box;  ///< points
    QRectF norm; ///< normalised
    int page = 0;
    int firstRow = -1; ///< grid rows (value lines) it is printed on
    int lastRow = -1;
    bool singleCharacters = true; ///< one character per line: a vertical label
    bool absorbed = false;        ///< joined into another cell (joinParagraphs)
    /// The last segment appended to a cell already on a row, from a line without values: a
    /// title line right above a header row ("第二十条第（六）项") is split off again.
    struct {
        int line = -1;
        PdfSegment segment;
        int textSize = 0;
        int words = 0;
        QRectF box, norm;
    } tail;
};

/// A grid row (a line with values, or a header line inside the grid): where its line is.
struct PdfGridRow {
    int row = 0;
    int page = 0;
    double centre = 0; ///< y of the line's centre, points
    bool values = false;
};

/// The label cells of a PDF grid: building them and joining the paragraphs of one cell.
class PdfLabelCells {
public:
    /// Appends segment @p s (the next line of the cell) to @p cell.
    static void append(PdfLabelCell *cell, const PdfSegment &s);
    /// "1." "1、" "（一）" "一、" "(1)": the start of a numbered label, so a new cell.
    static bool startsWithNumbering(QStringView t);

    /**
     * Joins the paragraphs of one label cell that the line rules left apart: a cell holding
     * several paragraphs (`<p>` of a web page printed by a browser) has gaps between them as
     * wide as the gaps between rows. The row's values are centred on the cell, so:
     * - two paragraphs printed above and below a row whose line has no label in that column,
     *   centred on it, are its label ("1.属于" · values · "国家秘密");
     * - three paragraphs centred on the middle one, which is on the row's line, are one label;
     * - a paragraph left below a cell with nothing between them (no row, no other label) is
     *   that cell's next paragraph, when the next row has its own label in that column or right
     *   of it (so the paragraph cannot be that row's label).
     * Absorbed cells are marked, not removed (indices into @p cells stay valid).
     */
    static void joinParagraphs(QVector<PdfLabelCell> *cells, const QVector<PdfGridRow> &rows,
                               double em);

private:
    static void append(PdfLabelCell *cell, const PdfLabelCell &next);
};
