#pragma once

#include "gapmodel.h"
#include "rowplacer.h"

#include "model/cell.h"
#include "model/sourcedocument.h"

#include <QVector>

struct EditionSpec;

/**
 * Places the values of every row of one table, per the extraction contract.
 *
 * Rows printed with one value per cell go through RowPlacer as before. Rows whose values are run
 * together (glued digits), and rows of a table whose crawler dropped the empty cells, are read
 * jointly: every reading each row allows (RowCandidates) is checked against the table's rules
 * across rows (TableSolver). A cell that every consistent reading agrees on is `read` (a part of a
 * split run keeps the run as its raw text and says it was split); a cell the readings disagree on
 * is `suspect` with the most plausible value and the alternatives in its note; in a row with
 * dropped cells the values are `suspect` even where their places are unique, and when no reading
 * satisfies the rules, the cells of the open rows are `suspect` too. Nothing is picked silently.
 * Rows with fewer values than cells in text that keeps empty cells as extra line breaks are
 * placed by those breaks (GapModel) where they say exactly where the empty cells are.
 */
class TablePlacer {
public:
    static void place(const SourceDocument &doc, const EditionSpec &spec,
                      const QVector<RowInput> &rows, const GapModel &gaps, QVector<Cell> *cells);
};
