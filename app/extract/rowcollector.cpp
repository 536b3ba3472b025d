#include "rowcollector.h"

#include "extractnotes.h"
#include "labelmatcher.h"
#include "rowcandidates.h"

#include "model/spec.h"

#include <array>

namespace {

struct SuffixMatch {
    LabelMatch match;
    int firstText = -1; ///< index into the run's texts where the label starts
    int lastText = -1;  ///< and where it ends (the last one, unless labels follow it)
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
            return {m, k, int(texts.size()) - 1};
        if (keys.size() < kFuzzySuffixes)
            keys.append({k, std::move(key)});
    }
    SuffixMatch best;
    for (const auto &[k, key] : keys) {
        const LabelMatch m = matcher.match(key, group);
        if (m.isValid() && m.score > best.match.score + 1e-9)
            best = {m, k, int(texts.size()) - 1};
    }
    return best;
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

qint64 rowKeyOf(int block, int row) {
    return (qint64(block) << 16) | row;
}

/// "其他" or "总计" without the numbering of "3.其他" / "（七）总计": a column header, not a row
/// printed without values.
bool isHeaderWord(const LabelKey &key, const RowSpec &row) {
    return key.numbering == Numbering::None && key.stem.size() < 4 &&
           LabelText::analyse(row.label).numbering != Numbering::None;
}

} // namespace

