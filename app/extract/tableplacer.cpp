#include "tableplacer.h"

#include "extractnotes.h"
#include "rowcandidates.h"
#include "tablesolver.h"

#include "model/spec.h"

#include <optional>

namespace {

bool isDigitRun(QStringView text, const Token &t) {
    if (t.kind != Token::Value || t.end - t.start < 2)
        return false;
    for (QChar c : text.mid(t.start, t.end - t.start))
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    return true;
}

/// Values that may hold several cells: glued to text, or one run of digits long enough to fill
/// a whole row ("1000001" printed alone); a shorter lone value is a damaged row, not a run.
bool hasGlued(QStringView text, const RowInput &row) {
    for (const Token *t : row.values)
        if (t->kind == Token::Value && t->glued)
            return true;
    return row.values.size() == 1 && row.cells.size() > 1 && isDigitRun(text, *row.values[0]) &&
           row.values[0]->end - row.values[0]->start >= row.cells.size();
}

/// The most cells the row's glued pieces can fill (one per digit), plus one per other piece.
int maxParts(QStringView text, const RowInput &row) {
    int n = 0;
    for (const Token *t : row.values) {
        if (t->kind != Token::Value || !t->glued) {
            ++n;
            continue;
        }
        int digits = 0;
        for (int i = t->start; i < t->end; ++i)
            digits += text[i].unicode() >= u'0' && text[i].unicode() <= u'9';
        n += std::max(1, digits);
    }
    return n;
}

QString valueText(const std::optional<Decimal> &v) {
    return v ? v->toString() : QStringLiteral("空");
}

/// The other values this cell takes in the consistent readings, for its note.
QString otherValues(const SolverRow &row, const QVector<int> &alternatives, int best, int pos) {
    QStringList out;
    const QString chosen = valueText(row.candidates[best].cells[pos].value);
    for (int a : alternatives) {
        const QString v = valueText(row.candidates[a].cells[pos].value);
        if (v != chosen && !out.contains(v))
            out << v;
        if (out.size() == 4)
            break;
    }
    return out.join(QStringLiteral("、"));
}

/// The display text of a row's glued pieces, for notes and raw texts.
QString rawRun(const SourceDocument &doc, const RowInput &row) {
    QStringList parts;
    for (const Token *t : row.values)
        if (t->kind == Token::Value)
            parts << RowPlacer::displayOf(doc, t->start, t->end);
    return parts.join(u' ');
}

void placeSolved(const SourceDocument &doc, const EditionSpec &spec, const RowInput &input,
                 const SolverRow &row, const TableSolution &solution, int r, QVector<Cell> *cells) {
    const int best = solution.best[r];
    const RowCandidate &cand = row.candidates[best];
    const QString run = rawRun(doc, input);
    int dropped = 0, printed = 0;
    for (const CellReading &reading : cand.cells)
        (reading.dropped ? dropped : printed) += 1;
    const QString droppedNote =
        dropped > 0 ? ExtractNotes::droppedCells(printed, int(row.cells.size())) : QString();
    const bool sure = solution.consistent && solution.complete && !cand.breaksRowRule;
    for (int pos = 0; pos < row.cells.size(); ++pos) {
        const int c = row.cells[pos];
        const CellReading &reading = cand.cells[pos];
        Cell cell;
        if (reading.token && !reading.split && !reading.token->glued) {
            cell = RowPlacer::cellFromToken(doc, *reading.token, c, spec);
        } else if (reading.token) {
            cell.raw = run;
            cell.value = reading.value;
            cell.status = reading.value         ? CellStatus::Read
                          : reading.placeholder ? CellStatus::Placeholder
                                                : CellStatus::Blank;
            cell.anchor = RowPlacer::anchorOf(doc, reading.start, reading.end);
            if (reading.split)
                RowPlacer::addNote(&cell, ExtractNotes::runSplit(cell.raw));
        } else {
            cell.status = CellStatus::Blank; // dropped by the crawler: printed empty
            RowPlacer::addNote(&cell, ExtractNotes::notPrinted());
        }
        if (!sure) {
            if (cell.value)
                cell.status = CellStatus::Suspect;
            RowPlacer::addNote(&cell, solution.complete ? ExtractNotes::runInconsistent(run)
                                                        : ExtractNotes::runTooOpen(run));
        } else if (!solution.determined[r][pos]) {
            if (cell.value)
                cell.status = CellStatus::Suspect;
            RowPlacer::addNote(&cell,
                               ExtractNotes::runAmbiguous(
                                   run, otherValues(row, solution.alternatives[r], best, pos)));
        } else if (dropped > 0 && cell.value) {
            cell.status = CellStatus::Suspect;
        }
        RowPlacer::addNote(&cell, droppedNote);
        if (!input.labelConfident && cell.value) {
            cell.status = CellStatus::Suspect;
            RowPlacer::addNote(&cell, ExtractNotes::fuzzyLabel(input.label));
        }
        (*cells)[c] = cell;
    }
}

bool sameValues(const RowCandidate &a, const RowCandidate &b) {
    for (int p = 0; p < a.cells.size(); ++p)
        if (a.cells[p].value != b.cells[p].value || a.cells[p].dropped != b.cells[p].dropped)
            return false;
    return true;
}

/// A stray space inside a run ("1 21010014" for 12|1|0|1|0|0|14): the row's glued pieces are
/// also read as one run of digits, the space ignored; those readings cost more than the ones
/// that keep the space as a cell boundary, and replace them where those break the row's sums.
void addJoined(QStringView text, const EditionSpec &spec, const RowInput &row, bool mayDrop,
               QVector<RowCandidate> *candidates) {
    constexpr double kIgnoredSpaceCost = 0.5;
    if (row.values.size() < 2)
        return;
    QString joined;
    QVector<int> source; // joined[i] is the matchText character at source[i]
    for (const Token *t : row.values) {
        if (t->kind != Token::Value || !t->glued)
            return;
        for (int k = t->start; k < t->end; ++k) {
            joined += text[k];
            source << k;
        }
    }
    Token whole = *row.values.first();
    whole.start = 0;
    whole.end = int(joined.size());
    const QVector<RowCandidate> more =
        RowCandidates::generate(joined, spec, row.cells, {&whole}, mayDrop);
    if (more.isEmpty() || more.first().breaksRowRule)
        return;
    if (!candidates->isEmpty() && candidates->first().breaksRowRule)
        candidates->clear();
    for (RowCandidate c : more) {
        // Back to the printed text: the readings point into the row's first piece.
        for (CellReading &r : c.cells) {
            if (!r.token)
                continue;
            r.token = row.values.first();
            r.start = source[r.start];
            r.end = source[r.end - 1] + 1;
            r.split = true;
        }
        c.cost += kIgnoredSpaceCost;
        bool known = false;
        for (const RowCandidate &k : std::as_const(*candidates))
            known = known || sameValues(k, c);
        if (!known)
            candidates->append(c);
    }
    std::stable_sort(candidates->begin(), candidates->end(),
                     [](const RowCandidate &a, const RowCandidate &b) { return a.cost < b.cost; });
}

/// A row whose empty cells the line breaks locate: its values read, the rest blank.
bool placeByGaps(const SourceDocument &doc, const EditionSpec &spec, const RowInput &row,
                 const GapModel &gaps, QVector<Cell> *cells) {
    if (row.values.size() >= row.cells.size())
        return false;
    const auto positions = gaps.placement(row);
    if (!positions)
        return false;
    for (int pos = 0, v = 0; pos < row.cells.size(); ++pos) {
        const int c = row.cells[pos];
        if (v < positions->size() && (*positions)[v] == pos) {
            (*cells)[c] = RowPlacer::cellFromToken(doc, *row.values[v++], c, spec);
            continue;
        }
        (*cells)[c] = Cell{};
        (*cells)[c].status = CellStatus::Blank;
    }
    return true;
}

} // namespace

