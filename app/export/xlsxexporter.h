#pragma once

#include "exportrows.h"
#include "exporttext.h"
#include "model/exportset.h"
#include "model/tablelayout.h"
#include "xlsxbook.h"

#include <QHash>
#include <functional>

/**
 * The xlsx workbook of an export. Sheets, in order:
 *   数据明细 (the long table, ExportRows: autofilter, frozen header), 表一汇总 / 表二汇总 /
 * 表三汇总 (one row per report, one column per cell, printed labels as headers), 问题清单 (findings
 * and decisions), 修改记录 (edit log), 关于 (source files with SHA-256, spec editions, export time,
 *   tool version, legend), then one sheet per report with its three tables in the printed layout
 *   (merged multi-level headers and row groups; edited cells in blue with a comment "原值 X → 现值
 *   Y, 审核人, 时间"; suspect / missing / inferred cells in yellow; cells of open findings framed
 * in red with the rule in a comment; a legend row). Numbers are numbers: counts with format "0",
 * 万元 amounts with "0.00####" (exact to six places).
 */
class XlsxExporter {
public:
    using Progress = std::function<bool(int done, int total)>;

    XlsxExporter(const ExportSet &set, const ExportText &text);
    /// Writes the workbook to @p path (a temporary file). False with @p error on failure; false
    /// with an empty @p error when @p progress cancelled.
    bool write(const QString &path, const Progress &progress, QString *error);

private:
    enum Look { Plain, EditedLook, DoubtLook, LookCount };
    enum Kind { IntegerValue, DecimalValue, TextValue, KindCount };

    void addFormats();
    int valueFormat(ValueType type, Look look, bool failing, bool isText = false) const;
    Look lookOf(const ExportReport &report, int cell) const;
    void writeValue(int sheet, int row, int column, const ExportReport &report, int cell,
                    bool failing);
    void writeField(int sheet, int row, int column, const ExportField &field, int textFormat);
    QString editComment(const ExportReport &report, int cell) const;

    bool writeLongSheet(const Progress &progress, int *step, int total, QString *error);
    void writeSummarySheet(int table);
    void writeFindingsSheet();
    void writeEditLogSheet();
    void writeAboutSheet();
    void writeHeaderRow(int sheet, int row, const QStringList &headers);
    void writeLegend(int sheet, int row, int column);
    void writeReportSheet(const ExportReport &report);
    int writeTable(int sheet, int row, const ExportReport &report, int table,
                   const QHash<int, QStringList> &failing);
    /// The printed layout of a table, built once per edition.
    const TableLayout &layout(Edition edition, int table);

    const ExportSet &m_set;
    ExportText m_text;
    XlsxBook *m_book = nullptr;
    int m_header = -1, m_title = -1, m_subtitle = -1, m_label = -1, m_group = -1, m_wrap = -1;
    int m_plain = -1, m_section = -1;
    int m_values[KindCount][LookCount][2] = {};
    QHash<int, TableLayout> m_layouts;
};
