// The review workflow of issue 13, items 1–10, in the desk offscreen: approving with open
// problems, accepting a suspect reading, the culprit painted strongly, findings that select
// their cells, refused input kept in the editor, printed names instead of ids, net edit counts
// and decisions in the History, duplicate imports, restoring the last place, the cell menu,
// Edit › Copy, zoom and the pinyin filter.
#include "delegates/celldelegate.h"
#include "mainwindow.h"
#include "model/spec.h"
#include "models/findingsmodel.h"
#include "models/historymodel.h"
#include "models/reportlistmodel.h"
#include "models/reportsortproxy.h"
#include "models/tablemodel.h"
#include "reportloader.h"
#include "review/reportdocument.h"
#include "session/workspacesession.h"
#include "text/findingtext.h"
#include "views/documentpane.h"
#include "views/findingspanel.h"
#include "views/gridview.h"
#include "views/historypanel.h"
#include "views/reportlistpanel.h"
#include "views/reportview.h"
#include "workspace/reportaudit.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>
#include <memory>

namespace {
const QString kSamples = QStringLiteral(NIANBAO_TEST_DATA "/samples/");
const QString kSample003 = kSamples + QStringLiteral("003_0fe5f5f56ab841d9.txt");
const QString kSample002 = kSamples + QStringLiteral("002_cf293a177f108e36.txt");
const QString kGranted = QStringLiteral("t2.r.granted.c.natural_person");
/// A row of sample 002 printed with 6 values for 7 columns: its cells are suspect.
const QString kSuspectRow = QStringLiteral("t2.r.denied_internal_affairs.c.");
const QRegularExpression kInternal(QStringLiteral("[A-Z][A-Z0-9]*_[A-Z0-9_]+|t[123]\\.r\\."));
} // namespace

class TestReviewWorkflow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void approvingWithOpenProblemsAsksAndAnEditReopens();                // 1
    void acceptingASuspectReading();                                     // 2
    void theCulpritStandsOut();                                          // 3
    void aClickedFindingSelectsItsCellsAndSuggestionsApplyFromTheGrid(); // 4
    void refusedInputStaysInTheEditor();                                 // 5
    void printedNamesNotIds();                                           // 6
    void netEditCountAndDecisionsInTheHistory();                         // 7
    void importingTheSameBytesAgainSaysSo();                             // 8
    void relaunchRestoresThePlaceAndReadOnlyIsABanner();                 // 9
    void cellMenuCopyZoomAndPinyinFilter();                              // 10
    void agencyNamesReadInFullAt1280x720();                              // layout

private:
    MainWindow *newWindow();
    QString workspacePath() const { return m_dir->filePath(QStringLiteral("t.nianbao")); }
    int cellOf(MainWindow *w, const QString &key) const {
        return w->currentDocument()->spec().indexOf(key);
    }
    bool set(MainWindow *w, const QString &key, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<MainWindow>> m_windows;
};

void TestReviewWorkflow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NianbaoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_reviewworkflow"));
}

