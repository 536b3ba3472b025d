#include "exportjob.h"

#include "workspace/workspace.h"
#include "workspace/workspaceexport.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {
/// The worker's result: empty for success, this for a cancelled run, else the error.
const QString kCancelled = QStringLiteral("\x01cancelled");
} // namespace

ExportJob::ExportJob(QObject *parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QString result = m_watcher.result();
        if (result == kCancelled)
            Q_EMIT finished(false, QString());
        else
            Q_EMIT finished(result.isEmpty(), result);
    });
}

ExportJob::~ExportJob() {
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ExportJob::start(const Request &request) {
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([this, request] { return run(request); }));
}

QString ExportJob::run(const Request &request) {
    Workspace workspace;
    QString error;
    if (!workspace.open(request.workspace, Workspace::Mode::ReadOnly, &error))
        return error;
    workspace.setUser(request.reviewer);
    int total = int(request.reports.size());
    if (total == 0)
        total = int(workspace.reports().size());
    // Steps: reading each report, then writing each report.
    auto step = [this](int done, int steps) {
        QMetaObject::invokeMethod(
            this, [this, done, steps] { Q_EMIT progress(done, steps); }, Qt::QueuedConnection);
        return !m_cancel;
    };
    const auto set = WorkspaceExport::build(workspace, request.reports, &error,
                                            [&](int done, int) { return step(done, 2 * total); });
    if (!set)
        return m_cancel ? kCancelled : error;
    workspace.close();
    const bool ok = Exporter::write(
        *set, request.format, request.path, request.language, &error,
        [&](int done, int all) { return step(total + done * total / qMax(1, all), 2 * total); });
    if (!ok)
        return error.isEmpty() ? kCancelled : error;
    return QString();
}
