#include "tablereader.h"

#include "extractnotes.h"
#include "labelmatcher.h"
#include "model/spec.h"
#include "rowplacer.h"
#include "tableplacer.h"

#include <QHash>
#include <QSet>

#include <array>

namespace {

struct SuffixMatch {
    LabelMatch match;
    int firstText = -1; ///< index into the run's texts where the label starts
};

/// The row label at the end of a run of label cells: the shortest suffix that matches exactly,
/// else the best fuzzy match among the last few suffixes.
SuffixMatch matchSuffix(QStringView text, const QVector<Token> &tokens, const QVector<int> &texts,
                        const LabelMatcher &matcher, int group) {
    constexpr int kFuzzySuffixes = 4;
    QVector<std::pair<int, LabelKey>> keys;
    QString concat;
    const int limit = matcher.maxLabelLength() + 8;
    for (int k = int(texts.size()) - 1; k >= 0; --k) {
        const Token &t = tokens[texts[k]];
        concat.prepend(text.mid(t.start, t.end - t.start));
        LabelKey key = k == int(texts.size()) - 1 ? t.key : LabelText::analyse(concat);
        if (key.stem.size() > limit && k < int(texts.size()) - 1)
            break;
        const LabelMatch m = matcher.exactMatch(key, group);
        if (m.isValid())
            return {m, k};
        if (keys.size() < kFuzzySuffixes)
            keys.append({k, std::move(key)});
    }
    SuffixMatch best;
    for (const auto &[k, key] : keys) {
        const LabelMatch m = matcher.match(key, group);
        if (m.isValid() && m.score > best.match.score + 1e-9)
            best = {m, k};
    }
    return best;
}

/// Cell indices by (block, row, column) of one table, built once per edition.
const QVector<QVector<QVector<int>>> &cellGrid(Edition edition, int table) {
    static const auto grids = [] {
        std::array<QVector<QVector<QVector<int>>>, 6> g;
        for (int e = 0; e < 2; ++e) {
            const EditionSpec &spec =
                Spec::instance().edition(e == 0 ? Edition::E2019 : Edition::E2021);
            for (int t = 1; t <= 3; ++t) {
                auto &grid = g[size_t(e * 3 + t - 1)];
                const TableSpec &ts = spec.table(t);
                for (const BlockSpec &b : ts.blocks)
                    grid.append(
                        QVector<QVector<int>>(b.rows.size(), QVector<int>(b.columns.size(), -1)));
                for (const CellSpec &c : spec.cells)
                    if (c.table == t)
                        grid[c.block][c.row][c.column] = c.index;
            }
        }
        return g;
    }();
    return grids[size_t((edition == Edition::E2019 ? 0 : 3) + table - 1)];
}

int derivedIndexForGroup(const EditionSpec &spec, const BlockSpec &block, int groupRow) {
    // The derived subtotal whose addends are exactly the data rows under this group label.
    const QString &label = block.rows[groupRow].label;
    for (int d = 0; d < spec.derived.size(); ++d) {
        const DerivedSpec &ds = spec.derived[d];
        bool all = !ds.addends.isEmpty();
        for (int c : ds.addends) {
            const CellSpec &cs = spec.cell(c);
            all = all && block.rows[cs.row].parents.contains(label);
        }
        if (all)
            return d;
    }
    return -1;
}

} // namespace

