#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

class ChartsView;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
#include "review/reportdocument.h"
#include "workspace/workspacetypes.h"
class ReportListModel;
class ReportListPanel;
class ReportView;
class WorkspaceSession;
struct ReportInfo;

/**
 * The review desk: the workspace's report list on the left, the current report's view (document
 * pane, grids, findings, history) on the right. Composes widgets and wires actions; the widgets
 * and the workspace do the work. There is no "save": every edit and decision is committed to the
 * workspace before it is shown.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The last workspace, else the default one (made with the bundled samples on first launch).
    bool openWorkspaceAtStart();
    /// Opens a workspace file (read-only, with a message, when another instance has it).
    bool openWorkspace(const QString &path);
    /// Creates and opens an empty workspace.
    bool newWorkspace(const QString &path);
    WorkspaceSession *session() const { return m_session; }
    /// Widens the list for the agency names (after a resize, e.g. for a screenshot).
    void fitReportList() { fitList(); }

    /// Imports the files into the workspace (all cores, waiting) and shows the first one.
    void openFiles(const QStringList &paths);
    /// Imports every report below `folder` with a cancellable progress dialog; returns at once.
    void openFolder(const QString &folder);

    ReportListModel *reportList() const { return m_list; }
    /// The Charts view (View › Charts), in a dock.
    ChartsView *chartsView() const { return m_charts; }
    QDockWidget *chartsDock() const { return m_chartsDock; }
    ReportListPanel *reportListPanel() const { return m_listPanel; }
    ReportView *currentView() const;
    ReportView *viewOf(const ReportDocument *document) const;
    ReportDocument *currentDocument() const;
    void setCurrentDocument(ReportDocument *document);
    /// Loads (if needed) and shows the workspace report; returns its document or nullptr.
    ReportDocument *openReport(qint64 reportId);
    /// The read-only banner above the report (hidden when the workspace can be written).
    QLabel *readOnlyBanner() const { return m_banner; }
    /// Sets agency, year and edition of a workspace report (each change logged with the note)
    /// and loads the report again. Not on the undo stack: revert it from the history.
    bool setReportInfo(qint64 reportId, const ReportInfo &info, QString *error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createWorkspaceMenu(QMenu *file);
    void showRow(int row);
    void showDocument(ReportDocument *document);
    void workspaceOpened();
    void workspaceClosing();
    void showOutcomes(const QVector<ImportOutcome> &outcomes, bool select);
    void showConflicts(const QVector<ImportOutcome> &outcomes, int count);
    void updateTitle();
    void updateUndoActions();
    void showStatus(const QString &text);
    void showError(const QString &title, const QString &text);
    void chooseFiles();
    void chooseFolder();
    void chooseWorkspace();
    void chooseNewWorkspace();
    void closeCurrent();
    void editReportInfo();
    /// Drops a row's loaded document (and view); true when it was the one shown.
    bool unloadReport(int row);
    void reloadReport(qint64 reportId);
    void setLanguage(const QString &language);
    void chooseUserName();
    void updateUserLabel();
    void readSettings();
    void writeSettings();
    /// Remembers the shown report, its table and its current cell for the next launch.
    void rememberPlace();
    /// Shows the report, table and cell remembered for this workspace; false when none.
    bool restorePlace();
    void copyOrPaste(bool paste);
    /// Widens the report list (up to 45%) so that agency names are not elided.
    void fitList();

    WorkspaceSession *m_session;
    ReportListModel *m_list;
    ReportListPanel *m_listPanel;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    QLabel *m_empty;
    QLabel *m_readOnly;
    QLabel *m_banner;
    QLabel *m_user;
    QHash<const ReportDocument *, ReportView *> m_views;
    QPointer<ReportDocument> m_current;
    QByteArray m_viewSplitterState;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_applySuggestion = nullptr;
    ChartsView *m_charts = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QSet<qint64> m_reloadPending; ///< reports whose info changed, reloaded once per event loop
};
