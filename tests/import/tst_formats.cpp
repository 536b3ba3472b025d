// The five bundled samples written as a government web page, Qt's HTML, a DOCX and a PDF: every
// cell read from each equals the text version's, and every anchor lands on its number (a text
// range for HTML/DOCX, a page rectangle for PDF).

#include "import/importpipeline.h"
#include "reportwriters.h"

#include <poppler-qt6.h>

#include <QDir>
#include <QTest>

using namespace testformats;

class TestFormats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sample_data();
    void sample();
};

namespace {
QStringList samples() {
    return QDir(QStringLiteral(NIANBAO_TEST_DATA "/samples"))
        .entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
}
} // namespace

void TestFormats::sample_data() {
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("format");
    // The five samples (2021 edition) and a synthetic report of the 2019 edition.
    for (const QString &s : samples() + QStringList{QStringLiteral("2019")})
        for (const char *f : {"govhtml", "qthtml", "docx", "pdf", "pdfword"})
            QTest::newRow(qPrintable(s.left(4) + u'-' + QLatin1String(f))) << s << f;
}

void TestFormats::sample() {
    QFETCH(QString, sample);
    QFETCH(QString, format);
    Report expected;
    if (sample == u"2019") {
        expected = syntheticReport(Edition::E2019, 2020);
    } else {
        const PipelineResult text =
            ImportPipeline::run(QStringLiteral(NIANBAO_TEST_DATA "/samples/") + sample);
        QVERIFY2(text.ok(), qPrintable(text.error));
        expected = text.report.report();
    }
    const QVector<Part> parts = documentParts(expected);
    QByteArray bytes;
    QString name;
    if (format == u"govhtml") {
        bytes = govHtml(parts);
        name = QStringLiteral("report.html");
    } else if (format == u"qthtml") {
        bytes = qtHtml(parts);
        name = QStringLiteral("report.htm");
    } else if (format == u"docx") {
        bytes = docx(parts);
        name = QStringLiteral("report.docx");
    } else {
        // pdfword: cells centred vertically, group labels one character per line (Word/WPS).
        bytes = pdf(parts, 0, format == u"pdfword");
        name = QStringLiteral("report.pdf");
        format = QStringLiteral("pdf");
    }
    // Named .txt on purpose: the importer is chosen by content.
    const PipelineResult got = ImportPipeline::runBytes(bytes, QStringLiteral("renamed.txt"));
    QVERIFY2(got.ok(), qPrintable(got.error));
    QCOMPARE(got.document->format, format.endsWith(u"html") ? QStringLiteral("html") : format);
    QVERIFY(!got.document->tables.isEmpty());
    const Report &r = got.report.report();
    QCOMPARE(r.meta.edition, expected.meta.edition);
    QCOMPARE(r.meta.year, expected.meta.year);
    for (int t = 0; t < 3; ++t)
        QCOMPARE(r.tables[size_t(t)], TableState::Found);

    std::unique_ptr<Poppler::Document> pdfDoc;
    if (format == u"pdf")
        pdfDoc = Poppler::Document::loadFromData(bytes);
    const EditionSpec &spec = r.spec();
    std::map<int, std::vector<std::unique_ptr<Poppler::TextBox>>> pageWords;
    for (int c = 0; c < spec.cellCount(); ++c) {
        const Cell &want = expected.cells[c];
        const Cell &cell = r.cells[c];
        const QByteArray key = spec.cell(c).key.toUtf8();
        if (!want.value) {
            QVERIFY2(!cell.value, key.constData());
            continue;
        }
        QVERIFY2(cell.value == want.value,
                 key + " " + printed(cell).toUtf8() + " vs " + printed(want).toUtf8());
        QVERIFY2(cell.status == CellStatus::Read, key + " " + cellStatusName(cell.status).toUtf8());
        // The anchor holds the number itself.
        const QString at = got.document->displayText.mid(cell.anchor.start, cell.anchor.length);
        QVERIFY2(at == printed(want), key + " anchor text " + at.toUtf8());
        if (pdfDoc) {
            QVERIFY2(cell.anchor.page >= 0 && !cell.anchor.rect.isEmpty(), key.constData());
            // The words whose centre lies in the anchor's rectangle spell the number.
            auto &words = pageWords[cell.anchor.page];
            if (words.empty())
                words = pdfDoc->page(cell.anchor.page)->textList();
            const QSizeF size = pdfDoc->page(cell.anchor.page)->pageSizeF();
            const QRectF rect(
                cell.anchor.rect.x() * size.width(), cell.anchor.rect.y() * size.height(),
                cell.anchor.rect.width() * size.width(), cell.anchor.rect.height() * size.height());
            QString inside;
            for (const auto &w : words)
                if (rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(w->boundingBox().center()))
                    inside += w->text();
            QVERIFY2(inside == printed(want), key + " rect text " + inside.toUtf8());
        }
    }
}

QTEST_MAIN(TestFormats)
#include "tst_formats.moc"
