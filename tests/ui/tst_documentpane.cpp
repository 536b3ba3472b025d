// The document pane shows the original: HTML and DOCX as documents with their tables, PDF as
// rendered pages; selecting a cell highlights its source, clicking a source selects its cell,
// Ctrl+F finds text in every form; plain text keeps its text view.

#include "import/importpipeline.h"
#include "import/reportwriters.h"
#include "review/reportdocument.h"
#include "views/documentpane.h"
#include "views/findbar.h"
#include "views/pdfpageview.h"
#include "views/richdocumentview.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextTable>

using namespace testformats;

class TestDocumentPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textStaysText();
    void richShowsTablesAndHighlights_data();
    void richShowsTablesAndHighlights();
    void pdfPageRectAndClick();
    void findInEveryForm();

private:
    std::unique_ptr<ReportDocument> open(const QByteArray &bytes, const QString &name);
    QVector<Part> m_parts;
    int m_cell = -1; ///< t2 granted / natural person (4 in sample 003)
};

std::unique_ptr<ReportDocument> TestDocumentPane::open(const QByteArray &bytes,
                                                       const QString &name) {
    PipelineResult r = ImportPipeline::runBytes(bytes, name);
    if (!r.ok())
        return nullptr;
    return std::make_unique<ReportDocument>(std::move(*r.document), std::move(r.report));
}

void TestDocumentPane::initTestCase() {
    const PipelineResult text =
        ImportPipeline::run(QStringLiteral(NIANBAO_TEST_DATA "/samples/003_0fe5f5f56ab841d9.txt"));
    QVERIFY(text.ok());
    m_parts = documentParts(text.report.report());
    m_cell = text.report.report().spec().indexOf(QStringLiteral("t2.r.granted.c.natural_person"));
}

