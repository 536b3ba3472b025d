// Edit history in the desk (HistoryModel, HistoryPanel, cell tooltips) on a real workspace.
#include "decimalops.h"
#include "import/textimporter.h"
#include "model/spec.h"
#include "models/historymodel.h"
#include "models/tablemodel.h"
#include "review/reportdocument.h"
#include "views/historypanel.h"
#include "workspace/reportaudit.h"
#include "workspace/workspace.h"
#include "workspace/workspaceimporter.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {
const QString kSample003 = QStringLiteral(NIANBAO_TEST_DATA "/samples/003_0fe5f5f56ab841d9.txt");

/// A document of the workspace with its audit, built the way the desk builds it.
ReportDocument *openDocument(Workspace &ws, qint64 id) {
    QString err;
    const auto stored = ws.loadReport(id, &err);
    const auto doc = stored ? ws.document(stored->summary.documentId) : std::nullopt;
    const ImportResult r =
        doc ? TextImporter::importBytes(doc->bytes, doc->fileName, doc->originalPath)
            : ImportResult::failure(err);
    if (!r.ok())
        return nullptr;
    auto *d = new ReportDocument(*r.document, ValidatedReport(stored->current), stored->extracted);
    new ReportAudit(ws, id, d); // a child of the document
    return d;
}
} // namespace

class TestHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editIsTheNewestRow();
    void keyLabelsArePrinted_data();
    void keyLabelsArePrinted();
    void tooltipListsTheCellsEdits();
    void panelRevertsAnEditAsANewEdit();
    void panelFiltersAndRequestsCells();
    void readOnlyWorkspaceRefusesRevert();
    void metadataEditsAreShownAndReverted();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_report = -1;
    ReportDocument *m_doc = nullptr;
    int m_cell = -1;
};

void TestHistory::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestHistory::init() {
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("ws%1.nianbao").arg(++n));
    QString err;
    QVERIFY2(Workspace::create(m_path, &err), qPrintable(err));
    m_ws = std::make_unique<Workspace>();
    QVERIFY2(m_ws->open(m_path, Workspace::Mode::ReadWrite, &err), qPrintable(err));
    m_ws->setUser(QStringLiteral("审核员甲"));
    const QVector<ImportOutcome> out = WorkspaceImporter::importFiles(*m_ws, {kSample003}, &err);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].kind, ImportOutcome::Added);
    m_report = out[0].reportId;
    m_doc = openDocument(*m_ws, m_report);
    QVERIFY(m_doc && ReportAudit::of(m_doc));
    m_cell = -1; // a table 2 cell with a printed, non-zero value
    for (const CellSpec &c : m_doc->spec().cells)
        if (c.table == 2 && m_doc->cell(c.index).value && !m_doc->cell(c.index).value->isZero()) {
            m_cell = c.index;
            break;
        }
    QVERIFY(m_cell >= 0);
}

void TestHistory::cleanup() {
    delete m_doc; // the audit goes with it, before the workspace
    m_doc = nullptr;
    m_ws.reset();
}

void TestHistory::editIsTheNewestRow() {
    ReportAudit *audit = ReportAudit::of(m_doc);
    HistoryModel model(audit);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    const Decimal was = *m_doc->cell(m_cell).value;
    const Decimal now = was + Decimal::fromInteger(7);
    QString err;
    QVERIFY2(m_doc->setCellValue(m_cell, now, CellStatus::Edited, EditOrigin::Typed, &err,
                                 QStringLiteral("核对原件")),
             qPrintable(err));
    QCOMPARE(model.rowCount(), before + 1);
    const auto cell = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(model.index(0, 0).data(HistoryModel::EditIdRole).toLongLong(), audit->lastEditId());
    QCOMPARE(model.index(0, 0).data(HistoryModel::CellRole).toInt(), m_cell);
    QCOMPARE(model.index(0, 0).data(HistoryModel::KeyRole).toString(),
             m_doc->spec().cell(m_cell).key);
    QCOMPARE(cell(HistoryModel::ChangeColumn),
             QStringLiteral("%1 → %2").arg(was.toString(), now.toString()));
    QCOMPARE(cell(HistoryModel::OriginColumn), QStringLiteral("输入"));
    QCOMPARE(cell(HistoryModel::UserColumn), QStringLiteral("审核员甲"));
    QCOMPARE(cell(HistoryModel::NoteColumn), QStringLiteral("核对原件"));
    QVERIFY(cell(HistoryModel::CellColumn).startsWith(QStringLiteral("表二 · ")));
    QVERIFY(QDateTime::fromString(cell(HistoryModel::TimeColumn), "yyyy-MM-dd HH:mm:ss").isValid());
    // A second edit (to blank) goes on top; the first moves down.
    QVERIFY(m_doc->setCellValue(m_cell, std::nullopt, CellStatus::Blank, EditOrigin::Paste, &err));
    QCOMPARE(model.rowCount(), before + 2);
    QCOMPARE(cell(HistoryModel::ChangeColumn), QStringLiteral("%1 → （空）").arg(now.toString()));
    QCOMPARE(cell(HistoryModel::OriginColumn), QStringLiteral("粘贴"));
    QVERIFY(model.index(0, 0).data(HistoryModel::EditIdRole).toLongLong() >
            model.index(1, 0).data(HistoryModel::EditIdRole).toLongLong());
    QVERIFY(m_doc->undo(&err));
    QCOMPARE(cell(HistoryModel::OriginColumn), QStringLiteral("撤销"));
}

