// The desk working in a workspace (issue 4, "In the GUI"), offscreen: first launch, edits
// committed before they show, reopening, decisions, review states, read-only workspaces.
#include "dialogs/reportinfodialog.h"
#include "mainwindow.h"
#include "model/spec.h"
#include "models/findingsmodel.h"
#include "models/reportlistmodel.h"
#include "models/reportsortproxy.h"
#include "models/tablemodel.h"
#include "review/reportdocument.h"
#include "session/workspacesession.h"
#include "text/uilanguage.h"
#include "views/findingspanel.h"
#include "views/historypanel.h"
#include "views/reportlistpanel.h"
#include "views/reportview.h"
#include "workspace/reportaudit.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>
#include <memory>

namespace {
const QString kSamples = QStringLiteral(NIANBAO_TEST_DATA "/samples/");
const QString kSample003 = kSamples + QStringLiteral("003_0fe5f5f56ab841d9.txt");
const QString kSample000 = kSamples + QStringLiteral("000_c34580ba60b68903.txt");
const QString kGranted = QStringLiteral("t2.r.granted.c.natural_person");
} // namespace

class TestWorkspaceDesk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstLaunchMakesTheDefaultWorkspace();
    void anEditIsCommittedBeforeItReturns();
    void reopeningShowsTheEditedValue();
    void decisionsFromTheFindingsPanelPersist();
    void aFixByAnEditIsRecordedAndUndone();
    void reviewStateFromTheListPersistsAndFilters();
    void readOnlyWorkspaceRefusesEdits();
    void folderImportStoresGoodFilesAndListsBadOnes();
    void reimportKeepsEditsAndListsConflicts();
    void reportInfoIsEditedLoggedAndReverted();
    void countsStaleFromTheCommandLineAreRecomputed();
    void recentWorkspacesAndTitle();

private:
    MainWindow *newWindow();
    QString workspacePath() const { return m_dir->filePath(QStringLiteral("t.nianbao")); }
    bool setGranted(ReportView *view, const QString &text);
    /// Sample 003 with 自然人 （一）予以公开 printed as `value` instead of 4, written to `name`.
    QString publishedErrorCopy(const QString &value = QStringLiteral("5"),
                               const QString &name = QStringLiteral("003-published-error.txt"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<MainWindow>> m_windows;
};

void TestWorkspaceDesk::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // settings and data folder of a test profile
    QCoreApplication::setOrganizationName(QStringLiteral("NianbaoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_workspacedesk"));
}