void TableReader::readLabelled(const SourceDocument &doc, int table, const QVector<Token> &tokens,
                               const GapModel &gaps, Report *report) {
    const EditionSpec &spec = report->spec();
    const TableSpec &ts = spec.table(table);
    const LabelMatcher &matcher = LabelMatcher::forTable(spec.edition, table);
    const auto &grid = cellGrid(spec.edition, table);
    const QStringView text(doc.matchText);
    QSet<qint64> done; // (block << 16) | row of rows already read
    QVector<RowInput> rows;
    QHash<qint64, int> labelOnly; // rows printed with no value yet: index into `rows`
    // A data-row label with nothing after it before the next label (row printed empty).
    auto addLabelOnly = [&](int block, int row, int breaksAfter) {
        const qint64 key = (qint64(block) << 16) | row;
        if (done.contains(key) || labelOnly.contains(key) || grid[block][row].contains(-1))
            return;
        RowInput input;
        input.cells = grid[block][row];
        input.label = ts.blocks[block].rows[row].label;
        input.breaksAfter = breaksAfter;
        labelOnly.insert(key, int(rows.size()));
        rows << input;
    };
    int group = -1;
    const int n = int(tokens.size());
    int i = 0;
    // A label followed only by empty cells to the end of its line, as many as its columns.
    auto isBlankRow = [&](int textIdx, int blanks) {
        const Token &t = tokens[textIdx];
        const LabelMatch m = matcher.exactMatch(t.key, group);
        if (!m.isValid())
            return false;
        const BlockSpec &b = ts.blocks[m.block];
        return b.rows[m.row].dataRow && blanks >= b.columns.size();
    };
    while (i < n) {
        QVector<int> texts;
        int blankCells = 0;
        bool blankRow = false;
        while (i < n && tokens[i].kind != Token::Value) {
            const Token &t = tokens[i];
            if (t.kind == Token::Text) {
                texts << i;
                blankCells = 0;
            } else if (!texts.isEmpty() && t.line == tokens[texts.last()].line) {
                ++blankCells;
            }
            ++i;
            if (blankCells > 0 && t.lastOnLine && (i >= n || tokens[i].kind != Token::Value) &&
                isBlankRow(texts.last(), blankCells)) {
                blankRow = true;
                break;
            }
        }
        QVector<const Token *> values;
        while (!blankRow && i < n && tokens[i].kind != Token::Text)
            values << &tokens[i++];
        while (!values.isEmpty() && values.last()->kind == Token::Empty)
            values.removeLast();
        if (texts.isEmpty())
            continue; // values without a label: never guessed into a row
        const SuffixMatch sm = matchSuffix(text, tokens, texts, matcher, group);
        // Group labels before the row label give context for numbered sub-rows; data-row labels
        // there were printed without values.
        for (int k = 0; k < (sm.match.isValid() ? sm.firstText : int(texts.size())); ++k) {
            const Token &t = tokens[texts[k]];
            const LabelMatch g = matcher.exactMatch(t.key, group);
            if (!g.isValid())
                continue;
            if (!ts.blocks[g.block].rows[g.row].dataRow)
                group = g.row;
            else
                addLabelOnly(g.block, g.row, tokens[texts[k] + 1].breaksBefore);
        }
        if (!sm.match.isValid())
            continue;
        const BlockSpec &block = ts.blocks[sm.match.block];
        const RowSpec &rowSpec = block.rows[sm.match.row];
        const Token &first = tokens[texts[sm.firstText]];
        const Token &last = tokens[texts.last()];
        const int ds = doc.displayOffset(first.start);
        const QString label =
            doc.displayText.mid(ds, doc.displayOffset(last.end) - ds).simplified();

        if (!rowSpec.dataRow) {
            group = sm.match.row;
            if (values.isEmpty())
                continue;
            // A group label carrying numbers: a printed subtotal (e.g. 2021 （六） as one row).
            const int d = derivedIndexForGroup(spec, block, sm.match.row);
            if (d < 0)
                continue;
            const QString key = spec.derived[d].key;
            const QString prefix = key.left(key.lastIndexOf(QStringLiteral(".c.")) + 3);
            const int want = int(block.columns.size());
            for (int col = 0; col < want && col < values.size(); ++col) {
                const QString k = prefix + block.columns[col].id;
                if (report->extraCells.contains(k))
                    continue;
                Cell cell = RowPlacer::cellFromToken(doc, *values[col],
                                                     spec.derived[d].addends.first(), spec);
                if (values.size() != want) {
                    if (cell.status == CellStatus::Read)
                        cell.status = CellStatus::Suspect;
                    RowPlacer::addNote(&cell,
                                       values.size() < want
                                           ? ExtractNotes::tooFewValues(int(values.size()), want)
                                           : ExtractNotes::tooManyValues(int(values.size()), want));
                }
                report->extraCells.insert(k, cell);
            }
            continue;
        }

        const qint64 rowKey = (qint64(sm.match.block) << 16) | sm.match.row;
        if (done.contains(rowKey))
            continue; // the first printing of a row wins
        if (values.isEmpty() && !blankRow) {
            // The label without numbers (e.g. the header ends here); read it if it comes again.
            for (int c : grid[sm.match.block][sm.match.row])
                if (c >= 0 && report->cells[c].status == CellStatus::Missing)
                    RowPlacer::addNote(&report->cells[c], ExtractNotes::noValues());
            addLabelOnly(sm.match.block, sm.match.row, i < n ? tokens[i].breaksBefore : -1);
            continue;
        }
        done.insert(rowKey);
        RowInput row;
        row.labelConfident = sm.match.isConfident();
        row.label = label;
        row.values = values;
        row.blankCells = blankRow ? blankCells : 0;
        row.breaksAfter = i < n ? tokens[i].breaksBefore : -1;
        row.cells = grid[sm.match.block][sm.match.row];
        if (row.cells.contains(-1))
            continue;
        if (const int at = labelOnly.value(rowKey, -1); at >= 0) {
            rows[at] = row; // printed again, this time with its values
            labelOnly.remove(rowKey);
        } else {
            rows << row;
        }
    }
    TablePlacer::place(doc, spec, rows, gaps, &report->cells);
}

void TableReader::readHeaderRow(const SourceDocument &doc, int table, const QVector<Token> &tokens,
                                const GapModel &gaps, Report *report) {
    const EditionSpec &spec = report->spec();
    static const QSet<QString> header = [] {
        QSet<QString> h;
        for (const ColumnSpec &c :
             Spec::instance().edition(Edition::E2021).table(3).blocks.first().columns)
            for (const QString &p : c.headerPath)
                h.insert(LabelText::analyse(p).stem);
        return h;
    }();
    const QStringView text(doc.matchText);
    bool sawHeader = false;
    int i = 0;
    const int n = int(tokens.size());
    auto isHeader = [&](const Token &t) {
        if (header.contains(t.key.stem))
            return true;
        // Header cells run together ("…尚未审结总计"): the text ends with one.
        for (const QString &h : header)
            if (h.size() >= 2 && t.key.stem.endsWith(h))
                return true;
        return false;
    };
    for (; i < n; ++i) {
        const Token &t = tokens[i];
        if (t.kind == Token::Text && !sawHeader)
            sawHeader = isHeader(t);
        if (t.kind == Token::Value && sawHeader)
            break;
    }
    RowInput row;
    row.label = spec.table(table).title;
    for (; i < n && tokens[i].kind != Token::Text; ++i)
        row.values << &tokens[i];
    while (!row.values.isEmpty() && row.values.last()->kind == Token::Empty)
        row.values.removeLast();
    row.cells = cellGrid(spec.edition, table)[0][0];
    row.headerRow = true;
    row.breaksAfter = i < n ? tokens[i].breaksBefore : -1;
    if (row.values.isEmpty())
        return; // no table: its cells stay missing
    TablePlacer::place(doc, spec, {row}, gaps, &report->cells);
}
