#include "review/editsink.h"
#include "review/reportdocument.h"

#include "model/spec.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

namespace {

/// A 2021 report whose every cell reads 0: every rule passes.
Report zeroReport() {
    Report r = Report::empty(Edition::E2021);
    r.meta.agency = QStringLiteral("测试局");
    r.meta.year = 2023;
    for (int i = 0; i < r.cells.size(); ++i) {
        r.cells[i].value = Decimal::fromInteger(0);
        r.cells[i].status = CellStatus::Read;
        r.cells[i].raw = QStringLiteral("0");
        r.cells[i].anchor.start = i * 2;
        r.cells[i].anchor.length = 1;
    }
    return r;
}

SourceDocument source() {
    SourceDocument s;
    s.fileName = QStringLiteral("t.txt");
    s.displayText = QString(2000, u'0');
    return s;
}

class RecordingSink : public EditSink {
public:
    explicit RecordingSink(const ReportDocument **doc)
        : m_doc(doc) {}
    bool commitEdits(const QVector<CellEdit> &action, const ValidatedReport &before,
                     const ValidatedReport &after, QString *error) override {
        for (const CellEdit &edit : action) {
            // The document must not show the edit before the sink has committed it, and the
            // sink sees the report before and after the whole action.
            appliedTooEarly |=
                (*m_doc)->cell(edit.cell) == edit.after && !(edit.before == edit.after);
            wrongStates |= !(before.report().cells[edit.cell] == edit.before) ||
                           !(after.report().cells[edit.cell] == edit.after);
        }
        if (refuseAfter >= 0 && int(edits.size() + action.size()) > refuseAfter) {
            *error = QStringLiteral("disk full");
            return false;
        }
        edits += action;
        ++actions;
        return true;
    }
    QVector<CellEdit> edits;
    int actions = 0;
    int refuseAfter = -1; ///< refuse an action that would exceed this many edits
    bool appliedTooEarly = false;
    bool wrongStates = false;

private:
    const ReportDocument **m_doc;
};

QStringList problemRules(const ReportDocument &doc) {
    QStringList out;
    for (const Finding &f : doc.validated().problems())
        out << f.rule;
    return out;
}

} // namespace

class TestReportDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void editRevalidatesAndUndoRestores();
    void signalsComeInPairs();
    void sinkCommitsBeforeApplying();
    void sinkRefusalKeepsEverything();
    void typedEditsOfOneCellMerge();
    void typingTheOriginalBackRestoresIt();
    void pasteIsOneUndoStep();
    void pasteIsOneAction();
    void suggestionIsAnOrdinaryEdit();
    void nullValuesAreDistinct();
    void metaEditIsUndoable();
    void unknownCellIsRefused();

private:
    ReportDocument *m_doc = nullptr;
    int m_granted = -1;
};

void TestReportDocument::init() {
    m_doc = new ReportDocument(source(), zeroReport());
    m_granted = m_doc->spec().indexOf(QStringLiteral("t2.r.granted.c.natural_person"));
    QVERIFY(m_granted >= 0);
    QVERIFY(m_doc->validated().problems().isEmpty());
}

void TestReportDocument::cleanup() {
    delete m_doc;
    m_doc = nullptr;
}

void TestReportDocument::editRevalidatesAndUndoRestores() {
    QVERIFY(!m_doc->isModified());
    QString error;
    QVERIFY(m_doc->setCellValue(m_granted, Decimal::fromInteger(5), CellStatus::Edited,
                                EditOrigin::Typed, &error));
    QCOMPARE(m_doc->cell(m_granted).value, Decimal::fromInteger(5));
    QCOMPARE(m_doc->cell(m_granted).status, CellStatus::Edited);
    QCOMPARE(m_doc->cell(m_granted).anchor, m_doc->originalCell(m_granted).anchor);
    QVERIFY(m_doc->isEdited(m_granted));
    QVERIFY(m_doc->isModified());
    const QStringList rules = problemRules(*m_doc);
    QVERIFY2(rules.contains(QStringLiteral("T2_ROW_TOTAL_2021")), qPrintable(rules.join(u',')));
    QVERIFY(rules.contains(QStringLiteral("T2_RESULTS_TOTAL_2021")));
    QVERIFY(m_doc->problemCount(Severity::Error) >= 2);

    QVERIFY(m_doc->undo());
    QCOMPARE(m_doc->cell(m_granted), m_doc->originalCell(m_granted));
    QVERIFY(!m_doc->isEdited(m_granted));
    QVERIFY(m_doc->validated().problems().isEmpty());
    QVERIFY(!m_doc->isModified());
    QVERIFY(m_doc->redo());
    QCOMPARE(m_doc->cell(m_granted).value, Decimal::fromInteger(5));
    QVERIFY(m_doc->isModified());
}