void TestWorkspaceDesk::init() {
    QSettings().clear();
    QFile::remove(WorkspaceSession::defaultPath());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWorkspaceDesk::cleanup() {
    m_windows.clear(); // windows (and their workspaces) before the folder
    QFile::remove(WorkspaceSession::defaultPath());
    m_dir.reset();
}

MainWindow *TestWorkspaceDesk::newWindow() {
    m_windows.push_back(std::make_unique<MainWindow>());
    m_windows.back()->resize(1400, 900);
    return m_windows.back().get();
}

bool TestWorkspaceDesk::setGranted(ReportView *view, const QString &text) {
    TableModel *model = view->tableModel(2);
    return model->setData(model->indexOfCell(view->document()->spec().indexOf(kGranted)), text);
}

QString TestWorkspaceDesk::publishedErrorCopy(const QString &value, const QString &name) {
    QFile in(kSample003);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(in.readAll());
    const qsizetype results = text.indexOf(QStringLiteral("三、本年度办理结果"));
    const QRegularExpression granted(QStringLiteral("(（一）予以公开\\s*)4(\\s)"));
    const QRegularExpressionMatch m = granted.match(text, results);
    if (results < 0 || !m.hasMatch())
        return {};
    text.replace(m.capturedStart(), m.capturedLength(), m.captured(1) + value + m.captured(2));
    const QString path = m_dir->filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(text.toUtf8());
    return path;
}

void TestWorkspaceDesk::firstLaunchMakesTheDefaultWorkspace() {
    const QString path = WorkspaceSession::defaultPath();
    QVERIFY(!QFile::exists(path));
    MainWindow *w = newWindow();
    QVERIFY(w->openWorkspaceAtStart());
    QVERIFY(QFile::exists(path));
    QCOMPARE(w->session()->path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(w->reportList()->rowCount(), 5); // the bundled samples
    QVERIFY(w->currentDocument());            // the first one is shown
    QVERIFY(w->windowTitle().contains(QStringLiteral("default")));
    m_windows.clear();

    // The next start reopens it (the last workspace), without importing the samples again.
    MainWindow *again = newWindow();
    QVERIFY(again->openWorkspaceAtStart());
    QCOMPARE(again->session()->path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(again->reportList()->rowCount(), 5);
}

void TestWorkspaceDesk::anEditIsCommittedBeforeItReturns() {
    MainWindow *w = newWindow();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({kSample003});
    ReportView *view = w->currentView();
    QVERIFY(view);
    QVERIFY(setGranted(view, QStringLiteral("5")));
    // No event loop has run: another connection already sees the edit, logged.
    Workspace reader;
    QString error;
    QVERIFY2(reader.open(workspacePath(), Workspace::Mode::ReadOnly, &error), qPrintable(error));
    const qint64 id = ReportAudit::of(view->document())->reportId();
    const QVector<EditRecord> log = reader.log(id);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].key, kGranted);
    QCOMPARE(log[0].oldValue, std::optional<Decimal>(Decimal::fromInteger(4)));
    QCOMPARE(log[0].newValue, std::optional<Decimal>(Decimal::fromInteger(5)));
    QCOMPARE(log[0].origin, QStringLiteral("typed"));
    QCOMPARE(log[0].user, Workspace::osUserName()); // no reviewer name set
    // The reviewer set in the preferences signs what follows.
    w->session()->setUserName(QStringLiteral("张审计"));
    QVERIFY(setGranted(view, QStringLiteral("6")));
    QCOMPARE(reader.log(id).last().user, QStringLiteral("张审计"));
    // Undo is an edit too (the two typed edits of one cell are one undo step: 6 → 4).
    QVERIFY(view->document()->undo());
    QCOMPARE(reader.log(id).size(), 3);
    QCOMPARE(reader.log(id)[2].origin, QStringLiteral("undo"));
    QCOMPARE(reader.log(id)[2].newValue, std::optional<Decimal>(Decimal::fromInteger(4)));
    // Kept for the next workspace opened.
    MainWindow *other = newWindow();
    QVERIFY(other->newWorkspace(m_dir->filePath(QStringLiteral("other.nianbao"))));
    QCOMPARE(other->session()->workspace()->user(), QStringLiteral("张审计"));
}

void TestWorkspaceDesk::reopeningShowsTheEditedValue() {
    {
        MainWindow *w = newWindow();
        QVERIFY(w->newWorkspace(workspacePath()));
        w->openFiles({kSample003});
        QVERIFY(setGranted(w->currentView(), QStringLiteral("5")));
        m_windows.clear(); // quit
    }
    MainWindow *w = newWindow();
    QVERIFY(w->openWorkspace(workspacePath()));
    ReportDocument *doc = w->currentDocument();
    QVERIFY(doc);
    const int cell = doc->spec().indexOf(kGranted);
    QCOMPARE(doc->cell(cell).value, std::optional<Decimal>(Decimal::fromInteger(5)));
    QCOMPARE(doc->originalCell(cell).value, std::optional<Decimal>(Decimal::fromInteger(4)));
    TableModel *model = w->currentView()->tableModel(2);
    QVERIFY(model->data(model->indexOfCell(cell), TableModel::EditedRole).toBool());
    QCOMPARE(model->data(model->indexOfCell(cell), TableModel::OriginalValueRole).toString(),
             QStringLiteral("4"));
    QCOMPARE(doc->validated().problems().size(), 2); // the edit's findings are back too
    // The document text comes from the stored bytes: the anchor still points at the "4".
    const Anchor a = doc->cell(cell).anchor;
    QVERIFY(a.isValid());
}

void TestWorkspaceDesk::decisionsFromTheFindingsPanelPersist() {
    MainWindow *w = newWindow();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({kSample003});
    QVERIFY(setGranted(w->currentView(), QStringLiteral("5"))); // two error findings
    FindingsPanel *panel = w->currentView()->findingsPanel();
    FindingsModel *fm = panel->model();
    const QVector<QModelIndex> rows = fm->findingRows();
    QCOMPARE(rows.size(), 2);
    const QString first = rows[0].data(FindingsModel::FindingIdRole).toString();
    const QString second = rows[1].data(FindingsModel::FindingIdRole).toString();

    panel->view()->setCurrentIndex(rows[0]);
    panel->noteEdit()->setText(QStringLiteral("原文总计即为 28"));
    panel->confirm();
    QCOMPARE(rows[0].siblingAtColumn(FindingsModel::DecisionColumn).data().toString(),
             FindingsModel::decisionText(Decision::Confirmed));
    QVERIFY(panel->noteEdit()->text().isEmpty());

    // Dismissing needs a note: refused without one, with a message.
    TableModel *grid = w->currentView()->tableModel(2);
    const QModelIndex granted = grid->indexOfCell(w->currentDocument()->spec().indexOf(kGranted));
    QCOMPARE(granted.data(TableModel::MarkRole).toInt(), int(TableModel::Error)); // one open
    panel->view()->setCurrentIndex(rows[1]);
    QSignalSpy messages(panel, &FindingsPanel::message);
    QVERIFY(!panel->decide(Decision::Dismissed, QString()));
    QCOMPARE(messages.size(), 1);
    QVERIFY(panel->decide(Decision::Dismissed, QStringLiteral("抽样核对无误")));
    // Every finding on the edited cell is decided: the grid marks it as such, not as an error.
    TableModel *t2 = w->currentView()->tableModel(2);
    const QModelIndex edited = t2->indexOfCell(w->currentDocument()->spec().indexOf(kGranted));
    QCOMPARE(edited.data(TableModel::MarkRole).toInt(), int(TableModel::Decided));

    // The filter shows one decision at a time; F8 walks only what is shown.
    panel->setDecisionFilter(int(Decision::Dismissed));
    QVERIFY(panel->view()->isRowHidden(rows[0].row(), rows[0].parent()) ||
            rows[0].parent() != rows[1].parent());
    QVERIFY(!panel->view()->isRowHidden(rows[1].row(), rows[1].parent()));
    panel->setDecisionFilter(int(Decision::Open));
    QVERIFY(panel->view()->isRowHidden(rows[1].parent().row(), {}));
    panel->setDecisionFilter(-1);

    // The list's open counts follow the decisions.
    ReportListModel *list = w->reportList();
    const int row = list->rowOf(w->currentDocument());
    QCOMPARE(list->index(row, ReportListModel::ErrorsColumn).data().toInt(), 0);
    m_windows.clear();

    // Persisted: a new window on the same workspace shows them.
    Workspace reader;
    QString error;
    QVERIFY(reader.open(workspacePath(), Workspace::Mode::ReadOnly, &error));
    const auto decisions = reader.decisions(reader.reports().first().id);
    QCOMPARE(decisions.value(first).decision, Decision::Confirmed);
    QCOMPARE(decisions.value(first).note, QStringLiteral("原文总计即为 28"));
    QCOMPARE(decisions.value(second).decision, Decision::Dismissed);
    reader.close();
    MainWindow *again = newWindow();
    QVERIFY(again->openWorkspace(workspacePath()));
    FindingsModel *fm2 = again->currentView()->findingsModel();
    QStringList shown;
    for (const QModelIndex &r : fm2->findingRows())
        shown << r.siblingAtColumn(FindingsModel::DecisionColumn).data().toString();
    shown.sort();
    QStringList expected{FindingsModel::decisionText(Decision::Confirmed),
                         FindingsModel::decisionText(Decision::Dismissed)};
    expected.sort();
    QCOMPARE(shown, expected);
}

void TestWorkspaceDesk::aFixByAnEditIsRecordedAndUndone() {
    const QString published = publishedErrorCopy();
    QVERIFY(!published.isEmpty());
    MainWindow *w = newWindow();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({published});
    ReportDocument *doc = w->currentDocument();
    QVERIFY(doc);
    ReportAudit *audit = ReportAudit::of(doc);
    QVERIFY(audit);
    FindingsPanel *panel = w->currentView()->findingsPanel();
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->model()->findingCount(), 2); // the published report is wrong
    QModelIndex withSuggestion;
    for (const QModelIndex &r : panel->model()->findingRows())
        if (r.data(FindingsModel::HasSuggestionRole).toBool())
            withSuggestion = r;
    QVERIFY(withSuggestion.isValid());
    panel->view()->setCurrentIndex(withSuggestion);
    panel->applySuggestion();
    QCOMPARE(panel->model()->findingCount(), 0);

    // Both findings are recorded as fixed by that edit, and listed in the last group.
    const qint64 edit = audit->lastEditId();
    QVERIFY(edit > 0);
    QCOMPARE(audit->decisions().size(), 2);
    for (const DecisionRecord &d : audit->decisions()) {
        QCOMPARE(d.decision, Decision::Fixed);
        QCOMPARE(d.editId, edit);
    }
    QCOMPARE(audit->log().last().origin, QStringLiteral("suggestion"));
    FindingsModel *fm = panel->model();
    const QModelIndex resolved = fm->index(fm->rowCount() - 1, 0);
    QCOMPARE(fm->rowCount(resolved), 2);
    QVERIFY(fm->index(0, 0, resolved).data(FindingsModel::ResolvedRole).toBool());
    panel->setDecisionFilter(int(Decision::Fixed));
    QVERIFY(!panel->view()->isRowHidden(resolved.row(), {}));

    // Undo brings the problems back: the fixes are reopened, not left standing.
    QVERIFY(doc->undo());
    QCOMPARE(fm->findingCount(), 2);
    QVERIFY(audit->decisions().isEmpty());
    QCOMPARE(fm->rowCount(), 2); // no resolved group any more
}

