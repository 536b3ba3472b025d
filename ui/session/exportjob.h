#pragma once

#include "export/exporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>

/**
 * One export run off the UI thread. The worker opens its own read-only connection to the
 * workspace (a Workspace is one SQLite connection per thread; every edit is committed before the
 * desk shows it, so the second connection sees what the auditor sees), builds the ExportSet and
 * writes the file atomically. Progress and the result come back as queued signals; cancel()
 * stops at the next report and leaves any existing file untouched.
 */
class ExportJob : public QObject {
    Q_OBJECT
public:
    struct Request {
        QString workspace; ///< path of the workspace file
        QString reviewer;
        QVector<qint64> reports; ///< in this order; empty: every report
        Exporter::Format format = Exporter::Format::Xlsx;
        ExportText::Language language = ExportText::Zh;
        QString path; ///< the file to write
    };

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    void start(const Request &request);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// @p done of @p total steps (reading the reports, then writing them).
    void progress(int done, int total);
    /// Finished: ok, or cancelled (error empty), or failed with a one-line error.
    void finished(bool ok, const QString &error);

private:
    QString run(const Request &request);

    QFutureWatcher<QString> m_watcher;
    std::atomic_bool m_cancel{false};
};
