// Golden test: every cell of the five sample reports against tests/data/golden/<sample>.json.
// Regenerate (then re-verify by hand!) with NIANBAO_UPDATE_GOLDEN=1.

#include "extract/extractor.h"
#include "reportjson.h"
#include "testdocument.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

class TestExtractGolden : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sample_data();
    void sample();
    void metadata_data();
    void metadata();
    void sample003Values();
    void sample002DamagedRows();
    void threadsGiveTheSameResult();
};

namespace {
Report extractSample(const QString &name) {
    return Extractor::extract(TestDocument::fromFile(TestDocument::samplePath(name)));
}
} // namespace

void TestExtractGolden::metadata_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("source");
    QTest::newRow("000") << "000_c34580ba60b68903" << QStringLiteral("四平市铁西区政务服务局")
                         << "contact";
    QTest::newRow("001") << "001_f34c183db723c9dd" << QStringLiteral("北关区政务服务和大数据管理局")
                         << "title";
    QTest::newRow("002") << "002_cf293a177f108e36" << QStringLiteral("阜新市太平区人民政府办公室")
                         << "title";
    QTest::newRow("003") << "003_0fe5f5f56ab841d9" << QStringLiteral("市中区人民政府办公室")
                         << "title";
    QTest::newRow("004") << "004_c011582259751f09" << QStringLiteral("南关区鸿城街道") << "title";
}

void TestExtractGolden::metadata() {
    QFETCH(QString, name);
    QFETCH(QString, agency);
    QFETCH(QString, source);
    const Report r = extractSample(name);
    QCOMPARE(r.meta.agency, agency);
    QCOMPARE(r.meta.agencySource, source);
    QCOMPARE(r.meta.year, 2023);
    QCOMPARE(r.meta.edition, Edition::E2021);
    QVERIFY(!r.meta.editionMixed);
    for (int t = 0; t < 3; ++t)
        QCOMPARE(r.tables[size_t(t)], TableState::Found);
}

void TestExtractGolden::sample003Values() {
    const Report r = extractSample(QStringLiteral("003_0fe5f5f56ab841d9"));
    const QHash<QString, int> nonZero{{"t2.r.new_received.c.natural_person", 27},
                                      {"t2.r.new_received.c.total", 27},
                                      {"t2.r.carried_over.c.natural_person", 2},
                                      {"t2.r.carried_over.c.total", 2},
                                      {"t2.r.granted.c.natural_person", 4},
                                      {"t2.r.granted.c.total", 4},
                                      {"t2.r.partially_granted.c.natural_person", 4},
                                      {"t2.r.partially_granted.c.total", 4},
                                      {"t2.r.denied_internal_affairs.c.natural_person", 1},
                                      {"t2.r.denied_internal_affairs.c.total", 1},
                                      {"t2.r.denied_process_info.c.natural_person", 1},
                                      {"t2.r.denied_process_info.c.total", 1},
                                      {"t2.r.unable_not_held.c.natural_person", 10},
                                      {"t2.r.unable_not_held.c.total", 10},
                                      {"t2.r.unable_need_creation.c.natural_person", 4},
                                      {"t2.r.unable_need_creation.c.total", 4},
                                      {"t2.r.not_processed_repeat.c.natural_person", 1},
                                      {"t2.r.not_processed_repeat.c.total", 1},
                                      {"t2.r.not_processed_mass_repeat.c.natural_person", 3},
                                      {"t2.r.not_processed_mass_repeat.c.total", 3},
                                      {"t2.r.results_total.c.natural_person", 28},
                                      {"t2.r.results_total.c.total", 28},
                                      {"t2.r.carry_forward.c.natural_person", 1},
                                      {"t2.r.carry_forward.c.total", 1},
                                      {"t1.r.normative_docs.c.repealed", 4},
                                      {"t1.r.normative_docs.c.in_force", 12},
                                      {"t3.r.cases.c.review_maintained", 1},
                                      {"t3.r.cases.c.review_total", 1}};
    for (const CellSpec &c : r.spec().cells) {
        const Cell &cell = r.cells[c.index];
        QVERIFY2(cell.status == CellStatus::Read, qPrintable(c.key));
        QCOMPARE(*cell.value, Decimal::fromInteger(nonZero.value(c.key, 0)));
    }
}

