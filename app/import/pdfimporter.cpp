#include "import/pdfimporter.h"

#include "import/documentbuilder.h"
#include "import/pdflayout.h"

#include <poppler-qt6.h>

#include <QElapsedTimer>

#include <mutex>

ImportResult PdfImporter::importBytes(const QByteArray &bytes, const QString &fileName,
                                      const QString &path) {
    const QString name = fileName.isEmpty() ? tr("(未命名)") : fileName;
    // poppler reports every syntax problem of a damaged file on stderr; the message is ours.
    static std::once_flag quiet;
    std::call_once(quiet, [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    });
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf)
        return ImportResult::failure(
            tr("%1: PDF 文件已损坏，无法打开 / corrupt PDF, cannot open it").arg(name));
    if (pdf->isLocked())
        return ImportResult::failure(
            tr("%1: PDF 已加密（需要密码），无法读取 / encrypted PDF (password protected), cannot "
               "read it")
                .arg(name));
    const int pageCount = pdf->numPages();
    if (pageCount <= 0)
        return ImportResult::failure(tr("%1: PDF 没有页面 / the PDF has no pages").arg(name));

    QVector<QSizeF> sizes;
    sizes.reserve(pageCount);
    QVector<QVector<PdfLine>> pages;
    qsizetype characters = 0;
    QElapsedTimer timer;
    timer.start();
    int read = 0;
    for (int p = 0; p < pageCount; ++p) {
        std::unique_ptr<Poppler::Page> page = pdf->page(p);
        sizes << (page ? page->pageSizeF() : QSizeF());
        // Reports have fewer than 30 pages: past the cap (or 5 s) only the page sizes are read.
        if (!page || p >= MaxTextPages || timer.elapsed() > 5000)
            continue;
        QVector<PdfWord> words;
        for (const auto &box : page->textList()) {
            PdfLayout::splitWord(
                box->text(), box->boundingBox(), box->hasSpaceAfter(),
                [&box](int i) { return box->charBoundingBox(i); }, &words);
            characters += box->text().size();
        }
        pages << PdfLayout::lines(std::move(words), sizes.last(), p);
        read = p + 1;
    }
    if (characters == 0)
        return ImportResult::failure(
            tr("%1: 扫描版 PDF：没有文字层，无法读取（需要 OCR） / scanned PDF: no text layer (OCR "
               "needed)")
                .arg(name));

    const int dropped = PdfLayout::dropRunningLines(&pages, sizes);
    QVector<PdfLine> lines;
    for (const auto &page : pages)
        lines += page;
    DocumentBuilder builder;
    const int numbers = PdfLayout::build(lines, &builder);
    // A report prints dozens of numbers in its tables; text without any table of numbers means
    // the tables are pictures.
    if (numbers < 3)
        return ImportResult::failure(
            tr("%1: PDF 中的表格没有文字层（表格是图片，需要 OCR） / the PDF's tables have no text "
               "layer (they are images; OCR needed)")
                .arg(name));
    const Poppler::Document::PdfVersion version = pdf->getPdfVersion();
    SourceDocument doc =
        builder.finish(name, path, QStringLiteral("pdf"),
                       QStringLiteral("PDF %1.%2").arg(version.major).arg(version.minor), bytes);
    doc.pageSizes = sizes;
    if (read < pageCount)
        doc.warnings << tr("只读取了前 %1 页的文字（共 %2 页） / text read from the first %1 of %2 "
                           "pages")
                            .arg(read)
                            .arg(pageCount);
    if (dropped > 0)
        doc.warnings << tr("已删除 %n 行页眉页脚 / removed %n running header/footer line(s)",
                           nullptr, dropped);
    ImportResult result;
    result.document = std::move(doc);
    return result;
}
