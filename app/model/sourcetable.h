#pragma once

#include <QRectF>
#include <QVector>

/**
 * One cell of a table as the source printed it: the origin (top-left) of a possibly merged cell.
 *
 * `start`/`length` are UTF-16 offsets into SourceDocument::displayText; an empty cell has
 * length 0 and `start` at the place where its text would be (so a blank still has a position).
 * A cell's text never contains a line break: the importers join a cell's paragraphs.
 * PDF cells also carry their page and rectangle (normalised page coordinates, 0..1); other
 * formats leave page = -1 and an empty rect.
 */
struct SourceCell {
    int row = 0;    ///< grid row of the origin
    int column = 0; ///< grid column of the origin
    int rowSpan = 1;
    int columnSpan = 1;
    int start = -1;
    int length = 0;
    int page = -1;
    QRectF rect;

    bool isEmpty() const { return length == 0; }
    bool operator==(const SourceCell &) const = default;
};

/**
 * A table as an explicit grid: merged cells are expanded, so every grid position names the
 * origin cell that covers it. This is what the extractor reads (by row and column, never by
 * reading order) and what the document pane draws as a table.
 *
 * Rows of one table can come from several pages of a PDF (a table continued on the next page is
 * one table); a row never spans a page break.
 */
struct SourceTable {
    int rows = 0;
    int columns = 0;
    QVector<SourceCell> cells; ///< origin cells, in row-major order of their origin
    QVector<int> grid;         ///< rows × columns entries: index into `cells`, -1 for a hole
    int start = 0;             ///< [start, end) of the table in displayText
    int end = 0;

    /// The cell covering grid position (row, column), or nullptr for a hole or out of range.
    const SourceCell *at(int row, int column) const {
        if (row < 0 || column < 0 || row >= rows || column >= columns)
            return nullptr;
        const int i = grid[row * columns + column];
        return i >= 0 ? &cells[i] : nullptr;
    }
    bool operator==(const SourceTable &) const = default;
};

/**
 * A run of displayed text on a PDF page (a word, or a cell's text): [start, start+length) of
 * displayText printed inside `rect` (normalised page coordinates) on `page` (0-based).
 * Sorted by start; the pane and the anchors map text ranges to rectangles through these.
 */
struct SourceBox {
    int start = 0;
    int length = 0;
    int page = 0;
    QRectF rect;
    bool operator==(const SourceBox &) const = default;
};