void TestReviewWorkflow::init() {
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReviewWorkflow::cleanup() {
    m_windows.clear();
    m_dir.reset();
}

MainWindow *TestReviewWorkflow::newWindow() {
    m_windows.push_back(std::make_unique<MainWindow>());
    m_windows.back()->resize(1400, 900);
    return m_windows.back().get();
}

bool TestReviewWorkflow::set(MainWindow *w, const QString &key, const QString &text) {
    const int cell = cellOf(w, key);
    TableModel *model = w->currentView()->tableModel(w->currentDocument()->spec().cell(cell).table);
    return model->setData(model->indexOfCell(cell), text);
}

void TestReviewWorkflow::approvingWithOpenProblemsAsksAndAnEditReopens() {
    MainWindow *w = newWindow();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({kSample003});
    ReportListPanel *panel = w->reportListPanel();
    ReportListModel *list = w->reportList();
    const int row = list->rowOf(w->currentDocument());
    QStringList asked;
    bool answer = false;
    panel->setApprovalConfirm([&](const QString &question, const QStringList &problems) {
        asked = problems;
        return answer && !question.isEmpty();
    });
    auto state = [&] {
        return ReviewState(list->index(row, 0).data(ReportListModel::StateRole).toInt());
    };

    // Sample 003 has no problem: approved without a question.
    QVERIFY(panel->setStateOfSelection(int(ReviewState::Approved)));
    QVERIFY(asked.isEmpty());
    QCOMPARE(state(), ReviewState::Approved);

    // An edit that reopens a problem takes it back to 审核中, logged with the edit.
    QVERIFY(set(w, kGranted, QStringLiteral("5")));
    QCOMPARE(state(), ReviewState::InReview);
    const ReportAudit *audit = ReportAudit::of(w->currentDocument());
    const EditRecord last = audit->log().last();
    QCOMPARE(last.key, QStringLiteral("meta.state"));
    QCOMPARE(last.oldStatus, QStringLiteral("approved"));
    QCOMPARE(last.newStatus, QStringLiteral("in_review"));
    QVERIFY(
        last.note.contains(QStringLiteral("#%1").arg(audit->log()[audit->log().size() - 2].id)));

    // Approving now asks, listing the two open problems by printed names; "no" keeps the state.
    QVERIFY(!panel->setStateOfSelection(int(ReviewState::Approved)));
    QCOMPARE(asked.size(), 2);
    for (const QString &p : std::as_const(asked)) {
        QVERIFY2(p.contains(QStringLiteral("表二")), qPrintable(p));
        QVERIFY2(!kInternal.match(p).hasMatch(), qPrintable(p));
    }
    QCOMPARE(state(), ReviewState::InReview);
    answer = true;
    QVERIFY(panel->setStateOfSelection(int(ReviewState::Approved)));
    QCOMPARE(state(), ReviewState::Approved);
    // The same question for a report that is not loaded (the core reads its open problems).
    for (QAction *a : w->menuBar()->actions().at(0)->menu()->actions())
        if (a->shortcut() == QKeySequence(QKeySequence::Close))
            a->trigger(); // File › Close Report
    QVERIFY(!list->document(row));
    QCOMPARE(panel->openProblemsOf(row).size(), 2);
}

void TestReviewWorkflow::acceptingASuspectReading() {
    MainWindow *w = newWindow();
    w->show();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({kSample002});
    ReportView *view = w->currentView();
    ReportDocument *doc = w->currentDocument();
    const int cell = cellOf(w, kSuspectRow + QStringLiteral("natural_person"));
    QCOMPARE(doc->cell(cell).status, CellStatus::Suspect);
    const Decimal value = *doc->cell(cell).value;

    // The finding of the suspect row offers 确认读数 and says what to do.
    FindingsPanel *panel = view->findingsPanel();
    QModelIndex rowFinding;
    for (const QModelIndex &r : panel->model()->findingRows())
        if (r.data(FindingsModel::CellsRole).value<QList<int>>().contains(cell))
            rowFinding = r;
    QVERIFY(rowFinding.isValid());
    QVERIFY(rowFinding.siblingAtColumn(FindingsModel::MessageColumn)
                .data()
                .toString()
                .contains(QStringLiteral("确认读数")));
    panel->view()->setCurrentIndex(rowFinding);
    QVERIFY(!panel->acceptButton()->isHidden());

    // In the grid: Space on a selection accepts its suspect cells (one logged, undoable step).
    GridView *grid = view->grid(2);
    grid->selectCells({cell, cellOf(w, kSuspectRow + QStringLiteral("total"))});
    QTest::keyClick(grid, Qt::Key_Space);
    QCOMPARE(doc->cell(cell).status, CellStatus::Read);
    QCOMPARE(*doc->cell(cell).value, value); // the value as read
    QVERIFY(!doc->isEdited(cell));
    const ReportAudit *audit = ReportAudit::of(doc);
    const EditRecord e = audit->log().last();
    QCOMPARE(e.origin, QStringLiteral("accept"));
    QCOMPARE(e.oldStatus, QStringLiteral("suspect"));
    QCOMPARE(e.newStatus, QStringLiteral("read"));
    QCOMPARE(e.user, w->session()->workspace()->user());
    // Ctrl+Enter does the same; the finding panel's button accepts the rest of the row.
    panel->view()->setCurrentIndex(rowFinding);
    panel->acceptReading();
    bool open = false;
    for (const QModelIndex &r : panel->model()->findingRows())
        open = open || r.data(FindingsModel::CellsRole).value<QList<int>>().contains(cell);
    QVERIFY(!open); // every cell of the row accepted: the suspect row is no longer a problem
    // Undo brings the doubt back.
    QVERIFY(doc->undo());
    QVERIFY(doc->undo());
    QCOMPARE(doc->cell(cell).status, CellStatus::Suspect);
    QCOMPARE(audit->log().last().origin, QStringLiteral("undo"));
    grid->selectCells({cell});
    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(doc->cell(cell).status, CellStatus::Read);
}

void TestReviewWorkflow::theCulpritStandsOut() {
    MainWindow *w = newWindow();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({kSample003});
    ReportView *view = w->currentView();
    QVERIFY(set(w, kGranted, QStringLiteral("5")));
    TableModel *t2 = view->tableModel(2);
    const QModelIndex edited = t2->indexOfCell(cellOf(w, kGranted));
    QVERIFY(edited.data(TableModel::StrongRole).toBool());
    // The other cells of the failing rules: marked, but lightly.
    int light = 0;
    for (int c : w->currentDocument()
                     ->validated()
                     .findings()[t2->data(edited, TableModel::FindingsRole)
                                     .toList()
                                     .first()
                                     .toMap()
                                     .value(QStringLiteral("index"))
                                     .toInt()]
                     .rhs) {
        const QModelIndex i = t2->indexOfCell(c);
        if (c == cellOf(w, kGranted) || !i.isValid())
            continue;
        QCOMPARE(i.data(TableModel::MarkRole).toInt(), int(TableModel::Error));
        QVERIFY(!i.data(TableModel::StrongRole).toBool());
        QVERIFY(i.data(Qt::BackgroundRole).value<QBrush>().color().lightness() >
                edited.data(Qt::BackgroundRole).value<QBrush>().color().lightness());
        ++light;
    }
    QVERIFY(light > 0);
    // Open problems counted on the tabs.
    QTabWidget *tabs = nullptr; // the tables' tabs, not the lower panels'
    for (QTabWidget *t : view->findChildren<QTabWidget *>())
        if (t->indexOf(view->grid(2)) == 1)
            tabs = t;
    QVERIFY(tabs);
    QVERIFY2(tabs->tabText(1).contains(QStringLiteral("2")), qPrintable(tabs->tabText(1)));
    QVERIFY(!tabs->tabText(0).contains(QRegularExpression(QStringLiteral("\\d"))));
    // A report opens on its first table with a problem (sample 002: table 2).
    w->openFiles({kSample002});
    QCOMPARE(w->currentView()->currentTable(), w->currentView()->firstTableWithProblem());
    QVERIFY(w->currentView()->firstTableWithProblem() > 1);
}

void TestReviewWorkflow::aClickedFindingSelectsItsCellsAndSuggestionsApplyFromTheGrid() {
    MainWindow *w = newWindow();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({kSample003});
    ReportView *view = w->currentView();
    QVERIFY(set(w, kGranted, QStringLiteral("5")));
    view->showTable(1);
    FindingsPanel *panel = view->findingsPanel();
    const QModelIndex first = panel->model()->findingRows().first();
    panel->view()->setCurrentIndex(first); // a click, not F8
    QCOMPARE(view->currentTable(), 2);
    const QList<int> cells = first.data(FindingsModel::CellsRole).value<QList<int>>();
    const QModelIndexList selected = view->grid(2)->selectionModel()->selectedIndexes();
    QVERIFY(!selected.isEmpty());
    for (const QModelIndex &i : selected)
        QVERIFY(cells.contains(i.data(TableModel::CellIndexRole).toInt()));

    // Apply Suggestion from the grid cell that one suggestion targets; the status is cleared.
    w->statusBar()->showMessage(QStringLiteral("旧消息"));
    QVERIFY2(view->applySuggestionAt(cellOf(w, kGranted)),
             qPrintable(w->statusBar()->currentMessage()));
    QCOMPARE(w->currentDocument()->cell(cellOf(w, kGranted)).value,
             std::optional<Decimal>(Decimal::fromInteger(4)));
    QVERIFY(w->statusBar()->currentMessage().isEmpty());
    QVERIFY(!view->applySuggestionAt(cellOf(w, kGranted))); // none now: says so
    QVERIFY(!w->statusBar()->currentMessage().isEmpty());
}

void TestReviewWorkflow::refusedInputStaysInTheEditor() {
    MainWindow *w = newWindow();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({kSample003});
    ReportView *view = w->currentView();
    view->showTable(2);
    GridView *grid = view->grid(2);
    const QModelIndex at = view->tableModel(2)->indexOfCell(cellOf(w, kGranted));
    grid->setCurrentIndex(at);
    grid->edit(at);
    auto *editor = grid->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->setText(QStringLiteral("4.5")); // a decimal in a count
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(grid->isEditing());
    QCOMPARE(editor->text(), QStringLiteral("4.5"));
    auto *message = grid->viewport()->findChild<QLabel *>(QStringLiteral("cellEditorMessage"));
    QVERIFY(message && message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!message->text().contains(QStringLiteral(" / "))); // one language
    // Corrected, it is taken and the message goes.
    editor->setText(QStringLiteral("6"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!grid->isEditing()); // the delegate commits on a queued call
    QCOMPARE(w->currentDocument()->cell(cellOf(w, kGranted)).value,
             std::optional<Decimal>(Decimal::fromInteger(6)));
    QTRY_VERIFY(!grid->viewport()->findChild<QLabel *>(QStringLiteral("cellEditorMessage")));
}

void TestReviewWorkflow::printedNamesNotIds() {
    MainWindow *w = newWindow();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({kSample002});
    ReportView *view = w->currentView();
    FindingsModel *fm = view->findingsModel();
    QVERIFY(fm->rowCount() > 0);
    QSet<QString> words;
    for (int g = 0; g < fm->rowCount(); ++g) {
        const QModelIndex group = fm->index(g, 0);
        QVERIFY2(!kInternal.match(group.data().toString()).hasMatch(),
                 qPrintable(group.data().toString()));
        QVERIFY(
            group.data(Qt::ToolTipRole)
                .toString()
                .contains(group.data(FindingsModel::RuleRole).toString())); // the id in the tooltip
        for (int k = 0; k < fm->rowCount(group); ++k)
            for (int c = 0; c < FindingsModel::ColumnCount; ++c) {
                const QString text = fm->index(k, c, group).data().toString();
                QVERIFY2(!kInternal.match(text).hasMatch(), qPrintable(text));
                if (c == FindingsModel::FindingColumn)
                    words.insert(text.section(u' ', 1, 1));
            }
    }
    // One severity vocabulary: the words of the panel are the legend's.
    const QString legend = view->findChild<QLabel *>(QStringLiteral("legend"))->text();
    for (const QString &word : std::as_const(words))
        QVERIFY2(legend.contains(word), qPrintable(word));
    // Cell tooltips name the cell by its printed labels, never by its key.
    const int cell = cellOf(w, kSuspectRow + QStringLiteral("natural_person"));
    const QString tip = view->tableModel(2)->indexOfCell(cell).data(Qt::ToolTipRole).toString();
    QVERIFY2(!kInternal.match(tip).hasMatch(), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("自然人")));
    QVERIFY(!tip.contains(QStringLiteral("row has"))); // the note's Chinese half only
    // The undo text too (Edit › Undo shows it).
    QVERIFY(set(w, kSuspectRow + QStringLiteral("natural_person"), QStringLiteral("1")));
    QVERIFY2(!kInternal.match(w->currentDocument()->undoStack()->undoText()).hasMatch(),
             qPrintable(w->currentDocument()->undoStack()->undoText()));
}

void TestReviewWorkflow::netEditCountAndDecisionsInTheHistory() {
    MainWindow *w = newWindow();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({kSample003});
    ReportListModel *list = w->reportList();
    const int row = list->rowOf(w->currentDocument());
    auto edits = [&] { return list->index(row, ReportListModel::EditsColumn).data().toString(); };
    QVERIFY(set(w, kGranted, QStringLiteral("5")));
    QVERIFY(set(w, kGranted, QStringLiteral("6")));
    QCOMPARE(edits(), QStringLiteral("1")); // one cell changed, twice
    QVERIFY(w->currentDocument()->undo());  // back to 4: nothing changed any more
    QCOMPARE(edits(), QString());
    QVERIFY(w->currentDocument()->redo());
    QVERIFY(w->reportListPanel()->setStateOfSelection(int(ReviewState::InReview)));
    QCOMPARE(edits(), QStringLiteral("1")); // a state change is not a changed cell
    // The workspace's count (the list of an unloaded report) is the same net figure.
    const qint64 id = list->reportId(row);
    QCOMPARE(w->session()->workspace()->summary(id)->editCount, 1);

    // A decision shows in the History, by printed names.
    FindingsPanel *panel = w->currentView()->findingsPanel();
    panel->view()->setCurrentIndex(panel->model()->findingRows().first());
    QVERIFY(panel->decide(Decision::Confirmed, QStringLiteral("原文如此")));
    HistoryModel *history = w->currentView()->historyPanel()->model();
    int decisions = 0;
    for (int r = 0; r < history->rowCount(); ++r)
        if (history->index(r, 0).data(HistoryModel::DecisionRole).toBool()) {
            ++decisions;
            QCOMPARE(history->index(r, HistoryModel::ChangeColumn).data().toString(),
                     FindingsModel::decisionText(Decision::Confirmed));
            QCOMPARE(history->index(r, HistoryModel::NoteColumn).data().toString(),
                     QStringLiteral("原文如此"));
            const QString where = history->index(r, HistoryModel::CellColumn).data().toString();
            QVERIFY2(!kInternal.match(where).hasMatch(), qPrintable(where));
            QCOMPARE(history->index(r, 0).data(HistoryModel::EditIdRole).toLongLong(), -1);
        }
    QCOMPARE(decisions, 1);
    QCOMPARE(history->index(0, 0).data(HistoryModel::DecisionRole).toBool(), true); // newest
}

void TestReviewWorkflow::importingTheSameBytesAgainSaysSo() {
    MainWindow *w = newWindow();
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({kSample003});
    QCOMPARE(w->reportList()->rowCount(), 1);
    const QString copy = m_dir->filePath(QStringLiteral("renamed copy.txt"));
    QVERIFY(QFile::copy(kSample003, copy));
    w->openFiles({copy});
    QCOMPARE(w->reportList()->rowCount(), 1); // no second report
    auto *box = w->findChild<QMessageBox *>(QStringLiteral("nianbaoDuplicateBox"));
    QVERIFY(box);
    QVERIFY(box->detailedText().contains(QStringLiteral("renamed copy.txt")));
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("已在工作区中")));
    QVERIFY(w->currentDocument()); // the report it is, shown
    // The list can show the file name column.
    QTableView *listView = w->reportListPanel()->view();
    QVERIFY(listView->isColumnHidden(ReportListModel::FileColumn));
    QCOMPARE(w->reportList()->index(0, ReportListModel::FileColumn).data().toString(),
             QFileInfo(kSample003).fileName());
}