void TestReportDocument::signalsComeInPairs() {
    QStringList order;
    connect(m_doc, &ReportDocument::cellsAboutToChange, this, [&] { order << "cellsAbout"; });
    connect(m_doc, &ReportDocument::cellsChanged, this, [&] { order << "cells"; });
    connect(m_doc, &ReportDocument::findingsAboutToChange, this, [&] { order << "findingsAbout"; });
    connect(m_doc, &ReportDocument::findingsChanged, this, [&] { order << "findings"; });
    QSignalSpy cells(m_doc, &ReportDocument::cellsChanged);
    QSignalSpy findings(m_doc, &ReportDocument::findingsChanged);
    QSignalSpy modified(m_doc, &ReportDocument::modifiedChanged);
    QVERIFY(m_doc->setCellValue(m_granted, Decimal::fromInteger(5), CellStatus::Edited));
    QCOMPARE(order, (QStringList{"cellsAbout", "findingsAbout", "cells", "findings"}));
    QCOMPARE(cells.count(), 1);
    const auto changed = cells.first().first().value<QVector<int>>();
    QVERIFY(changed.contains(m_granted));
    // The totals whose rules now fail are repainted too.
    const int rowTotal = m_doc->spec().indexOf(QStringLiteral("t2.r.granted.c.total"));
    QVERIFY(changed.contains(rowTotal));
    QVERIFY(std::is_sorted(changed.begin(), changed.end()));
    QCOMPARE(findings.count(), 1);
    const auto delta = findings.first().first().value<ValidationDelta>();
    QVERIFY(delta.added.size() >= 2);
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.first().first().toBool(), true);
}

void TestReportDocument::sinkCommitsBeforeApplying() {
    const ReportDocument *doc = m_doc;
    RecordingSink sink(&doc);
    m_doc->setEditSink(&sink);
    QVERIFY(m_doc->setCellValue(m_granted, Decimal::fromInteger(5), CellStatus::Edited));
    QCOMPARE(sink.edits.size(), 1);
    const CellEdit &e = sink.edits.first();
    QCOMPARE(e.cell, m_granted);
    QCOMPARE(e.key, QStringLiteral("t2.r.granted.c.natural_person"));
    QCOMPARE(e.before.value, Decimal::fromInteger(0));
    QCOMPARE(e.after.value, Decimal::fromInteger(5));
    QCOMPARE(e.origin, EditOrigin::Typed);
    QVERIFY(m_doc->undo());
    QVERIFY(m_doc->redo());
    QCOMPARE(sink.edits.size(), 3);
    QCOMPARE(sink.edits[1].origin, EditOrigin::Undo);
    QCOMPARE(sink.edits[1].before.value, Decimal::fromInteger(5));
    QCOMPARE(sink.edits[1].after.value, Decimal::fromInteger(0));
    QCOMPARE(sink.edits[2].origin, EditOrigin::Redo);
    QCOMPARE(sink.edits[2].after.value, Decimal::fromInteger(5));
    QVERIFY(!sink.appliedTooEarly);
    m_doc->setEditSink(nullptr);
}

