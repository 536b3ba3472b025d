#include "mainwindow.h"

#include "charts/chartsview.h"
#include "dialogs/exportdialog.h"
#include "dialogs/folderimportdialog.h"
#include "dialogs/helpmenu.h"
#include "dialogs/reportinfodialog.h"
#include "model/agencykey.h"
#include "model/spec.h"
#include "models/historymodel.h"
#include "models/reportlistmodel.h"
#include "models/reportsortproxy.h"
#include "reportloader.h"
#include "review/reportdocument.h"
#include "session/workspacesession.h"
#include "text/uilanguage.h"
#include "views/findingspanel.h"
#include "views/gridview.h"
#include "views/reportlistpanel.h"
#include "views/reportview.h"
#include "workspace/reportaudit.h"
#include "workspace/workspace.h"
#include "workspace/workspacenotifier.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentMap>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new WorkspaceSession(this))
    , m_list(new ReportListModel(this))
    , m_listPanel(new ReportListPanel(m_list, this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_empty(new QLabel(tr("用“文件 › 导入报告”或把报告拖到这里"), this))
    , m_readOnly(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_user(new QLabel(this)) {
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);
    // The read-only state is said above the report, where the auditor looks, not only in the
    // status bar.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "background:#fdecea; color:#8a1616; border-bottom:1px solid #e0a0a0; padding:6px 10px"));
    m_banner->hide();
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_stack, 1);
    m_splitter->addWidget(m_listPanel);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setSizes({500, 1100}); // room for agency names beside six narrow columns
    setCentralWidget(m_splitter);
    setAcceptDrops(true);
    // Charts (View › Charts): a dock that follows the workspace by itself (its notifier).
    m_charts = new ChartsView(this);
    m_chartsDock = new QDockWidget(tr("图表"), this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setWidget(m_charts);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    m_chartsDock->hide();
    connect(m_charts, &ChartsView::statusMessage, this, &MainWindow::showStatus);
    connect(m_charts, &ChartsView::openReportRequested, this,
            [this](qint64 id, const QList<int> &cells) {
                if (openReport(id) && currentView() && !cells.isEmpty())
                    currentView()->selectCells(cells);
            });
    connect(m_listPanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, m_charts,
            [this] {
                QVector<qint64> ids;
                for (const QModelIndex &i : m_listPanel->view()->selectionModel()->selectedRows())
                    ids << m_list->reportId(m_listPanel->proxy()->mapToSource(i).row());
                m_charts->setSelectedReports(ids);
            });
    createActions();
    menuBar()->addMenu(new HelpMenu(this)); // last: guide, shortcuts (read from the menus), About
    m_readOnly->setStyleSheet(QStringLiteral("color:#b01c1c; font-weight:bold; padding:0 6px"));
    m_readOnly->hide();
    statusBar()->addPermanentWidget(m_readOnly);
    m_user->setToolTip(tr("记入每次修改和决定的审核人（编辑 › 审核人）"));
    statusBar()->addPermanentWidget(m_user);
    updateUserLabel();
    connect(m_listPanel, &ReportListPanel::currentRowChanged, this, &MainWindow::showRow);
    connect(m_listPanel, &ReportListPanel::message, this, &MainWindow::showStatus);
    connect(m_session, &WorkspaceSession::aboutToClose, this, &MainWindow::workspaceClosing);
    connect(m_session, &WorkspaceSession::opened, this, &MainWindow::workspaceOpened);
    statusBar()->showMessage(tr("就绪"));
    readSettings();
    updateTitle();
}

MainWindow::~MainWindow() {
    // ~QWidget hides the window, which moves the focus and makes an open grid editor commit;
    // a refused value would then report to this half-destroyed window. Cut those links first.
    for (ReportView *view : std::as_const(m_views))
        view->disconnect(this);
    // Every document the list owns, not only the listed ones (one replaced by a re-import lives
    // on as the list's child until it goes): each one's `destroyed` would otherwise reach
    // m_views after this window's members are gone (a use after free that valgrind showed).
    for (ReportDocument *doc : m_list->findChildren<ReportDocument *>())
        doc->disconnect(this);
    m_listPanel->disconnect(this);
    m_session->disconnect(this);
    // Documents commit to the workspace: they go before it does.
    m_list->setWorkspace(nullptr);
}

void MainWindow::createActions() {
    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    createWorkspaceMenu(file);
    file->addSeparator();
    file->addAction(tr("导入报告(&O)…"), QKeySequence::Open, this, &MainWindow::chooseFiles);
    file->addAction(tr("导入文件夹(&D)…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainWindow::chooseFolder);
    file->addAction(tr("关闭报告(&C)"), QKeySequence::Close, this, &MainWindow::closeCurrent);
    file->addSeparator();
    file->addAction(tr("导出(&E)…"), QKeySequence(tr("Ctrl+Shift+E")), this, [this] {
        ExportDialog(m_session->path(), m_session->userName(), ExportDialog::scopesOf(m_listPanel),
                     this)
            .exec();
    });
    file->addSeparator();
    file->addAction(tr("退出(&Q)"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("编辑(&E)"));
    m_undo = edit->addAction(tr("撤销(&U)"), QKeySequence::Undo, this, [this] {
        QString error;
        if (m_current && !m_current->undo(&error) && !error.isEmpty())
            showStatus(error);
    });
    m_redo = edit->addAction(tr("重做(&R)"), QKeySequence::Redo, this, [this] {
        QString error;
        if (m_current && !m_current->redo(&error) && !error.isEmpty())
            showStatus(error);
    });
    edit->addSeparator();
    edit->addAction(tr("报告信息(&I)…"), QKeySequence(tr("Ctrl+I")), this,
                    &MainWindow::editReportInfo);
    edit->addAction(tr("审核人(&W)…"), this, &MainWindow::chooseUserName);
    edit->addSeparator();
    edit->addAction(tr("复制(&C)"), QKeySequence::Copy, this, [this] { copyOrPaste(false); });
    edit->addAction(tr("粘贴(&P)"), QKeySequence::Paste, this, [this] { copyOrPaste(true); });
    m_applySuggestion =
        edit->addAction(tr("采用建议值(&A)"), QKeySequence(tr("Ctrl+Shift+A")), this, [this] {
            ReportView *v = currentView();
            if (!v)
                return;
            // From the grid: the suggestion that targets the current cell; else the finding's.
            GridView *grid = v->currentGrid();
            if (grid && grid->hasFocus())
                v->applySuggestionAt(grid->currentCell());
            else
                v->findingsPanel()->applySuggestion();
        });

    QMenu *review = menuBar()->addMenu(tr("审核(&R)"));
    QAction *accept = review->addAction(tr("确认读数（存疑的数值按原文读数确认）"), this, [this] {
        if (ReportView *v = currentView()) {
            if (GridView *grid = v->currentGrid(); grid && !v->findingsPanel()->view()->hasFocus())
                grid->acceptSelectedCells();
            else
                v->findingsPanel()->acceptReading();
        }
    });
    // Typed in the grid (Space, Ctrl+Enter): listed here and in Help › Keyboard Shortcuts, but
    // not a window-wide shortcut (Space types a space everywhere else).
    accept->setShortcuts({QKeySequence(Qt::Key_Space), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    accept->setShortcutContext(Qt::WidgetShortcut);
    review->addSeparator();
    review->addAction(tr("确认为原文错误"), QKeySequence(tr("Ctrl+Shift+C")), this, [this] {
        if (ReportView *v = currentView())
            v->findingsPanel()->confirm();
    });
    review->addAction(tr("忽略（须填写说明）…"), QKeySequence(tr("Ctrl+Shift+D")), this, [this] {
        if (ReportView *v = currentView())
            v->findingsPanel()->dismiss();
    });
    review->addAction(tr("重新打开问题"), QKeySequence(tr("Ctrl+Shift+R")), this, [this] {
        if (ReportView *v = currentView())
            v->findingsPanel()->reopen();
    });
    review->addSeparator();
    review->addAction(tr("下一个问题"), QKeySequence(Qt::Key_F8), this, [this] {
        if (ReportView *v = currentView())
            v->findingsPanel()->next();
    });
    review->addAction(tr("上一个问题"), QKeySequence(Qt::SHIFT | Qt::Key_F8), this, [this] {
        if (ReportView *v = currentView())
            v->findingsPanel()->previous();
    });

    QMenu *view = menuBar()->addMenu(tr("视图(&V)"));
    view->addAction(tr("放大"), QKeySequence::ZoomIn, this, [this] {
        if (ReportView *v = currentView())
            v->zoom(1);
    });
    view->addAction(tr("缩小"), QKeySequence::ZoomOut, this, [this] {
        if (ReportView *v = currentView())
            v->zoom(-1);
    });
    view->addAction(tr("实际大小"), QKeySequence(tr("Ctrl+0")), this, [this] {
        if (ReportView *v = currentView())
            v->resetZoom();
    });
    view->addSeparator();
    view->addAction(tr("问题列表"), QKeySequence(tr("Ctrl+Shift+F")), this, [this] {
        if (ReportView *v = currentView())
            v->showLowerTab(0);
    });
    view->addAction(tr("修改记录"), QKeySequence(tr("Ctrl+Shift+H")), this, [this] {
        if (ReportView *v = currentView())
            v->showLowerTab(1);
    });
    view->addSeparator();
    QAction *charts = m_chartsDock->toggleViewAction();
    charts->setText(tr("图表"));
    charts->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
    view->addAction(charts);
    view->addSeparator();
    // The running language is the checked one (a change applies after a restart).
    QMenu *language = view->addMenu(tr("界面语言：%1").arg(UiLanguage::name()));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = UiLanguage::code();
    for (const auto &[code, name] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = language->addAction(name, this, [this, code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
    }
    updateUndoActions();
}

void MainWindow::createWorkspaceMenu(QMenu *file) {
    file->addAction(tr("新建工作区(&N)…"), QKeySequence::New, this,
                    &MainWindow::chooseNewWorkspace);
    file->addAction(tr("打开工作区(&W)…"), QKeySequence(tr("Ctrl+Shift+W")), this,
                    &MainWindow::chooseWorkspace);
    m_recentMenu = file->addMenu(tr("最近的工作区"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        m_recentMenu->clear();
        for (const QString &path : m_session->recent())
            m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                    [this, path] { openWorkspace(path); });
        if (m_recentMenu->isEmpty())
            m_recentMenu->addAction(tr("（无）"))->setEnabled(false);
    });
}

void MainWindow::chooseUserName() {
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("审核人"),
        tr("记入每次修改和决定的审核人（留空则用系统用户名 %1）：").arg(Workspace::osUserName()),
        QLineEdit::Normal, m_session->userName(), &ok);
    if (!ok)
        return;
    m_session->setUserName(name);
    updateUserLabel();
}

void MainWindow::updateUserLabel() {
    m_user->setText(tr("审核人：%1").arg(m_session->userName()));
}

void MainWindow::setLanguage(const QString &language) {
    QSettings().setValue(QStringLiteral("language"), language);
    if (language != UiLanguage::code())
        showStatus(tr("界面语言将在重新启动后生效"));
}

void MainWindow::fitList() {
    // Agency names in full where there is room: the list grows (never shrinks) up to 45% of
    // the window for them.
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    const int want = qMin(m_listPanel->fittingWidth(), total * 9 / 20);
    if (want > sizes.value(0))
        m_splitter->setSizes({want, total - want});
}

void MainWindow::copyOrPaste(bool paste) {
    // The grid copies and pastes blocks; elsewhere (the filter, the note) the focused editor
    // does what Ctrl+C / Ctrl+V always do.
    QWidget *focus = QApplication::focusWidget();
    ReportView *v = currentView();
    GridView *grid = v ? v->currentGrid() : nullptr;
    if (grid && (focus == grid || !focus || grid->isAncestorOf(focus)) && !grid->isEditing()) {
        paste ? grid->pasteClipboard() : grid->copySelection();
        return;
    }
    if (focus)
        QMetaObject::invokeMethod(focus, paste ? "paste" : "copy");
}

// --- workspace ---

bool MainWindow::openWorkspaceAtStart() {
    QString error;
    const bool ok = m_session->openAtStart(&error);
    if (!error.isEmpty())
        showError(tr("打开工作区"), error);
    return ok;
}

bool MainWindow::openWorkspace(const QString &path) {
    QString error;
    if (!m_session->open(path, &error)) {
        showError(tr("打开工作区"), error);
        return false;
    }
    return true;
}

bool MainWindow::newWorkspace(const QString &path) {
    QString error;
    if (!m_session->create(path, &error)) {
        showError(tr("新建工作区"), error);
        return false;
    }
    return true;
}

void MainWindow::workspaceClosing() {
    rememberPlace();
    m_charts->setWorkspace(nullptr);
    showDocument(nullptr);
    for (ReportView *view : std::as_const(m_views))
        view->deleteLater();
    m_views.clear();
    m_list->setWorkspace(nullptr); // deletes the documents while their workspace is open
}

void MainWindow::workspaceOpened() {
    m_list->setWorkspace(m_session->workspace());
    m_charts->setWorkspace(m_session->workspace());
    // Report info changed (the dialog, a revert in the History tab): the open document shows
    // the old agency, year or edition, so it is loaded again, once for all the fields.
    connect(m_session->workspace()->notifier(), &WorkspaceNotifier::reportInfoChanged, this,
            [this](qint64 id) {
                if (m_reloadPending.isEmpty())
                    QMetaObject::invokeMethod(
                        this,
                        [this] {
                            const QSet<qint64> ids = std::exchange(m_reloadPending, {});
                            for (qint64 r : ids)
                                reloadReport(r);
                        },
                        Qt::QueuedConnection);
                m_reloadPending.insert(id);
            });
    const bool readOnly = m_session->isReadOnly();
    const QString notice = UiLanguage::half(m_session->notice());
    m_readOnly->setVisible(readOnly);
    m_readOnly->setText(tr("只读"));
    m_readOnly->setToolTip(notice);
    m_banner->setVisible(readOnly);
    m_banner->setText(tr("<b>只读</b>：%1 修改和决定都不会被保存。").arg(notice.toHtmlEscaped()));
    if (readOnly)
        showError(tr("工作区为只读"), m_session->notice());
    fitList();
    if (!restorePlace() && m_list->rowCount() > 0)
        m_listPanel->setCurrentRow(
            m_listPanel->proxy()->mapToSource(m_listPanel->proxy()->index(0, 0)).row());
    updateTitle();
}

void MainWindow::chooseWorkspace() {
    const QString path = QFileDialog::getOpenFileName(this, tr("打开工作区"),
                                                      QFileInfo(m_session->path()).absolutePath(),
                                                      tr("年报工作区 (*.nianbao);;所有文件 (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::chooseNewWorkspace() {
    QString path = QFileDialog::getSaveFileName(this, tr("新建工作区"),
                                                QFileInfo(m_session->path()).absolutePath(),
                                                tr("年报工作区 (*.nianbao)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".nianbao");
    newWorkspace(path);
}

// --- importing ---

void MainWindow::openFiles(const QStringList &paths) {
    if (!m_session->isOpen() && !openWorkspaceAtStart())
        return;
    const QList<PreparedImport> prepared =
        QtConcurrent::blockingMapped(paths, &ReportLoader::prepare);
    QString error;
    const QVector<ImportOutcome> outcomes =
        ReportLoader::store(*m_session->workspace(), prepared, &error);
    if (outcomes.isEmpty() && !error.isEmpty()) {
        showError(tr("导入报告"), error);
        return;
    }
    showOutcomes(outcomes, true);
}

void MainWindow::openFolder(const QString &folder) {
    QSettings().setValue(QStringLiteral("lastFolder"), folder);
    if (!m_session->isOpen() && !openWorkspaceAtStart())
        return;
    const QStringList paths = ReportLoader::findReports(folder);
    if (paths.isEmpty()) {
        showStatus(tr("文件夹中没有报告文件：%1").arg(folder));
        return;
    }
    auto *dialog = new FolderImportDialog(*m_session->workspace(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FolderImportDialog::stored, this,
            [this](const QVector<ImportOutcome> &outcomes) { showOutcomes(outcomes, false); });
    connect(dialog, &FolderImportDialog::done, this,
            [this](int imported, int failed, bool cancelled, const QString &error) {
                if (!error.isEmpty())
                    showError(tr("导入报告"), error);
                showStatus(cancelled
                               ? tr("已取消：导入 %1 个，失败 %2 个").arg(imported).arg(failed)
                               : tr("导入 %1 个，失败 %2 个").arg(imported).arg(failed));
                if (!m_current && m_list->rowCount() > 0)
                    m_listPanel->setCurrentRow(0);
            });
    dialog->start(paths);
}

void MainWindow::showOutcomes(const QVector<ImportOutcome> &outcomes, bool select) {
    // The list has its new rows already (the notifier's reportsImported).
    int added = 0, updated = 0, unchanged = 0, failed = 0, conflicts = 0;
    qint64 first = -1;
    QStringList duplicates;
    for (const ImportOutcome &o : outcomes) {
        switch (o.kind) {
        case ImportOutcome::Duplicate:
            duplicates << tr("%1 与工作区中的 %2 内容相同")
                              .arg(QFileInfo(o.path).fileName(),
                                   QDir::toNativeSeparators(o.duplicateOf));
            break;
        case ImportOutcome::Added:
            ++added;
            break;
        case ImportOutcome::Updated:
            ++updated;
            conflicts += int(o.conflicts.size());
            // A loaded document shows the old extraction: it is loaded again when next shown.
            unloadReport(m_list->rowOfReport(o.reportId));
            break;
        case ImportOutcome::Unchanged:
            ++unchanged;
            break;
        case ImportOutcome::Failed:
            ++failed;
            m_list->addFailure(o.path, o.error);
            break;
        }
        if (first < 0 && o.reportId >= 0)
            first = o.reportId;
    }
    QString text = tr("导入：新增 %1，更新 %2，未变 %3，失败 %4")
                       .arg(added)
                       .arg(updated)
                       .arg(unchanged)
                       .arg(failed);
    if (!duplicates.isEmpty())
        text += tr("，%n 个已在工作区中（未添加副本）", nullptr, int(duplicates.size()));
    showStatus(text);
    if (!duplicates.isEmpty()) {
        // Said, not only counted: the auditor may think the file was never imported.
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("已在工作区中"),
            tr("%n 个文件与工作区中已有的报告字节完全相同，没有添加副本；已打开已有的报告。",
               nullptr, int(duplicates.size())),
            QMessageBox::Ok, this);
        box->setDetailedText(duplicates.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("nianbaoDuplicateBox"));
        box->open();
    }
    if (conflicts > 0)
        showConflicts(outcomes, conflicts);
    if (select && first >= 0)
        openReport(first);
}

void MainWindow::showConflicts(const QVector<ImportOutcome> &outcomes, int count) {
    // Re-extraction changed cells the auditor had edited: nothing was overwritten, but the
    // auditor has to look at each one.
    QStringList lines;
    for (const ImportOutcome &o : outcomes)
        for (const ReimportConflict &c : o.conflicts) {
            const auto summary = m_session->workspace()->summary(c.reportId);
            const EditionSpec &spec =
                Spec::instance().edition(summary ? summary->edition : Edition::E2021);
            lines << QStringLiteral("%1 · %2").arg(QFileInfo(o.path).fileName(),
                                                   HistoryModel::conflictText(spec, c));
        }
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("重新导入的冲突"),
                        tr("源文件已更改并重新提取。%n 处人工修改下的提取值变了：人工值已保留，"
                           "请逐一核对。",
                           nullptr, count),
                        QMessageBox::Ok, this);
    box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("nianbaoConflictBox"));
    box->open();
}

// --- reports ---

ReportDocument *MainWindow::openReport(qint64 reportId) {
    const int row = m_list->rowOfReport(reportId);
    if (row < 0)
        return nullptr;
    m_listPanel->setCurrentRow(row);
    showRow(row); // in case the row was current already
    return m_list->document(row);
}

void MainWindow::showRow(int row) {
    ReportDocument *doc = m_list->document(row);
    const qint64 id = m_list->reportId(row);
    if (!doc && id >= 0 && m_session->isOpen()) {
        QString error;
        doc = ReportLoader::openStored(*m_session->workspace(), id, &error);
        if (!doc) {
            showError(tr("打开报告"), error);
            return;
        }
        m_list->setDocument(row, doc);
    }
    showDocument(doc);
}

bool MainWindow::unloadReport(int row) {
    ReportDocument *doc = m_list->document(row);
    const bool current = doc && doc == m_current;
    if (current)
        showDocument(nullptr);
    m_list->setDocument(row, nullptr); // its view goes with it
    return current;
}

void MainWindow::reloadReport(qint64 reportId) {
    const int row = m_list->rowOfReport(reportId);
    if (row < 0 || !m_list->document(row))
        return; // not loaded: the list row follows the workspace by itself
    const bool current = unloadReport(row);
    if (current)
        showRow(row);
}

void MainWindow::editReportInfo() {
    ReportAudit *audit = ReportAudit::of(m_current);
    if (!audit) {
        showStatus(tr("只有工作区中的报告可以修改报告信息"));
        return;
    }
    ReportInfoDialog dialog(m_current->report().meta, m_current->original().meta, this);
    if (const auto summary = m_session->workspace()->summary(audit->reportId()))
        dialog.setAgencyKey(summary->agencyKeyOverridden ? summary->agencyKey : QString(),
                            AgencyKey::fromAgency(summary->agency));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!setReportInfo(audit->reportId(), dialog.info(), &error))
        showError(tr("报告信息"), error);
}

bool MainWindow::setReportInfo(qint64 reportId, const ReportInfo &info, QString *error) {
    Workspace *ws = m_session->workspace();
    const auto summary = ws ? ws->summary(reportId) : std::nullopt;
    if (!summary) {
        if (error)
            *error = tr("没有报告 %1").arg(reportId);
        return false;
    }
    using F = Workspace::MetaField;
    QVector<std::pair<F, QString>> changes;
    if (summary->agency != info.agency)
        changes.append({F::Agency, info.agency});
    if (info.agencyKey != (summary->agencyKeyOverridden ? summary->agencyKey : QString()))
        changes.append({F::AgencyKey, info.agencyKey});
    if (summary->year != info.year)
        changes.append({F::Year, QString::number(info.year)});
    if (summary->edition != info.edition)
        changes.append({F::Edition, editionName(info.edition)});
    // The workspace's notifier reloads the report and updates its list row.
    for (const auto &[field, value] : changes)
        if (!ws->setMeta(reportId, field, value, EditOrigin::Typed, info.note, error))
            return false;
    return true;
}

ReportView *MainWindow::currentView() const {
    return m_current ? viewOf(m_current) : nullptr;
}

ReportView *MainWindow::viewOf(const ReportDocument *document) const {
    return m_views.value(document);
}

ReportDocument *MainWindow::currentDocument() const {
    return m_current;
}

void MainWindow::setCurrentDocument(ReportDocument *document) {
    m_listPanel->setCurrentDocument(document);
    showDocument(document); // in case the list row was current already
}

void MainWindow::showDocument(ReportDocument *document) {
    if (document == m_current && (!document || currentView()))
        return;
    if (ReportView *old = currentView())
        m_viewSplitterState = old->saveSplitters();
    if (m_current)
        m_current->undoStack()->disconnect(this);
    m_current = document;
    const ReportAudit *audit = ReportAudit::of(document);
    m_charts->setCurrentReport(audit ? audit->reportId() : -1);
    if (!document) {
        m_stack->setCurrentWidget(m_empty);
    } else {
        ReportView *view = m_views.value(document);
        if (!view) {
            view = new ReportView(document, m_stack);
            if (!m_viewSplitterState.isEmpty())
                view->restoreSplitters(m_viewSplitterState);
            connect(view, &ReportView::statusMessage, this, &MainWindow::showStatus);
            connect(document, &QObject::destroyed, view, &QObject::deleteLater);
            connect(document, &QObject::destroyed, this,
                    [this, document] { m_views.remove(document); });
            m_views.insert(document, view);
            m_stack->addWidget(view);
        }
        m_stack->setCurrentWidget(view);
        connect(document->undoStack(), &QUndoStack::indexChanged, this,
                &MainWindow::updateUndoActions);
    }
    updateUndoActions();
    updateTitle();
}

void MainWindow::updateUndoActions() {
    QUndoStack *stack = m_current ? m_current->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("撤销 %1").arg(stack->undoText()) : tr("撤销"));
    m_redo->setText(stack && stack->canRedo() ? tr("重做 %1").arg(stack->redoText()) : tr("重做"));
}

void MainWindow::updateTitle() {
    // No "[*]" modified marker: every edit is already committed to the workspace.
    QStringList parts;
    if (m_current)
        parts << m_current->displayName();
    if (m_session->isOpen())
        parts << (m_session->isReadOnly() ? tr("%1（只读）").arg(m_session->displayName())
                                          : m_session->displayName());
    parts << tr("年报审核台");
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void MainWindow::showStatus(const QString &text) {
    // The core's messages are "中文 / English": the UI's half only. An empty one clears.
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(UiLanguage::half(text), 8000);
}

void MainWindow::showError(const QString &title, const QString &text) {
    showStatus(text);
    // Not modal-blocking: the desk stays usable (and scripted runs do not hang on it).
    auto *box =
        new QMessageBox(QMessageBox::Warning, title, UiLanguage::half(text), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("nianbaoErrorBox"));
    box->open();
}

void MainWindow::chooseFiles() {
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("导入报告"), settings.value(QStringLiteral("lastFolder")).toString(),
        tr("年度报告 (%1);;所有文件 (*)")
            .arg(QStringLiteral("*.txt *.md *.html *.htm *.docx *.pdf *.doc")));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastFolder"), QFileInfo(files.first()).absolutePath());
    openFiles(files);
}

void MainWindow::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("导入文件夹"), QSettings().value(QStringLiteral("lastFolder")).toString());
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::closeCurrent() {
    // Unloads the report's document (its edits are in the workspace); the row stays.
    const int row = m_list->rowOf(m_current);
    if (row < 0)
        return;
    if (m_list->reportId(row) >= 0) {
        unloadReport(row);
    } else {
        showDocument(nullptr);
        m_list->removeRow(row);
    }
}

void MainWindow::rememberPlace() {
    if (!m_session->isOpen())
        return;
    QSettings s;
    s.beginGroup(QStringLiteral("place"));
    const QString key = QString::fromLatin1(m_session->path().toUtf8().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const ReportAudit *audit = ReportAudit::of(m_current);
    ReportView *v = currentView();
    if (!audit || !v) {
        s.remove(key);
        return;
    }
    const GridView *grid = v->currentGrid();
    s.setValue(key,
               QVariantList{audit->reportId(), v->currentTable(), grid ? grid->currentCell() : -1});
}

bool MainWindow::restorePlace() {
    QSettings s;
    s.beginGroup(QStringLiteral("place"));
    const QString key = QString::fromLatin1(m_session->path().toUtf8().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QVariantList place = s.value(key).toList();
    if (place.size() != 3 || m_list->rowOfReport(place[0].toLongLong()) < 0)
        return false;
    if (!openReport(place[0].toLongLong()))
        return false;
    ReportView *v = currentView();
    if (!v)
        return false;
    v->showTable(place[1].toInt());
    const int cell = place[2].toInt();
    if (cell >= 0 && cell < m_current->spec().cellCount() &&
        m_current->spec().cell(cell).table == place[1].toInt())
        v->selectCell(cell);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event) {
    rememberPlace();
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (QFileInfo(path).isDir())
            openFolder(path);
        else if (QFileInfo(path).suffix().compare(u"nianbao", Qt::CaseInsensitive) == 0)
            openWorkspace(path);
        else if (!path.isEmpty())
            files << path;
    }
    if (!files.isEmpty())
        openFiles(files);
    event->acceptProposedAction();
}

void MainWindow::readSettings() {
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1600, 1000);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(s.value(QStringLiteral("window/listSplitter")).toByteArray());
    m_viewSplitterState = s.value(QStringLiteral("window/viewSplitters")).toByteArray();
}

void MainWindow::writeSettings() {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/listSplitter"), m_splitter->saveState());
    if (ReportView *v = currentView())
        m_viewSplitterState = v->saveSplitters();
    s.setValue(QStringLiteral("window/viewSplitters"), m_viewSplitterState);
}
