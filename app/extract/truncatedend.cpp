#include "truncatedend.h"

#include "extractnotes.h"
#include "model/report.h"
#include "model/sourcedocument.h"
#include "rowplacer.h"

namespace {

bool isNumberChar(QChar c) {
    return c.isDigit() || c == u'.' || c == u',' || c == u'，' || c == u'．';
}

} // namespace

int TruncatedEnd::apply(const SourceDocument &doc, Report *report) {
    const QString &text = doc.displayText;
    qsizetype end = text.size();
    while (end > 0 &&
           (text[end - 1] == u' ' || text[end - 1] == u'\t' || text[end - 1] == u'\u3000'))
        --end;
    if (end == 0 || !text[end - 1].isDigit())
        return 0;
    qsizetype start = end;
    while (start > 0 && isNumberChar(text[start - 1]))
        --start;
    int marked = 0;
    for (Cell &cell : report->cells) {
        if (cell.status != CellStatus::Read || cell.anchor.start < 0 || cell.anchor.page >= 0)
            continue;
        if (cell.anchor.start + cell.anchor.length <= start || cell.anchor.start >= end)
            continue;
        cell.status = CellStatus::Suspect;
        RowPlacer::addNote(&cell, ExtractNotes::textEndsHere());
        ++marked;
    }
    return marked;
}
