// File › Export… offscreen: the scopes come from the report list (current, selection, filter,
// everything), the export runs off the UI thread on its own read-only connection and sees the
// edits the desk committed, and a failure is one line in the dialog with no file written.
#include "dialogs/exportdialog.h"
#include "mainwindow.h"
#include "models/reportlistmodel.h"
#include "models/tablemodel.h"
#include "review/reportdocument.h"
#include "session/workspacesession.h"
#include "views/reportlistpanel.h"
#include "views/reportview.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kSamples = QStringLiteral(NIANBAO_TEST_DATA "/samples/");
const QString kGranted = QStringLiteral("t2.r.granted.c.natural_person");
} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NianbaoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_exportdialog"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->newWorkspace(m_dir.filePath(QStringLiteral("desk.nianbao"))));
        QStringList files;
        for (const QString &name : QDir(kSamples).entryList({QStringLiteral("*.txt")}))
            files << kSamples + name;
        m_window->openFiles(files);
        QCOMPARE(m_window->reportList()->rowCount(), 5);
    }
    void cleanupTestCase() { m_window.reset(); }

    void scopesFollowTheList() {
        ReportListPanel *panel = m_window->reportListPanel();
        panel->setCurrentRow(2);
        panel->view()->selectionModel()->clearSelection();
        for (int row : {0, 3})
            panel->view()->selectionModel()->select(panel->view()->model()->index(row, 0),
                                                    QItemSelectionModel::Select |
                                                        QItemSelectionModel::Rows);
        ExportDialog::Scopes s = ExportDialog::scopesOf(panel);
        QCOMPARE(s.ids[ExportDialog::CurrentReport],
                 QVector<qint64>{m_window->reportList()->reportId(2)});
        QCOMPARE(s.ids[ExportDialog::SelectedReports].size(), 2);
        QCOMPARE(s.ids[ExportDialog::WholeWorkspace].size(), 5);
        QCOMPARE(s.ids[ExportDialog::FilteredList].size(), 5);
        panel->filterEdit()->setText(QStringLiteral("市中区"));
        s = ExportDialog::scopesOf(panel);
        QCOMPARE(s.ids[ExportDialog::FilteredList].size(), 1);
        QCOMPARE(s.ids[ExportDialog::WholeWorkspace].size(), 5);
        panel->filterEdit()->clear();
    }

    void exportSeesTheDesksEdits() {
        // Edit 市中区 (sample 003) in the desk: committed before it shows.
        ReportListModel *list = m_window->reportList();
        int row = -1;
        for (int r = 0; r < list->rowCount(); ++r)
            if (list->index(r, ReportListModel::FileColumn).data().toString().startsWith("003"))
                row = r;
        QVERIFY(row >= 0);
        ReportDocument *doc = m_window->openReport(list->reportId(row));
        QVERIFY(doc);
        ReportView *view = m_window->currentView();
        TableModel *t2 = view->tableModel(2);
        QVERIFY(t2->setData(t2->indexOfCell(doc->spec().indexOf(kGranted)), QStringLiteral("5")));

        ExportDialog::Scopes scopes;
        scopes.ids[ExportDialog::CurrentReport] = {list->reportId(row)};
        scopes.ids[ExportDialog::WholeWorkspace] =
            ExportDialog::scopesOf(m_window->reportListPanel()).ids[ExportDialog::WholeWorkspace];
        ExportDialog dialog(m_window->session()->path(), QStringLiteral("审核员乙"), scopes);
        const QString out = m_dir.filePath(QStringLiteral("one.json"));
        dialog.setScope(ExportDialog::CurrentReport);
        dialog.setFormat(Exporter::Format::Json);
        dialog.setPath(out);
        QSignalSpy done(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QVERIFY2(done[0][0].toBool(), qPrintable(done[0][1].toString()));
        QVERIFY(dialog.openButton()->isVisibleTo(&dialog));
        QCOMPARE(dialog.writtenPath(), out);

        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(u"reviewer").toString(), QStringLiteral("审核员乙"));
        const QJsonArray reports = o.value(u"reports").toArray();
        QCOMPARE(reports.size(), 1);
        bool found = false;
        for (const QJsonValue &v : reports[0].toObject().value(u"cells").toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"key").toString() != kGranted)
                continue;
            found = true;
            QCOMPARE(c.value(u"value").toInt(), 5);
            QCOMPARE(c.value(u"original").toObject().value(u"value").toInt(), 4);
        }
        QVERIFY(found);

        // The whole workspace as xlsx, from the same dialog.
        dialog.setScope(ExportDialog::WholeWorkspace);
        dialog.setFormat(Exporter::Format::Xlsx);
        QCOMPARE(QFileInfo(dialog.findChild<QLineEdit *>()->text()).suffix(),
                 QStringLiteral("xlsx"));
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 20000);
        QVERIFY2(done[1][0].toBool(), qPrintable(done[1][1].toString()));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("one.xlsx"))).size() > 10000);
    }

    void failureIsOneLineAndNoFile() {
        ExportDialog::Scopes scopes = ExportDialog::scopesOf(m_window->reportListPanel());
        ExportDialog dialog(m_window->session()->path(), QString(), scopes);
        const QString out = m_dir.filePath(QStringLiteral("missing/folder/x.csv"));
        dialog.setScope(ExportDialog::WholeWorkspace);
        dialog.setFormat(Exporter::Format::Csv);
        dialog.setPath(out);
        QSignalSpy done(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QVERIFY(!done[0][0].toBool());
        const QString error = done[0][1].toString();
        QVERIFY2(error.startsWith(out + QStringLiteral(": ")) && !error.contains(u'\n'),
                 qPrintable(error));
        QVERIFY(!dialog.openButton()->isVisibleTo(&dialog));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
