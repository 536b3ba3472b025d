#pragma once

#include "tokenizer.h"

#include "model/cell.h"
#include "model/sourcedocument.h"

#include <QVector>

struct EditionSpec;

/// One row as found in the text: its cells (in column order) and the tokens after its label.
struct RowInput {
    QVector<int> cells;            ///< cell indices of the edition, in column order
    QVector<const Token *> values; ///< Value and Empty tokens, no leading or trailing empties
    bool labelConfident = true;    ///< LabelMatch::isConfident() of the row label
    QString label;                 ///< the label as printed, for notes (set when not confident)
    int blankCells = 0; ///< a row with no value at all but this many empty cells on its line
    /// Line breaks between the row's last token (its last value, or its label when it has none)
    /// and the next token; -1 at the end of the table. With `headerRow`, the row has no label and
    /// its first value follows a header row (table 3).
    int breaksAfter = -1;
    bool headerRow = false;
    /// The values were printed apart from the label (reading-order PDF text, a lost label) and
    /// were paired with this row by their order and the row's own sums: suspect, with a note.
    bool pairedApart = false;
};

/**
 * Puts the values of one row printed with one value per cell into its cells, per the extraction
 * contract: the right number of values → read (blank / placeholder where printed so); too few →
 * placed left to right as suspect, the rest missing, a note on each; a fuzzily matched label →
 * suspect. Rows whose digits run together are TablePlacer's.
 */
class RowPlacer {
public:
    static void place(const SourceDocument &doc, const EditionSpec &spec, const RowInput &row,
                      QVector<Cell> *cells);
    /// The cell for one token (read / blank / placeholder) with raw text, anchor and note.
    static Cell cellFromToken(const SourceDocument &doc, const Token &token, int cellIndex,
                              const EditionSpec &spec);
    static void addNote(Cell *cell, const QString &note);
    /// The display text of a matchText range, trimmed; the anchor of a matchText range.
    static QString displayOf(const SourceDocument &doc, int start, int end);
    static Anchor anchorOf(const SourceDocument &doc, int start, int end);
};
