#include "suggestionfinder.h"

std::optional<Suggestion> SuggestionFinder::forInstance(int instance) {
    const RuleInstance &ri = m_plan.spec().instances[instance];
    int best = 0, ties = 0;
    Suggestion chosen;
    for (const QVector<int> *side : {&ri.lhs, &ri.rhs}) {
        for (int cell : *side) {
            const Candidate &c = candidate(cell);
            if (!c.ok)
                continue;
            if (c.explained > best) {
                best = c.explained;
                ties = 1;
                chosen = Suggestion{cell, c.value};
            } else if (c.explained == best) {
                ++ties;
            }
        }
    }
    if (ties != 1)
        return std::nullopt;
    return chosen;
}

const SuggestionFinder::Candidate &SuggestionFinder::candidate(int cell) {
    for (const Candidate &c : m_memo)
        if (c.cell == cell)
            return c;
    m_memo.append(evaluateCandidate(cell));
    return m_memo.last();
}

SuggestionFinder::Candidate SuggestionFinder::evaluateCandidate(int cell) const {
    Candidate c;
    c.cell = cell;
    const EditionSpec &spec = m_plan.spec();
    const QVector<int> &instances = spec.instancesOfCell[cell];
    const std::optional<Decimal> printed = m_values(cell);
    // Shortcut: any change moves the sum of every sum rule containing the cell, so a passing one
    // would fail — unless a printed subtotal stands in for this (null) cell.
    for (int k : instances)
        if (m_findings[k].status == FindingStatus::Pass && m_plan.solvable(k) &&
            (printed || m_plan.instance(k).substitutes.isEmpty()))
            return c;
    const Decimal current = printed.value_or(Decimal());
    bool solved = false;
    for (int k : instances) {
        if (m_findings[k].status != FindingStatus::Fail)
            continue;
        ++c.explained;
        if (!m_plan.solvable(k))
            continue;
        const std::optional<Decimal> diff = m_plan.difference(k, m_values);
        const bool onLeft = spec.instances[k].lhs.contains(cell);
        const std::optional<Decimal> solution = !diff    ? std::nullopt
                                                : onLeft ? Decimal::subtract(current, *diff)
                                                         : Decimal::add(current, *diff);
        if (!solution)
            return c; // out of range: no value to suggest
        const Decimal v = *solution;
        if (solved && v != c.value)
            return c; // the failing rules disagree on the value: no single-cell explanation
        c.value = v;
        solved = true;
    }
    if (!solved)
        return c;

    CellValues trial = m_values;
    trial.overrideCell = cell;
    trial.overrideValue = c.value;
    for (int k : instances) {
        const FindingStatus before = m_findings[k].status;
        const FindingStatus after = m_plan.evaluate(k, trial).status;
        const bool mustPass = before == FindingStatus::Fail || before == FindingStatus::Pass;
        if (mustPass ? after != FindingStatus::Pass : after == FindingStatus::Fail)
            return c;
    }
    c.ok = true;
    return c;
}