void TestReportDocument::sinkRefusalKeepsEverything() {
    const ReportDocument *doc = m_doc;
    RecordingSink sink(&doc);
    m_doc->setEditSink(&sink);
    QVERIFY(m_doc->setCellValue(m_granted, Decimal::fromInteger(5), CellStatus::Edited));
    sink.refuseAfter = 1;
    QSignalSpy cells(m_doc, &ReportDocument::cellsChanged);
    QString error;
    const int other = m_doc->spec().indexOf(QStringLiteral("t2.r.granted.c.total"));
    QVERIFY(!m_doc->setCellValue(other, Decimal::fromInteger(5), CellStatus::Edited,
                                 EditOrigin::Typed, &error));
    QCOMPARE(error, QStringLiteral("disk full"));
    QCOMPARE(m_doc->cell(other).value, Decimal::fromInteger(0));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    // Undo refused too: the value and the stack stay.
    error.clear();
    QVERIFY(!m_doc->undo(&error));
    QCOMPARE(error, QStringLiteral("disk full"));
    QCOMPARE(m_doc->cell(m_granted).value, Decimal::fromInteger(5));
    QCOMPARE(m_doc->undoStack()->index(), 1);
    QCOMPARE(cells.count(), 0);
    m_doc->setEditSink(nullptr);
}

void TestReportDocument::typedEditsOfOneCellMerge() {
    QVERIFY(m_doc->setCellValue(m_granted, Decimal::fromInteger(5), CellStatus::Edited));
    QVERIFY(m_doc->setCellValue(m_granted, Decimal::fromInteger(6), CellStatus::Edited));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->undo());
    QCOMPARE(m_doc->cell(m_granted).value, Decimal::fromInteger(0));
    // Edits of different cells, or not typed, stay separate steps.
    const int other = m_doc->spec().indexOf(QStringLiteral("t2.r.granted.c.total"));
    QVERIFY(m_doc->setCellValue(m_granted, Decimal::fromInteger(5), CellStatus::Edited));
    QVERIFY(m_doc->setCellValue(other, Decimal::fromInteger(5), CellStatus::Edited));
    QVERIFY(
        m_doc->setCellValue(other, Decimal::fromInteger(7), CellStatus::Edited, EditOrigin::Paste));
    QCOMPARE(m_doc->undoStack()->count(), 3);
}

void TestReportDocument::typingTheOriginalBackRestoresIt() {
    QVERIFY(m_doc->setCellValue(m_granted, Decimal::fromInteger(5), CellStatus::Edited));
    QVERIFY(m_doc->isModified());
    QVERIFY(m_doc->setCellValue(m_granted, Decimal::fromInteger(0), CellStatus::Edited));
    QCOMPARE(m_doc->cell(m_granted), m_doc->originalCell(m_granted));
    QCOMPARE(m_doc->cell(m_granted).status, CellStatus::Read);
    // The merged step became a no-op and left the stack: nothing to undo, not modified.
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_doc->isModified());
}

void TestReportDocument::pasteIsOneUndoStep() {
    const EditionSpec &spec = m_doc->spec();
    const QVector<CellChange> changes{
        {spec.indexOf(QStringLiteral("t2.r.granted.c.natural_person")), Decimal::fromInteger(1),
         CellStatus::Edited},
        {spec.indexOf(QStringLiteral("t2.r.granted.c.commercial_enterprise")),
         Decimal::fromInteger(2), CellStatus::Edited},
        {spec.indexOf(QStringLiteral("t2.r.granted.c.total")), Decimal::fromInteger(3),
         CellStatus::Edited},
    };
    QVERIFY(m_doc->setCellValues(changes, EditOrigin::Paste));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    for (const CellChange &c : changes)
        QCOMPARE(m_doc->cell(c.cell).value, c.value);
    QVERIFY(!problemRules(*m_doc).contains(QStringLiteral("T2_ROW_TOTAL_2021")));
    QVERIFY(m_doc->undo());
    for (const CellChange &c : changes)
        QCOMPARE(m_doc->cell(c.cell), m_doc->originalCell(c.cell));
    QVERIFY(!m_doc->isModified());
}

