#pragma once

#include "model/report.h"
#include "model/sourcedocument.h"

/**
 * Gives the anchors of a paged source (PDF) their page and rectangle: the text range an anchor
 * already has is looked up in SourceDocument::boxes; a range inside one word gets the matching
 * horizontal slice of the word's box.
 */
class BoxAnchors {
public:
    static Anchor resolve(const SourceDocument &doc, int start, int length);
    static void apply(const SourceDocument &doc, Report *report);
};
