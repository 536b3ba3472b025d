// The round trip of issue 2: render a known report in every layout and kind of damage, import and
// extract it, and compare every cell (value and status), agency, year, edition and table states
// with what the extraction contract says (docs/extraction-contract.md).
#include "reportgenerator.h"

#include "extract/extractor.h"
#include "import/textimporter.h"
#include "model/spec.h"
#include "validate/validatedreport.h"

#include <QTest>

using namespace testgen;

class TestRoundTrip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
};

namespace {

constexpr quint32 kSeedsPerCase = 12;

void addRows() {
    for (Edition e : {Edition::E2019, Edition::E2021})
        for (Layout l : allLayouts())
            for (Damage d : allDamages()) {
                if (!isApplicable(d, l, e))
                    continue;
                for (quint32 i = 0; i < kSeedsPerCase; ++i) {
                    const quint32 seed = 1000 * quint32(d) + 100 * quint32(l) + 10 * i +
                                         (e == Edition::E2019 ? 1 : 2);
                    QTest::addRow("%s-%s-%s-%u", qPrintable(damageName(d)),
                                  qPrintable(layoutName(l)), qPrintable(editionName(e)), seed)
                        << seed << int(e) << int(l) << int(d);
                }
            }
}

} // namespace

void TestRoundTrip::roundTrip_data() {
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("edition");
    QTest::addColumn<int>("layout");
    QTest::addColumn<int>("damage");
    addRows();
}

void TestRoundTrip::roundTrip() {
    QFETCH(quint32, seed);
    QFETCH(int, edition);
    QFETCH(int, layout);
    QFETCH(int, damage);
    const Damage d = Damage(damage);
    const GeneratedReport generated =
        ReportGenerator::generate(seed, Edition(edition), ReportGenerator::optionsFor(d, seed));
    const RenderedReport rendered =
        ReportGenerator::renderWithExpectation(generated, Layout(layout), d, seed);

    const ImportResult imported =
        TextImporter::importBytes(rendered.text.toUtf8(), QStringLiteral("generated.txt"));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    const Report report = Extractor::extract(*imported.document);

    const QStringList mismatches =
        ReportGenerator::compare(rendered.expectation, report, rendered.text);
    if (!mismatches.isEmpty()) {
        const int shown = 12;
        QString message =
            QStringLiteral("seed %1, layout %2, damage %3, edition %4: %5 mismatch(es)\n")
                .arg(seed)
                .arg(layoutName(Layout(layout)), damageName(d), editionName(Edition(edition)))
                .arg(mismatches.size());
        message += mismatches.mid(0, shown).join(u'\n');
        if (mismatches.size() > shown)
            message += QStringLiteral("\n… and %1 more").arg(mismatches.size() - shown);
        QFAIL(qPrintable(message));
    }
    // Where every cell comes back as printed, the extracted report passes every rule.
    const bool allRead =
        std::all_of(rendered.expectation.cells.begin(), rendered.expectation.cells.end(),
                    [](const ExpectedCell &c) {
                        return c.allowed == QVector<ExpectedOutcome>{c.allowed[0]} &&
                               c.allowed[0].status == CellStatus::Read;
                    });
    if (allRead) {
        QStringList problems;
        for (const Finding &f : ValidatedReport(report).problems())
            problems << f.rule + u' ' + f.zh;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
