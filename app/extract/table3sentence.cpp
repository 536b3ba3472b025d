#include "table3sentence.h"

#include "extractnotes.h"
#include "rowplacer.h"

#include "model/spec.h"

#include <QRegularExpression>

void Table3Sentence::apply(const SourceDocument &doc, const TableRegions &regions, Report *report) {
    const EditionSpec &spec = report->spec();
    for (const CellSpec &c : spec.cells)
        if (c.table == 3 && report->cells[c.index].status != CellStatus::Missing)
            return;
    int from = regions.start[2];
    int to = regions.end[2];
    if (from < 0) {
        // No heading of section 四: the sentence follows table 2.
        from = regions.end[1];
        to = from >= 0 ? std::min<int>(from + 600, int(doc.matchText.size())) : -1;
    }
    if (from < 0 || to <= from)
        return;
    // A negation, then review or litigation, within one sentence.
    static thread_local const QRegularExpression sentence(
        QStringLiteral("[^。；;\\n]{0,60}(?:未发生|没有发生|未收到|没有收到|未出现|未产生|无|没有)"
                       "[^。；;\\n]{0,40}(?:行政复议|行政诉讼)[^。；;\\n]{0,40}(?:[。；;]|$)"));
    const QString region = doc.matchText.mid(from, to - from);
    const auto m = sentence.match(region);
    if (!m.hasMatch())
        return;
    int start = from + int(m.capturedStart());
    const int end = from + int(m.capturedEnd());
    // Start at the sentence, not at the heading or a year before it.
    const QString heading = QStringLiteral("情况");
    const int afterHeading = int(region.lastIndexOf(heading, m.capturedStart() + 40));
    if (afterHeading >= int(m.capturedStart()) && from + afterHeading + 2 < end)
        start = from + afterHeading + 2;
    const QString quoted = RowPlacer::displayOf(doc, start, end);
    const Anchor anchor = RowPlacer::anchorOf(doc, start, end);
    Finding remark;
    for (const CellSpec &c : spec.cells) {
        if (c.table != 3)
            continue;
        Cell &cell = report->cells[c.index];
        cell = Cell{};
        cell.value = Decimal::fromInteger(0);
        cell.status = CellStatus::Inferred;
        cell.raw = quoted;
        cell.anchor = anchor;
        cell.note = ExtractNotes::table3FromSentence(quoted);
        remark.lhs << c.index;
    }
    remark.rule = QStringLiteral("EXTRACT_T3_FROM_SENTENCE");
    remark.status = FindingStatus::Unverifiable;
    remark.severity = Severity::Warning;
    remark.zh = ExtractNotes::table3FromSentenceZh(quoted);
    remark.en = ExtractNotes::table3FromSentenceEn(quoted);
    report->remarks << remark;
}