void TestWorkspaceDesk::reviewStateFromTheListPersistsAndFilters() {
    MainWindow *w = newWindow();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({kSample003, kSample000});
    ReportListModel *list = w->reportList();
    QCOMPARE(list->rowCount(), 2);
    ReportListPanel *panel = w->reportListPanel();
    const int row = list->rowOf(w->currentDocument());
    const qint64 id = list->reportId(row);
    panel->setCurrentRow(row);
    QVERIFY(panel->setStateOfSelection(int(ReviewState::Approved)));
    QCOMPARE(list->index(row, ReportListModel::StateColumn).data().toString(),
             ReportListModel::reviewStateText(ReviewState::Approved));
    QCOMPARE(w->session()->workspace()->summary(id)->state, ReviewState::Approved);
    // Logged like an edit, and the report's history sees it.
    QCOMPARE(ReportAudit::of(w->currentDocument())->log().last().key, QStringLiteral("meta.state"));

    panel->stateFilter()->setCurrentIndex(
        panel->stateFilter()->findData(int(ReviewState::Approved)));
    QCOMPARE(panel->proxy()->rowCount(), 1);
    QCOMPARE(panel->proxy()->index(0, 0).data(ReportListModel::ReportIdRole).toLongLong(), id);
    panel->stateFilter()->setCurrentIndex(
        panel->stateFilter()->findData(int(ReviewState::Pending)));
    QCOMPARE(panel->proxy()->rowCount(), 1);
    QVERIFY(panel->proxy()->index(0, 0).data(ReportListModel::ReportIdRole).toLongLong() != id);
    m_windows.clear();

    MainWindow *again = newWindow();
    QVERIFY(again->openWorkspace(workspacePath()));
    ReportListModel *list2 = again->reportList();
    QCOMPARE(list2->index(list2->rowOfReport(id), ReportListModel::StateColumn).data().toString(),
             ReportListModel::reviewStateText(ReviewState::Approved));
}

