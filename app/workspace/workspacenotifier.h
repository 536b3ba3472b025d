#pragma once

#include "review/celledit.h"
#include "workspacetypes.h"

#include <QObject>
#include <QStringList>
#include <QVector>

/**
 * Announces what was committed to a workspace, so that views update themselves instead of being
 * refreshed by hand: the report list, the findings and history of an open report, and (issue 10)
 * the charts. Every signal is emitted by Workspace after its transaction committed, on the thread
 * that made the change; a failed change announces nothing.
 *
 * Signals name the report and exactly what changed (cell keys, finding ids, the field), so a
 * listener can update only that: a chart redraws one series when a cell it plots is edited.
 */
class WorkspaceNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    /// Cells of a report were edited in one action (typed, pasted, undo, redo, revert, CLI);
    /// `lastEditId` is the id of the action's last logged edit.
    void cellsChanged(qint64 reportId, const QStringList &keys, EditOrigin origin,
                      qint64 lastEditId);
    /// Decisions were recorded on these findings (Finding::stableId), by hand or automatically.
    void decisionsChanged(qint64 reportId, const QStringList &findingIds);
    /// The cached open counts shown by the report list (-1, -1 when they must be recomputed).
    void openCountsChanged(qint64 reportId, int errors, int warnings);
    void reviewStateChanged(qint64 reportId, ReviewState state);
    /// Agency, agency key, year or edition (Workspace::MetaField as int) changed.
    void reportInfoChanged(qint64 reportId, int field);
    void conflictsResolved(qint64 reportId);
    /// A batch of documents is about to be stored / was stored (one transaction).
    void reportsAboutToBeImported(int count);
    void reportsImported(const QVector<ImportOutcome> &outcomes);
};
