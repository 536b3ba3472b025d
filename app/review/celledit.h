#pragma once

#include "model/cell.h"

#include <QDateTime>
#include <QString>

/// Where an edit came from; logged by the workspace with every change.
/// Accept: a suspect value confirmed as read (确认读数): same value, status back to read.
enum class EditOrigin { Typed, Paste, Suggestion, Revert, Undo, Redo, Cli, Accept };
QString editOriginName(EditOrigin origin); ///< "typed", "paste", "suggestion", "revert", "undo",
                                           ///< "redo", "cli", "accept"

/// One change of one cell, as it travels from the grid through the undo stack to the workspace.
struct CellEdit {
    int cell = -1; ///< index in the report's edition (EditionSpec::cells)
    QString key;   ///< the cell's stable key, e.g. "t2.r.granted.c.natural_person"
    Cell before;
    Cell after;
    EditOrigin origin = EditOrigin::Typed;
    QString note; ///< optional reason given by the auditor
};