void TestReportDocument::pasteIsOneAction() {
    // A paste is committed as one action: refused as a whole, nothing is shown (it used to keep
    // the cells committed before the one refused while the desk showed none).
    const ReportDocument *doc = m_doc;
    RecordingSink sink(&doc);
    sink.refuseAfter = 1;
    m_doc->setEditSink(&sink);
    const EditionSpec &spec = m_doc->spec();
    const int a = spec.indexOf(QStringLiteral("t2.r.granted.c.natural_person"));
    const int b = spec.indexOf(QStringLiteral("t2.r.granted.c.total"));
    QString error;
    QVERIFY(!m_doc->setCellValues({{a, Decimal::fromInteger(1), CellStatus::Edited},
                                   {b, Decimal::fromInteger(1), CellStatus::Edited}},
                                  EditOrigin::Paste, &error));
    QCOMPARE(error, QStringLiteral("disk full"));
    QCOMPARE(m_doc->cell(a).value, Decimal::fromInteger(0));
    QCOMPARE(m_doc->cell(b).value, Decimal::fromInteger(0));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(sink.edits.isEmpty());
    // Accepted: one action of two edits; its undo is one action too.
    sink.refuseAfter = -1;
    QVERIFY(m_doc->setCellValues({{a, Decimal::fromInteger(1), CellStatus::Edited},
                                  {b, Decimal::fromInteger(1), CellStatus::Edited}},
                                 EditOrigin::Paste, &error));
    QVERIFY(m_doc->undo(&error));
    QCOMPARE(sink.actions, 2);
    QCOMPARE(sink.edits.size(), 4);
    QVERIFY(!sink.wrongStates);
    m_doc->setEditSink(nullptr);
}

void TestReportDocument::suggestionIsAnOrdinaryEdit() {
    QVERIFY(m_doc->setCellValue(m_granted, Decimal::fromInteger(5), CellStatus::Edited));
    int withSuggestion = -1;
    const QVector<Finding> &all = m_doc->validated().findings();
    for (int i = 0; i < all.size(); ++i)
        if (all[i].isProblem() && all[i].suggestion && all[i].suggestion->cell == m_granted)
            withSuggestion = i;
    QVERIFY2(withSuggestion >= 0, "the intersection of a failing row and column is suggested");
    QCOMPARE(all[withSuggestion].suggestion->value, Decimal::fromInteger(0));
    QVERIFY(m_doc->applySuggestion(withSuggestion));
    QCOMPARE(m_doc->cell(m_granted).value, Decimal::fromInteger(0));
    QVERIFY(m_doc->validated().problems().isEmpty());
    QVERIFY(m_doc->undo());
    QCOMPARE(m_doc->cell(m_granted).value, Decimal::fromInteger(5));
    QString error;
    QVERIFY(!m_doc->applySuggestion(-1, &error));
    QVERIFY(!error.isEmpty());
}

void TestReportDocument::nullValuesAreDistinct() {
    QVERIFY(m_doc->setCellValue(m_granted, std::nullopt, CellStatus::Blank));
    QCOMPARE(m_doc->cell(m_granted).status, CellStatus::Blank);
    QVERIFY(!m_doc->cell(m_granted).value);
    QVERIFY(m_doc->isEdited(m_granted));
    const int other = m_doc->spec().indexOf(QStringLiteral("t2.r.granted.c.total"));
    QVERIFY(m_doc->setCellValue(other, std::nullopt, CellStatus::Placeholder));
    QCOMPARE(m_doc->cell(other).status, CellStatus::Placeholder);
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

void TestReportDocument::metaEditIsUndoable() {
    QSignalSpy meta(m_doc, &ReportDocument::metaChanged);
    ReportMeta m = m_doc->report().meta;
    m.agency = QStringLiteral("另一局");
    QVERIFY(m_doc->setMeta(m));
    QCOMPARE(m_doc->report().meta.agency, QStringLiteral("另一局"));
    QCOMPARE(meta.count(), 1);
    QVERIFY(m_doc->isModified());
    QVERIFY(m_doc->undo());
    QCOMPARE(m_doc->report().meta.agency, QStringLiteral("测试局"));
    QCOMPARE(m_doc->displayName(), QStringLiteral("测试局 2023"));
}

void TestReportDocument::unknownCellIsRefused() {
    QString error;
    QVERIFY(!m_doc->setCellValue(-1, Decimal::fromInteger(1), CellStatus::Edited, EditOrigin::Typed,
                                 &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_doc->setCellValue(m_doc->spec().cellCount(), Decimal::fromInteger(1),
                                 CellStatus::Edited));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
