#include "boxanchors.h"

#include <algorithm>

Anchor BoxAnchors::resolve(const SourceDocument &doc, int start, int length) {
    Anchor a;
    a.start = start;
    a.length = length;
    if (doc.boxes.isEmpty() || start < 0)
        return a;
    const int end = start + std::max(length, 1);
    // The last box starting at or before `start`, then every box overlapping the range.
    auto it = std::upper_bound(doc.boxes.cbegin(), doc.boxes.cend(), start,
                               [](int pos, const SourceBox &b) { return pos < b.start; });
    if (it != doc.boxes.cbegin())
        --it;
    QRectF rect;
    for (; it != doc.boxes.cend() && it->start < end; ++it) {
        const SourceBox &b = *it;
        if (b.start + b.length <= start || b.length <= 0)
            continue;
        if (a.page < 0)
            a.page = b.page;
        if (b.page != a.page)
            break;
        // The slice of the box that holds the range (characters of one word are equally wide
        // enough for a highlight).
        const double w = b.rect.width() / b.length;
        const int from = std::max(start, b.start) - b.start;
        const int to = std::min(end, b.start + b.length) - b.start;
        const QRectF part(b.rect.left() + w * from, b.rect.top(), w * (to - from), b.rect.height());
        rect = rect.isNull() ? part : rect.united(part);
    }
    a.rect = rect;
    if (rect.isNull())
        a.page = -1;
    return a;
}

void BoxAnchors::apply(const SourceDocument &doc, Report *report) {
    if (doc.boxes.isEmpty())
        return;
    auto fix = [&](Cell &c) {
        if (c.anchor.start >= 0 && c.anchor.length > 0)
            c.anchor = resolve(doc, c.anchor.start, c.anchor.length);
    };
    for (Cell &c : report->cells)
        fix(c);
    for (Cell &c : report->extraCells)
        fix(c);
}
