#include "crossyearlink.h"

#include "review/reportdocument.h"
#include "workspace.h"
#include "workspacenotifier.h"

CrossYearLink::CrossYearLink(Workspace &workspace, qint64 reportId, ReportDocument *document)
    : QObject(document)
    , m_cross(workspace)
    , m_reportId(reportId)
    , m_document(document) {
    update();
    connect(document, &ReportDocument::actionApplied, this, &CrossYearLink::update);
    const WorkspaceNotifier *notifier = workspace.notifier();
    connect(notifier, &WorkspaceNotifier::cellsChanged, this, [this](qint64 id) {
        if (id == m_reportId || id != previousReport())
            return; // our own edits arrive as actionApplied, once the document shows them
        m_cross.forget(id);
        update();
    });
    auto regroup = [this] {
        m_cross.reload();
        update();
    };
    connect(notifier, &WorkspaceNotifier::reportInfoChanged, this, regroup);
    connect(notifier, &WorkspaceNotifier::reportsImported, this, regroup);
}

CrossYearLink *CrossYearLink::of(const ReportDocument *document) {
    return document ? document->findChild<CrossYearLink *>(QString(), Qt::FindDirectChildrenOnly)
                    : nullptr;
}

void CrossYearLink::update() {
    if (m_document)
        m_document->setCrossYearFindings(m_cross.findingsOf(m_reportId, m_document->report()));
}
