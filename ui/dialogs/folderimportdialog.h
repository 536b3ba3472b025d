#pragma once

#include "reportloader.h"

#include <QFutureWatcher>
#include <QProgressDialog>

/**
 * Imports many files off the UI thread on all cores (QtConcurrent) behind a cancellable
 * progress dialog. Each finished report is handed over as it arrives; a file that fails is
 * handed over too, with its error.
 */
class FolderImportDialog : public QProgressDialog {
    Q_OBJECT
public:
    explicit FolderImportDialog(QWidget *parent = nullptr);
    ~FolderImportDialog() override;

    void start(const QStringList &paths);
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void reportLoaded(const LoadedReport &report);
    void done(int loaded, int failed, bool cancelled);

private:
    QFutureWatcher<LoadedReport> m_watcher;
    int m_loaded = 0;
    int m_failed = 0;
};
