#pragma once

#include "spec.h"

#include <QHash>
#include <QPoint>
#include <QString>
#include <QVector>

/// What one position of a table grid shows.
struct GridItem {
    enum Kind { Empty, Title, ColumnHeader, RowLabel, Value };
    Kind kind = Empty;
    QString text; ///< labels and titles, from the spec
    int cell = -1;
    int level = 0; ///< row labels: nesting level (1 = outermost)
};

/// A merged area of the grid (QTableView::setSpan).
struct GridSpan {
    int row = 0, column = 0, rowSpan = 1, columnSpan = 1;
};

/**
 * The printed layout of one table of one edition, built from the spec: table 1 as its 第二十条
 * blocks (title row, header row, data rows), tables 2 and 3 with their multi-level column headers
 * (from ColumnSpec::headerPath) and the row-label hierarchy (from RowSpec::parents) as merged
 * areas, so the grid and the spreadsheet export read like the form.
 */
class TableLayout {
public:
    static TableLayout build(const EditionSpec &spec, int table);

    int rowCount() const { return m_rows; }
    int columnCount() const { return m_columns; }
    int headerRows() const { return m_headerRows; }
    int labelColumns() const { return m_labelColumns; }
    const GridItem &at(int row, int column) const { return m_items[row * m_columns + column]; }
    const QVector<GridSpan> &spans() const { return m_spans; }
    /// Grid position of a cell of this table, or (-1, -1).
    QPoint positionOf(int cell) const { return m_positions.value(cell, QPoint(-1, -1)); }
    const QVector<int> &cells() const { return m_cells; }

private:
    void resize(int rows, int columns);
    GridItem &item(int row, int column) { return m_items[row * m_columns + column]; }
    void span(int row, int column, int rowSpan, int columnSpan);
    void place(int row, int column, int cell);
    void buildBlocks(const EditionSpec &spec, const TableSpec &table);
    void buildForm(const EditionSpec &spec, const TableSpec &table);

    int m_rows = 0, m_columns = 0, m_headerRows = 0, m_labelColumns = 0;
    QVector<GridItem> m_items;
    QVector<GridSpan> m_spans;
    QHash<int, QPoint> m_positions; ///< cell → (x = column, y = row)
    QVector<int> m_cells;
};
