#include "import/pdflabelcells.h"

#include <algorithm>
#include <cmath>

void PdfLabelCells::append(PdfLabelCell *cell, const PdfSegment &s) {
    const int offset = int(cell->text.size());
    for (SourceBox w : s.words) {
        w.start += offset;
        cell->words << w;
        cell->norm = cell->norm.isNull() ? w.rect : cell->norm.united(w.rect);
    }
    cell->text += s.text;
    cell->box = cell->box.isNull() ? s.box : cell->box.united(s.box);
    cell->singleCharacters = cell->singleCharacters && s.text.size() == 1;
}

void PdfLabelCells::append(PdfLabelCell *cell, const PdfLabelCell &next) {
    const int offset = int(cell->text.size());
    for (SourceBox w : next.words) {
        w.start += offset;
        cell->words << w;
    }
    cell->text += next.text;
    cell->box = cell->box.isNull() ? next.box : cell->box.united(next.box);
    cell->norm = cell->norm.isNull() ? next.norm : cell->norm.united(next.norm);
    cell->singleCharacters = cell->singleCharacters && next.singleCharacters;
    if (next.firstRow >= 0) {
        cell->firstRow =
            cell->firstRow < 0 ? next.firstRow : std::min(cell->firstRow, next.firstRow);
        cell->lastRow = std::max(cell->lastRow, next.lastRow);
    }
}

bool PdfLabelCells::startsWithNumbering(QStringView t) {
    if (t.isEmpty())
        return false;
    if (t[0] == u'(' || t[0] == u'（') {
        const qsizetype close = t.indexOf(t[0] == u'(' ? u')' : u'）');
        return close > 1 && close <= 4;
    }
    qsizetype i = 0;
    while (i < t.size() && i < 3 &&
           (t[i].isDigit() || QStringView(u"一二三四五六七八九十").contains(t[i])))
        ++i;
    return i > 0 && i < t.size() &&
           (t[i] == u'.' || t[i] == u'、' || t[i] == u'．' || t[i] == u'，');
}

void PdfLabelCells::joinParagraphs(QVector<PdfLabelCell> *cells, const QVector<PdfGridRow> &rows,
                                   double em) {
    QVector<PdfLabelCell> &all = *cells;
    auto aligned = [&](const PdfLabelCell &a, const PdfLabelCell &b) {
        return a.page == b.page && (std::abs(a.box.left() - b.box.left()) < 1.5 * em ||
                                    std::abs(a.box.center().x() - b.box.center().x()) < em);
    };
    auto rowsBetween = [&](int page, double top, double bottom) {
        QVector<int> out;
        for (int i = 0; i < rows.size(); ++i)
            if (rows[i].page == page && rows[i].centre > top && rows[i].centre < bottom)
                out << i;
        return out;
    };
    // A live label in a column at or right of `column` printed on grid row `row`.
    auto labelOn = [&](int column, int row, bool orRight) {
        return std::any_of(all.cbegin(), all.cend(), [&](const PdfLabelCell &c) {
            return !c.absorbed && (c.column == column || (orRight && c.column > column)) &&
                   c.firstRow >= 0 && c.firstRow <= row && row <= c.lastRow;
        });
    };
    auto floating = [](const PdfLabelCell &c) { return !c.absorbed && c.firstRow < 0; };
    auto centredOn = [&](const PdfLabelCell &top, const PdfLabelCell &bottom, double y) {
        return std::abs((top.box.top() + bottom.box.bottom()) / 2 - y) < 0.6 * em;
    };
    // Each column's cells top to bottom.
    auto columnOrder = [&] {
        QVector<QVector<int>> byColumn;
        for (int i = 0; i < all.size(); ++i) {
            if (all[i].absorbed)
                continue;
            if (byColumn.size() <= all[i].column)
                byColumn.resize(all[i].column + 1);
            byColumn[all[i].column] << i;
        }
        for (auto &list : byColumn)
            std::sort(list.begin(), list.end(), [&](int a, int b) {
                return std::pair(all[a].page, all[a].box.top()) <
                       std::pair(all[b].page, all[b].box.top());
            });
        return byColumn;
    };

    // Two paragraphs around a row without a label in this column.
    for (const QVector<int> &list : columnOrder())
        for (int k = 0; k + 1 < list.size(); ++k) {
            PdfLabelCell &f = all[list[k]];
            PdfLabelCell &g = all[list[k + 1]];
            if (!floating(f) || !floating(g) || !aligned(f, g) || startsWithNumbering(g.text) ||
                g.box.top() - f.box.bottom() > 4 * em)
                continue;
            const QVector<int> between = rowsBetween(f.page, f.box.bottom(), g.box.top());
            if (between.size() != 1 || !rows[between.first()].values)
                continue;
            const PdfGridRow &v = rows[between.first()];
            if (labelOn(f.column, v.row, false) || !centredOn(f, g, v.centre))
                continue;
            f.firstRow = f.lastRow = v.row;
            append(&f, g);
            g.absorbed = true;
            ++k;
        }
    // Three paragraphs centred on the middle one, printed on the row's line.
    for (const QVector<int> &list : columnOrder())
        for (int k = 1; k + 1 < list.size(); ++k) {
            PdfLabelCell &f = all[list[k - 1]];
            PdfLabelCell &m = all[list[k]];
            PdfLabelCell &g = all[list[k + 1]];
            if (!floating(f) || !floating(g) || m.absorbed || m.firstRow < 0 ||
                m.firstRow != m.lastRow || !aligned(f, m) || !aligned(m, g) ||
                startsWithNumbering(m.text) || startsWithNumbering(g.text) ||
                m.box.top() - f.box.bottom() > 2 * em || g.box.top() - m.box.bottom() > 2 * em ||
                !centredOn(f, g, m.box.center().y()) ||
                !rowsBetween(f.page, f.box.bottom(), m.box.top()).isEmpty() ||
                !rowsBetween(f.page, m.box.bottom(), g.box.top()).isEmpty())
                continue;
            PdfLabelCell joined = f;
            joined.firstRow = joined.lastRow = -1;
            append(&joined, m);
            append(&joined, g);
            m = joined;
            f.absorbed = g.absorbed = true;
            k += 2;
        }
    // A paragraph left below a cell: that cell's next paragraph, unless it can be the label of
    // the row below.
    for (const QVector<int> &list : columnOrder())
        for (int k = 1; k < list.size(); ++k) {
            PdfLabelCell &g = all[list[k]];
            if (!floating(g) || startsWithNumbering(g.text))
                continue;
            int b = k - 1;
            while (b >= 0 && all[list[b]].absorbed)
                --b;
            if (b < 0)
                continue;
            PdfLabelCell &above = all[list[b]];
            if (above.firstRow < 0 || !aligned(above, g) ||
                g.box.top() - above.box.bottom() > 1.6 * em ||
                !rowsBetween(g.page, above.box.bottom(), g.box.top()).isEmpty())
                continue;
            // The next grid row below: a header row makes the paragraph that block's title
            // ("第二十条第（五）项" above "信息内容 本年处理决定数量").
            int next = -1;
            for (int i = 0; i < rows.size(); ++i)
                if (rows[i].page == g.page && rows[i].centre > g.box.bottom() &&
                    (next < 0 || rows[i].centre < rows[next].centre))
                    next = i;
            if (next >= 0 && (!rows[next].values || !labelOn(g.column, rows[next].row, true)))
                continue;
            append(&above, g);
            g.absorbed = true;
        }
}
