#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QStringList>
#include <QVector>

/// One cross-year finding: a rule evaluated between a report and the same agency's report of the
/// year before. `finding.lhs` are cells of `current`, `finding.rhs` cells of `previous` (each in
/// its own report's edition); `currentKeys` / `previousKeys` name them.
struct CrossYearFinding {
    int current = -1;  ///< index into the reports given to CrossYearValidator::validate
    int previous = -1; ///< the same agency's report of year − 1
    Finding finding;
    QStringList currentKeys;
    QStringList previousKeys;
};

/**
 * The spec's cross-year rules (kind cross_year_*: X_T2_CARRY_CHAIN, X_T1_IN_FORCE_CHAIN_2021),
 * read from their formulas: `report(year N).<key> == report(year N-1, same agency).<key>` and
 * sums of such terms, expanded over `for_each`.
 *
 * Reports are grouped by agency (whitespace-insensitive; reports without agency or year are
 * skipped) and consecutive years are paired. Policy as for the balance rule: all terms null →
 * empty; some term null → unverifiable; else pass or fail. Severity from the spec (warning/info).
 */
class CrossYearValidator {
public:
    /// Every finding (all statuses) for every consecutive pair, ordered by agency, year, rule.
    static QVector<CrossYearFinding> validate(const QVector<const Report *> &reports);
    /// Same, keeping only the problems (fail/unverifiable).
    static QVector<CrossYearFinding> problems(const QVector<const Report *> &reports);
};
