#pragma once

#include "celledit.h"

#include <QString>

/**
 * Where a ReportDocument commits an edit before it shows it as done.
 *
 * The workspace implements this (one SQLite transaction per edit). ReportDocument calls
 * commitEdit() on every change — typed, pasted, from a suggestion, undo and redo alike — and
 * applies the change in memory only when it returns true; on false the edit is refused and
 * `error` is shown to the user. Without a sink, edits live in memory only.
 */
class EditSink {
public:
    virtual ~EditSink() = default;
    virtual bool commitEdit(const CellEdit &edit, QString *error) = 0;
};
