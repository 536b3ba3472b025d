#pragma once

#include "exporttext.h"
#include "model/exportset.h"
#include "model/spec.h"

#include <QHash>
#include <QStringList>
#include <QVector>
#include <functional>

/// One field of an exported row: empty, text, or an exact number with its cell type.
struct ExportField {
    enum Kind { Empty, Text, Number };
    Kind kind = Empty;
    QString text;
    Decimal number;
    ValueType type = ValueType::Integer;

    static ExportField fromText(const QString &text) {
        return text.isEmpty() ? ExportField{} : ExportField{Text, text, {}, ValueType::Integer};
    }
    static ExportField fromInteger(qint64 n) {
        return ExportField{Number, {}, Decimal::fromInteger(n), ValueType::Integer};
    }
    static ExportField fromValue(const std::optional<Decimal> &value, ValueType type) {
        return value ? ExportField{Number, {}, *value, type} : ExportField{};
    }
    /// The exact text of a number (NumberPolicy), or the text; "" when empty.
    QString toString() const { return kind == Number ? number.toString() : text; }
};

/// The printed labels of a cell: its table, its row (group labels first) and its column.
struct CellLabels {
    QString row; ///< "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密"
    QString column; ///< "申请人情况 / 法人或其他组织 / 商业企业"
    QString unit;   ///< "万元" or empty
};

/**
 * The long table shared by the xlsx "数据明细" sheet, the CSV file and the JSON cells: one row
 * per report × cell of its edition, in spec order, with the report's identity, the cell's
 * printed labels, its value and status, the original value where the auditor changed it, who
 * changed it when, and the open findings that involve it.
 */
class ExportRows {
public:
    enum Column {
        ReportId,
        Agency,
        AgencyKeyColumn,
        Year,
        EditionColumn,
        Table,
        RowLabel,
        ColumnLabel,
        CellKey,
        Value,
        Unit,
        Status,
        OriginalValue,
        EditedBy,
        EditedAt,
        OpenFindings,
        ColumnCount
    };

    static QStringList headers(const ExportText &text);
    /// Printed labels of every cell of an edition (built once).
    static const QVector<CellLabels> &labels(Edition edition);
    /// Cell index → ids of the report's open findings that involve the cell.
    static QHash<int, QStringList> openFindingsByCell(const ExportReport &report);
    /// Calls @p row for each cell of the report, in spec order.
    static void forEachCell(const ExportReport &report, const ExportText &text,
                            const std::function<void(int cell, const QVector<ExportField> &)> &row);
    /// "2026-11-22 10:30:05" (local time), empty for an invalid time.
    static QString timeText(const QDateTime &at);
    /// A report in one line: "某某局 2021 (report 12)" — for findings and the edit log.
    static QString reportTitle(const ExportReport &report, const ExportText &text);
};
