#include "workspacecrossyear.h"

#include "model/agencykey.h"
#include "workspace.h"

#include <QSqlQuery>
#include <algorithm>

WorkspaceCrossYear::WorkspaceCrossYear(const Workspace &workspace)
    : m_workspace(workspace) {
    reload();
}

void WorkspaceCrossYear::reload() {
    m_years.clear();
    m_indexOf.clear();
    m_byAgency.clear();
    m_slices.clear();
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, agency, agency_key_override, year FROM reports")))
        return; // a damaged file: no pairs (the reports themselves say what is wrong)
    while (q.next()) {
        AgencyYear a;
        a.id = q.value(0).toLongLong();
        a.agency = q.value(1).toString();
        const QString override = q.value(2).toString();
        a.agencyKey = override.isEmpty() ? AgencyKey::fromAgency(a.agency) : override;
        a.year = q.value(3).toInt();
        m_indexOf.insert(a.id, int(m_years.size()));
        if (!a.agencyKey.isEmpty() && a.year > 0)
            m_byAgency[a.agencyKey] << int(m_years.size());
        m_years << a;
    }
    for (QVector<int> &list : m_byAgency) // by year, then id: the first report of a year pairs
        std::sort(list.begin(), list.end(), [this](int a, int b) {
            return std::pair(m_years[a].year, m_years[a].id) <
                   std::pair(m_years[b].year, m_years[b].id);
        });
}

void WorkspaceCrossYear::remember(qint64 reportId, const Report &current) {
    m_slices.insert(reportId, CrossYearValidator::slice(current));
}

std::pair<qint64, int> WorkspaceCrossYear::previousOf(qint64 reportId) const {
    const int i = m_indexOf.value(reportId, -1);
    if (i < 0)
        return {-1, 0};
    const AgencyYear &me = m_years[i];
    const auto agency = m_byAgency.constFind(me.agencyKey);
    if (agency == m_byAgency.cend())
        return {-1, 0};
    int earlier = 0;
    qint64 previous = -1;
    for (int k : *agency) {
        const AgencyYear &other = m_years[k];
        if (other.year >= me.year)
            break;
        if (other.year == me.year - 1) {
            if (previous < 0)
                previous = other.id;
        } else {
            earlier = other.year;
        }
    }
    return previous >= 0 ? std::pair<qint64, int>(previous, 0)
                         : std::pair<qint64, int>(-1, earlier);
}

const CrossYearSlice *WorkspaceCrossYear::sliceOf(qint64 reportId) {
    auto it = m_slices.find(reportId);
    if (it == m_slices.end()) {
        const auto stored = m_workspace.loadReport(reportId, nullptr);
        if (!stored)
            return nullptr;
        it = m_slices.insert(reportId, CrossYearValidator::slice(stored->current));
    }
    return &*it;
}

QVector<Finding> WorkspaceCrossYear::findingsOf(qint64 reportId, const Report &current) {
    CrossYearSlice me = CrossYearValidator::slice(current);
    if (const int i = m_indexOf.value(reportId, -1); i >= 0) { // the workspace's key and year
        me.agencyKey = m_years[i].agencyKey;
        me.year = m_years[i].year;
    }
    const auto [previous, earlier] = previousOf(reportId);
    const CrossYearSlice *prev = previous >= 0 ? sliceOf(previous) : nullptr;
    return CrossYearValidator::reportFindings(me, prev, prev ? 0 : earlier);
}
