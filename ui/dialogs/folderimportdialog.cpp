#include "folderimportdialog.h"

#include <QtConcurrent/QtConcurrentMap>

FolderImportDialog::FolderImportDialog(QWidget *parent)
    : QProgressDialog(parent) {
    setWindowTitle(tr("打开文件夹"));
    setCancelButtonText(tr("取消"));
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this, [this](int index) {
        const LoadedReport r = m_watcher.resultAt(index);
        r.ok() ? ++m_loaded : ++m_failed;
        Q_EMIT reportLoaded(r);
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        Q_EMIT done(m_loaded, m_failed, m_watcher.isCanceled());
        close();
    });
    connect(this, &QProgressDialog::canceled, &m_watcher, &QFutureWatcherBase::cancel);
}

FolderImportDialog::~FolderImportDialog() {
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void FolderImportDialog::start(const QStringList &paths) {
    m_loaded = m_failed = 0;
    setRange(0, int(paths.size()));
    setLabelText(tr("正在导入 %n 个文件…", nullptr, int(paths.size())));
    m_watcher.setFuture(QtConcurrent::mapped(paths, &ReportLoader::load));
}