const QVector<QVector<QVector<int>>> &RowCollector::cellGrid(Edition edition, int table) {
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

RowCollector::RowCollector(const SourceDocument &doc, int table, const QVector<Token> &tokens,
                           Report *report)
    : m_doc(doc)
    , m_spec(report->spec())
    , m_matcher(LabelMatcher::forTable(m_spec.edition, table))
    , m_grid(cellGrid(m_spec.edition, table))
    , m_tokens(tokens)
    , m_report(report)
    , m_table(table) {}

void RowCollector::addLabelOnly(int block, int row, int breaksAfter) {
    const qint64 key = rowKeyOf(block, row);
    if (m_done.contains(key) || m_labelOnly.contains(key) || m_grid[block][row].contains(-1))
        return;
    RowInput input;
    input.cells = m_grid[block][row];
    input.label = m_spec.table(m_table).blocks[block].rows[row].label;
    input.breaksAfter = breaksAfter;
    m_labelOnly.insert(key, int(m_rows.size()));
    m_rows << input;
    m_seq << m_counter++;
}

bool RowCollector::continueWrapped(const QVector<int> &texts, QVector<const Token *> *values) {
    if (m_lastRead < 0 || values->isEmpty())
        return false;
    RowInput &prev = m_rows[m_lastRead];
    const int needed = int(prev.cells.size() - prev.values.size());
    if (needed <= 0)
        return false;
    const QStringView text(m_doc.matchText);
    QString combined = m_lastLabel;
    if (combined.isEmpty())
        for (int k = m_lastLabelTexts.first; k <= m_lastLabelTexts.second; ++k)
            combined += text.mid(m_tokens[k].start, m_tokens[k].end - m_tokens[k].start);
    for (int k : texts)
        combined += text.mid(m_tokens[k].start, m_tokens[k].end - m_tokens[k].start);
    const LabelMatch m = m_matcher.match(LabelText::analyse(combined), m_group);
    if (!m.isValid() || rowKeyOf(m.block, m.row) != m_lastKey)
        return false;
    // The row takes what it lacks; more values after it (rows printed apart) stay for pairing,
    // but only when the row then adds up.
    const QVector<const Token *> taken = values->mid(0, needed);
    if (values->size() > needed && !fits(prev, prev.values + taken))
        return false;
    prev.values += taken;
    values->remove(0, int(taken.size()));
    prev.labelConfident = prev.labelConfident || m.isConfident();
    const Token &last = m_tokens[texts.last()];
    prev.label += RowPlacer::displayOf(m_doc, m_tokens[texts.first()].start, last.end);
    m_lastLabel = combined;
    return true;
}

void RowCollector::splitLines(QVector<const Token *> *values, int want,
                              QVector<QVector<const Token *>> *later) {
    // In a row-per-line layout (the row's first line holds all its cells), a further line of
    // values is not this row's: its label was lost (a converter's bare value row).
    if (values->size() <= want || want < 2)
        return;
    const int firstLine = values->first()->line;
    qsizetype cut = 0;
    while (cut < values->size() && (*values)[cut]->line == firstLine)
        ++cut;
    if (cut < want || cut == values->size())
        return;
    for (qsizetype k = cut; k < values->size();) {
        QVector<const Token *> line;
        const int l = (*values)[k]->line;
        while (k < values->size() && (*values)[k]->line == l)
            line << (*values)[k++];
        while (!line.isEmpty() && line.first()->kind == Token::Empty)
            line.removeFirst();
        while (!line.isEmpty() && line.last()->kind == Token::Empty)
            line.removeLast();
        if (!line.isEmpty())
            later->append(line);
    }
    values->resize(cut);
}

void RowCollector::addSubtotal(int block, int groupRow, const QVector<const Token *> &values) {
    // A group label carrying numbers: a printed subtotal (e.g. 2021 （六） as one row).
    const BlockSpec &b = m_spec.table(m_table).blocks[block];
    const int d = derivedIndexForGroup(m_spec, b, groupRow);
    if (d < 0)
        return;
    const QString key = m_spec.derived[d].key;
    const QString prefix = key.left(key.lastIndexOf(QStringLiteral(".c.")) + 3);
    const int want = int(b.columns.size());
    for (int col = 0; col < want && col < values.size(); ++col) {
        const QString k = prefix + b.columns[col].id;
        if (m_report->extraCells.contains(k))
            continue;
        Cell cell = RowPlacer::cellFromToken(m_doc, *values[col], m_spec.derived[d].addends.first(),
                                             m_spec);
        if (values.size() != want) {
            if (cell.status == CellStatus::Read)
                cell.status = CellStatus::Suspect;
            RowPlacer::addNote(&cell, values.size() < want
                                          ? ExtractNotes::tooFewValues(int(values.size()), want)
                                          : ExtractNotes::tooManyValues(int(values.size()), want));
        }
        m_report->extraCells.insert(k, cell);
    }
}

bool RowCollector::fits(const RowInput &row, const QVector<const Token *> &values) const {
    return RowCandidates::fitsRow(m_spec, row.cells, values);
}

void RowCollector::pairOrphans() {
    // Reading-order text may print a row's values and then the next rows' values in one block,
    // their labels after it: a row that adds up with its first values gives the rest to the
    // rows printed without values after it (given back if they take none).
    QVector<int> trimmed; // rows that gave values away
    for (int r = 0; r < m_rows.size(); ++r) {
        RowInput &row = m_rows[r];
        const int want = int(row.cells.size());
        if (row.values.size() <= want || RowCandidates::localRules(m_spec, row.cells).isEmpty() ||
            !fits(row, row.values.mid(0, want)))
            continue;
        bool waitingAfter = false;
        for (int w = 0; w < m_rows.size() && !waitingAfter; ++w)
            waitingAfter = m_rows[w].values.isEmpty() && m_seq[w] > m_seq[r];
        if (!waitingAfter)
            continue;
        trimmed << r;
        m_orphans << Orphan{row.values.mid(want), m_seq[r]};
        row.values.resize(want);
    }
    std::stable_sort(m_orphans.begin(), m_orphans.end(),
                     [](const Orphan &a, const Orphan &b) { return a.seq < b.seq; });
    if (m_orphans.isEmpty())
        return;
    QSet<int> used;
    // A row short of values whose missing first values were printed just before its label.
    for (int r = 0; r < m_rows.size(); ++r) {
        RowInput &row = m_rows[r];
        if (row.values.isEmpty() || row.values.size() >= row.cells.size())
            continue;
        for (const Orphan &o : std::as_const(m_orphans)) {
            if (o.seq != m_seq[r] - 1 || used.contains(o.seq) ||
                o.values.size() + row.values.size() != row.cells.size() ||
                !fits(row, o.values + row.values))
                continue;
            row.values = o.values + row.values;
            row.pairedApart = true;
            used << o.seq;
        }
    }
    // Rows that were printed with no value, in order, take the blocks of values printed apart,
    // in order, where the count and the row's sums fit.
    QVector<int> waiting;
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].values.isEmpty())
            waiting << r;
    std::sort(waiting.begin(), waiting.end(), [&](int a, int b) { return m_seq[a] < m_seq[b]; });
    QVector<Orphan> left;
    int w = 0;
    for (const Orphan &o : std::as_const(m_orphans)) {
        if (used.contains(o.seq))
            continue;
        // A long block may hold several rows printed one after the other.
        QVector<const Token *> rest = o.values;
        while (!rest.isEmpty()) {
            bool placed = false;
            for (int k = w; k < waiting.size() && !placed; ++k) {
                RowInput &row = m_rows[waiting[k]];
                const QVector<const Token *> chunk = rest.mid(0, row.cells.size());
                if (!fits(row, chunk))
                    continue;
                row.values = chunk;
                row.pairedApart = true;
                rest.remove(0, int(chunk.size()));
                w = k + 1;
                placed = true;
            }
            if (!placed)
                break;
        }
        // What is left after whole rows: the first values of a row printed after the block
        // whose label carries the rest ("1 1 1 0 0 1" … "四、结转下年度继续办理" "4").
        if (!rest.isEmpty() && rest.size() < o.values.size()) {
            int best = -1;
            for (int r = 0; r < m_rows.size(); ++r) {
                const RowInput &row = m_rows[r];
                if (m_seq[r] > o.seq && !row.values.isEmpty() &&
                    rest.size() + row.values.size() == row.cells.size() &&
                    (best < 0 || m_seq[r] < m_seq[best]) && fits(row, rest + row.values))
                    best = r;
            }
            if (best >= 0) {
                m_rows[best].values = rest + m_rows[best].values;
                m_rows[best].pairedApart = true;
                rest.clear();
            }
        }
        // Else the next row printed without values, one value short (its last value printed
        // elsewhere), read as a short row.
        if (!rest.isEmpty() && rest.size() < o.values.size())
            for (int k = w; k < waiting.size(); ++k) {
                RowInput &row = m_rows[waiting[k]];
                if (row.cells.size() != rest.size() + 1)
                    continue;
                row.values = rest;
                row.pairedApart = true;
                rest.clear();
                w = k + 1;
                break;
            }
        if (!rest.isEmpty() && rest.size() == o.values.size())
            left << o;
        else
            used << o.seq;
    }
    // A block of values without a label between two rows read in order: the one row of the
    // spec between them that is still unread.
    const TableSpec &ts = m_spec.table(m_table);
    for (const Orphan &o : std::as_const(left)) {
        int before = -1, after = -1;
        for (int r = 0; r < m_rows.size(); ++r) {
            if (m_rows[r].values.isEmpty() || m_rows[r].pairedApart)
                continue;
            if (m_seq[r] < o.seq && (before < 0 || m_seq[r] > m_seq[before]))
                before = r;
            if (m_seq[r] > o.seq && (after < 0 || m_seq[r] < m_seq[after]))
                after = r;
        }
        if (before < 0 || after < 0)
            continue;
        const CellSpec &a = m_spec.cell(m_rows[before].cells.first());
        const CellSpec &b = m_spec.cell(m_rows[after].cells.first());
        if (a.block != b.block)
            continue;
        QVector<int> unread;
        for (int row = a.row + 1; row < b.row; ++row)
            if (ts.blocks[a.block].rows[row].dataRow && !m_done.contains(rowKeyOf(a.block, row)))
                unread << row;
        if (unread.size() != 1)
            continue;
        const qint64 key = rowKeyOf(a.block, unread.first());
        RowInput row;
        row.cells = m_grid[a.block][unread.first()];
        row.label = ts.blocks[a.block].rows[unread.first()].label;
        if (row.cells.contains(-1) || !fits(row, o.values))
            continue;
        row.values = o.values;
        row.pairedApart = true;
        m_done.insert(key);
        if (const int at = m_labelOnly.value(key, -1); at >= 0)
            m_rows[at] = row;
        else
            m_rows << row;
        used << o.seq;
    }
    // A row whose extra values no other row took keeps them (and is read as too long).
    for (int r : std::as_const(trimmed))
        if (!used.contains(m_seq[r]))
            for (const Orphan &o : std::as_const(m_orphans))
                if (o.seq == m_seq[r])
                    m_rows[r].values += o.values;
}

