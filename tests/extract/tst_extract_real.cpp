// The twelve real reports of tests/data/real (crawled pages: cells run together, one cell per
// line with empty cells as extra line breaks, empty cells dropped, table 3 replaced by a
// sentence) against the truth files written by reading each text (see TRUTH-NOTES.md).
#include "extract/extractor.h"
#include "model/spec.h"
#include "testdocument.h"
#include "validate/validatedreport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QString realDir() {
    return QStringLiteral(NIANBAO_TEST_DATA "/real");
}

QJsonObject truthOf(const QString &name) {
    QFile f(realDir() + u'/' + name + QStringLiteral(".truth.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::optional<Decimal> truthValue(const QJsonValue &v) {
    if (v.isNull())
        return std::nullopt;
    // Decimal text from the JSON number's shortest form ("670.376375").
    return Decimal::parse(QString::number(v.toDouble(), 'g', 15));
}

QString show(const std::optional<Decimal> &v) {
    return v ? v->toString() : QStringLiteral("null");
}

} // namespace

class TestExtractReal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void report_data() {
        QTest::addColumn<QString>("name");
        const QStringList files =
            QDir(realDir()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 12);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << QFileInfo(f).completeBaseName();
    }

    void report() {
        QFETCH(QString, name);
        const QJsonObject truth = truthOf(name);
        QVERIFY2(!truth.isEmpty(), "every real report has a truth file");
        const Report r = Extractor::extract(
            TestDocument::fromFile(realDir() + u'/' + name + QStringLiteral(".txt")));
        QCOMPARE(r.meta.year, truth.value(u"year").toInt());
        QCOMPARE(editionName(r.meta.edition), truth.value(u"edition").toString());
        // The agency where the text names it in full; otherwise nothing rather than a guess.
        if (truth.value(u"agency_in_text").toBool())
            QCOMPARE(r.meta.agency, truth.value(u"agency").toString());
        else
            QVERIFY2(r.meta.agency.isEmpty(), qPrintable(r.meta.agency));

        const QJsonObject cells = truth.value(u"cells").toObject();
        QCOMPARE(cells.size(), r.spec().cellCount());
        int ambiguous = 0;
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            const int index = r.spec().indexOf(it.key());
            QVERIFY2(index >= 0, qPrintable(it.key()));
            const Cell &cell = r.cells[index];
            const QString where =
                QStringLiteral("%1: %2 %3 (raw \"%4\")")
                    .arg(it.key(), cellStatusName(cell.status), show(cell.value), cell.raw);
            const QJsonValue t = it.value();
            if (t.isObject() && t.toObject().contains(u"ambiguous")) {
                // The text cannot decide: the tool must say so, with a note.
                ++ambiguous;
                QVERIFY2(cell.status != CellStatus::Read, qPrintable(where));
                QVERIFY2(!cell.note.isEmpty(), qPrintable(where));
                // Whatever it keeps is one of the readings the text allows.
                bool allowed = false;
                for (const QJsonValue &a : t.toObject().value(u"ambiguous").toArray())
                    allowed = allowed || truthValue(a) == cell.value;
                QVERIFY2(allowed, qPrintable(where));
            } else if (t.isObject()) {
                QCOMPARE(cell.status, CellStatus::Inferred);
                QVERIFY2(cell.value == truthValue(t.toObject().value(u"value")), qPrintable(where));
                QVERIFY2(!cell.note.isEmpty(), qPrintable(where));
            } else {
                QVERIFY2(cell.value == truthValue(t), qPrintable(where));
                QVERIFY2(cell.status != CellStatus::Missing, qPrintable(where));
            }
        }
        Q_UNUSED(ambiguous);
    }

    void publishedInconsistencyIsKept() {
        // 007 prints （七）总计 自然人 as 2 where the column, the balance and the narrative give
        // 11: the printed value is kept and the three rules it breaks are findings.
        const Report r = Extractor::extract(
            TestDocument::fromFile(realDir() + QStringLiteral("/007_hebei-kjt_2022.txt")));
        QCOMPARE(*r.cell(QStringLiteral("t2.r.results_total.c.natural_person")).value,
                 Decimal::fromInteger(2));
        const ValidatedReport v(r);
        QStringList failing;
        for (const Finding &f : v.findings())
            if (f.status == FindingStatus::Fail)
                failing << f.stableId(r.spec());
        QVERIFY2(failing.contains(QStringLiteral("T2_BALANCE:t2.r.new_received.c.natural_person")),
                 qPrintable(failing.join(u' ')));
        QCOMPARE(failing.size(), 3);
    }

    void excerptCutInsideANumber_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("endsWith");
        QTest::addColumn<QString>("key");
        // Excerpts of two real reports that stop inside a number (the full texts say 194 and
        // 670.376375): the cell is suspect, never read as the digits that happen to remain.
        QTest::newRow("count") << QStringLiteral("002_hebei-gxt_2022")
                               << QStringLiteral("行政许可19")
                               << QStringLiteral("t1.r.admin_license.c.decisions");
        QTest::newRow("amount") << QStringLiteral("001_hebei-gxt_2023")
                                << QStringLiteral("行政事业性收费670.376")
                                << QStringLiteral("t1.r.admin_fees.c.fee_amount");
    }

    void excerptCutInsideANumber() {
        QFETCH(QString, name);
        QFETCH(QString, endsWith);
        QFETCH(QString, key);
        QFile f(realDir() + u'/' + name + QStringLiteral(".txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString full = QString::fromUtf8(f.readAll());
        const qsizetype cut = full.lastIndexOf(endsWith);
        QVERIFY(cut > 0);
        const QString excerpt = full.left(cut + endsWith.size());
        const Report r = Extractor::extract(TestDocument::fromText(excerpt));
        QCOMPARE(r.cell(key).status, CellStatus::Suspect);
        QVERIFY2(r.cell(key).note.contains(QStringLiteral("cut off")),
                 qPrintable(r.cell(key).note));
        // The same text with its line ended is a complete number.
        const Report whole = Extractor::extract(TestDocument::fromText(excerpt + u'\n'));
        QCOMPARE(whole.cell(key).status, CellStatus::Read);
    }
};

QTEST_GUILESS_MAIN(TestExtractReal)
#include "tst_extract_real.moc"
