#pragma once
// Test helper: a report's three tables in the printed national layout (rowspan group labels,
// multi-level headers), and the surrounding text, as plain grids that the format writers
// (reportwriters.h) turn into HTML, DOCX and PDF.

#include "model/report.h"
#include "model/spec.h"

#include <QString>
#include <QVector>

namespace testformats {

struct GridCell {
    QString text;
    int rowSpan = 1;
    int columnSpan = 1;
    bool header = false;
    int cell = -1; ///< the report cell whose value this is, or -1
};
using GridRow = QVector<GridCell>;

/// A part of the document: a paragraph (rows empty) or a table.
struct Part {
    QString paragraph;
    QVector<GridRow> rows;
    int columns = 0;
};

/// The printed text of a cell's value ("" for blank and missing, the raw text for placeholders).
inline QString printed(const Cell &c) {
    if (c.value)
        return c.value->toString();
    if (c.status == CellStatus::Placeholder)
        return c.raw.isEmpty() ? QStringLiteral("/") : c.raw;
    return {};
}

inline QVector<GridRow> headerRows(const HeaderLayoutSpec &layout, int labelColumns) {
    QVector<GridRow> rows;
    for (const QVector<HeaderCellSpec> &cells : layout.levels) {
        if (cells.isEmpty())
            continue;
        GridRow row;
        if (rows.isEmpty() && labelColumns > 0)
            row.append({layout.topLeft.text, layout.topLeft.rowSpan, labelColumns, true, -1});
        for (const HeaderCellSpec &c : cells)
            row.append({c.text, c.rowSpan, c.columnSpan, true, -1});
        rows << row;
    }
    return rows;
}

/// The three tables and the text around them, for @p report (values as printed).
inline QVector<Part> documentParts(const Report &report) {
    const EditionSpec &spec = report.spec();
    QVector<Part> parts;
    const QString agency =
        report.meta.agency.isEmpty() ? QStringLiteral("某某区人民政府办公室") : report.meta.agency;
    const int year = report.meta.year > 0 ? report.meta.year : 2023;
    parts.append({QStringLiteral("%1%2年政府信息公开工作年度报告").arg(agency).arg(year), {}, 0});
    parts.append({QStringLiteral("一、总体情况"), {}, 0});
    parts.append({QStringLiteral("%1年，%2认真贯彻落实《中华人民共和国政府信息公开条例》。")
                      .arg(year)
                      .arg(agency),
                  {},
                  0});
    auto valueCell = [&](int cell, int span) {
        return GridCell{printed(report.cells[cell]), 1, span, false, cell};
    };

    // Table 1: blocks with a title row, a header row and one row per item.
    const TableSpec &t1 = spec.table(1);
    parts.append({t1.section, {}, 0});
    Part table1;
    int width = 0;
    for (const BlockSpec &b : t1.blocks)
        width = std::max(width, int(b.columns.size()));
    table1.columns = width + 1;
    for (int bi = 0; bi < t1.blocks.size(); ++bi) {
        const BlockSpec &b = t1.blocks[bi];
        table1.rows.append({GridCell{b.title, 1, width + 1, true, -1}});
        GridRow header{GridCell{QStringLiteral("信息内容"), 1, 1, true, -1}};
        for (const ColumnSpec &c : b.columns)
            header.append({c.label, 1, b.columns.size() == 1 ? width : 1, true, -1});
        table1.rows << header;
        for (int ri = 0; ri < b.rows.size(); ++ri) {
            GridRow row{GridCell{b.rows[ri].label, 1, 1, false, -1}};
            for (int ci = 0; ci < b.columns.size(); ++ci)
                row << valueCell(spec.cellAt(1, bi, ri, ci), b.columns.size() == 1 ? width : 1);
            table1.rows << row;
        }
    }
    parts << table1;

    // Table 2: three label columns; group labels span the rows under them.
    const TableSpec &t2 = spec.table(2);
    parts.append({t2.section, {}, 0});
    Part table2;
    const BlockSpec &b2 = t2.blocks.first();
    table2.columns = 3 + int(b2.columns.size());
    table2.rows = headerRows(t2.headerLayout, 3);
    QHash<QString, int> groupRows;
    for (const RowSpec &r : b2.rows)
        if (r.dataRow)
            for (const QString &p : r.parents)
                ++groupRows[p];
    QSet<QString> opened;
    for (int ri = 0; ri < b2.rows.size(); ++ri) {
        const RowSpec &r = b2.rows[ri];
        if (!r.dataRow)
            continue;
        GridRow row;
        for (const QString &p : r.parents)
            if (!opened.contains(p)) {
                opened.insert(p);
                row.append({p, groupRows.value(p), 1, false, -1});
            }
        row.append({r.label, 1, 3 - int(r.parents.size()), false, -1});
        for (int ci = 0; ci < b2.columns.size(); ++ci)
            row << valueCell(spec.cellAt(2, 0, ri, ci), 1);
        table2.rows << row;
    }
    parts << table2;

    // Table 3: the header levels and one row of values.
    const TableSpec &t3 = spec.table(3);
    parts.append({t3.section, {}, 0});
    Part table3;
    const BlockSpec &b3 = t3.blocks.first();
    table3.columns = int(b3.columns.size());
    table3.rows = headerRows(t3.headerLayout, 0);
    GridRow values;
    for (int ci = 0; ci < b3.columns.size(); ++ci)
        values << valueCell(spec.cellAt(3, 0, 0, ci), 1);
    table3.rows << values;
    parts << table3;

    parts.append({QStringLiteral("五、存在的主要问题及改进情况"), {}, 0});
    parts.append({QStringLiteral("本年度政府信息公开工作仍存在不足。"), {}, 0});
    parts.append({QStringLiteral("六、其他需要报告的事项"), {}, 0});
    parts.append({QStringLiteral("本机关无其他需要报告的事项。"), {}, 0});
    return parts;
}

/// A report of @p edition with every cell read and a distinct value (for layouts without a
/// text sample, e.g. the 2019 edition).
inline Report syntheticReport(Edition edition, int year) {
    Report r = Report::empty(edition);
    r.meta.edition = edition;
    r.meta.year = year;
    r.meta.agency = QStringLiteral("某某市教育局");
    for (int c = 0; c < r.cells.size(); ++c) {
        r.cells[c].status = CellStatus::Read;
        r.cells[c].value = Decimal::fromInteger((c * 37) % 101);
    }
    return r;
}

} // namespace testformats