void TestReviewWorkflow::relaunchRestoresThePlaceAndReadOnlyIsABanner() {
    qint64 report = -1;
    int cell = -1;
    {
        MainWindow *w = newWindow();
        QVERIFY(w->newWorkspace(workspacePath()));
        w->openFiles({kSample002, kSample003});
        report = ReportAudit::of(w->openReport(w->reportList()->reportId(0)))->reportId();
        w->currentView()->showTable(3);
        cell = w->currentView()->tableModel(3)->layout().cells().at(3);
        w->currentView()->selectCell(cell);
        w->close();
        m_windows.clear();
    }
    MainWindow *w = newWindow();
    QVERIFY(w->openWorkspace(workspacePath()));
    QVERIFY(w->currentDocument());
    QCOMPARE(ReportAudit::of(w->currentDocument())->reportId(), report);
    QCOMPARE(w->currentView()->currentTable(), 3);
    QCOMPARE(w->currentView()->grid(3)->currentCell(), cell);
    QVERIFY(w->readOnlyBanner()->isHidden());

    // Another window on the same workspace opens it read-only: a banner above the report.
    MainWindow *second = newWindow();
    QVERIFY(second->openWorkspace(workspacePath()));
    QVERIFY(second->session()->isReadOnly());
    QVERIFY(!second->readOnlyBanner()->isHidden());
    QVERIFY(second->readOnlyBanner()->text().contains(QStringLiteral("只读")));
}

