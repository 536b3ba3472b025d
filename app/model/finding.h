#pragma once

#include "decimal.h"
#include "severity.h"

#include <QString>
#include <QVector>
#include <optional>

struct EditionSpec;

/// Evaluation status of one rule instance, as in the spec's evaluation_policy.
enum class FindingStatus { Pass, Fail, Unverifiable, Empty };
QString findingStatusName(FindingStatus status); ///< "pass", "fail", "unverifiable", "empty"

/// A value for one cell that would make every failing rule it takes part in pass, without
/// breaking a passing one. Only ever offered; never applied by the core on its own.
struct Suggestion {
    int cell = -1;
    Decimal value;
    bool operator==(const Suggestion &) const = default;
};

/**
 * The result of one rule instance on one report (or a remark of the extractor).
 *
 * `lhs`/`rhs` are cell indices of the report's edition (EditionSpec::cells). For structural
 * rules the target is lhs[0]. `expected`/`actual` hold the two sides' sums where they can be
 * computed: expected is what the addends say, actual is what the report prints as the total.
 */
struct Finding {
    QString rule;      ///< spec rule id ("T2_BALANCE") or an extractor remark ("EXTRACT_…")
    int instance = -1; ///< index into EditionSpec::instances; -1 for extractor remarks
    FindingStatus status = FindingStatus::Pass;
    Severity severity = Severity::Error;
    QVector<int> lhs;
    QVector<int> rhs;
    std::optional<Decimal> expected;
    std::optional<Decimal> actual;
    std::optional<Suggestion> suggestion;
    QString zh; ///< message with the numbers, e.g. "一+二 = 29，三（七）+四 = 28"
    QString en;

    /// Stable across runs and re-extraction: "<rule>:<first key of lhs>" (e.g.
    /// "T2_ROW_TOTAL_2021:t2.r.granted.c.total"). Decisions in the workspace are keyed by it.
    QString stableId(const EditionSpec &spec) const;
    bool isProblem() const {
        return status == FindingStatus::Fail || status == FindingStatus::Unverifiable;
    }
    bool operator==(const Finding &) const = default;
};
