#include "statscache.h"

#include "workspace/workspace.h"
#include "workspace/workspacenotifier.h"
#include "workspace/workspacestats.h"

#include <QMap>

StatsCache::StatsCache(QObject *parent)
    : QObject(parent) {}

void StatsCache::setWorkspace(Workspace *workspace) {
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_workspace = workspace;
    if (workspace) {
        const WorkspaceNotifier *n = workspace->notifier();
        m_connections << connect(n, &WorkspaceNotifier::cellsChanged, this, [this](qint64 id) {
            refresh(id);
        }) << connect(n, &WorkspaceNotifier::decisionsChanged, this, [this](qint64 id) {
            refresh(id);
        }) << connect(n, &WorkspaceNotifier::reportInfoChanged, this, [this](qint64 id) {
            refresh(id);
        }) << connect(n, &WorkspaceNotifier::reportsImported, this, [this] { reload(); });
    }
    reload();
}

void StatsCache::reload() {
    m_points.clear();
    m_loaded = false; // read again when next asked
    Q_EMIT changed({});
}

void StatsCache::ensureLoaded() const {
    if (m_loaded)
        return;
    m_loaded = true;
    if (m_workspace)
        if (const auto all = WorkspaceStats::points(*m_workspace))
            for (const StatsPoint &p : *all)
                m_points.insert(p.reportId, p);
}

const QHash<qint64, StatsPoint> &StatsCache::points() const {
    ensureLoaded();
    return m_points;
}

void StatsCache::refresh(qint64 reportId) {
    if (!m_workspace)
        return;
    if (!m_loaded) { // nothing read yet: the first use reads the current figures
        Q_EMIT changed({});
        return;
    }
    QSet<QString> keys;
    if (const auto it = m_points.constFind(reportId); it != m_points.cend())
        keys.insert(it->agencyKey);
    if (auto p = WorkspaceStats::point(*m_workspace, reportId)) {
        keys.insert(p->agencyKey);
        m_points.insert(reportId, std::move(*p));
    } else {
        m_points.remove(reportId);
    }
    Q_EMIT changed(keys);
}

QString StatsCache::agencyKeyOf(qint64 reportId) const {
    ensureLoaded();
    return m_points.value(reportId).agencyKey;
}

QVector<AgencySeries> StatsCache::series(const QSet<QString> &agencyKeys) const {
    ensureLoaded();
    QVector<StatsPoint> chosen;
    for (const StatsPoint &p : m_points)
        if (agencyKeys.isEmpty() || agencyKeys.contains(p.agencyKey))
            chosen << p;
    return AgencySeriesBuilder::build(std::move(chosen));
}

QVector<std::pair<QString, QString>> StatsCache::agencies() const {
    ensureLoaded();
    QMap<QString, std::pair<int, QString>> byKey; // key → (latest year, name)
    for (const StatsPoint &p : m_points) {
        if (p.agencyKey.isEmpty() || p.year <= 0)
            continue;
        auto &entry = byKey[p.agencyKey];
        if (p.year >= entry.first) {
            entry.first = p.year;
            entry.second = p.agency;
        }
    }
    QVector<std::pair<QString, QString>> out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        out.append({it.key(), it->second});
    return out;
}