void TablePlacer::place(const SourceDocument &doc, const EditionSpec &spec,
                        const QVector<RowInput> &rows, const GapModel &gaps, QVector<Cell> *cells) {
    const QStringView text(doc.matchText);
    bool glued = false, mayDrop = false;
    for (const RowInput &row : rows) {
        if (!hasGlued(text, row))
            continue;
        glued = true;
        // A run too short to fill its row: the text leaves out empty cells.
        mayDrop = mayDrop || maxParts(text, row) < row.cells.size();
    }
    QVector<SolverRow> open;
    QVector<int> openInput;
    for (int i = 0; i < rows.size(); ++i) {
        const RowInput &row = rows[i];
        if (row.values.isEmpty() && glued) {
            // A label followed by the next label in text that runs cells together: the row's
            // cells were printed empty.
            for (int c : row.cells) {
                (*cells)[c] = Cell{};
                (*cells)[c].status = CellStatus::Blank;
                RowPlacer::addNote(&(*cells)[c], ExtractNotes::notPrinted());
            }
            continue;
        }
        if (!hasGlued(text, row)) {
            if (!placeByGaps(doc, spec, row, gaps, cells))
                RowPlacer::place(doc, spec, row, cells);
            continue;
        }
        SolverRow s;
        s.cells = row.cells;
        bool truncated = false;
        s.candidates =
            RowCandidates::generate(text, spec, row.cells, row.values, mayDrop, &truncated);
        if (!truncated)
            addJoined(text, spec, row, mayDrop, &s.candidates);
        if (truncated || s.candidates.isEmpty()) {
            // Too many readings to weigh, or none: the run stays unplaced, its cells missing.
            const QString run = rawRun(doc, row);
            for (int c : row.cells) {
                (*cells)[c] = Cell{};
                (*cells)[c].raw = run;
                RowPlacer::addNote(&(*cells)[c], ExtractNotes::runUnsplit(run));
            }
            continue;
        }
        open << s;
        openInput << i;
    }
    if (open.isEmpty())
        return;
    const TableSolution solution = TableSolver::solve(spec, open, *cells);
    for (int r = 0; r < open.size(); ++r)
        placeSolved(doc, spec, rows[openInput[r]], open[r], solution, r, cells);
}
