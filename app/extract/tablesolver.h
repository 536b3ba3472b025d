#pragma once

#include "rowcandidates.h"

#include "model/cell.h"

#include <QVector>

struct EditionSpec;

/// The rows of one table whose reading is open: their cells and their candidate readings.
struct SolverRow {
    QVector<int> cells;
    QVector<RowCandidate> candidates; ///< cheapest first (RowCandidates::generate)
};

/// What the table's arithmetic says about the open rows.
struct TableSolution {
    QVector<int> best; ///< per row: the chosen candidate (the cheapest consistent reading)
    /// per row, per cell: every consistent reading gives this cell the same value
    QVector<QVector<bool>> determined;
    /// per row: the distinct candidates seen in consistent readings (for the cell notes)
    QVector<QVector<int>> alternatives;
    bool consistent = true; ///< false: no reading satisfies every rule; `best` breaks the fewest
    bool complete = true;   ///< false: the search was cut short; nothing counts as determined
};

/**
 * Chooses the readings of the open rows of one table jointly.
 *
 * The rules of the spec that join rows (the results total of every column, the balance of every
 * column) are checked across the open rows and the rows already read (`known`: a cell counts when
 * it is read, blank, a placeholder, inferred or edited; a rule with a missing or suspect cell is
 * not used). Rows connected by no rule are solved on their own. Every consistent combination is
 * enumerated (within a budget): a cell is determined when all of them agree on it. When no
 * combination is consistent, the one breaking the fewest rules is returned, marked inconsistent.
 */
class TableSolver {
public:
    static constexpr int kMaxNodes = 400000;
    static TableSolution solve(const EditionSpec &spec, const QVector<SolverRow> &rows,
                               const QVector<Cell> &known);
};