void TestDocumentPane::textStaysText() {
    QFile f(QStringLiteral(NIANBAO_TEST_DATA "/samples/003_0fe5f5f56ab841d9.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto doc = open(f.readAll(), QStringLiteral("003.txt"));
    QVERIFY(doc);
    DocumentPane pane;
    pane.setDocument(doc.get());
    QCOMPARE(pane.mode(), DocumentPane::Mode::Text);
    pane.showCell(m_cell);
    QCOMPARE(pane.highlightedText(), QStringLiteral("4"));
    QCOMPARE(pane.textView()->textCursor().position(), doc->cell(m_cell).anchor.start);
}

void TestDocumentPane::richShowsTablesAndHighlights_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("html") << QStringLiteral("report.html");
    QTest::newRow("docx") << QStringLiteral("report.docx");
}

void TestDocumentPane::richShowsTablesAndHighlights() {
    QFETCH(QString, name);
    auto doc = open(name.endsWith(u"html") ? govHtml(m_parts) : docx(m_parts), name);
    QVERIFY(doc);
    DocumentPane pane;
    pane.resize(700, 500);
    pane.show();
    pane.setDocument(doc.get());
    QCOMPARE(pane.mode(), DocumentPane::Mode::Rich);
    // Tables drawn as tables, with the group label merged over its rows.
    int tables = 0;
    bool mergedGroup = false;
    for (QTextFrame *f : pane.richView()->document()->rootFrame()->childFrames())
        if (auto *t = qobject_cast<QTextTable *>(f)) {
            ++tables;
            for (int r = 0; r < t->rows(); ++r) {
                const QTextTableCell c = t->cellAt(r, 0);
                QTextCursor cur = c.firstCursorPosition();
                cur.setPosition(c.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                mergedGroup |=
                    cur.selectedText() == QStringLiteral("三、本年度办理结果") && c.rowSpan() == 22;
            }
        }
    QCOMPARE(tables, 3);
    QVERIFY(mergedGroup);
    // Selecting the cell highlights its number and scrolls to it.
    pane.showCell(m_cell);
    QCOMPARE(pane.highlightedText(), QStringLiteral("4"));
    const Anchor a = doc->cell(m_cell).anchor;
    QCOMPARE(pane.richView()->cursorFor(a.start, a.length).selectedText(), QStringLiteral("4"));
    QCOMPARE(pane.richView()->textCursor().position(), pane.richView()->toDocument(a.start));
    // Clicking the number selects its cell.
    const int other = doc->spec().indexOf(QStringLiteral("t2.r.unable_not_held.c.total"));
    const Anchor b = doc->cell(other).anchor;
    QTextCursor at = pane.richView()->cursorFor(b.start, 0);
    pane.richView()->setTextCursor(at);
    pane.richView()->ensureCursorVisible();
    QSignalSpy clicked(&pane, &DocumentPane::cellClicked);
    const QRect r = pane.richView()->cursorRect(at);
    QTest::mouseClick(pane.richView()->viewport(), Qt::LeftButton, {}, r.center() + QPoint(2, 0));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toInt(), other);
}

void TestDocumentPane::pdfPageRectAndClick() {
    auto doc = open(pdf(m_parts, 3), QStringLiteral("report.pdf"));
    QVERIFY(doc);
    DocumentPane pane;
    pane.resize(700, 800);
    pane.show();
    pane.setDocument(doc.get());
    QCOMPARE(pane.mode(), DocumentPane::Mode::Pdf);
    PdfPageView *view = pane.pdfView();
    QVERIFY(view->pageCount() >= 4);
    QVERIFY(!view->pageImage().isNull());
    // The page turns to the cell and its rectangle is filled.
    const int t3 = doc->spec().indexOf(QStringLiteral("t3.r.cases.c.review_maintained"));
    const Anchor last = doc->cell(t3).anchor;
    QVERIFY(t3 >= 0 && last.page >= 0);
    pane.showCell(t3);
    QCOMPARE(view->page(), last.page);
    QCOMPARE(view->highlight(), last.rect);
    pane.showCell(m_cell);
    const Anchor a = doc->cell(m_cell).anchor;
    QCOMPARE(view->page(), a.page);
    QCOMPARE(view->highlight(), a.rect);
    // The highlight is drawn: the page image differs from the unhighlighted one.
    const QImage marked = view->pageImage();
    view->clearHighlight();
    QVERIFY(view->pageImage() != marked);
    // A click inside a rectangle selects its cell; a click elsewhere nothing.
    QSignalSpy clicked(&pane, &DocumentPane::cellClicked);
    QCOMPARE(pane.cellAtPoint(a.page, a.rect.center()), m_cell);
    Q_EMIT view->clicked(a.page, a.rect.center());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toInt(), m_cell);
    QCOMPARE(pane.cellAtPoint(a.page, QPointF(0.01, 0.01)), -1);
    // Page navigation and zoom.
    view->setPage(view->pageCount() - 1);
    QCOMPARE(view->page(), view->pageCount() - 1);
    const double z = view->zoomFactor();
    pane.zoom(1);
    QVERIFY(view->zoomFactor() > z);
}

void TestDocumentPane::findInEveryForm() {
    QFile f(QStringLiteral(NIANBAO_TEST_DATA "/samples/003_0fe5f5f56ab841d9.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString needle = QStringLiteral("不予公开");
    for (const auto &[bytes, name] : {std::pair(f.readAll(), QStringLiteral("a.txt")),
                                      std::pair(govHtml(m_parts), QStringLiteral("a.html")),
                                      std::pair(pdf(m_parts), QStringLiteral("a.pdf"))}) {
        auto doc = open(bytes, name);
        QVERIFY(doc);
        DocumentPane pane;
        pane.show();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        pane.setDocument(doc.get());
        // Ctrl+F opens the bar; typing finds.
        pane.setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(pane.findBar()->isVisible());
        pane.findBar()->field()->setText(needle);
        switch (pane.mode()) {
        case DocumentPane::Mode::Text:
            QCOMPARE(pane.textView()->textCursor().selectedText(), needle);
            break;
        case DocumentPane::Mode::Rich:
            QCOMPARE(pane.richView()->textCursor().selectedText(), needle);
            break;
        case DocumentPane::Mode::Pdf:
            QVERIFY(!pane.pdfView()->highlight().isNull());
            break;
        }
        QVERIFY(pane.find(needle));       // the next one
        QVERIFY(pane.find(needle, true)); // and back
        QVERIFY(!pane.find(QStringLiteral("不存在的文字")));
    }
}

QTEST_MAIN(TestDocumentPane)
#include "tst_documentpane.moc"