void TestHistory::keyLabelsArePrinted_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("t2") << "t2.r.granted.c.natural_person"
                        << "表二 · 自然人 · （一）予以公开";
    QTest::newRow("t2 org") << "t2.r.granted.c.commercial_enterprise"
                            << "表二 · 法人或其他组织·商业企业 · （一）予以公开";
    QTest::newRow("t3") << "t3.r.cases.c.lit_direct_total"
                        << "表三 · 行政诉讼·未经复议直接起诉·总计";
    QTest::newRow("t1") << "t1.r.regulations.c.issued"
                        << "表一 · 第二十条第（一）项 · 本年制发件数 · 规章";
    QTest::newRow("other edition") << "t9.unknown"
                                   << "t9.unknown";
    QTest::newRow("agency") << "meta.agency"
                            << "机关";
    QTest::newRow("year") << "meta.year"
                          << "年度";
    QTest::newRow("edition") << "meta.edition"
                             << "格式";
    QTest::newRow("state") << "meta.state"
                           << "审核状态";
}

void TestHistory::keyLabelsArePrinted() {
    QFETCH(QString, key);
    QFETCH(QString, label);
    QCOMPARE(HistoryModel::keyLabel(Spec::instance().edition(Edition::E2021), key), label);
}

void TestHistory::tooltipListsTheCellsEdits() {
    TableModel table(m_doc, 2);
    const QModelIndex index = table.indexOfCell(m_cell);
    QVERIFY(index.isValid());
    QVERIFY(!table.data(index, Qt::ToolTipRole).toString().contains(QStringLiteral("修改记录")));
    QString err;
    QVERIFY(m_doc->setCellValue(m_cell, Decimal::fromInteger(4242), CellStatus::Edited,
                                EditOrigin::Typed, &err, QStringLiteral("笔误")));
    // Without an audit the tooltip has no history; with it, the edit is listed.
    QVERIFY(!table.data(index, Qt::ToolTipRole).toString().contains(QStringLiteral("修改记录")));
    table.setAudit(ReportAudit::of(m_doc));
    const QString tip = table.data(index, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("修改记录")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("→ 4242")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("笔误")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("审核员甲")), qPrintable(tip));
    // At most ten edits are listed, then the total.
    for (int i = 0; i < 11; ++i)
        QVERIFY(m_doc->setCellValue(m_cell, Decimal::fromInteger(100 + i), CellStatus::Edited,
                                    EditOrigin::Typed, &err));
    const QString many = table.data(index, Qt::ToolTipRole).toString();
    QVERIFY2(many.contains(QStringLiteral("… 共 12 次")), qPrintable(many));
    QVERIFY(many.contains(QStringLiteral("→ 110")));   // the newest is shown
    QVERIFY(!many.contains(QStringLiteral("→ 4242"))); // the oldest is not
}

void TestHistory::panelRevertsAnEditAsANewEdit() {
    HistoryPanel panel;
    ReportAudit *audit = ReportAudit::of(m_doc);
    panel.setAudit(audit);
    QSignalSpy messages(&panel, &HistoryPanel::message);
    const Decimal was = *m_doc->cell(m_cell).value;
    QString err;
    QVERIFY(m_doc->setCellValue(m_cell, Decimal::fromInteger(999), CellStatus::Edited,
                                EditOrigin::Typed, &err));
    const qint64 edit = audit->lastEditId();
    const int rows = panel.model()->rowCount();
    QVERIFY2(panel.revertEdit(edit, QStringLiteral("改错了")),
             qPrintable(messages.value(0).value(0).toString()));
    QCOMPARE(messages.size(), 0);
    QCOMPARE(m_doc->cell(m_cell).value, std::optional<Decimal>(was));
    QCOMPARE(panel.model()->rowCount(), rows + 1);
    const EditRecord &top = panel.model()->record(0);
    QVERIFY(top.id > edit);
    QCOMPARE(top.origin, QStringLiteral("revert"));
    QCOMPARE(top.note, QStringLiteral("改错了"));
    QCOMPARE(top.newValue, std::optional<Decimal>(was));
    QCOMPARE(panel.model()->index(0, HistoryModel::OriginColumn).data().toString(),
             QStringLiteral("撤销修改"));
    // The revert is stored: a fresh read of the workspace log ends with it.
    QCOMPARE(m_ws->log(m_report).last().origin, QStringLiteral("revert"));
    // An unknown edit is refused with a message.
    QVERIFY(!panel.revertEdit(edit + 1000, QString()));
    QCOMPARE(messages.size(), 1);
}

