#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QVector>
#include <optional>

/// What one edit changed: findings that appeared, disappeared or changed status/numbers, and
/// every cell whose own state or whose findings changed (the grid repaints exactly these).
struct ValidationDelta {
    QVector<Finding> added;   ///< findings that became problems (fail/unverifiable)
    QVector<Finding> removed; ///< problems that are gone (now pass/empty)
    QVector<Finding> changed; ///< still problems, but status, numbers or suggestion changed
    QVector<int> cells;       ///< cell indices to repaint, sorted, unique

    bool isEmpty() const {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && cells.isEmpty();
    }
};

/**
 * A report together with the evaluation of every rule instance of its edition, kept current
 * incrementally: after setCell() only the rule instances that touch that cell are evaluated
 * again (EditionSpec::instancesOfCell), plus the suggestions of the findings they share cells
 * with. Suggestions are offered, never applied.
 *
 * findings() holds one Finding per rule instance (all statuses, index-aligned with
 * EditionSpec::instances) followed by the extractor's remarks (Report::remarks) and, when set,
 * the cross-year findings (setCrossYear()). Messages (zh/en)
 * are filled for problems only. The evaluation policy, the severities and the suggestions are
 * described in ValidationPlan and SuggestionFinder; an unverifiable finding of an error rule is
 * reported with severity warning (it cannot prove an error).
 *
 * expected/actual: structural rules (one total on the left) expected = sum of the addends,
 * actual = the printed total; T2_BALANCE expected = 一+二, actual = 三（七）+四; soft `a <= b`
 * expected = b (the bound), actual = a; type rules actual = the value.
 */
class ValidatedReport {
public:
    ValidatedReport() = default;
    explicit ValidatedReport(Report report); ///< runs a full validation

    const Report &report() const { return m_report; }
    const QVector<Finding> &findings() const { return m_findings; }
    /// Only the problems (fail/unverifiable), in spec order — what lists and the CLI show.
    QVector<Finding> problems() const;
    /// Indices into findings() of the problems a cell takes part in.
    QVector<int> problemsOfCell(int cell) const;

    /// Replaces one cell and revalidates incrementally. Status is normally CellStatus::Edited.
    ValidationDelta setCell(int cell, const Cell &value);
    /// Convenience for the CLI and tests: by key; returns nullopt for an unknown key.
    std::optional<ValidationDelta> setValue(const QString &key, std::optional<Decimal> value,
                                            CellStatus status = CellStatus::Edited);
    /// Edits report metadata (agency/year); the edition is fixed for a ValidatedReport.
    void setMeta(const ReportMeta &meta) {
        m_report.meta.agency = meta.agency;
        m_report.meta.year = meta.year;
    }

    /// Replaces the findings this report has against its neighbours in other years
    /// (CrossYearValidator::reportFindings, a layout fixed by the edition), kept after the
    /// extractor's remarks; returns what changed, as setCell() does. Their `instance` is set to
    /// their index in findings().
    ValidationDelta setCrossYear(QVector<Finding> findings);
    /// The cross-year findings set by setCrossYear() (all statuses).
    QVector<Finding> crossYear() const { return m_findings.mid(crossYearStart()); }

    /// Full revalidation from scratch (used by tests to check the incremental path).
    static QVector<Finding> validateAll(const Report &report);

    /// Number of rule-instance findings at the front of findings() (the rest are remarks).
    int instanceCount() const;
    /// Problems with severity error (what makes `nianbao-cli check` exit 1).
    int errorCount() const;

private:
    int crossYearStart() const;
    static QVector<Finding> evaluate(const Report &report,
                                     const QVector<std::optional<Decimal>> &derived);

    Report m_report;
    QVector<Finding> m_findings;
    QVector<std::optional<Decimal>> m_derived; ///< printed derived subtotals (Report::extraCells)
    QVector<char> m_mark;                      ///< scratch for setCell, one flag per instance
};
