#include "mainwindow.h"

#include "dialogs/folderimportdialog.h"
#include "models/reportlistmodel.h"
#include "reportloader.h"
#include "review/reportdocument.h"
#include "views/findingspanel.h"
#include "views/gridview.h"
#include "views/reportlistpanel.h"
#include "views/reportview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentMap>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_list(new ReportListModel(this))
    , m_listPanel(new ReportListPanel(m_list, this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_empty(new QLabel(tr("用“文件 › 打开”或把报告拖到这里"), this)) {
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);
    m_splitter->addWidget(m_listPanel);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setSizes({430, 1170});
    setCentralWidget(m_splitter);
    setAcceptDrops(true);
    createActions();
    connect(m_listPanel, &ReportListPanel::currentDocumentChanged, this, &MainWindow::showDocument);
    connect(m_listPanel, &ReportListPanel::failureSelected, this, &MainWindow::showStatus);
    statusBar()->showMessage(tr("就绪"));
    readSettings();
    updateTitle();
}

MainWindow::~MainWindow() {
    // ~QWidget hides the window, which moves the focus and makes an open grid editor commit;
    // a refused value would then report to this half-destroyed window. Cut those links first.
    for (ReportView *view : std::as_const(m_views))
        view->disconnect(this);
    for (ReportDocument *doc : m_list->documents())
        doc->disconnect(this);
    m_listPanel->disconnect(this);
}

void MainWindow::createActions() {
    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(tr("打开(&O)…"), QKeySequence::Open, this, &MainWindow::chooseFiles);
    file->addAction(tr("打开文件夹(&D)…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainWindow::chooseFolder);
    file->addAction(tr("关闭报告(&C)"), QKeySequence::Close, this, &MainWindow::closeCurrent);
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
    m_applySuggestion =
        edit->addAction(tr("采用建议值(&A)"), QKeySequence(tr("Ctrl+Shift+A")), this, [this] {
            if (ReportView *v = currentView())
                v->findingsPanel()->applySuggestion();
        });

    QMenu *go = menuBar()->addMenu(tr("转到(&G)"));
    go->addAction(tr("下一个问题"), QKeySequence(Qt::Key_F8), this, [this] {
        if (ReportView *v = currentView())
            v->findingsPanel()->next();
    });
    go->addAction(tr("上一个问题"), QKeySequence(Qt::SHIFT | Qt::Key_F8), this, [this] {
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
    QMenu *language = view->addMenu(tr("界面语言"));
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language"), "zh_CN").toString();
    for (const auto &[code, name] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = language->addAction(name, this, [this, code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
    }
    updateUndoActions();
}

void MainWindow::setLanguage(const QString &language) {
    QSettings().setValue(QStringLiteral("language"), language);
    showStatus(tr("界面语言将在重新启动后生效 / the language applies after a restart"));
}

void MainWindow::openFiles(const QStringList &paths) {
    QStringList fresh;
    for (const QString &p : paths)
        if (!m_list->hasPath(p))
            fresh << p;
    const QList<LoadedReport> loaded = QtConcurrent::blockingMapped(fresh, &ReportLoader::load);
    ReportDocument *first = nullptr;
    for (const LoadedReport &r : loaded)
        if (ReportDocument *doc = addLoaded(r); doc && !first)
            first = doc;
    if (first)
        setCurrentDocument(first);
}

void MainWindow::openFolder(const QString &folder) {
    QSettings().setValue(QStringLiteral("lastFolder"), folder);
    QStringList paths;
    for (const QString &p : ReportLoader::findReports(folder))
        if (!m_list->hasPath(p))
            paths << p;
    if (paths.isEmpty()) {
        showStatus(tr("文件夹中没有报告文件：%1").arg(folder));
        return;
    }
    auto *dialog = new FolderImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FolderImportDialog::reportLoaded, this, &MainWindow::addLoaded);
    connect(dialog, &FolderImportDialog::done, this,
            [this](int loaded, int failed, bool cancelled) {
                showStatus(cancelled ? tr("已取消：导入 %1 个，失败 %2 个").arg(loaded).arg(failed)
                                     : tr("导入 %1 个，失败 %2 个").arg(loaded).arg(failed));
                if (!m_current && !m_list->documents().isEmpty())
                    setCurrentDocument(m_list->documents().first());
            });
    dialog->start(paths);
}

ReportDocument *MainWindow::addLoaded(const LoadedReport &loaded) {
    if (!loaded.ok()) {
        m_list->addFailure(loaded.path, loaded.error);
        showStatus(loaded.error);
        return nullptr;
    }
    auto *doc = new ReportDocument(*loaded.source, loaded.validated);
    m_list->addDocument(doc);
    connect(doc, &ReportDocument::modifiedChanged, this, &MainWindow::updateTitle);
    if (!m_current)
        setCurrentDocument(doc);
    return doc;
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
    const QString app = tr("年报审核台");
    setWindowTitle(m_current ? QStringLiteral("%1[*] — %2").arg(m_current->displayName(), app)
                             : app);
    setWindowModified(m_current && m_current->isModified());
}

void MainWindow::showStatus(const QString &text) {
    statusBar()->showMessage(text, 8000);
}

void MainWindow::chooseFiles() {
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("打开报告"), settings.value(QStringLiteral("lastFolder")).toString(),
        tr("年度报告 (*.txt);;所有文件 (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastFolder"), QFileInfo(files.first()).absolutePath());
    openFiles(files);
}

void MainWindow::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("打开文件夹"), QSettings().value(QStringLiteral("lastFolder")).toString());
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::closeCurrent() {
    ReportDocument *doc = m_current;
    if (!doc)
        return;
    if (doc->isModified() &&
        QMessageBox::question(
            this, tr("关闭报告"),
            tr("“%1”有未保存的修改。放弃这些修改并关闭？").arg(doc->displayName()),
            QMessageBox::Discard | QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    showDocument(nullptr);
    ReportView *view = m_views.take(doc);
    m_list->removeRow(m_list->rowOf(doc));
    if (view)
        view->deleteLater();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    int modified = 0;
    for (const ReportDocument *d : m_list->documents())
        modified += d->isModified() ? 1 : 0;
    if (m_askBeforeClosing && modified > 0 &&
        QMessageBox::question(
            this, tr("退出"),
            tr("%n 份报告有未保存的修改（工作区尚未启用，修改只在内存中）。放弃修改并退出？",
               nullptr, modified),
            QMessageBox::Discard | QMessageBox::Cancel) != QMessageBox::Discard) {
        event->ignore();
        return;
    }
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
