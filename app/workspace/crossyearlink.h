#pragma once

#include "workspacecrossyear.h"

#include <QObject>
#include <QPointer>

class ReportDocument;
class Workspace;

/**
 * Keeps the cross-year findings of a report open for review current: the report against the
 * same agency's previous year in the workspace. They are recomputed when the report's own cells
 * change (an action applied to the document), when the previous year's cells change (the
 * workspace's notifier, from the desk or anywhere in this process), and when agency keys, years
 * or the set of reports change. Lives as a child of the document, beside its ReportAudit.
 */
class CrossYearLink : public QObject {
    Q_OBJECT
public:
    CrossYearLink(Workspace &workspace, qint64 reportId, ReportDocument *document);
    /// The link of a document opened from the workspace, nullptr for other documents.
    static CrossYearLink *of(const ReportDocument *document);
    /// The previous year's report in the workspace, -1 when none.
    qint64 previousReport() const { return m_cross.previousOf(m_reportId).first; }
    void update();

private:
    WorkspaceCrossYear m_cross;
    qint64 m_reportId;
    QPointer<ReportDocument> m_document;
};