void TestWorkspaceDesk::readOnlyWorkspaceRefusesEdits() {
    {
        MainWindow *w = newWindow();
        QVERIFY(w->newWorkspace(workspacePath()));
        w->openFiles({kSample003});
        m_windows.clear();
    }
    Workspace holder; // "another instance" has it open
    QString error;
    QVERIFY(holder.open(workspacePath(), Workspace::Mode::ReadWrite, &error));
    QVERIFY(!holder.isReadOnly());

    MainWindow *w = newWindow();
    QVERIFY(w->openWorkspace(workspacePath()));
    QVERIFY(w->session()->isReadOnly());
    QVERIFY(!w->session()->notice().isEmpty());
    QVERIFY(w->windowTitle().contains(QStringLiteral("只读")));
    auto *box = w->findChild<QMessageBox *>(QStringLiteral("nianbaoErrorBox"));
    QVERIFY(box);                                                    // told, without blocking
    QCOMPARE(box->text(), UiLanguage::half(w->session()->notice())); // one language
    box->close();

    ReportView *view = w->currentView();
    QVERIFY(view);
    w->statusBar()->clearMessage();
    QVERIFY(!setGranted(view, QStringLiteral("5")));
    QVERIFY(!w->statusBar()->currentMessage().isEmpty());
    const int cell = view->document()->spec().indexOf(kGranted);
    QCOMPARE(view->document()->cell(cell).value, std::optional<Decimal>(Decimal::fromInteger(4)));
    QVERIFY(holder.log().isEmpty());
    QVERIFY(!view->findingsPanel()->decide(Decision::Confirmed, QString()));
}