QVector<RowInput> RowCollector::collect() {
    const TableSpec &ts = m_spec.table(m_table);
    const QStringView text(m_doc.matchText);
    const int n = int(m_tokens.size());
    int i = 0;
    // A label followed only by empty cells to the end of its line, as many as its columns.
    auto isBlankRow = [&](int textIdx, int blanks) {
        const LabelMatch m = m_matcher.exactMatch(m_tokens[textIdx].key, m_group);
        if (!m.isValid())
            return false;
        const BlockSpec &b = ts.blocks[m.block];
        return b.rows[m.row].dataRow && blanks >= b.columns.size();
    };
    while (i < n) {
        QVector<int> texts;
        int blankCells = 0;
        bool blankRow = false;
        QVector<const Token *> leading; // a grid row's blank cells before its first value
        while (i < n && m_tokens[i].kind != Token::Value) {
            const Token &t = m_tokens[i];
            if (t.kind == Token::Text) {
                texts << i;
                blankCells = 0;
                leading.clear();
            } else if (!texts.isEmpty() && t.line == m_tokens[texts.last()].line) {
                ++blankCells;
                if (t.fromGrid)
                    leading << &t;
            }
            ++i;
            if (blankCells > 0 && t.lastOnLine && (i >= n || m_tokens[i].kind != Token::Value) &&
                isBlankRow(texts.last(), blankCells)) {
                blankRow = true;
                break;
            }
        }
        QVector<const Token *> values;
        int valueEnd = i; // sized once: growing one by one reallocated twice per row
        while (!blankRow && valueEnd < n && m_tokens[valueEnd].kind != Token::Text)
            ++valueEnd;
        values.reserve(valueEnd - i);
        while (i < valueEnd)
            values << &m_tokens[i++];
        // A grid row's blank cells are cells in their columns; elsewhere trailing separators
        // are not cells.
        const bool gridRow = !texts.isEmpty() && m_tokens[texts.last()].fromGrid &&
                             !values.isEmpty() && values.first()->fromGrid &&
                             values.first()->line == m_tokens[texts.last()].line;
        if (gridRow) {
            values = leading + values;
            // Only the label's row: a next row's cells are not this row's.
            const int line = m_tokens[texts.last()].line;
            while (!values.isEmpty() && values.last()->line != line)
                values.removeLast();
        }
        while (!gridRow && !values.isEmpty() && values.last()->kind == Token::Empty)
            values.removeLast();
        const int breaksAfter = i < n ? m_tokens[i].breaksBefore : -1;
        if (texts.isEmpty()) {
            if (!values.isEmpty())
                m_orphans << Orphan{values, m_counter++}; // values without a label
            continue;
        }
        const SuffixMatch sm = matchSuffix(text, m_tokens, texts, m_matcher, m_group);
        // Group labels before the row label give context for numbered sub-rows; data-row labels
        // there were printed without values.
        for (int k = 0; k < (sm.match.isValid() ? sm.firstText : int(texts.size())); ++k) {
            const LabelMatch g = m_matcher.exactMatch(m_tokens[texts[k]].key, m_group);
            if (!g.isValid())
                continue;
            if (!ts.blocks[g.block].rows[g.row].dataRow)
                m_group = g.row;
            else if (!isHeaderWord(m_tokens[texts[k]].key, ts.blocks[g.block].rows[g.row]))
                addLabelOnly(g.block, g.row, m_tokens[texts[k] + 1].breaksBefore);
        }
        if (!sm.match.isValid() || (!sm.match.isConfident() && continueWrapped(texts, &values))) {
            // The rest of a label wrapped around values, or values with an unknown label.
            if (!sm.match.isValid())
                continueWrapped(texts, &values);
            if (!values.isEmpty())
                m_orphans << Orphan{values, m_counter++};
            continue;
        }
        SuffixMatch found = sm;
        if (!ts.blocks[sm.match.block].rows[sm.match.row].dataRow && !values.isEmpty()) {
            // Group labels printed vertically, cell by cell, between a row label and its
            // values ("（二）部分公开…" "（三）" "不予公" "开" … 1 12 5): the values are the row's.
            for (int k = sm.firstText - 1; k >= 0; --k) {
                const SuffixMatch d =
                    matchSuffix(text, m_tokens, texts.mid(0, k + 1), m_matcher, m_group);
                if (!d.match.isValid() || !ts.blocks[d.match.block].rows[d.match.row].dataRow)
                    continue;
                // Only a full row of values: a stray value after labels is no row.
                if (!m_done.contains(rowKeyOf(d.match.block, d.match.row)) &&
                    values.size() == ts.blocks[d.match.block].columns.size())
                    found = {d.match, d.firstText, k};
                break;
            }
        }
        const BlockSpec &block = ts.blocks[found.match.block];
        const RowSpec &rowSpec = block.rows[found.match.row];
        if (!rowSpec.dataRow) {
            m_group = found.match.row;
            // A group label with a full row of values is a printed subtotal; fewer values after
            // one are values printed apart from their row.
            if (values.size() == block.columns.size())
                addSubtotal(found.match.block, found.match.row, values);
            else if (!values.isEmpty())
                m_orphans << Orphan{values, m_counter++};
            continue;
        }
        QVector<QVector<const Token *>> laterLines;
        splitLines(&values, int(block.columns.size()), &laterLines);
        if (gridRow) {
            // Blank columns beyond the row's cells (a wider grid) are not values.
            const int want = int(block.columns.size());
            while (values.size() > want && values.last()->kind == Token::Empty)
                values.removeLast();
            while (values.size() > want && values.first()->kind == Token::Empty)
                values.removeFirst();
            while (!values.isEmpty() && values.last()->kind == Token::Empty &&
                   std::all_of(values.cbegin(), values.cend(),
                               [](const Token *t) { return t->kind == Token::Empty; }))
                values.removeLast();
        }
        const qint64 rowKey = rowKeyOf(found.match.block, found.match.row);
        if (m_done.contains(rowKey))
            continue; // the first printing of a row wins
        if (values.isEmpty() && !blankRow) {
            // The label without numbers (e.g. the header ends here); read it if it comes again.
            for (int c : m_grid[found.match.block][found.match.row])
                if (c >= 0 && m_report->cells[c].status == CellStatus::Missing)
                    RowPlacer::addNote(&m_report->cells[c], ExtractNotes::noValues());
            if (!isHeaderWord(m_tokens[texts.last()].key, rowSpec))
                addLabelOnly(found.match.block, found.match.row, breaksAfter);
            continue;
        }
        m_done.insert(rowKey);
        RowInput row;
        row.labelConfident = found.match.isConfident();
        if (!row.labelConfident) // only a fuzzily matched label is quoted in the notes
            row.label = RowPlacer::displayOf(m_doc, m_tokens[texts[found.firstText]].start,
                                             m_tokens[texts[found.lastText]].end)
                            .simplified();
        row.values = values;
        row.blankCells = blankRow ? blankCells : 0;
        row.breaksAfter = breaksAfter;
        row.cells = m_grid[found.match.block][found.match.row];
        if (row.cells.contains(-1))
            continue;
        int at = m_labelOnly.value(rowKey, -1);
        if (at >= 0) {
            m_rows[at] = row; // printed again, this time with its values
            m_seq[at] = m_counter++;
            m_labelOnly.remove(rowKey);
        } else {
            at = int(m_rows.size());
            m_rows << row;
            m_seq << m_counter++;
        }
        for (const auto &line : std::as_const(laterLines))
            m_orphans << Orphan{line, m_counter++};
        m_lastRead = at;
        m_lastKey = rowKey;
        m_lastLabel.clear(); // built from these tokens if a wrapped label needs it
        m_lastLabelTexts = {texts[found.firstText], texts[found.lastText]};
    }
    pairOrphans();
    return m_rows;
}
