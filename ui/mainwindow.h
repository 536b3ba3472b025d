#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
#include "review/reportdocument.h"
class ReportListModel;
class ReportListPanel;
class ReportView;
struct LoadedReport;

/**
 * The review desk: the report list on the left, the current report's view (document pane,
 * grids, findings) on the right. Composes widgets and wires actions; the widgets do the work.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads the files (on all cores, waiting for them) and shows the first one that loaded.
    void openFiles(const QStringList &paths);
    /// Opens every report below `folder` with a cancellable progress dialog; returns at once.
    void openFolder(const QString &folder);
    /// Adds a loaded report (or its failure) to the list; returns the document or nullptr.
    ReportDocument *addLoaded(const LoadedReport &loaded);

    ReportListModel *reportList() const { return m_list; }
    ReportListPanel *reportListPanel() const { return m_listPanel; }
    ReportView *currentView() const;
    ReportView *viewOf(const ReportDocument *document) const;
    ReportDocument *currentDocument() const;
    void setCurrentDocument(ReportDocument *document);
    /// Skips the "discard unsaved edits?" question on close (tests, screenshot).
    void setAskBeforeClosing(bool ask) { m_askBeforeClosing = ask; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void showDocument(ReportDocument *document);
    void updateTitle();
    void updateUndoActions();
    void showStatus(const QString &text);
    void chooseFiles();
    void chooseFolder();
    void closeCurrent();
    void setLanguage(const QString &language);
    void readSettings();
    void writeSettings();

    ReportListModel *m_list;
    ReportListPanel *m_listPanel;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    QLabel *m_empty;
    QHash<const ReportDocument *, ReportView *> m_views;
    QPointer<ReportDocument> m_current;
    QByteArray m_viewSplitterState;
    bool m_askBeforeClosing = true;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_applySuggestion = nullptr;
};
