// Generated reports in the layouts real converters produce (tests/data/variants/README.md):
// pdftotext -layout and raw (reading order), and converter markdown. Never a cell read wrong.
#include "extract/extractor.h"
#include "model/spec.h"
#include "testdocument.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QString variantsDir() {
    return QStringLiteral(NIANBAO_TEST_DATA "/variants");
}

} // namespace

class TestExtractVariants : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void variant_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("truth");
        QTest::addColumn<double>("floor"); ///< share of cells that must come out right
        const QDir dir(variantsDir());
        const QStringList truths = dir.entryList({QStringLiteral("*.truth.json")}, QDir::Files);
        QVERIFY(truths.size() >= 5);
        for (const QString &t : truths) {
            const QString base = t.left(t.size() - int(qstrlen(".truth.json")));
            const std::pair<const char *, double> forms[] = {
                {".pdftotext-layout.txt", 1.0},
                {".converter.md", 1.0},
                {".pdftotext-raw.txt", 0.72},
            };
            for (const auto &[suffix, floor] : forms) {
                const QString file = base + QLatin1String(suffix);
                if (dir.exists(file))
                    QTest::newRow(qPrintable(file))
                        << dir.filePath(file) << dir.filePath(t) << floor;
            }
        }
    }

    void variant() {
        QFETCH(QString, file);
        QFETCH(QString, truth);
        QFETCH(double, floor);
        QFile f(truth);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
        const Report r = Extractor::extract(TestDocument::fromFile(file));
        QCOMPARE(expected.size(), r.spec().cellCount());
        int right = 0;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const int index = r.spec().indexOf(it.key());
            QVERIFY2(index >= 0, qPrintable(it.key()));
            const Cell &cell = r.cells[index];
            const auto want = Decimal::parse(QString::number(it.value().toDouble(), 'g', 15));
            const bool ok = cell.value == want;
            right += ok;
            if (cell.status == CellStatus::Read)
                QVERIFY2(ok,
                         qPrintable(QStringLiteral("%1 read %2, printed %3")
                                        .arg(it.key(), cell.value ? cell.value->toString() : "null",
                                             want->toString())));
        }
        QVERIFY2(right >= floor * expected.size(),
                 qPrintable(QStringLiteral("%1 of %2 right").arg(right).arg(expected.size())));
    }
};

QTEST_GUILESS_MAIN(TestExtractVariants)
#include "tst_extract_variants.moc"
