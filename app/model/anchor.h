#pragma once

#include <QRectF>

/**
 * Where a value came from in its source document.
 *
 * For text sources `start`/`length` are UTF-16 offsets into SourceDocument::displayText().
 * PDF sources will add the page and a rectangle in normalised page coordinates (0..1), so the
 * document pane can highlight either kind without knowing the format.
 */
struct Anchor {
    int start = -1;
    int length = 0;
    int page = -1; ///< 0-based PDF page, -1 for text sources
    QRectF rect;   ///< normalised page rectangle, empty for text sources

    bool isValid() const { return start >= 0 || page >= 0; }
    bool operator==(const Anchor &) const = default;
};
