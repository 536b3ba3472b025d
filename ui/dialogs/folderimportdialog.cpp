#include "folderimportdialog.h"

#include <QtConcurrent/QtConcurrentMap>

FolderImportDialog::FolderImportDialog(Workspace &workspace, QWidget *parent)
    : QProgressDialog(parent)
    , m_workspace(workspace) {
    setWindowTitle(tr("导入报告"));
    // Window-modal: the workspace it stores into must stay open until it is done.
    setWindowModality(Qt::WindowModal);
    setCancelButtonText(tr("取消"));
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this, [this](int index) {
        m_pending << m_watcher.resultAt(index);
        if (m_pending.size() >= BatchSize)
            flush();
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        flush();
        Q_EMIT done(m_imported, m_failed, m_watcher.isCanceled(), m_error);
        close();
    });
    connect(this, &QProgressDialog::canceled, &m_watcher, &QFutureWatcherBase::cancel);
}

FolderImportDialog::~FolderImportDialog() {
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void FolderImportDialog::start(const QStringList &paths) {
    m_imported = m_failed = 0;
    m_pending.clear();
    m_error.clear();
    setRange(0, int(paths.size()));
    setLabelText(tr("正在导入 %n 个文件…", nullptr, int(paths.size())));
    m_watcher.setFuture(QtConcurrent::mapped(paths, &ReportLoader::prepare));
}

void FolderImportDialog::flush() {
    if (m_pending.isEmpty())
        return;
    const QList<PreparedImport> batch = std::exchange(m_pending, {});
    if (!m_error.isEmpty()) // the workspace refused a batch: do not try the rest
        return;
    const QVector<ImportOutcome> outcomes = ReportLoader::store(m_workspace, batch, &m_error);
    if (outcomes.isEmpty()) {
        m_watcher.cancel();
        return;
    }
    for (const ImportOutcome &o : outcomes)
        o.kind == ImportOutcome::Failed ? ++m_failed : ++m_imported;
    Q_EMIT stored(outcomes);
}
