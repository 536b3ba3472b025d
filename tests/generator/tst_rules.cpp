// Clean generated reports pass every rule of the validator; one changed value makes one fail.
#include "decimalops.h"
#include "reportgenerator.h"

#include "model/spec.h"
#include "validate/validatedreport.h"

#include <QTest>

using namespace testgen;

class TestGeneratorRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanReportsPassEveryRule_data();
    void cleanReportsPassEveryRule();
};

namespace {

Report toReport(const GeneratedReport &g) {
    Report report = Report::empty(g.edition);
    report.meta.agency = g.agency;
    report.meta.year = g.year;
    for (int c = 0; c < g.values.size(); ++c) {
        report.cells[c].value = g.values[c];
        report.cells[c].status = CellStatus::Read;
        report.cells[c].raw = g.values[c].toString();
    }
    report.tables = {TableState::Found, TableState::Found, TableState::Found};
    return report;
}

} // namespace

void TestGeneratorRules::cleanReportsPassEveryRule_data() {
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("edition");
    for (Edition e : {Edition::E2019, Edition::E2021})
        for (quint32 seed = 1; seed <= 60; ++seed)
            QTest::addRow("%s-%u", qPrintable(editionName(e)), seed) << seed << int(e);
}

void TestGeneratorRules::cleanReportsPassEveryRule() {
    QFETCH(quint32, seed);
    QFETCH(int, edition);
    GenerateOptions options;
    options.mostlyZeros = seed % 2 == 0;
    options.realisticMagnitudes = seed % 3 == 0;
    const GeneratedReport g = ReportGenerator::generate(seed, Edition(edition), options);
    const Report report = toReport(g);
    const ValidatedReport validated(report);
    QStringList problems;
    for (const Finding &f : validated.problems())
        problems << f.rule + u' ' + f.zh;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // The check can fail: raising one applicant cell breaks its row total and its column sums.
    Report broken = report;
    const QString key = QStringLiteral("t2.r.granted.c.natural_person");
    broken.cell(key).value = *broken.cell(key).value + Decimal::fromInteger(1);
    QVERIFY(!ValidatedReport(broken).problems().isEmpty());
}

QTEST_GUILESS_MAIN(TestGeneratorRules)
#include "tst_rules.moc"
