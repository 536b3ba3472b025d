#include "tokenizer.h"

#include "labeltext.h"

namespace {

bool isAsciiDigit(QChar c) {
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

inline bool isSpace(QChar c) {
    return LabelText::isSpace(c);
}

/// A label may end in a closing bracket or quote: "（二）部分公开（…）600001521".
bool isClosing(QChar c) {
    const char16_t u = c.unicode();
    return u == u')' || u == u']' || u == u'】' || u == u'”' || u == u'"' || u == u'’';
}

bool isCjk(QChar c) {
    return c.unicode() >= 0x2e80 && c.isLetter();
}

/// "|---|:--:|" rows of markdown tables.
bool isMarkdownSeparator(QStringView line) {
    bool dashes = false;
    for (QChar c : line) {
        if (c == u'-')
            dashes = true;
        else if (c != u'|' && c != u':' && c != u'+' && !isSpace(c))
            return false;
    }
    return dashes && line.contains(u"--") && line.contains(u'|');
}

struct LineCell {
    int start, end; // untrimmed
};

/// Cells of one line: separated by tabs, pipes, or runs of two or more spaces.
void splitCells(QStringView text, int lineStart, int lineEnd, QVector<LineCell> *cells) {
    cells->clear();
    int cellStart = lineStart;
    int i = lineStart;
    while (i < lineEnd) {
        const QChar c = text[i];
        if (c == u'\t' || c == u'|') {
            cells->append({cellStart, i});
            cellStart = ++i;
        } else if (isSpace(c) && i + 1 < lineEnd && isSpace(text[i + 1]) && text[i + 1] != u'\t') {
            int j = i;
            while (j < lineEnd && isSpace(text[j]) && text[j] != u'\t')
                ++j;
            // Only a gap between two pieces of content separates cells; indentation and
            // trailing spaces (full-width spaces after NFKC) do not.
            bool before = false;
            for (int k = cellStart; k < i && !before; ++k)
                before = !isSpace(text[k]);
            const bool after = j < lineEnd && text[j] != u'\t' && text[j] != u'|';
            if (before && after) {
                cells->append({cellStart, i});
                cellStart = j;
            }
            i = j;
        } else {
            ++i;
        }
    }
    cells->append({cellStart, lineEnd});
}

void trim(QStringView text, int *start, int *end) {
    while (*start < *end && isSpace(text[*start]))
        ++*start;
    while (*end > *start && isSpace(text[*end - 1]))
        --*end;
}

/// "1." "1、" "(一)" "一、" at the start of a word: a new label starts here.
bool startsWithNumbering(QStringView word) {
    if (word.size() < 2)
        return false;
    if (word[0] == u'(') {
        const qsizetype close = word.indexOf(u')');
        return close > 1 && close <= 4;
    }
    qsizetype i = 0;
    while (i < word.size() && i < 3 &&
           (isAsciiDigit(word[i]) || QStringView(u"一二三四五六七八九十").contains(word[i])))
        ++i;
    return i > 0 && i < word.size() &&
           (word[i] == u'.' || word[i] == u'、' || word[i] == u',' || word[i] == u'，');
}

/// Words of one cell → tokens.
void tokenizeCell(QStringView text, int start, int end, int line, QVector<Token> *out) {
    int textStart = -1, textEnd = -1; // pending run of text words
    auto flushText = [&] {
        if (textStart >= 0)
            out->append({Token::Text,
                         textStart,
                         textEnd,
                         line,
                         false,
                         false,
                         {},
                         LabelText::analyse(text.mid(textStart, textEnd - textStart))});
        textStart = -1;
    };
    int i = start;
    while (i < end) {
        while (i < end && isSpace(text[i]))
            ++i;
        if (i >= end)
            break;
        int j = i;
        while (j < end && !isSpace(text[j]))
            ++j;
        const QStringView word = text.mid(i, j - i);
        ParsedValue v = ValueParser::parse(word);
        if (v.kind == ParsedValue::Number || v.kind == ParsedValue::Placeholder ||
            v.kind == ParsedValue::OutOfRange) {
            flushText();
            out->append({Token::Value, i, j, line, false, false, v, {}});
        } else if (word.startsWith(u'(') && word.endsWith(u')') && textStart < 0 &&
                   !out->isEmpty() && out->last().kind == Token::Value &&
                   out->last().line == line && out->last().value.note.isEmpty() &&
                   out->last().value.kind == ParsedValue::Number) {
            // "22 (其中修订16件)": the note belongs to the number before it.
            out->last().value.note = word.mid(1, word.size() - 2).trimmed().toString();
            out->last().end = j;
        } else {
            // Digits glued to a label: "行政规范性文件6233440".
            int d = j;
            while (d > i && isAsciiDigit(text[d - 1]))
                --d;
            if (d < j && d > i && (isCjk(text[d - 1]) || isClosing(text[d - 1]))) {
                if (textStart < 0)
                    textStart = i;
                textEnd = d;
                flushText();
                Token run{Token::Value,
                          d,
                          j,
                          line,
                          true,
                          false,
                          ValueParser::parse(text.mid(d, j - d)),
                          {}};
                out->append(run);
            } else {
                if (startsWithNumbering(word))
                    flushText();
                if (textStart < 0)
                    textStart = i;
                textEnd = j;
            }
        }
        i = j;
    }
    flushText();
}

} // namespace

QVector<Token> Tokenizer::tokenize(QStringView text, int from, int to) {
    QVector<Token> tokens;
    tokens.reserve((to - from) / 4 + 16);
    QVector<LineCell> cells;
    int line = 0;
    int pos = from;
    while (pos < to) {
        int lineEnd = pos;
        while (lineEnd < to && text[lineEnd] != u'\n')
            ++lineEnd;
        int contentEnd = lineEnd;
        if (contentEnd > pos && text[contentEnd - 1] == u'\r')
            --contentEnd;
        const QStringView lineText = text.mid(pos, contentEnd - pos);
        if (!lineText.isEmpty() && !isMarkdownSeparator(lineText)) {
            splitCells(text, pos, contentEnd, &cells);
            // A pipe line's outer pipes and an indenting tab leave empty first/last cells.
            const bool pipes = LabelText::trimmed(lineText).startsWith(u'|');
            bool any = false;
            for (LineCell &c : cells) {
                trim(text, &c.start, &c.end);
                any = any || c.end > c.start;
            }
            if (!any) {
                tokens.append({Token::Empty, pos, pos, line, false, true, {}, {}});
            } else {
                const int first = cells.first().end == cells.first().start ? 1 : 0;
                int last = int(cells.size()) - 1;
                if (pipes && last > first && cells[last].end == cells[last].start)
                    --last;
                const qsizetype before = tokens.size();
                for (int k = first; k <= last; ++k) {
                    const LineCell &c = cells[k];
                    if (c.end == c.start) {
                        Token empty{Token::Empty, c.start, c.start, line, false, false, {}, {}};
                        empty.value.kind = ParsedValue::Empty;
                        tokens.append(empty);
                    } else {
                        tokenizeCell(text, c.start, c.end, line, &tokens);
                    }
                }
                if (tokens.size() > before)
                    tokens.last().lastOnLine = true;
            }
        }
        pos = lineEnd + 1;
        ++line;
    }
    return tokens;
}