void TestWorkspaceDesk::folderImportStoresGoodFilesAndListsBadOnes() {
    const QString folder = m_dir->filePath(QStringLiteral("in/sub"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(kSample003, folder + QStringLiteral("/a.txt")));
    QVERIFY(QFile::copy(kSample000, m_dir->filePath(QStringLiteral("in/b.txt"))));
    QFile junk(folder + QStringLiteral("/junk.txt"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray("\x00\x01\x02binary\x00junk", 15));
    junk.close();
    MainWindow *w = newWindow();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFolder(m_dir->filePath(QStringLiteral("in")));
    ReportListModel *list = w->reportList();
    QTRY_COMPARE(list->rowCount(), 3); // runs off the UI thread; stored in batches
    int failures = 0;
    for (int r = 0; r < list->rowCount(); ++r)
        if (!list->index(r, 0).data(ReportListModel::ErrorRole).toString().isEmpty())
            ++failures;
    QCOMPARE(failures, 1);
    QCOMPARE(w->session()->workspace()->reports().size(), 2);
}

void TestWorkspaceDesk::reimportKeepsEditsAndListsConflicts() {
    const QString source = publishedErrorCopy(QStringLiteral("4"), QStringLiteral("report.txt"));
    QVERIFY(!source.isEmpty());
    MainWindow *w = newWindow();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({source});
    QVERIFY(setGranted(w->currentView(), QStringLiteral("5")));
    // The agency publishes a corrected file in which the edited cell now reads 6.
    QCOMPARE(publishedErrorCopy(QStringLiteral("6"), QStringLiteral("report.txt")), source);
    w->openFiles({source});
    QCOMPARE(w->reportList()->rowCount(), 1); // the same report, updated
    auto *box = w->findChild<QMessageBox *>(QStringLiteral("nianbaoConflictBox"));
    QVERIFY(box);
    QVERIFY2(box->detailedText().contains(QStringLiteral("新提取 6")),
             qPrintable(box->detailedText()));
    QVERIFY(box->detailedText().contains(QStringLiteral("保留人工值 5")));
    box->close();
    ReportDocument *doc = w->currentDocument(); // reloaded from the workspace
    QVERIFY(doc);
    const int cell = doc->spec().indexOf(kGranted);
    QCOMPARE(doc->cell(cell).value, std::optional<Decimal>(Decimal::fromInteger(5)));
    QCOMPARE(doc->originalCell(cell).value, std::optional<Decimal>(Decimal::fromInteger(6)));
    // Still listed above the report until the auditor marks them looked at.
    QLabel *conflicts = w->currentView()->conflictsLabel();
    QVERIFY(!conflicts->isHidden());
    QVERIFY(conflicts->text().contains(u'1'));
    QString error;
    QVERIFY2(ReportAudit::of(doc)->resolveConflicts(QStringLiteral("已核对新文件"), &error),
             qPrintable(error));
    QVERIFY(conflicts->isHidden());
    QCOMPARE(doc->cell(cell).value, std::optional<Decimal>(Decimal::fromInteger(5)));
    QCOMPARE(w->session()->workspace()->summary(ReportAudit::of(doc)->reportId())->conflictCount,
             0);
}

void TestWorkspaceDesk::reportInfoIsEditedLoggedAndReverted() {
    MainWindow *w = newWindow();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({kSample003});
    const qint64 id = ReportAudit::of(w->currentDocument())->reportId();
    const QString extractedAgency = w->currentDocument()->report().meta.agency;
    ReportInfo info;
    info.agency = QStringLiteral("某市某区人民政府办公室");
    info.year = 2022;
    info.edition = Edition::E2021;
    info.note = QStringLiteral("封面年份有误");
    QString error;
    QVERIFY2(w->setReportInfo(id, info, &error), qPrintable(error));
    // Loaded again once the workspace announced the change (once for both fields).
    QTRY_VERIFY(w->currentDocument() && w->currentDocument()->report().meta.agency == info.agency);
    ReportDocument *doc = w->currentDocument();
    QCOMPARE(doc->report().meta.year, 2022);
    QCOMPARE(doc->original().meta.agency, extractedAgency); // the extraction is kept
    const QVector<EditRecord> log = ReportAudit::of(doc)->log();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].key, QStringLiteral("meta.agency"));
    QCOMPARE(log[1].key, QStringLiteral("meta.year"));
    QCOMPARE(log[1].note, info.note);
    ReportListModel *list = w->reportList();
    QCOMPARE(list->index(list->rowOfReport(id), ReportListModel::YearColumn).data().toInt(), 2022);

    // Reverting the year from the history panel loads the report again with the old year.
    HistoryPanel *history = w->currentView()->historyPanel();
    QVERIFY(history);
    QVERIFY(history->revertEdit(log[1].id, QString()));
    QTRY_VERIFY(w->currentDocument() && w->currentDocument()->report().meta.year == 2023);
    QCOMPARE(w->currentDocument()->report().meta.agency, info.agency);

    // A new edition: the report is read in the 2019 layout, cells carried where keys match.
    info.edition = Edition::E2019;
    QVERIFY2(w->setReportInfo(id, info, &error), qPrintable(error));
    QTRY_VERIFY(w->currentDocument() &&
                w->currentDocument()->report().meta.edition == Edition::E2019);
    QVERIFY(w->currentView());
}

