#pragma once

#include "edition.h"
#include "severity.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <array>

/**
 * The national format as data, loaded once from the compiled-in `:/spec/format-spec.json`.
 *
 * Everything the extractor, validator, grid and exports know about rows, columns, labels,
 * variants and rules comes from here; no other file lists rows or rules. Cells of an edition are
 * numbered 0..cellCount()-1 in spec order (t1, t2, t3), so a report is a flat vector of cells
 * and rules work on indices, not strings.
 */

enum class ValueType { Integer, SignedInteger, Decimal };

struct ColumnSpec {
    QString id;             ///< "natural_person", "issued", "review_total"
    QString label;          ///< last header line as printed: "自然人", "本年制发件数"
    QStringList headerPath; ///< ["申请人情况", "法人或其他组织", "商业企业"]
    QStringList variants;   ///< other spellings seen in reports (from label_variants)
    ValueType type = ValueType::Integer;
    QString en;
};

struct RowSpec {
    QString id; ///< empty for group-label rows ("三、本年度办理结果", "（三）不予公开")
    QString label;       ///< canonical label as printed
    QStringList parents; ///< enclosing group labels, outermost first
    int level = 1;
    bool dataRow = true;
    QStringList variants;
    QString en;
};

/// Table 1 is built from blocks (第二十条第（X）项); tables 2 and 3 are one block each.
struct BlockSpec {
    QString id;    ///< "art20_1" … ; "t2"/"t3" for the single block of tables 2 and 3
    QString title; ///< "第二十条第（一）项"; empty for t2/t3
    QStringList header; ///< t1: the printed header row ("信息内容", "本年制发件数", …); else empty
    QVector<ColumnSpec> columns;
    QVector<RowSpec> rows; ///< including group-label rows (dataRow == false)
};

/// One printed cell of a multi-level column header, with its merge (header_layout).
struct HeaderCellSpec {
    QString text;
    int rowSpan = 1;
    int columnSpan = 1;
};

/// The printed multi-level column header of tables 2 and 3 (empty for table 1).
struct HeaderLayoutSpec {
    HeaderCellSpec topLeft; ///< t2: the note over the row labels; empty text for t3
    QVector<QVector<HeaderCellSpec>> levels; ///< level 1 first, each left to right
    int rowLabelColumns = 0;                 ///< columns of the row-label area as printed
};

struct TableSpec {
    int number = 0;  ///< 1, 2, 3
    QString title;   ///< "收到和处理政府信息公开申请情况"
    QString section; ///< "三、收到和处理政府信息公开申请情况"
    QString en;      ///< English name of the table (from its section)
    QVector<BlockSpec> blocks;
    HeaderLayoutSpec headerLayout; ///< spans of the printed multi-level header (t2, t3)
    QString headerNote;            ///< t2: （本列数据的勾稽关系为：…）
};

/// One numbered section of the report as the format prescribes it ("三、收到和处理…").
struct SectionSpec {
    QString id;      ///< "s1" … "s6"
    int number = 0;  ///< 1 … 6
    QString heading; ///< "一、总体情况"
    QString en;
};

struct CellSpec {
    int index = -1;
    QString key; ///< "t2.r.granted.c.natural_person"
    int table = 0;
    int block = 0;  ///< index into TableSpec::blocks
    int row = 0;    ///< index into BlockSpec::rows
    int column = 0; ///< index into BlockSpec::columns
    QString rowId, columnId;
    ValueType type = ValueType::Integer;
    QString unit; ///< "万元" for 2021 fee amounts; empty otherwise
};

enum class RuleKind { Printed, Structural, Type, CrossYear, Soft };
enum class RuleComparison { Equal, LessOrEqual };

struct RuleSpec {
    QString id; ///< "T2_BALANCE"
    RuleKind kind = RuleKind::Structural;
    Severity severity = Severity::Error;
    QString formula;
    QString zh, en;
    QStringList editions;
    QString forEachVariable;   ///< "col" of for_each {"col": [...]}; empty when none
    QStringList forEachValues; ///< the values it runs over
};

/**
 * One concrete check inside one report: sum(lhs) (==|<=) sum(rhs).
 * Structural rules have a single target on the left. Type rules have lhs = {cell}, rhs empty.
 */
struct RuleInstance {
    int rule = -1; ///< index into Spec::rules()
    QVector<int> lhs;
    QVector<int> rhs;
    RuleComparison comparison = RuleComparison::Equal;
    QString forEach; ///< the col/row id this instance was expanded for; empty if none
};

/// A derived (not printed) key such as t2.r.denied_subtotal.c.total = sum of cells.
struct DerivedSpec {
    QString key;
    QVector<int> addends;
};

struct EditionSpec {
    Edition edition = Edition::E2021;
    QString docNumber;   ///< "国办公开办函〔2021〕30号"
    QString formatTitle; ///< "《中华人民共和国政府信息公开工作年度报告格式》"
    QVector<SectionSpec> sections;   ///< the six numbered sections, in order
    std::array<TableSpec, 3> tables; ///< tables[0] is table 1
    QVector<CellSpec> cells;
    QHash<QString, int> indexOfKey;
    QVector<RuleInstance> instances;       ///< every within-report rule instance of this edition
    QVector<QVector<int>> instancesOfCell; ///< cell index → indices into `instances`
    QVector<DerivedSpec> derived;

    int cellCount() const { return int(cells.size()); }
    int indexOf(const QString &key) const { return indexOfKey.value(key, -1); }
    const TableSpec &table(int number) const { return tables[size_t(number - 1)]; }
    const CellSpec &cell(int index) const { return cells[index]; }
    /// Cell index at (table, block, row, column) of the spec's layout, or -1 (group-label rows).
    int cellAt(int table, int block, int row, int column) const;
};

class Spec {
public:
    /// The compiled-in spec. Loading happens once, thread-safe; a broken resource is a build error
    /// caught by the tests, so this aborts with a message rather than returning half a spec.
    static const Spec &instance();
    /// Loads from JSON bytes; on failure returns false and sets `error`.
    bool load(const QByteArray &json, QString *error);

    const EditionSpec &edition(Edition e) const { return m_editions[e == Edition::E2019 ? 0 : 1]; }
    const QVector<RuleSpec> &rules() const { return m_rules; }
    const RuleSpec &rule(int index) const { return m_rules[index]; }
    int ruleIndex(const QString &id) const;
    /// label_variants entry of the spec (e.g. "t2.col.social_welfare_org") → variant texts.
    QStringList variants(const QString &variantKey) const { return m_variants.value(variantKey); }
    /// The raw JSON, for tests and anything not modelled above (sources, filling instructions,
    /// examples). Code outside app/model reads the typed members instead.
    const QJsonObject &json() const { return m_json; }

private:
    std::array<EditionSpec, 2> m_editions;
    QVector<RuleSpec> m_rules;
    QHash<QString, QStringList> m_variants;
    QJsonObject m_json;
};