void TestExtractGolden::sample002DamagedRows() {
    const Report r = extractSample(QStringLiteral("002_cf293a177f108e36"));
    QCOMPARE(*r.cell(QStringLiteral("t1.r.normative_docs.c.in_force")).value,
             Decimal::fromInteger(8));
    QSet<QString> flagged;
    for (const CellSpec &c : r.spec().cells) {
        const Cell &cell = r.cells[c.index];
        if (cell.status == CellStatus::Read)
            continue;
        flagged.insert(c.rowId);
        QVERIFY2(cell.note.contains(QStringLiteral("本行仅有 6 个数值，应为 7 个")),
                 qPrintable(c.key));
        // Placed values are suspect; the 总计 left over is missing, then forced by （七）总计 = 0.
        QCOMPARE(cell.status, c.columnId == u"total" ? CellStatus::Inferred : CellStatus::Suspect);
    }
    QCOMPARE(flagged, (QSet<QString>{"granted", "partially_granted", "denied_state_secret",
                                     "denied_law_prohibited", "denied_three_security_one_stability",
                                     "denied_third_party_rights", "denied_internal_affairs",
                                     "denied_process_info"}));
    // Each damaged row is also one warning in the findings, naming the row and the reason.
    QSet<QString> remarked;
    for (const Finding &f : r.remarks) {
        QCOMPARE(f.rule, QStringLiteral("EXTRACT_SUSPECT_ROW"));
        QCOMPARE(f.severity, Severity::Warning);
        QCOMPARE(f.lhs.size(), 6);
        QVERIFY(f.zh.contains(QStringLiteral("本行仅有 6 个数值，应为 7 个")));
        remarked.insert(r.spec().cell(f.lhs.first()).rowId);
    }
    QCOMPARE(remarked, flagged);
}

void TestExtractGolden::sample_data() {
    QTest::addColumn<QString>("name");
    const QStringList files =
        QDir(QStringLiteral(NIANBAO_TEST_DATA "/samples")).entryList({QStringLiteral("*.txt")});
    QVERIFY(files.size() >= 5);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QFileInfo(f).completeBaseName();
}

void TestExtractGolden::sample() {
    QFETCH(QString, name);
    const SourceDocument doc = TestDocument::fromFile(TestDocument::samplePath(name));
    QVERIFY(!doc.displayText.isEmpty());
    const Report report = Extractor::extract(doc);
    const QJsonObject actual = ReportJson::toJson(report);
    const QString goldenPath = QStringLiteral(NIANBAO_TEST_DATA "/golden/") + name + ".json";
    if (qEnvironmentVariableIsSet("NIANBAO_UPDATE_GOLDEN")) {
        QDir().mkpath(QStringLiteral(NIANBAO_TEST_DATA "/golden"));
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        QSKIP("golden file written; verify it by hand");
    }
    QFile in(goldenPath);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(goldenPath));
    const QJsonObject expected = QJsonDocument::fromJson(in.readAll()).object();
    for (const QString &field :
         {QStringLiteral("agency"), QStringLiteral("agencySource"), QStringLiteral("year"),
          QStringLiteral("edition"), QStringLiteral("editionMixed"), QStringLiteral("tables"),
          QStringLiteral("extraCells"), QStringLiteral("remarks")})
        QVERIFY2(actual.value(field) == expected.value(field), qPrintable(field));
    const QJsonObject ec = expected.value(QStringLiteral("cells")).toObject();
    const QJsonObject ac = actual.value(QStringLiteral("cells")).toObject();
    QCOMPARE(ac.size(), report.spec().cellCount());
    QCOMPARE(ec.size(), ac.size());
    for (auto it = ec.begin(); it != ec.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        const QJsonObject a = ac.value(it.key()).toObject();
        for (const QString &f : {QStringLiteral("value"), QStringLiteral("status"),
                                 QStringLiteral("raw"), QStringLiteral("anchor")})
            QVERIFY2(a.value(f) == e.value(f),
                     qPrintable(QStringLiteral("%1 %2: got %3, expected %4")
                                    .arg(it.key(), f,
                                         QString::fromUtf8(QJsonDocument(QJsonArray{a.value(f)})
                                                               .toJson(QJsonDocument::Compact)),
                                         QString::fromUtf8(QJsonDocument(QJsonArray{e.value(f)})
                                                               .toJson(QJsonDocument::Compact)))));
        // The anchor really points at the printed number in the display text.
        const Cell &cell = report.cell(it.key());
        if (cell.status == CellStatus::Read || cell.status == CellStatus::Suspect) {
            const QString printed = doc.displayText.mid(cell.anchor.start, cell.anchor.length);
            QVERIFY2(printed.normalized(QString::NormalizationForm_KC) == cell.value->toString(),
                     qPrintable(it.key() + u' ' + printed));
            QVERIFY(cell.raw.contains(printed));
        }
    }
}

void TestExtractGolden::threadsGiveTheSameResult() {
    // Extractor::extract is thread-safe: four threads at once give what one thread gives.
    QVector<SourceDocument> docs;
    QVector<QJsonObject> serial;
    const QString dir = QStringLiteral(NIANBAO_TEST_DATA "/samples");
    for (const QString &f : QDir(dir).entryList({QStringLiteral("*.txt")})) {
        docs << TestDocument::fromFile(dir + u'/' + f);
        serial << ReportJson::toJson(Extractor::extract(docs.last()));
    }
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int round = 0; round < 20; ++round)
                for (int d = 0; d < docs.size(); ++d)
                    if (ReportJson::toJson(Extractor::extract(docs[d])) != serial[d])
                        ++mismatches;
        });
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestExtractGolden)
#include "tst_extract_golden.moc"
