#pragma once

#include "reportloader.h"

#include <QFutureWatcher>
#include <QProgressDialog>

class Workspace;

/**
 * Imports many files into the workspace behind a cancellable progress dialog: files are read and
 * extracted off the UI thread on all cores (QtConcurrent), and stored on this thread (SQLite
 * stays on the thread that opened it) in batches, one transaction each. A file that fails is
 * reported with its error and never stops the rest; cancelling keeps what was stored.
 */
class FolderImportDialog : public QProgressDialog {
    Q_OBJECT
public:
    explicit FolderImportDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~FolderImportDialog() override;

    void start(const QStringList &paths);
    bool isRunning() const { return m_watcher.isRunning(); }

    static constexpr int BatchSize = 100;

Q_SIGNALS:
    /// One stored batch (failures included, in the order of the paths).
    void stored(const QVector<ImportOutcome> &outcomes);
    /// All done; `error` is set when the workspace refused to store (the rest was not stored).
    void done(int imported, int failed, bool cancelled, const QString &error);

private:
    void flush();

    Workspace &m_workspace;
    QFutureWatcher<PreparedImport> m_watcher;
    QList<PreparedImport> m_pending;
    QString m_error;
    int m_imported = 0;
    int m_failed = 0;
};
