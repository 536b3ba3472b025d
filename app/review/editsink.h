#pragma once

#include "celledit.h"

#include <QString>
#include <QVector>

class ValidatedReport;

/**
 * Where a ReportDocument commits a user action before it shows it as done.
 *
 * The workspace's ReportAudit implements this: one SQLite transaction per action, holding every
 * cell of it (a paste, a multi-cell undo) and what follows from it (the automatic 已更正
 * decisions, the cached open counts), all or nothing. ReportDocument calls commitEdits() for
 * every change — typed, pasted, from a suggestion, undo and redo alike — and applies it in
 * memory only when it returns true; on false nothing is applied and `error` is shown.
 * Without a sink, edits live in memory only.
 */
class EditSink {
public:
    virtual ~EditSink() = default;
    /// `before` is the report as shown, `after` the same report with `edits` applied and
    /// revalidated (the sink may store what follows from the difference).
    virtual bool commitEdits(const QVector<CellEdit> &edits, const ValidatedReport &before,
                             const ValidatedReport &after, QString *error) = 0;
};
