#pragma once

#include "model/report.h"
#include "model/sourcedocument.h"

/**
 * Label-driven extraction of one annual report: metadata, edition and one Cell per key of the
 * edition, each with value, status, raw text, anchor and note (docs/extraction-contract.md).
 */
class Extractor {
public:
    /// Thread-safe, no shared mutable state; reads only SourceDocument::matchText for matching and
    /// maps anchors to displayText offsets via SourceDocument::displayOffset(). Never throws.
    static Report extract(const SourceDocument &doc);
};
