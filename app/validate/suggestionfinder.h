#pragma once

#include "validationplan.h"

#include <QVarLengthArray>

/**
 * Finds, for a failing finding, the one cell whose change would explain it.
 *
 * A cell d is a candidate when at least one failing sum rule contains it, every failing sum rule
 * containing d solves to the same value v, and with d = v every rule instance containing d that
 * failed or passed now passes and none of the others (empty / unverifiable) starts to fail. The
 * type rules are among those instances, so v is representable (a non-negative integer for
 * counts). A failing finding gets the suggestion (d, v) when exactly one of its cells is such a
 * candidate with the largest number of failing rules explained; ties give no suggestion.
 *
 * Pure function of the report's values and the instances' statuses: the full and the incremental
 * validation use it alike. One finder is meant for one pass (it memoizes per cell).
 */
class SuggestionFinder {
public:
    SuggestionFinder(const ValidationPlan &plan, const CellValues &values,
                     const QVector<Finding> &findings)
        : m_plan(plan)
        , m_values(values)
        , m_findings(findings) {}

    /// The suggestion for the finding of a failing rule instance, or nullopt.
    std::optional<Suggestion> forInstance(int instance);

private:
    struct Candidate {
        int cell = -1;
        bool ok = false;
        Decimal value;
        int explained = 0;
    };
    const Candidate &candidate(int cell);
    Candidate evaluateCandidate(int cell) const;

    const ValidationPlan &m_plan;
    const CellValues &m_values;
    const QVector<Finding> &m_findings;
    QVarLengthArray<Candidate, 64> m_memo;
};
