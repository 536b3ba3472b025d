#pragma once

struct Report;
struct SourceDocument;

/**
 * A text that stops in the middle of a line right after a number may have been cut inside it
 * ("行政许可19" of a report whose excerpt ended in "194"): nothing in the text can tell. Cells
 * read from that last number (or from pieces of its run) become `suspect` with a note; a text
 * that ends after a line break, or with words, is left alone.
 */
class TruncatedEnd {
public:
    /// Returns the number of cells marked.
    static int apply(const SourceDocument &doc, Report *report);
};
