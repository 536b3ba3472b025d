#pragma once

#include "review/editsink.h"

class Workspace;

/**
 * Commits a ReportDocument's edits to one report of a workspace: each commitEdit() is one logged
 * SQLite transaction, finished before the document shows the edit as done.
 */
class WorkspaceEditSink : public EditSink {
public:
    WorkspaceEditSink(Workspace &workspace, qint64 reportId);
    bool commitEdit(const CellEdit &edit, QString *error) override;
    qint64 reportId() const { return m_reportId; }
    qint64 lastEditId() const { return m_lastEditId; } ///< id of the last committed edit, or -1

private:
    Workspace &m_workspace;
    qint64 m_reportId;
    qint64 m_lastEditId = -1;
};
