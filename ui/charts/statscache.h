#pragma once

#include "stats/agencyseries.h"

#include <QHash>
#include <QObject>
#include <QSet>

class Workspace;

/**
 * The figures of every report of the workspace (WorkspaceStats), kept current from the
 * workspace's notifier: an edit, a decision or a report-info change recomputes that report's
 * point only; an import reloads. Views ask for the series of the agencies they show and are
 * told which agencies changed. Loaded on first use, so a workspace opens at its usual speed
 * while the Charts view is closed.
 */
class StatsCache : public QObject {
    Q_OBJECT
public:
    explicit StatsCache(QObject *parent = nullptr);

    /// Follows `workspace` (nullptr: empties the cache); its points are read on first use.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }
    const QHash<qint64, StatsPoint> &points() const;
    /// The agency key of a report ("" when unknown).
    QString agencyKeyOf(qint64 reportId) const;
    /// The series of these agency keys (every agency when empty), ordered by key.
    QVector<AgencySeries> series(const QSet<QString> &agencyKeys) const;
    /// Every agency key with its name, ordered by key.
    QVector<std::pair<QString, QString>> agencies() const;

Q_SIGNALS:
    /// Figures of these agencies changed (a report moved between keys names both); empty: all.
    void changed(const QSet<QString> &agencyKeys);

private:
    void refresh(qint64 reportId);
    void reload();
    void ensureLoaded() const;

    Workspace *m_workspace = nullptr;
    mutable QHash<qint64, StatsPoint> m_points;
    mutable bool m_loaded = false;
    QList<QMetaObject::Connection> m_connections;
};