void TestHistory::panelFiltersAndRequestsCells() {
    HistoryPanel panel;
    panel.setAudit(ReportAudit::of(m_doc));
    QString err;
    QVERIFY(m_doc->setCellValue(m_cell, Decimal::fromInteger(5), CellStatus::Edited,
                                EditOrigin::Typed, &err, QStringLiteral("甲备注")));
    QVERIFY(m_doc->setCellValue(m_cell, Decimal::fromInteger(6), CellStatus::Edited,
                                EditOrigin::Typed, &err, QStringLiteral("乙备注")));
    QAbstractItemModel *shown = panel.view()->model();
    QCOMPARE(shown->rowCount(), panel.model()->rowCount());
    panel.filterEdit()->setText(QStringLiteral("乙备注"));
    QCOMPARE(shown->rowCount(), 1);
    panel.filterEdit()->setText(QStringLiteral("表二")); // the cell column
    QCOMPARE(shown->rowCount(), 2);
    panel.filterEdit()->setText(QStringLiteral("5 → 6")); // the change column
    QCOMPARE(shown->rowCount(), 1);
    QSignalSpy requested(&panel, &HistoryPanel::cellRequested);
    Q_EMIT panel.view()->doubleClicked(shown->index(0, 0));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested[0][0].toInt(), m_cell);
    panel.view()->setCurrentIndex(shown->index(0, 2));
    QCOMPARE(panel.currentEditId(), ReportAudit::of(m_doc)->lastEditId());
}

void TestHistory::readOnlyWorkspaceRefusesRevert() {
    QString err;
    QVERIFY(m_doc->setCellValue(m_cell, Decimal::fromInteger(31), CellStatus::Edited,
                                EditOrigin::Typed, &err));
    const qint64 edit = ReportAudit::of(m_doc)->lastEditId();
    Workspace ro;
    QVERIFY2(ro.open(m_path, Workspace::Mode::ReadOnly, &err), qPrintable(err));
    QVERIFY(ro.isReadOnly());
    std::unique_ptr<ReportDocument> doc(openDocument(ro, m_report));
    QVERIFY(doc);
    QCOMPARE(doc->cell(m_cell).value, std::optional<Decimal>(Decimal::fromInteger(31)));
    HistoryPanel panel;
    panel.setAudit(ReportAudit::of(doc.get()));
    QCOMPARE(panel.model()->record(0).id, edit);
    QSignalSpy messages(&panel, &HistoryPanel::message);
    QVERIFY(!panel.revertEdit(edit, QStringLiteral("不应生效")));
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages[0][0].toString().contains(QStringLiteral("只读")));
    QCOMPARE(doc->cell(m_cell).value, std::optional<Decimal>(Decimal::fromInteger(31)));
    QCOMPARE(ro.log(m_report).last().id, edit); // nothing was logged
}

void TestHistory::metadataEditsAreShownAndReverted() {
    ReportAudit *audit = ReportAudit::of(m_doc);
    HistoryPanel panel;
    panel.setAudit(audit);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString year = QString::number(m_ws->summary(m_report)->year);
    QString err;
    QVERIFY2(m_ws->setMeta(m_report, Workspace::MetaField::Year, QStringLiteral("2001"),
                           EditOrigin::Cli, QStringLiteral("脚本"), &err),
             qPrintable(err));
    QVERIFY2(m_ws->setReviewState(m_report, ReviewState::Approved, QString(), &err),
             qPrintable(err));
    audit->refresh(); // changes made beside the document
    const HistoryModel &model = *panel.model();
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, HistoryModel::CellColumn), QStringLiteral("审核状态"));
    QCOMPARE(text(0, HistoryModel::ChangeColumn), QStringLiteral("待审 → 已通过"));
    QCOMPARE(model.index(0, 0).data(HistoryModel::CellRole).toInt(), -1);
    QCOMPARE(text(1, HistoryModel::CellColumn), QStringLiteral("年度"));
    QCOMPARE(text(1, HistoryModel::ChangeColumn), QStringLiteral("%1 → 2001").arg(year));
    QCOMPARE(text(1, HistoryModel::OriginColumn), QStringLiteral("命令行"));
    QSignalSpy requested(&panel, &HistoryPanel::cellRequested);
    Q_EMIT panel.view()->doubleClicked(panel.view()->model()->index(1, 0));
    QCOMPARE(requested.size(), 0);
    // Reverting the year goes through the workspace and is logged as a new edit.
    QVERIFY(panel.revertEdit(model.record(1).id, QString()));
    QCOMPARE(m_ws->summary(m_report)->year, year.toInt());
    QCOMPARE(text(0, HistoryModel::CellColumn), QStringLiteral("年度"));
    QCOMPARE(text(0, HistoryModel::ChangeColumn), QStringLiteral("2001 → %1").arg(year));
    QCOMPARE(text(0, HistoryModel::OriginColumn), QStringLiteral("撤销修改"));
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
