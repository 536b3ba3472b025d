#include "extractor.h"

#include "boxanchors.h"
#include "editiondetector.h"
#include "extractnotes.h"
#include "gridtokenizer.h"
#include "labelsplitter.h"
#include "metadataextractor.h"
#include "model/spec.h"
#include "table3sentence.h"
#include "tablelocator.h"
#include "tablereader.h"
#include "tokenizer.h"
#include "zerofill.h"

namespace {

TableState stateOf(const Report &r, int table) {
    int located = 0, total = 0;
    const EditionSpec &spec = r.spec();
    for (const CellSpec &c : spec.cells) {
        if (c.table != table)
            continue;
        ++total;
        located += r.cells[c.index].status != CellStatus::Missing;
    }
    if (located == 0)
        return TableState::Missing;
    return located == total ? TableState::Found : TableState::Partial;
}

/// A printed subtotal row whose sub-rows are all missing (2021 （六）其他处理 as one row).
void addSingleRowRemarks(Report *r) {
    const EditionSpec &spec = r->spec();
    QSet<QString> seen;
    for (auto it = r->extraCells.cbegin(); it != r->extraCells.cend(); ++it) {
        const QString rowKey = it.key().left(it.key().indexOf(QStringLiteral(".c.")));
        if (seen.contains(rowKey))
            continue;
        for (const DerivedSpec &d : spec.derived) {
            if (!d.key.startsWith(rowKey + QStringLiteral(".c.")))
                continue;
            bool allMissing = true;
            for (int c : d.addends)
                allMissing = allMissing && r->cells[c].status == CellStatus::Missing;
            if (!allMissing)
                break;
            seen.insert(rowKey);
            const QString rowId = rowKey.section(u'.', 2, 2);
            Finding f;
            f.rule = QStringLiteral("EXTRACT_%1_SINGLE_ROW").arg(rowId.toUpper());
            f.status = FindingStatus::Unverifiable;
            f.severity = Severity::Warning;
            QString label = rowId;
            for (int c : d.addends) {
                const CellSpec &cs = spec.cell(c);
                const RowSpec &row = spec.table(cs.table).blocks[cs.block].rows[cs.row];
                if (!row.parents.isEmpty())
                    label = row.parents.last();
                if (!f.lhs.contains(c))
                    f.lhs << c;
            }
            f.zh = ExtractNotes::singleRowZh(label);
            f.en = ExtractNotes::singleRowEn(label);
            r->remarks << f;
            break;
        }
    }
}

/// An absent or truncated table is a finding, not only a state: a text that holds no table at
/// all (not a report, or cut before the tables) must not pass as clean. Missing tables are
/// errors, partial ones warnings; the anchor cell of the remark is the table's first cell.
void addTableRemarks(Report *r) {
    const EditionSpec &spec = r->spec();
    for (int t = 1; t <= 3; ++t) {
        const TableState state = r->tables[size_t(t - 1)];
        if (state == TableState::Found)
            continue;
        Finding f;
        f.status = FindingStatus::Unverifiable;
        int missing = 0;
        for (const CellSpec &c : spec.cells) {
            if (c.table != t)
                continue;
            if (f.lhs.isEmpty())
                f.lhs << c.index;
            missing += r->cells[c.index].status == CellStatus::Missing;
        }
        if (state == TableState::Missing) {
            f.rule = QStringLiteral("EXTRACT_TABLE_MISSING");
            f.severity = Severity::Error;
            f.zh = ExtractNotes::tableMissingZh(t);
            f.en = ExtractNotes::tableMissingEn(t);
        } else {
            f.rule = QStringLiteral("EXTRACT_TABLE_PARTIAL");
            f.severity = Severity::Warning;
            f.zh = ExtractNotes::tablePartialZh(t, missing);
            f.en = ExtractNotes::tablePartialEn(t, missing);
        }
        r->remarks << f;
    }
}

/// Suspect cells are marked one by one; a row of them (a damaged row, a fuzzy label) is also one
/// warning, so the findings list shows every damaged row and a decision can be recorded on it.
void addSuspectRowRemarks(Report *r) {
    const EditionSpec &spec = r->spec();
    QVector<int> rowCells;
    auto flush = [&] {
        if (rowCells.isEmpty())
            return;
        const CellSpec &first = spec.cell(rowCells.first());
        const RowSpec &row = spec.table(first.table).blocks[first.block].rows[first.row];
        const QString name =
            row.label.isEmpty() ? QStringLiteral("表%1").arg(first.table) : row.label;
        // The note is bilingual "zh / en"; each message takes its own half.
        const QString note = r->cells[rowCells.first()].note;
        const QString zh = note.section(QStringLiteral(" / "), 0, 0);
        const QString en =
            note.contains(QStringLiteral(" / ")) ? note.section(QStringLiteral(" / "), 1) : note;
        Finding f;
        f.rule = QStringLiteral("EXTRACT_SUSPECT_ROW");
        f.status = FindingStatus::Unverifiable;
        f.severity = Severity::Warning;
        f.lhs = rowCells;
        f.zh = ExtractNotes::suspectRowZh(name, int(rowCells.size()), zh);
        f.en =
            ExtractNotes::suspectRowEn(row.en.isEmpty() ? name : row.en, int(rowCells.size()), en);
        r->remarks << f;
        rowCells.clear();
    };
    int currentRow = -1;
    for (const CellSpec &c : spec.cells) {
        const int rowId = c.table * 100000 + c.block * 1000 + c.row;
        if (rowId != currentRow) {
            flush();
            currentRow = rowId;
        }
        if (r->cells[c.index].status == CellStatus::Suspect)
            rowCells << c.index;
    }
    flush();
}

Report extractImpl(const SourceDocument &doc) {
    ReportMeta meta;
    MetadataExtractor::extract(doc, &meta);
    const TableRegions regions = TableLocator::locate(doc.matchText);
    std::array<QVector<Token>, 3> tokens;
    for (int t = 0; t < 3; ++t)
        if (regions.start[size_t(t)] >= 0)
            tokens[size_t(t)] = LabelSplitter::split(
                doc.matchText, t + 1,
                GridTokenizer::tokenize(doc, regions.start[size_t(t)], regions.end[size_t(t)]));
    EditionDetector::detect(doc.matchText, tokens, &meta);

    Report report = Report::empty(meta.edition);
    report.meta = meta;
    const GapModel gaps = GapModel::learn(tokens);
    TableReader::readLabelled(doc, 1, tokens[0], gaps, &report);
    TableReader::readLabelled(doc, 2, tokens[1], gaps, &report);
    TableReader::readHeaderRow(doc, 3, tokens[2], gaps, &report, [&] {
        return regions.has(3)
                   ? Tokenizer::tokenize(doc.matchText, regions.end[2], int(doc.matchText.size()))
                   : QVector<Token>();
    });
    Table3Sentence::apply(doc, regions, &report);
    ZeroFill::apply(report.spec(), &report.cells);
    addSingleRowRemarks(&report);
    addSuspectRowRemarks(&report);
    for (int t = 1; t <= 3; ++t)
        report.tables[size_t(t - 1)] = stateOf(report, t);
    addTableRemarks(&report);
    BoxAnchors::apply(doc, &report);
    return report;
}

} // namespace

Report Extractor::extract(const SourceDocument &doc) {
    try {
        return extractImpl(doc);
    } catch (...) {
        // Out of memory or a bug: an honest empty report (every cell missing) beats a crash.
        return Report::empty(Edition::E2021);
    }
}
