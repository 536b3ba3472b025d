#include "tablereader.h"

#include "labeltext.h"
#include "model/spec.h"
#include "rowcandidates.h"
#include "rowcollector.h"
#include "rowplacer.h"
#include "tableplacer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

void TableReader::readLabelled(const SourceDocument &doc, int table, const QVector<Token> &tokens,
                               const GapModel &gaps, Report *report) {
    const QVector<RowInput> rows = RowCollector(doc, table, tokens, report).collect();
    TablePlacer::place(doc, report->spec(), rows, gaps, &report->cells);
}

void TableReader::readHeaderRow(const SourceDocument &doc, int table, const QVector<Token> &tokens,
                                const GapModel &gaps, Report *report,
                                const std::function<QVector<Token>()> &rest) {
    const EditionSpec &spec = report->spec();
    static const QSet<QString> header = [] {
        QSet<QString> h;
        for (const ColumnSpec &c :
             Spec::instance().edition(Edition::E2021).table(3).blocks.first().columns)
            for (const QString &p : c.headerPath)
                h.insert(LabelText::analyse(p).stem);
        return h;
    }();
    const QStringView text(doc.matchText);
    bool sawHeader = false;
    int i = 0;
    const int n = int(tokens.size());
    auto isHeader = [&](const Token &t) {
        if (header.contains(t.key.stem))
            return true;
        // Header cells run together ("…尚未审结总计"): the text ends with one.
        for (const QString &h : header)
            if (h.size() >= 2 && t.key.stem.endsWith(h))
                return true;
        return false;
    };
    for (; i < n; ++i) {
        const Token &t = tokens[i];
        if (t.kind == Token::Text && !sawHeader)
            sawHeader = isHeader(t);
        if (t.kind == Token::Value && sawHeader)
            break;
    }
    RowInput row;
    row.label = spec.table(table).title;
    for (; i < n && tokens[i].kind != Token::Text; ++i)
        row.values << &tokens[i];
    while (!row.values.isEmpty() && row.values.last()->kind == Token::Empty)
        row.values.removeLast();
    row.cells = RowCollector::cellGrid(spec.edition, table)[0][0];
    row.headerRow = true;
    row.breaksAfter = i < n ? tokens[i].breaksBefore : -1;
    if (row.values.isEmpty())
        return; // no table: its cells stay missing
    // Reading-order text may print the right part of a wide table 3 after the sections that
    // follow it, under its own header words: taken where the row then adds up.
    const int want = int(row.cells.size());
    QVector<Token> later;
    const bool separate = std::none_of(row.values.cbegin(), row.values.cend(),
                                       [](const Token *t) { return t->glued; });
    if (separate && row.values.size() < want && rest) {
        later = rest();

        QVector<const Token *> more;
        // Values under the header's words or their pieces ("持", "结果维 结果纠" — a header
        // printed cell by cell); other text ends the block.
        auto isPiece = [&](const Token &t) {
            if (isHeader(t))
                return true;
            for (QStringView part : QStringView(text).mid(t.start, t.end - t.start).split(u' ')) {
                if (part.isEmpty())
                    continue;
                bool inHeader = false;
                for (const QString &h : header)
                    inHeader = inHeader || h.contains(part);
                if (!inHeader)
                    return false;
            }
            return true;
        };
        bool inBlock = false;
        for (const Token &t : std::as_const(later)) {
            if (row.values.size() + more.size() >= want)
                break;
            if (t.kind == Token::Text) {
                inBlock = isPiece(t);
                if (!inBlock && !more.isEmpty())
                    break;
            } else if (inBlock && t.kind == Token::Value && !t.glued) {
                more << &t;
            }
        }
        if (row.values.size() + more.size() == want) {
            RowInput joined = row;
            joined.values += more;
            if (RowCandidates::fitsRow(spec, joined.cells, joined.values)) {
                joined.pairedApart = true;
                row = joined;
            }
        }
    }
    TablePlacer::place(doc, spec, {row}, gaps, &report->cells);
}