void TestWorkspaceDesk::countsStaleFromTheCommandLineAreRecomputed() {
    {
        MainWindow *w = newWindow();
        QVERIFY(w->newWorkspace(workspacePath()));
        w->openFiles({kSample003, kSample000});
        m_windows.clear();
    }
    qint64 id = -1;
    { // as `nianbao-cli workspace set` does: the cached counts are reset
        Workspace cli;
        QString error;
        QVERIFY(cli.open(workspacePath(), Workspace::Mode::ReadWrite, &error));
        for (const ReportSummary &s : cli.reports())
            if (s.fileName.startsWith(u"003"))
                id = s.id;
        Cell five;
        five.value = Decimal::fromInteger(5);
        five.status = CellStatus::Edited;
        QVERIFY(cli.setCell(id, kGranted, five, EditOrigin::Cli, QString(), &error));
        QCOMPARE(cli.summary(id)->openErrors, -1);
    }
    MainWindow *w = newWindow();
    QVERIFY(w->openWorkspace(workspacePath()));
    ReportListModel *list = w->reportList();
    QCOMPARE(list->index(list->rowOfReport(id), ReportListModel::ErrorsColumn).data().toInt(), 2);
    QCOMPARE(list->index(list->rowOfReport(id), ReportListModel::EditsColumn).data().toInt(), 1);
    QCOMPARE(w->session()->workspace()->summary(id)->openErrors, 2); // and cached again
}

void TestWorkspaceDesk::recentWorkspacesAndTitle() {
    MainWindow *w = newWindow();
    const QString a = m_dir->filePath(QStringLiteral("a.nianbao"));
    const QString b = m_dir->filePath(QStringLiteral("b.nianbao"));
    QVERIFY(w->newWorkspace(a));
    QVERIFY(w->newWorkspace(b));
    QVERIFY(w->windowTitle().contains(QStringLiteral("b")));
    QCOMPARE(w->session()->recent(),
             (QStringList{QFileInfo(b).absoluteFilePath(), QFileInfo(a).absoluteFilePath()}));
    // A file that is not a workspace is refused untouched, and the open one stays open.
    const QString junk = m_dir->filePath(QStringLiteral("junk.nianbao"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a workspace at all");
    f.close();
    QVERIFY(!w->openWorkspace(junk));
    QCOMPARE(QFileInfo(junk).size(), qint64(22));
    QVERIFY(w->session()->isOpen());
    QCOMPARE(w->session()->path(), QFileInfo(b).absoluteFilePath());
}

QTEST_MAIN(TestWorkspaceDesk)
#include "tst_workspacedesk.moc"
