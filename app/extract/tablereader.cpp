#include "tablereader.h"

#include "labeltext.h"
#include "model/spec.h"
#include "rowcollector.h"
#include "rowplacer.h"
#include "tableplacer.h"

#include <QHash>
#include <QSet>

#include <array>

void TableReader::readLabelled(const SourceDocument &doc, int table, const QVector<Token> &tokens,
                               const GapModel &gaps, Report *report) {
    const QVector<RowInput> rows = RowCollector(doc, table, tokens, report).collect();
    TablePlacer::place(doc, report->spec(), rows, gaps, &report->cells);
}

void TableReader::readHeaderRow(const SourceDocument &doc, int table, const QVector<Token> &tokens,
                                const GapModel &gaps, Report *report) {
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
    TablePlacer::place(doc, spec, {row}, gaps, &report->cells);
}
