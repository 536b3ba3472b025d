#include "tokenizer.h"

#include "labeltext.h"

#include <QVarLengthArray>

namespace {

inline bool isSpace(QChar c) {
    return LabelText::isSpace(c);
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

/// Cells of one line: separated by tabs, pipes, or runs of two or more spaces. Not inlined: in
/// its own function the compiler keeps the per-character loop in registers (inlined into
/// tokenize it spilled the index to the stack on every character).
Q_NEVER_INLINE void splitCells(QStringView text, int lineStart, int lineEnd,
                               QVector<LineCell> *cells) {
    cells->clear();
    int cellStart = lineStart;
    int i = lineStart;
    const char16_t *const s = text.utf16();
    while (i < lineEnd) {
        // Most characters separate nothing: skip them in a tight loop.
        while (i < lineEnd && s[i] != u'\t' && s[i] != u'|' && !isSpace(QChar(s[i])))
            ++i;
        if (i >= lineEnd)
            break;
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

/// The common line of a crawled or tab-indented table: one cell, perhaps after one indenting
/// tab ("\t0", "\t行政许可"). True when splitCells would give that cell and nothing else but
/// the empty one before the tab: no pipe, no tab but one before the content, no gap of two
/// spaces inside it. The caller then skips splitCells and its list of cells.
bool isSingleCell(const char16_t *s, int lineStart, int lineEnd, int contentStart, int contentEnd) {
    int tabs = 0;
    for (int i = lineStart; i < contentStart; ++i) // only whitespace before the content
        tabs += s[i] == u'\t';
    if (tabs > 1)
        return false; // a second tab leaves an empty cell
    for (int i = contentStart; i < lineEnd; ++i) {
        const char16_t c = s[i];
        if (c == u'\t' || c == u'|')
            return false;
        if (i + 1 < contentEnd && isSpace(QChar(c)) && isSpace(QChar(s[i + 1])))
            return false;
    }
    return true;
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
           (LabelText::isAsciiDigit(word[i]) || LabelText::isChineseNumeral(word[i])))
        ++i;
    return i > 0 && i < word.size() &&
           (word[i] == u'.' || word[i] == u'、' || word[i] == u',' || word[i] == u'，');
}

/// Units a number may carry glued after it ("304948.3955万元", "3件").
int unitAfter(QStringView text, int pos, int end) {
    const QStringView tail = text.mid(pos, end - pos);
    if (tail.startsWith(u"万元"))
        return 2;
    if (tail.startsWith(u'元') || tail.startsWith(u'件') || tail.startsWith(u'个') ||
        tail.startsWith(u'项') || tail.startsWith(u'次'))
        return 1;
    return 0;
}

/// A parenthetical note glued after a number: "(其中修订16件)". Numbering such as "(二)" is not.
int noteAfter(QStringView text, int pos, int end) {
    if (pos >= end || text[pos] != u'(')
        return 0;
    int close = pos + 1;
    while (close < end && close - pos < 40 && text[close] != u')' && text[close] != u'(')
        ++close;
    if (close >= end || text[close] != u')')
        return 0;
    const QStringView inner = text.mid(pos + 1, close - pos - 1);
    if (inner.size() < 3 || !(inner.startsWith(u"其中") || inner.startsWith(u'含')))
        return 0;
    return close + 1 - pos;
}

/// End of the number that starts at `i` (a digit, or a sign before a digit): digits, decimal
/// points and thousands separators between digits, and signs before digits ("156-5997").
int numberEnd(QStringView text, int i, int end) {
    int j = i;
    while (j < end) {
        const QChar c = text[j];
        const bool nextDigit = j + 1 < end && LabelText::isAsciiDigit(text[j + 1]);
        if (LabelText::isAsciiDigit(c) || (LabelText::isSign(c) && nextDigit) ||
            ((c == u'.' || c == u',') && j > i && LabelText::isAsciiDigit(text[j - 1]) &&
             nextDigit))
            ++j;
        else
            break;
    }
    return j;
}

struct Piece {
    bool number;
    int start, end;
};

/// Cuts a word that mixes text and digits into text and number pieces (see Tokenizer).
using Pieces = QVarLengthArray<Piece, 16>; // a glued word has a few pieces: no allocation

Pieces splitGlued(QStringView text, int start, int end) {
    Pieces out;
    int i = start, textStart = start;
    auto isNumberStart = [&](int k) {
        return LabelText::isAsciiDigit(text[k]) ||
               (LabelText::isSign(text[k]) && k + 1 < end && LabelText::isAsciiDigit(text[k + 1]));
    };
    while (i < end) {
        if (!isNumberStart(i)) {
            ++i;
            continue;
        }
        int j = numberEnd(text, i, end);
        // "…0000002.其他…": the last digit numbers the next label; "(1)" is numbering too.
        if (j < end && LabelText::isAsciiDigit(text[j - 1]) &&
            (text[j] == u'.' || text[j] == u'、' || text[j] == u',') &&
            (j + 1 == end || !LabelText::isAsciiDigit(text[j + 1])))
            --j;
        const bool parenNumber = i > start && text[i - 1] == u'(' && j < end && text[j] == u')';
        if (j <= i || parenNumber || (j - i == 1 && LabelText::isSign(text[i]))) {
            i = std::max(j, i + 1);
            continue;
        }
        if (textStart < i)
            out.append({false, textStart, i});
        int k = j + unitAfter(text, j, end);
        k += noteAfter(text, k, end);
        out.append({true, i, k});
        i = textStart = k;
    }
    if (textStart < end)
        out.append({false, textStart, end});
    return out;
}

bool hasDigit(QStringView word) {
    for (QChar c : word)
        if (LabelText::isAsciiDigit(c))
            return true;
    return false;
}

/// Words of one cell → tokens.
void tokenizeCell(QStringView text, int start, int end, int line, QVector<Token> *out) {
    int textStart = -1, textEnd = -1; // pending run of text words
    auto flushText = [&] {
        if (textStart >= 0) {
            // Built in place: a Token is large, and a temporary moved in cost as much again.
            Token &t = out->emplaceBack();
            t.kind = Token::Text;
            t.start = textStart;
            t.end = textEnd;
            t.line = line;
            t.key = LabelText::analyse(text.mid(textStart, textEnd - textStart));
        }
        textStart = -1;
    };
    auto addText = [&](int from, int to) {
        if (textStart < 0)
            textStart = from;
        textEnd = to;
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
            Token &t = out->emplaceBack();
            t.kind = Token::Value;
            t.start = i;
            t.end = j;
            t.line = line;
            t.value = std::move(v);
        } else if (word.startsWith(u'(') && word.endsWith(u')') && textStart < 0 &&
                   !out->isEmpty() && out->last().kind == Token::Value &&
                   out->last().line == line && out->last().value.note.isEmpty() &&
                   out->last().value.kind == ParsedValue::Number) {
            // "22 (其中修订16件)": the note belongs to the number before it.
            out->last().value.note = word.mid(1, word.size() - 2).trimmed().toString();
            out->last().end = j;
        } else if (hasDigit(word)) {
            // Digits and text without a separator: "行政规范性文件6233440", "规章000行政…".
            const Pieces pieces = splitGlued(text, i, j);
            const bool pure = pieces.size() == 1 && pieces.first().number;
            for (int p = 0; p < pieces.size(); ++p) {
                const Piece &piece = pieces[p];
                if (!piece.number) {
                    if (startsWithNumbering(text.mid(piece.start, piece.end - piece.start)))
                        flushText();
                    addText(piece.start, piece.end);
                    continue;
                }
                const bool afterText = textStart >= 0 && textEnd == piece.start;
                flushText();
                Token run{Token::Value,
                          piece.start,
                          piece.end,
                          line,
                          afterText,
                          false,
                          false,
                          false,
                          0,
                          ValueParser::parse(text.mid(piece.start, piece.end - piece.start)),
                          {}};
                run.glued = !pure || run.value.kind != ParsedValue::Number;
                out->append(run);
            }
        } else {
            if (startsWithNumbering(word))
                flushText();
            addText(i, j);
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
    int lastTokenLine = 0;
    int pos = from;
    while (pos < to) {
        int lineEnd = int(LabelText::lineBreak(text.first(to), pos));
        if (lineEnd < 0)
            lineEnd = to;
        int contentEnd = lineEnd;
        if (contentEnd > pos && text[contentEnd - 1] == u'\r')
            --contentEnd;
        const QStringView lineText = text.mid(pos, contentEnd - pos);
        const QStringView content = LabelText::trimmed(lineText);
        const bool separatorRow =
            !content.isEmpty() &&
            (content[0] == u'|' || content[0] == u'-' || content[0] == u':') &&
            isMarkdownSeparator(lineText);
        // Line breaks since the last token (empty lines and the ones before this line) go on
        // the line's first token; its last one ends the line.
        auto endLine = [&](qsizetype before) {
            if (tokens.size() > before) {
                tokens.last().lastOnLine = true;
                tokens[before].breaksBefore = before > 0 ? line - lastTokenLine : 0;
                lastTokenLine = line;
            }
        };
        const int contentStart = int(content.utf16() - text.utf16());
        if (!content.isEmpty() && !separatorRow &&
            isSingleCell(text.utf16(), pos, contentEnd, contentStart,
                         contentStart + int(content.size()))) {
            const qsizetype before = tokens.size();
            tokenizeCell(text, contentStart, contentStart + int(content.size()), line, &tokens);
            endLine(before);
        } else if (!lineText.isEmpty() && !separatorRow) {
            splitCells(text, pos, contentEnd, &cells);
            // A pipe line's outer pipes and an indenting tab leave empty first/last cells.
            const bool pipes = content.startsWith(u'|');
            bool any = false;
            for (LineCell &c : cells) {
                trim(text, &c.start, &c.end);
                any = any || c.end > c.start;
            }
            if (!any) {
                tokens.append({.kind = Token::Empty,
                               .start = pos,
                               .end = pos,
                               .line = line,
                               .lastOnLine = true,
                               .value = {},
                               .key = {}});
                tokens.last().breaksBefore = tokens.size() > 1 ? line - lastTokenLine : 0;
                lastTokenLine = line;
            } else {
                const int first = cells.first().end == cells.first().start ? 1 : 0;
                int last = int(cells.size()) - 1;
                if (pipes && last > first && cells[last].end == cells[last].start)
                    --last;
                const qsizetype before = tokens.size();
                for (int k = first; k <= last; ++k) {
                    const LineCell &c = cells[k];
                    if (c.end == c.start) {
                        Token empty{.kind = Token::Empty,
                                    .start = c.start,
                                    .end = c.start,
                                    .line = line,
                                    .value = {},
                                    .key = {}};
                        empty.value.kind = ParsedValue::Empty;
                        tokens.append(empty);
                    } else {
                        tokenizeCell(text, c.start, c.end, line, &tokens);
                    }
                }
                endLine(before);
            }
        }
        pos = lineEnd + 1;
        ++line;
    }
    return tokens;
}
