#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>
#include <optional>

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

/// What the cross-year rules read of one report: its agency key, year, edition and the values of
/// the few cells the rules name (aligned with CrossYearValidator::keys()). Small, so a batch of
/// thousands of files can keep one per file while the reports themselves are dropped.
struct CrossYearSlice {
    QString agencyKey; ///< Report::meta.agencyKey, else AgencyKey::fromAgency(agency)
    QString agency;
    int year = 0;
    Edition edition = Edition::E2021;
    QVector<std::optional<Decimal>> values;
};

/**
 * The spec's cross-year rules (kind cross_year_*: X_T2_CARRY_CHAIN over all seven applicant
 * columns, X_T1_IN_FORCE_CHAIN_2021), read from their formulas:
 * `report(year N).<key> == report(year N-1, same agency).<key>` and sums of such terms, expanded
 * over `for_each`.
 *
 * Reports are grouped by **agency key** (ReportMeta::agencyKey, the auditor's override included;
 * reports without key or year are skipped) and consecutive years are paired. Policy as for the
 * balance rule: all terms null → empty; some term null → unverifiable; else pass or fail.
 * Severity from the spec (warning/info).
 *
 * A gap is said, not guessed: a report whose agency has an earlier year in the set but not the
 * year just before gets one X_YEAR_GAP finding (unverifiable, info) naming the missing year; it
 * is never compared with an older year.
 */
class CrossYearValidator {
    Q_DECLARE_TR_FUNCTIONS(CrossYearValidator)
public:
    static constexpr const char *GapRule = "X_YEAR_GAP";

    /// Every finding (all statuses) for every consecutive pair, ordered by agency, year, rule.
    static QVector<CrossYearFinding> validate(const QVector<const Report *> &reports);
    /// Same, keeping only the problems (fail/unverifiable).
    static QVector<CrossYearFinding> problems(const QVector<const Report *> &reports);

    /// The cell keys the rules read, in a fixed order (CrossYearSlice::values follows it).
    static const QStringList &keys();
    static CrossYearSlice slice(const Report &report);
    /// The agency key that groups a report: meta.agencyKey, else the key of its agency name.
    static QString agencyKeyOf(const ReportMeta &meta);
    /// True for findings of cross-year rules and for X_YEAR_GAP.
    static bool isCrossYear(const Finding &finding);

    /**
     * The cross-year findings of one report in a layout fixed by its edition: one finding per
     * cross-year rule instance of the edition (status Empty where there is no previous year or
     * the rule does not apply to the pair), then the gap finding (Empty unless
     * `earlierYear` > 0: the latest year before year − 1 that the set holds). `lhs` holds cells
     * of `current` only (`rhs` is empty: the previous year's cells are named in the message), so
     * the findings can sit beside the report's own and be decided by Finding::stableId().
     */
    static QVector<Finding> reportFindings(const CrossYearSlice &current,
                                           const CrossYearSlice *previous, int earlierYear);

    /// For a set of slices: the previous year's slice index of each (-1 when none) and the
    /// latest earlier year when year − 1 is missing (0 when none).
    struct Pairing {
        QVector<int> previous;
        QVector<int> earlierYear;
    };
    static Pairing pair(const QVector<CrossYearSlice> &slices);
    /// reportFindings() of every slice, paired within the set.
    static QVector<QVector<Finding>> findingsOfSet(const QVector<CrossYearSlice> &slices);
};
