#pragma once

#include "export/exporter.h"

#include <QDialog>

class ExportJob;
class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class ReportListPanel;

/**
 * File › Export…: which reports (the current one, the selected ones, the filtered list or the
 * whole workspace), the format (xlsx, CSV, JSON), the language of the headers and the file.
 * The export runs in an ExportJob with a progress bar and Cancel; at the end "Open the file"
 * opens it with the system's application.
 */
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum Scope { CurrentReport, SelectedReports, FilteredList, WholeWorkspace, ScopeCount };

    /// The reports of each scope, in list order.
    struct Scopes {
        QVector<qint64> ids[ScopeCount];
    };
    /// The scopes as the report list shows them now (its current row, selection and filter).
    static Scopes scopesOf(const ReportListPanel *panel);

    ExportDialog(const QString &workspace, const QString &reviewer, const Scopes &scopes,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setPath(const QString &path);
    void setScope(Scope scope);
    void setFormat(Exporter::Format format);
    /// Starts the export (as the Export button does).
    void startExport();
    QString writtenPath() const { return m_written; }
    QPushButton *openButton() const { return m_open; }

Q_SIGNALS:
    /// The export finished: ok, or cancelled (error empty), or failed.
    void exportFinished(bool ok, const QString &error);

protected:
    void reject() override;

private:
    Exporter::Format format() const;
    void browse();
    void formatChanged();
    void finished(bool ok, const QString &error);
    void setRunning(bool running);

    QString m_workspace;
    QString m_reviewer;
    Scopes m_scopes;
    QButtonGroup *m_scope;
    QComboBox *m_format;
    QComboBox *m_language;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QPushButton *m_open;
    ExportJob *m_job;
    QString m_written;
};
