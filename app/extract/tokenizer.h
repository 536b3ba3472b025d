#pragma once

#include "labeltext.h"
#include "valueparser.h"

#include <QStringView>
#include <QVector>

/// One piece of a table region: a label text, a value, or an empty cell.
struct Token {
    enum Kind { Text, Value, Empty };
    Kind kind = Text;
    int start = 0; ///< offsets into SourceDocument::matchText, trimmed
    int end = 0;
    int line = 0;       ///< 0-based line number inside the tokenised range
    bool runIn = false; ///< digits glued to the label before them ("行政许可0")
    bool lastOnLine = false;
    ParsedValue value; ///< for Value tokens (kind Number or Placeholder)
    LabelKey key;      ///< for Text tokens: the analysed label, computed once
};

/**
 * Splits lines of matchText into cells and cells into tokens, for every layout the samples show:
 * tabs (one row per line, or one cell per line), markdown pipes (separator rows dropped), and
 * columns aligned with two or more spaces. Inside a cell, single-space-separated numbers become
 * separate values, adjacent words of text one label, and digits glued to a label a run-in value.
 * A line holding only separators becomes one Empty token; an empty line none.
 */
class Tokenizer {
public:
    static QVector<Token> tokenize(QStringView text, int from, int to);
};
