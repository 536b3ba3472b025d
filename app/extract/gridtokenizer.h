#pragma once

#include "tokenizer.h"

#include "model/sourcedocument.h"

/**
 * Tokens of a table region read from the document's grid tables (SourceDocument::tables) instead
 * of from the text: one token line per grid row, an Empty token for each empty cell, a Text token
 * (LabelText::analyse) for each label cell and a Value token (ValueParser::parse) for each number
 * or placeholder, `lastOnLine` on the row's last token. A label cell spanning several rows repeats
 * as a Text token over the same source range on every row it spans, so each row carries its group
 * labels; a cell spanning several columns appears once. Text of the region outside any grid (a
 * heading between two tables) goes through the ordinary Tokenizer.
 */
class GridTokenizer {
public:
    /// True when a grid row of @p doc starts inside [from, to) of matchText.
    static bool covers(const SourceDocument &doc, int from, int to);
    static QVector<Token> tokenize(const SourceDocument &doc, int from, int to);
};
