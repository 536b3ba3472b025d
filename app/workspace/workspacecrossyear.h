#pragma once

#include "validate/crossyearvalidator.h"

#include <QHash>
#include <QString>
#include <QVector>
#include <utility>

class Workspace;

/// One report's place among the agency's years: its id, agency key (the override when set) and
/// year, as the workspace holds them now.
struct AgencyYear {
    qint64 id = -1;
    QString agencyKey;
    QString agency;
    int year = 0;
};

/**
 * The cross-year findings of the workspace's reports: each report against the same agency key's
 * report of the year before, if the workspace holds it (CrossYearValidator). Reads the agency
 * keys and years of every report once (a light query, no cells) and the few cells the rules need
 * of each previous year once (cached), so an export of thousands of reports does not reload.
 *
 * Used by the exports (WorkspaceExport), `workspace check`, the desk (CrossYearLink) and the
 * charts' across-years table. Not thread-safe: one per thread, like Workspace.
 */
class WorkspaceCrossYear {
public:
    explicit WorkspaceCrossYear(const Workspace &workspace);

    /// Re-reads the agency keys and years (after an import or a report-info change) and forgets
    /// the cached cells.
    void reload();
    /// Forgets the cached cells of one report (after it was edited).
    void forget(qint64 reportId) { m_slices.remove(reportId); }
    /// Caches the current cells of a report the caller has loaded anyway.
    void remember(qint64 reportId, const Report &current);

    const QVector<AgencyYear> &agencyYears() const { return m_years; }
    /// The previous year's report of `reportId` (-1 when none) and, when year − 1 is missing,
    /// the latest earlier year the workspace holds for the agency (0 otherwise).
    std::pair<qint64, int> previousOf(qint64 reportId) const;
    /// CrossYearValidator::reportFindings() of a report whose current cells are `current`.
    QVector<Finding> findingsOf(qint64 reportId, const Report &current);
    /// The slice (cross-year cells) of a stored report, loaded once; nullptr when unreadable.
    const CrossYearSlice *sliceOf(qint64 reportId);

private:
    const Workspace &m_workspace;
    QVector<AgencyYear> m_years;
    QHash<qint64, int> m_indexOf;            ///< report id → index in m_years
    QHash<QString, QVector<int>> m_byAgency; ///< key → indices, by year
    QHash<qint64, CrossYearSlice> m_slices;
};
