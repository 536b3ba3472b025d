// Reports printed to PDF by LibreOffice the way agencies publish them (tests/data/variants/pdf,
// README.md there): narrow left-aligned columns whose words poppler runs together, group labels
// one character per line, header cells in several paragraphs, a table split in two, a label
// wrapped around its lone value. Every cell comes out right, every read number anchored.
#include "import/importpipeline.h"
#include "model/spec.h"

#include <poppler-qt6.h>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>
#include <memory>

namespace {

QString variantsDir() {
    return QStringLiteral(NIANBAO_TEST_DATA "/variants");
}

} // namespace

class TestPdfVariants : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void variant_data();
    void variant();
};

void TestPdfVariants::variant_data() {
    QTest::addColumn<QString>("file");
    const QDir dir(variantsDir() + QStringLiteral("/pdf"));
    const QStringList pdfs = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files);
    QVERIFY(pdfs.size() >= 4);
    for (const QString &p : pdfs)
        QTest::newRow(qPrintable(p)) << dir.filePath(p);
}

void TestPdfVariants::variant() {
    QFETCH(QString, file);
    const QString base = QFileInfo(file).completeBaseName() + QStringLiteral(".truth.json");
    // The full_* reports share their truth with the text forms one folder up.
    QString truthPath = QFileInfo(file).dir().filePath(base);
    if (!QFile::exists(truthPath))
        truthPath = QDir(variantsDir()).filePath(base);
    QFile f(truthPath);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(truthPath));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();

    const PipelineResult got = ImportPipeline::run(file);
    QVERIFY2(got.ok(), qPrintable(got.error));
    QCOMPARE(got.document->format, QStringLiteral("pdf"));
    const Report &r = got.report.report();
    QFile pdfFile(file);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const std::unique_ptr<Poppler::Document> pdf =
        Poppler::Document::loadFromData(pdfFile.readAll());
    QVERIFY(pdf);
    std::map<int, std::vector<std::unique_ptr<Poppler::TextBox>>> pageWords;
    QCOMPARE(expected.size(), r.spec().cellCount());
    int right = 0;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const int index = r.spec().indexOf(it.key());
        QVERIFY2(index >= 0, qPrintable(it.key()));
        const Cell &cell = r.cells[index];
        // null: printed empty or as a placeholder.
        const std::optional<Decimal> want =
            it.value().isNull() ? std::nullopt
                                : Decimal::parse(QString::number(it.value().toDouble(), 'g', 15));
        const bool ok = cell.value == want;
        right += ok;
        const QString read = cell.value ? cell.value->toString() : QStringLiteral("null");
        if (cell.status == CellStatus::Read) {
            QVERIFY2(ok, qPrintable(QStringLiteral("%1 read %2, printed %3")
                                        .arg(it.key(), read,
                                             want ? want->toString() : QStringLiteral("null"))));
            if (!cell.value)
                continue;
            // A read number points at its page and rectangle: the words whose centres lie in
            // it spell the number.
            QVERIFY2(cell.anchor.page >= 0 && cell.anchor.page < pdf->numPages() &&
                         QRectF(0, 0, 1, 1).contains(cell.anchor.rect),
                     qPrintable(it.key()));
            auto &words = pageWords[cell.anchor.page];
            if (words.empty())
                words = pdf->page(cell.anchor.page)->textList();
            const QSizeF size = pdf->page(cell.anchor.page)->pageSizeF();
            const QRectF &a = cell.anchor.rect;
            const QRectF rect(a.x() * size.width(), a.y() * size.height(), a.width() * size.width(),
                              a.height() * size.height());
            QString inside;
            for (const auto &w : words)
                if (rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(w->boundingBox().center()))
                    inside += w->text();
            QVERIFY2(Decimal::parse(inside) == cell.value,
                     qPrintable(it.key() + QStringLiteral(" rect text ") + inside));
        }
    }
    QVERIFY2(right == expected.size(),
             qPrintable(QStringLiteral("%1 of %2 right").arg(right).arg(expected.size())));
}

QTEST_GUILESS_MAIN(TestPdfVariants)
#include "tst_pdfvariants.moc"
