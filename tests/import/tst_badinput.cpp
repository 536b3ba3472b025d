// Bad input through the import seam: each file gives one line naming it and the reason, within
// seconds, and a batch goes on past it. The files are written here (QPdfWriter, minizip); only the
// encrypted PDF is a committed fixture (tests/data/formats/README.md).

#include "import/importpipeline.h"
#include "reportwriters.h"
#include "workspace/workspace.h"
#include "workspace/workspaceimporter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace testformats;

class TestBadInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refused_data();
    void refused();
    void longPdfIsReadQuickly();
    void batchGoesOn();

private:
    QVector<Part> m_parts;
};

namespace {

/// A PDF page that is one picture: a scan, or a report whose tables were pasted as images.
QByteArray pdfWithImage(const QVector<Part> &parts, bool withText) {
    QTextDocument table;
    table.setHtml(simpleHtml(parts.mid(4, 1)));
    table.setTextWidth(600);
    QImage image(table.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        table.drawContents(&p);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    if (withText) {
        painter.setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 12));
        painter.drawText(QPointF(100, 200), parts[0].paragraph);
        painter.drawText(QPointF(100, 400), QStringLiteral("二、主动公开政府信息情况"));
    }
    painter.drawImage(QRectF(100, 600, 8000, 6000), image);
    painter.end();
    return bytes;
}

QByteArray zipWith(const QByteArray &documentXml, qint64 repeat = 1) {
    return writeZip({{"word/document.xml", documentXml, repeat}});
}

} // namespace

void TestBadInput::initTestCase() {
    const PipelineResult text =
        ImportPipeline::run(QStringLiteral(NIANBAO_TEST_DATA "/samples/003_0fe5f5f56ab841d9.txt"));
    QVERIFY(text.ok());
    m_parts = documentParts(text.report.report());
}

void TestBadInput::refused_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); ///< a word of the English half of the message

    QFile encrypted(QStringLiteral(NIANBAO_TEST_DATA "/formats/encrypted.pdf"));
    QVERIFY(encrypted.open(QIODevice::ReadOnly));
    QTest::newRow("encrypted pdf") << "secret.pdf" << encrypted.readAll() << "encrypted";
    QTest::newRow("corrupt pdf") << "broken.pdf" << QByteArray("%PDF-1.7\n1 0 obj garbage")
                                 << "corrupt";
    QTest::newRow("scanned pdf") << "scan.pdf" << pdfWithImage(m_parts, false) << "no text layer";
    QTest::newRow("table is an image")
        << "image-table.pdf" << pdfWithImage(m_parts, true) << "images";
    QByteArray corrupt = docx(m_parts);
    corrupt.truncate(corrupt.size() / 2); // the central directory is gone
    QTest::newRow("corrupt docx") << "cut.docx" << corrupt << "corrupt";
    QTest::newRow("zip garbage") << "junk.docx"
                                 << QByteArray("PK\x03\x04word/document.xml\x01\x02garbage", 32)
                                 << "corrupt";
    // 201 MB of one character compresses to a few hundred kilobytes.
    QTest::newRow("zip bomb") << "bomb.docx" << zipWith(QByteArray(1 << 20, 'a'), 201)
                              << "zip bomb";
    QTest::newRow("zip, not docx") << "a.zip" << QByteArray("PK\x03\x04other.txt", 13) << "zip";
    QTest::newRow("old doc") << "old.doc"
                             << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) +
                                    QByteArray(512, '\0')
                             << "save it as .docx or PDF";
    QTest::newRow("html without table")
        << "page.html"
        << QByteArray("<html><head><meta charset=\"utf-8\"></head><body><p>2023年政府信息公开"
                      "工作年度报告</p><p>正文</p></body></html>")
        << "no table";
    QTest::newRow("empty") << "empty.txt" << QByteArray() << "empty";
    QTest::newRow("empty html") << "empty.html" << QByteArray("  \n") << "empty";
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) % 251);
    QTest::newRow("binary") << "data.bin" << binary << "binary";
    QTest::newRow("png") << "picture.txt" << QByteArray("\x89PNG\r\n\x1a\n....", 12)
                         << "not a text file";
}

void TestBadInput::refused() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QElapsedTimer timer;
    timer.start();
    const PipelineResult r = ImportPipeline::runBytes(bytes, name);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(name + u':'), qPrintable(r.error));
    QVERIFY2(!r.error.contains(u'\n'), qPrintable(r.error));
    QVERIFY2(r.error.contains(u" / "), qPrintable(r.error)); // Chinese / English
    QVERIFY2(r.error.contains(reason, Qt::CaseInsensitive), qPrintable(r.error));
}

void TestBadInput::longPdfIsReadQuickly() {
    // The report on its first pages, then 300 pages of annexes.
    const QByteArray bytes = pdf(m_parts, 300);
    QElapsedTimer timer;
    timer.start();
    const PipelineResult r = ImportPipeline::runBytes(bytes, QStringLiteral("long.pdf"));
    const qint64 ms = timer.elapsed();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
    QVERIFY(r.document->pageSizes.size() > 300);
    for (int t = 0; t < 3; ++t)
        QCOMPARE(r.report.report().tables[size_t(t)], TableState::Found);
    QVERIFY(r.document->warnings.join(u' ').contains(QStringLiteral("first")));
}

void TestBadInput::batchGoesOn() {
    QTemporaryDir dir;
    QStringList paths;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        paths << f.fileName();
    };
    write(QStringLiteral("a-good.html"), govHtml(m_parts));
    write(QStringLiteral("b-old.doc"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    write(QStringLiteral("c-good.docx"), docx(m_parts));
    write(QStringLiteral("d-empty.pdf"), QByteArray());
    write(QStringLiteral("e-good.pdf"), pdf(m_parts));
    const QString wsPath = dir.filePath(QStringLiteral("ws.nianbao"));
    QString error;
    QVERIFY2(Workspace::create(wsPath, &error), qPrintable(error));
    Workspace ws;
    QVERIFY2(ws.open(wsPath, Workspace::Mode::ReadWrite, &error), qPrintable(error));
    const QVector<ImportOutcome> out = WorkspaceImporter::importFiles(ws, paths, &error);
    QCOMPARE(out.size(), 5);
    QCOMPARE(out[0].kind, ImportOutcome::Added);
    QCOMPARE(out[1].kind, ImportOutcome::Failed);
    // One line naming the file by the path as given, with the reason.
    QVERIFY2(out[1].error.startsWith(paths[1] + u':'), qPrintable(out[1].error));
    QVERIFY(out[1].error.contains(QStringLiteral(".docx")));
    QCOMPARE(out[2].kind, ImportOutcome::Added);
    QCOMPARE(out[3].kind, ImportOutcome::Failed);
    QCOMPARE(out[4].kind, ImportOutcome::Added);
    // The stored original reopens through the same pipeline with the same cells.
    const std::optional<StoredReport> stored = ws.loadReport(out[4].reportId, &error);
    QVERIFY(stored);
    const std::optional<DocumentRecord> record = ws.document(stored->summary.documentId);
    QVERIFY(record);
    QCOMPARE(record->format, QStringLiteral("pdf"));
    const PipelineResult again = ImportPipeline::runBytes(record->bytes, record->fileName);
    QVERIFY(again.ok());
    QCOMPARE(again.report.report().cells, stored->extracted.cells);
}

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
