#include "workspaceeditsink.h"

#include "workspace.h"

WorkspaceEditSink::WorkspaceEditSink(Workspace &workspace, qint64 reportId)
    : m_workspace(workspace)
    , m_reportId(reportId) {}

bool WorkspaceEditSink::commitEdit(const CellEdit &edit, QString *error) {
    qint64 id = -1;
    if (!m_workspace.setCell(m_reportId, edit.key, edit.after, edit.origin, edit.note, error, &id))
        return false;
    m_lastEditId = id;
    return true;
}
