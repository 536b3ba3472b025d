// The exports read back: a workspace with both editions, an edited cell, decisions, suspect /
// missing / inferred cells, placeholders and an agency named =HYPERLINK("x") is exported as xlsx,
// CSV and JSON in both languages, and tests/export/check_export.py reads every file back
// (openpyxl, csv, jsonschema against docs/export-schema.json).
#include "export/csvexporter.h"
#include "export/exporter.h"
#include "export/exporttext.h"
#include "export/fileexport.h"
#include "reportgenerator.h"
#include "validate/validatedreport.h"
#include "workspace/workspace.h"
#include "workspace/workspaceexport.h"
#include "workspace/workspaceimporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kAgency = QStringLiteral("=HYPERLINK(\"x\")");
const QString kEditedKey = QStringLiteral("t2.r.granted.c.natural_person");
const QString kNote = QStringLiteral("-原文如此，按原文保留");
const QString kReviewer = QStringLiteral("审核员甲");
} // namespace

class TestExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace m_ws;
    QVector<qint64> m_ids;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase();
#ifdef NIANBAO_PYTHON3
    void readBack_data();
    void readBack();
#endif
    void textCellsNeverStartLikeFormulas_data();
    void textCellsNeverStartLikeFormulas();
    void csvQuoting();
    void cancelledExportLeavesFileUntouched();
    void unwritablePathIsOneClearLine();
    void filesCheckedDirectlyHaveTheSameShape();
};

