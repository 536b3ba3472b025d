#include "tablelayout.h"

void TableLayout::resize(int rows, int columns) {
    m_rows = rows;
    m_columns = columns;
    m_items = QVector<GridItem>(rows * columns);
}

void TableLayout::span(int row, int column, int rowSpan, int columnSpan) {
    if (rowSpan > 1 || columnSpan > 1)
        m_spans << GridSpan{row, column, rowSpan, columnSpan};
}

void TableLayout::place(int row, int column, int cell) {
    GridItem &it = item(row, column);
    it.kind = GridItem::Value;
    it.cell = cell;
    m_positions.insert(cell, QPoint(column, row));
    m_cells << cell;
}

TableLayout TableLayout::build(const EditionSpec &spec, int table) {
    TableLayout layout;
    const TableSpec &t = spec.table(table);
    if (table == 1)
        layout.buildBlocks(spec, t);
    else
        layout.buildForm(spec, t);
    return layout;
}

void TableLayout::buildBlocks(const EditionSpec &spec, const TableSpec &table) {
    int maxColumns = 0, rows = 0;
    for (const BlockSpec &b : table.blocks) {
        maxColumns = qMax(maxColumns, int(b.columns.size()));
        rows += 2 + int(b.rows.size());
    }
    m_labelColumns = 1;
    resize(rows, 1 + maxColumns);
    int r = 0;
    for (int bi = 0; bi < table.blocks.size(); ++bi) {
        const BlockSpec &b = table.blocks[bi];
        const int lastSpan = maxColumns - int(b.columns.size()) + 1;
        item(r, 0) = GridItem{GridItem::Title, b.title, -1, 0};
        span(r, 0, 1, m_columns);
        ++r;
        item(r, 0) = GridItem{GridItem::ColumnHeader, b.header.value(0), -1, 0};
        for (int c = 0; c < b.columns.size(); ++c)
            item(r, 1 + c) = GridItem{GridItem::ColumnHeader, b.columns[c].label, -1, 0};
        span(r, int(b.columns.size()), 1, lastSpan);
        ++r;
        for (int ri = 0; ri < b.rows.size(); ++ri, ++r) {
            item(r, 0) = GridItem{GridItem::RowLabel, b.rows[ri].label, -1, 1};
            for (int c = 0; c < b.columns.size(); ++c) {
                const int cell = spec.cellAt(1, bi, ri, c);
                if (cell >= 0)
                    place(r, 1 + c, cell);
            }
            span(r, int(b.columns.size()), 1, lastSpan);
        }
    }
}

void TableLayout::buildForm(const EditionSpec &spec, const TableSpec &table) {
    const BlockSpec &b = table.blocks.first();
    int depth = 1;
    for (const ColumnSpec &c : b.columns)
        depth = qMax(depth, int(c.headerPath.size()));
    int dataRows = 0;
    for (const RowSpec &row : b.rows) {
        if (row.dataRow)
            ++dataRows;
        if (!row.label.isEmpty())
            m_labelColumns = qMax(m_labelColumns, row.level);
    }
    m_headerRows = depth;
    resize(depth + dataRows, m_labelColumns + int(b.columns.size()));

    // Top-left corner: the printed note on how the columns add up (table 2).
    if (m_labelColumns > 0) {
        item(0, 0) = GridItem{GridItem::ColumnHeader, table.headerNote, -1, 0};
        span(0, 0, depth, m_labelColumns);
    }
    // Column headers: merge neighbours with the same path prefix; a short path reaches down.
    const int n = int(b.columns.size());
    for (int level = 0; level < depth; ++level) {
        for (int c = 0; c < n;) {
            const QStringList &path = b.columns[c].headerPath;
            if (path.size() <= level) {
                ++c;
                continue;
            }
            const QStringList prefix = path.mid(0, level + 1);
            int end = c + 1;
            while (end < n && b.columns[end].headerPath.mid(0, level + 1) == prefix &&
                   b.columns[end].headerPath.size() > level)
                ++end;
            const int rowSpan = path.size() == level + 1 ? depth - level : 1;
            item(level, m_labelColumns + c) =
                GridItem{GridItem::ColumnHeader, path[level], -1, level + 1};
            span(level, m_labelColumns + c, rowSpan, end - c);
            c = end;
        }
    }
    // Rows: group labels become tall merged cells to the left of their rows.
    struct Open {
        QString label;
        int firstRow;
        int level;
    };
    QVector<Open> open;
    auto closeGroups = [&](int keep, int row) {
        while (open.size() > keep) {
            const Open g = open.takeLast();
            const int height = row - g.firstRow;
            QString text = g.label;
            if (g.level == 1 && height >= text.size()) // printed vertically, one character a line
                text = text.split(QString(), Qt::SkipEmptyParts).join(u'\n');
            item(g.firstRow, g.level - 1) = GridItem{GridItem::RowLabel, text, -1, g.level};
            span(g.firstRow, g.level - 1, height, 1);
        }
    };
    int r = depth;
    for (int ri = 0; ri < b.rows.size(); ++ri) {
        const RowSpec &row = b.rows[ri];
        int keep = 0;
        while (keep < open.size() && keep < row.parents.size() &&
               open[keep].label == row.parents[keep])
            ++keep;
        closeGroups(keep, r);
        if (!row.dataRow) {
            open << Open{row.label, r, row.level};
            continue;
        }
        if (m_labelColumns > 0) {
            const int col = qMax(0, row.level - 1);
            item(r, col) = GridItem{GridItem::RowLabel, row.label, -1, row.level};
            span(r, col, 1, m_labelColumns - col);
        }
        for (int c = 0; c < n; ++c) {
            const int cell = spec.cellAt(table.number, 0, ri, c);
            if (cell >= 0)
                place(r, m_labelColumns + c, cell);
        }
        ++r;
    }
    closeGroups(0, r);
}
