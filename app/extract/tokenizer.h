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
    /// A Value printed without a separator next to text or as one long run of digits
    /// ("数量81010010", "000113000300011"): it may hold several cells, or a sign or decimal point
    /// that starts the next cell ("156-5997"); `value` is its reading as one number, if any.
    bool glued = false;
    /// From a cell of a grid (HTML/DOCX/PDF table): its line is one grid row and its Empty
    /// tokens are that row's blank cells, leading and trailing ones included.
    bool fromGrid = false;
    int breaksBefore = 0; ///< line breaks between the previous token and this one
    ParsedValue value;    ///< for Value tokens (kind Number or Placeholder)
    LabelKey key;         ///< for Text tokens: the analysed label, computed once
};

/**
 * Splits lines of matchText into cells and cells into tokens, for every layout the samples show:
 * tabs (one row per line, or one cell per line), markdown pipes (separator rows dropped), and
 * columns aligned with two or more spaces. Inside a cell, single-space-separated numbers become
 * separate values, adjacent words of text one label, and digits glued to a label a run-in value.
 * A line holding only separators becomes one Empty token; an empty line none.
 *
 * Text printed without any separator (crawled web pages, whole reports on one line) is cut where
 * digits meet text: "规章000行政规范性文件1126" gives Text, Value, Text, Value with the values
 * `glued`. A digit right before "." or "、" that starts a numbered label stays with the label
 * ("00000002.其他法律…" is the run 0000000 and the label 2.其他法律…), and units and notes stay
 * with their number ("304948.3955万元").
 */
class Tokenizer {
public:
    static QVector<Token> tokenize(QStringView text, int from, int to);
};
