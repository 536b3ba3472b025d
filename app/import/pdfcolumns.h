#pragma once

#include "import/pdflayout.h"

#include <QVector>

/**
 * The value columns of a PDF grid, from the x extents of its numbers.
 *
 * Two numbers of one column overlap horizontally whatever the cell's alignment (centred numbers
 * share the centre, left- or right-aligned ones an edge), two numbers of neighbouring columns
 * never do: each lies inside its own cell. So a column is the union of the extents of the
 * numbers that overlap it, and neither the width of a cell nor its alignment matters (centres
 * clustered with a tolerance merge narrow left-aligned columns: "143" + "618").
 *
 * Lines are taken fullest first, so the columns come from the rows that print every cell. A line
 * whose numbers do not fall one per column into the columns found so far (a second table with
 * other column widths printed right below the first, a number centred over a merged cell
 * between two columns) starts a band of its own with its own columns: its numbers keep their
 * order and never join a neighbour's.
 */
class PdfColumns {
public:
    /// Columns of the lines [from, to) of @p lines; @p em is the grid's text height.
    PdfColumns(const QVector<PdfLine> &lines, int from, int to, double em);

    /// All value columns, every band's (a band's columns are consecutive, left to right).
    int count() const { return m_count; }
    /// The band of line @p line, -1 for a line without numbers.
    int band(int line) const;
    /// The column of @p s on line @p line when it is a value (a number, or a placeholder inside
    /// a value column), else -1.
    int valueColumn(int line, const PdfSegment &s) const;
    /// The value column nearest to @p x on line @p line (its band, else the closest band below
    /// or above it); -1 when the grid has no value columns.
    int nearestColumn(int line, double x) const;
    /// The columns of the band of line @p line (or of the nearest band): first and count.
    std::pair<int, int> bandColumns(int line) const;
    /// Left edge of the leftmost value column (labels are left of it); +inf without columns.
    double left() const { return m_left; }

private:
    struct Band {
        QVector<std::pair<double, double>> columns; ///< [left, right] in points, left to right
        int first = 0;                              ///< index of its first column
        int topLine = 0;
    };
    int fit(const Band &band, const QVector<std::pair<double, double>> &values) const;
    int nearestIn(const Band &band, double x) const;
    int nearestBand(int line) const;

    const QVector<PdfLine> &m_lines;
    int m_from = 0;
    double m_em = 10;
    QVector<Band> m_bands;
    QVector<int> m_lineBand; ///< per line from m_from
    int m_count = 0;
    double m_left = 1e18;
};
