#pragma once

#include "model/finding.h"
#include "model/report.h"
#include "model/spec.h"

#include <QVector>
#include <optional>

/// The values a rule sees: the report's cells, the derived subtotals the report printed in place
/// of its sub-rows (Report::extraCells), and optionally one cell overridden (to try a suggestion).
struct CellValues {
    CellValues(const QVector<Cell> *cellValues,
               const QVector<std::optional<Decimal>> *derivedValues)
        : cells(cellValues)
        , derived(derivedValues) {}

    const QVector<Cell> *cells = nullptr;
    const QVector<std::optional<Decimal>> *derived = nullptr; ///< by EditionSpec::derived index
    int overrideCell = -1;
    std::optional<Decimal> overrideValue;

    std::optional<Decimal> operator()(int cell) const {
        return cell == overrideCell ? overrideValue : (*cells)[cell].value;
    }
};

/// The outcome of one rule instance under the spec's evaluation policy.
struct Evaluation {
    FindingStatus status = FindingStatus::Empty;
    std::optional<Decimal> expected;
    std::optional<Decimal> actual;
    bool overflow = false; ///< a sum left Decimal's range: unverifiable, with its own message
};

/**
 * Everything about the rule instances of one edition that does not depend on a report, computed
 * once: how each instance is evaluated, which derived subtotals may stand in for its null
 * sub-rows, and the fixed parts of its messages. ValidatedReport and the benchmarks use it.
 *
 * Evaluation policy (spec `evaluation_policy`, format-spec.md §7):
 * - structural (one target on the left): target and all addends null → empty; target null →
 *   unverifiable; all addends null and target non-zero → unverifiable; else nulls count as 0.
 * - printed balance (T2_BALANCE): all null → empty; else nulls count as 0.
 * - soft `<=`: both sides null → empty; one side null → unverifiable; else compare.
 * - type: null → empty; integer cells integral and ≥ 0, signed cells integral, decimals ≥ 0.
 *
 * A derived subtotal printed instead of its sub-rows (the 2021 （六）其他处理 printed as one row,
 * stored in Report::extraCells["t2.r.other_handling.c.<col>"]) counts in a structural rule in
 * place of its addends when all of them are null; the finding still names the spec's cells.
 */
class ValidationPlan {
public:
    enum class Shape { RowTotal, ColumnTotal, GroupTotal, Equation, LessOrEqual, TypeCheck };

    struct Instance {
        QString ruleId;
        QVector<int> lhs, rhs; ///< raw views of the spec instance's sides (see ruleId)
        RuleKind kind = RuleKind::Structural;
        Severity severity = Severity::Error;
        Shape shape = Shape::Equation;
        ValueType valueType = ValueType::Integer; ///< type rules: the checked cell's type
        QVector<int> substitutes;                 ///< EditionSpec::derived indices
        // Fixed message parts (zh, en).
        QString prefixZh, prefixEn; ///< "（一）予以公开：", "(1) disclosed: "
        QString targetZh, targetEn; ///< "总计" / "（七）总计" / left side "一+二"
        QString itemsZh, itemsEn;   ///< "各列之和" / right side "三（七）+四"
    };

    static const ValidationPlan &forEdition(Edition edition);

    const EditionSpec &spec() const { return *m_spec; }
    const Instance &instance(int index) const { return m_instances[index]; }
    int instanceCount() const { return int(m_instances.size()); }

    /// Evaluates one instance.
    Evaluation evaluate(int index, const CellValues &values) const;
    /// True for equalities that can be solved for one of their cells (sum rules).
    bool solvable(int index) const {
        const Instance &p = m_instances[index];
        return p.shape != Shape::TypeCheck && p.shape != Shape::LessOrEqual;
    }
    /// sum(lhs) − sum(rhs) with nulls (and substitutes) as in evaluate(); for solving. nullopt
    /// when a sum is out of range.
    std::optional<Decimal> difference(int index, const CellValues &values) const;
    /// The finding of an instance without suggestion; messages are filled for problems only.
    Finding finding(int index, const Evaluation &evaluation) const;
    /// The values of the derived subtotals a report printed (Report::extraCells), by derived index.
    QVector<std::optional<Decimal>> derivedValues(const Report &report) const;

private:
    explicit ValidationPlan(Edition edition);
    std::optional<Decimal> addendSum(int index, const CellValues &values, int *nonNull) const;
    void message(int index, const Evaluation &evaluation, QString *zh, QString *en) const;

    const EditionSpec *m_spec = nullptr;
    QVector<Instance> m_instances;
};