void TestExport::initTestCase() {
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(Workspace::create(path("ws.nianbao"), &error), qPrintable(error));
    QVERIFY2(m_ws.open(path("ws.nianbao"), Workspace::Mode::ReadWrite, &error), qPrintable(error));
    m_ws.setUser(kReviewer);

    // 2021: sample 003 with a suspect, a missing and an inferred cell.
    ImportItem sample = WorkspaceImporter::prepare(
        QStringLiteral(NIANBAO_TEST_DATA "/samples/003_0fe5f5f56ab841d9.txt"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    sample.report.cell(QStringLiteral("t2.r.carried_over.c.natural_person")).status =
        CellStatus::Suspect;
    Cell &missing = sample.report.cell(QStringLiteral("t3.r.cases.c.review_other"));
    missing.value.reset();
    missing.status = CellStatus::Missing;
    sample.report.cell(QStringLiteral("t1.r.regulations.c.issued")).status = CellStatus::Inferred;

    // 2019: a generated report with placeholders ("-", "/", "无") for zeros.
    using namespace testgen;
    const GeneratedReport g = ReportGenerator::generate(19, Edition::E2019);
    const QString text = ReportGenerator::render(g, Layout::TabRows, Damage::Placeholders, 19);
    QFile file(path("2019.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    const ImportItem old = WorkspaceImporter::prepare(path("2019.txt"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(old.report.meta.edition, Edition::E2019);

    const QVector<ImportOutcome> out = m_ws.store({sample, old}, &error);
    QCOMPARE(out.size(), 2);
    m_ids = {out[0].reportId, out[1].reportId};

    QVERIFY2(m_ws.setMeta(m_ids[0], Workspace::MetaField::Agency, kAgency, EditOrigin::Typed,
                          QString(), &error),
             qPrintable(error));
    const auto stored = m_ws.loadReport(m_ids[0], &error);
    QVERIFY(stored);
    Cell edited = stored->current.cell(kEditedKey);
    QCOMPARE(edited.value, Decimal::fromInteger(4));
    edited.value = Decimal::fromInteger(5);
    edited.status = CellStatus::Edited;
    QVERIFY2(m_ws.setCell(m_ids[0], kEditedKey, edited, EditOrigin::Typed, QStringLiteral("复核"),
                          &error),
             qPrintable(error));
    // Decide the first problem the edit created: dismissed with a note that starts with "-".
    const auto report = WorkspaceExport::report(m_ws, m_ids[0], &error);
    QVERIFY(report && !report->findings.isEmpty());
    QVERIFY2(m_ws.decide(m_ids[0], report->findings.first().id, Decision::Dismissed, kNote, &error),
             qPrintable(error));
}

#ifdef NIANBAO_PYTHON3
void TestExport::readBack_data() {
    QTest::addColumn<QString>("lang");
    QTest::newRow("zh") << "zh";
    QTest::newRow("en") << "en";
}

void TestExport::readBack() {
    QFETCH(QString, lang);
    QString error;
    const auto set = WorkspaceExport::build(m_ws, {}, &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->reports.size(), 2);
    const ExportText::Language language = lang == u"en" ? ExportText::En : ExportText::Zh;
    QJsonObject expect{{"lang", lang},
                       {"schema", QStringLiteral(NIANBAO_SOURCE_DIR "/docs/export-schema.json")},
                       {"reviewer", kReviewer},
                       {"agency", kAgency},
                       {"dismiss_note", kNote},
                       {"editions", QJsonArray{"2019", "2021"}},
                       {"edited", QJsonObject{{"key", kEditedKey}, {"old", "4"}, {"new", "5"}}}};
    for (Exporter::Format f :
         {Exporter::Format::Xlsx, Exporter::Format::Csv, Exporter::Format::Json}) {
        const QString name = Exporter::formatName(f);
        const QString file = path(QStringLiteral("out-%1.%2").arg(lang, name));
        QVERIFY2(Exporter::write(*set, f, file, language, &error), qPrintable(error));
        expect.insert(name, file);
    }
    QFile expectFile(path("expect-" + lang + ".json"));
    QVERIFY(expectFile.open(QIODevice::WriteOnly));
    expectFile.write(QJsonDocument(expect).toJson());
    expectFile.close();

    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral(NIANBAO_PYTHON3),
                 {QStringLiteral(NIANBAO_SOURCE_DIR "/tests/export/check_export.py"),
                  expectFile.fileName()});
    QVERIFY(python.waitForFinished(60000));
    const QByteArray output = python.readAll();
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             output.constData());
}
#endif

void TestExport::textCellsNeverStartLikeFormulas_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("safe");
    QTest::newRow("formula") << kAgency << "'" + kAgency;
    QTest::newRow("plus") << "+1"
                          << "'+1";
    QTest::newRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=1"
                         << "'\t=1";
    QTest::newRow("cr") << "\r=1"
                        << "'\r=1";
    QTest::newRow("plain") << "某某局"
                           << "某某局";
    QTest::newRow("empty") << ""
                           << "";
}

void TestExport::textCellsNeverStartLikeFormulas() {
    QFETCH(QString, text);
    QFETCH(QString, safe);
    QCOMPARE(ExportText::safe(text), safe);
}

void TestExport::csvQuoting() {
    QByteArray line;
    CsvExporter::appendField(line, QStringLiteral("a,b"));
    line += ',';
    CsvExporter::appendField(line, QStringLiteral("say \"hi\""));
    line += ',';
    CsvExporter::appendField(line, QStringLiteral("two\nlines"));
    line += ',';
    CsvExporter::appendField(line, QStringLiteral("plain"));
    QCOMPARE(line, QByteArray("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain"));
}

void TestExport::cancelledExportLeavesFileUntouched() {
    QString error;
    const auto set = WorkspaceExport::build(m_ws, {}, &error);
    QVERIFY(set);
    for (Exporter::Format f :
         {Exporter::Format::Xlsx, Exporter::Format::Csv, Exporter::Format::Json}) {
        const QString file = path("keep." + Exporter::formatName(f));
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the good file");
        old.close();
        int calls = 0;
        QVERIFY(!Exporter::write(*set, f, file, ExportText::Zh, &error,
                                 [&](int, int) { return ++calls < 2; }));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // cancelled, not failed
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the good file"));
        old.close();
        QCOMPARE(QDir(m_dir.path()).entryList({"keep.*"}).size(), 1 + int(f));
    }
}

void TestExport::unwritablePathIsOneClearLine() {
    QString error;
    const auto set = WorkspaceExport::build(m_ws, {m_ids[0]}, &error);
    QVERIFY(set);
    const QString noFolder = path("no/such/folder/out.xlsx");
    QVERIFY(!Exporter::write(*set, Exporter::Format::Xlsx, noFolder, ExportText::Zh, &error));
    QVERIFY2(error.startsWith(noFolder + ": "), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("文件夹不存在")) && error.contains("does not exist"),
             qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    QVERIFY(!Exporter::write(*set, Exporter::Format::Csv, m_dir.path(), ExportText::Zh, &error));
    QVERIFY2(error.startsWith(m_dir.path() + ": ") && error.contains("folder"), qPrintable(error));
}

void TestExport::filesCheckedDirectlyHaveTheSameShape() {
    const QString file = QStringLiteral(NIANBAO_TEST_DATA "/samples/003_0fe5f5f56ab841d9.txt");
    QString error;
    const ImportItem item = WorkspaceImporter::prepare(file, &error);
    const ExportReport r = FileExport::report(file, nullptr, ValidatedReport(item.report));
    QCOMPARE(r.id, -1);
    QCOMPARE(r.current.cells, r.extracted.cells);
    QVERIFY(r.edits.isEmpty());
    QCOMPARE(r.source.sha256, QString::fromLatin1(item.document.sha256));
    for (int i = 0; i < r.current.cells.size(); ++i)
        QVERIFY(!r.isEdited(i));
    for (const ExportFinding &f : r.findings)
        QVERIFY(f.isOpen());
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