void TestReviewWorkflow::cellMenuCopyZoomAndPinyinFilter() {
    MainWindow *w = newWindow();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles({kSample003});
    ReportView *view = w->currentView();
    view->showTable(2);
    GridView *grid = view->grid(2);
    const int cell = cellOf(w, kGranted);
    grid->selectCells({cell});
    std::unique_ptr<QMenu> menu(grid->cellMenu(nullptr));
    QStringList texts;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            texts << a->text();
    QCOMPARE(texts, (QStringList{QStringLiteral("复制"), QStringLiteral("粘贴"),
                                 QStringLiteral("清空（空白）"), QStringLiteral("设为占位符 /"),
                                 QStringLiteral("确认读数"), QStringLiteral("采用建议值"),
                                 QStringLiteral("修改记录…")}));
    menu->actions().at(4)->trigger(); // 设为占位符
    QCOMPARE(w->currentDocument()->cell(cell).status, CellStatus::Placeholder);

    // Edit › Copy copies the grid's selection.
    grid->setFocus();
    QApplication::clipboard()->clear();
    for (QAction *a : w->menuBar()->actions().at(1)->menu()->actions())
        if (a->shortcut() == QKeySequence(QKeySequence::Copy))
            a->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("/\n"));

    // Zoom applies to the document beside the grid too.
    const double before = grid->zoom();
    view->zoom(1);
    QVERIFY(grid->zoom() > before);
    QCOMPARE(view->documentPane()->zoomSteps(), 1);
    view->resetZoom();
    QCOMPARE(view->documentPane()->zoomSteps(), 0);

    // The list filter matches pinyin initials and full pinyin of the agency.
    const QString agency =
        w->reportList()->index(0, ReportListModel::AgencyColumn).data().toString();
    QVERIFY(agency.startsWith(QStringLiteral("市中区")));
    QLineEdit *filter = w->reportListPanel()->filterEdit();
    for (const QString &q :
         {QStringLiteral("szq"), QStringLiteral("shizhong"), QStringLiteral("ShiZhongQu")}) {
        filter->setText(q);
        QCOMPARE(w->reportListPanel()->proxy()->rowCount(), 1);
    }
    filter->setText(QStringLiteral("xyz"));
    QCOMPARE(w->reportListPanel()->proxy()->rowCount(), 0);
    filter->clear();
}

void TestReviewWorkflow::agencyNamesReadInFullAt1280x720() {
    // The smallest size of the docs/ screenshots: the list is widened for the agency names and
    // none of the bundled samples' names is elided.
    MainWindow *w = newWindow();
    w->resize(1280, 720);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(w->newWorkspace(workspacePath()));
    w->openFiles(ReportLoader::bundledSamples());
    w->fitReportList();
    QCoreApplication::processEvents();
    QTableView *list = w->reportListPanel()->view();
    const QFontMetrics fm(list->font());
    const int margin = 2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    const int width = list->columnWidth(ReportListModel::AgencyColumn);
    QVERIFY(list->model()->rowCount() >= 3);
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        const QString agency =
            list->model()->index(r, ReportListModel::AgencyColumn).data().toString();
        QVERIFY2(fm.horizontalAdvance(agency) + margin <= width,
                 qPrintable(QStringLiteral("%1: %2 > %3")
                                .arg(agency)
                                .arg(fm.horizontalAdvance(agency) + margin)
                                .arg(width)));
    }
}

QTEST_MAIN(TestReviewWorkflow)
#include "tst_reviewworkflow.moc"
