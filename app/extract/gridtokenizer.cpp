#include "gridtokenizer.h"

#include <algorithm>

namespace {

/// The first matchText offset whose display offset is at or after @p display.
int matchOffset(const SourceDocument &doc, int display) {
    if (doc.matchToDisplay.isEmpty())
        return display;
    const auto it =
        std::lower_bound(doc.matchToDisplay.cbegin(), doc.matchToDisplay.cend(), display);
    return int(it - doc.matchToDisplay.cbegin());
}

/// Display offsets where each grid row's line starts (rows + 1 entries: the last is the end).
QVector<int> rowStarts(const SourceDocument &doc, const SourceTable &table) {
    QVector<int> starts{table.start};
    for (int p = table.start; p < table.end && starts.size() <= table.rows; ++p)
        if (doc.displayText[p] == u'\n')
            starts << p + 1;
    while (starts.size() <= table.rows)
        starts << table.end;
    return starts;
}

struct GridRow {
    const SourceTable *table;
    int row;
    int start, end; ///< display offsets of the row's line (end excludes the line feed)
};

QVector<GridRow> rowsIn(const SourceDocument &doc, int from, int to) {
    const int displayFrom = doc.displayOffset(from);
    const int displayTo = doc.displayOffset(to);
    QVector<GridRow> rows;
    for (const SourceTable &t : doc.tables) {
        if (t.end <= displayFrom || t.start >= displayTo)
            continue;
        const QVector<int> starts = rowStarts(doc, t);
        for (int r = 0; r < t.rows; ++r)
            if (starts[r] >= displayFrom && starts[r] < displayTo)
                rows.append({&t, r, starts[r], std::max(starts[r], starts[r + 1] - 1)});
    }
    return rows;
}

bool hasDigit(QStringView s) {
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

/// The tokens of one cell's text, all on `line`.
void cellTokens(const SourceDocument &doc, const SourceCell &cell, int line, bool repeat,
                QVector<Token> *out) {
    const QStringView text(doc.matchText);
    int s = matchOffset(doc, cell.start);
    int e = matchOffset(doc, cell.start + cell.length);
    while (s < e && LabelText::isSpace(text[s]))
        ++s;
    while (e > s && LabelText::isSpace(text[e - 1]))
        --e;
    if (e <= s) {
        Token empty{Token::Empty, s, s, line, false, false, false, false, 0, {}, {}};
        empty.value.kind = ParsedValue::Empty;
        out->append(empty);
        return;
    }
    const QStringView cellText = text.mid(s, e - s);
    const ParsedValue v = ValueParser::parse(cellText);
    if (v.kind == ParsedValue::Number || v.kind == ParsedValue::Placeholder) {
        if (!repeat) // a number is never copied into the rows a merged cell spans
            out->append({Token::Value, s, e, line, false, false, false, false, 0, v, {}});
        return;
    }
    if (!hasDigit(cellText)) {
        out->append({Token::Text,
                     s,
                     e,
                     line,
                     false,
                     false,
                     false,
                     false,
                     0,
                     {},
                     LabelText::analyse(cellText)});
        return;
    }
    // Label and digits in one cell ("1.属于国家秘密", "行政许可0"): the text tokenizer's rules.
    QVector<Token> pieces = Tokenizer::tokenize(text, s, e);
    for (Token &t : pieces) {
        if (repeat && t.kind == Token::Value)
            continue;
        t.line = line;
        t.lastOnLine = false;
        out->append(t);
    }
}

} // namespace

bool GridTokenizer::covers(const SourceDocument &doc, int from, int to) {
    return !doc.tables.isEmpty() && !rowsIn(doc, from, to).isEmpty();
}

QVector<Token> GridTokenizer::tokenize(const SourceDocument &doc, int from, int to) {
    const QVector<GridRow> rows = rowsIn(doc, from, to);
    if (rows.isEmpty())
        return Tokenizer::tokenize(doc.matchText, from, to);
    QVector<Token> tokens;
    int line = 0;
    int pos = from;
    // Text between grids (headings, notes) keeps the text tokenizer; lines are renumbered.
    auto textUpTo = [&](int end) {
        if (end <= pos)
            return;
        QVector<Token> t = Tokenizer::tokenize(doc.matchText, pos, end);
        int last = -1;
        for (Token &k : t) {
            last = std::max(last, k.line);
            k.line += line;
        }
        tokens += t;
        line += last + 1;
    };
    for (const GridRow &row : rows) {
        textUpTo(matchOffset(doc, row.start));
        const SourceTable &t = *row.table;
        const qsizetype before = tokens.size();
        for (int c = 0; c < t.columns; ++c) {
            const SourceCell *cell = t.at(row.row, c);
            if (!cell || cell->column != c)
                continue; // a hole, or a column covered by a cell spanning from the left
            cellTokens(doc, *cell, line, cell->row != row.row, &tokens);
        }
        for (qsizetype k = before; k < tokens.size(); ++k)
            tokens[k].fromGrid = true;
        if (tokens.size() > before)
            tokens.last().lastOnLine = true;
        ++line;
        pos = std::max(pos, matchOffset(doc, row.end + 1));
    }
    textUpTo(to);
    return tokens;
}
