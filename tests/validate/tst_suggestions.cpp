// Suggestions: one cell that explains every failing rule it takes part in, never one that breaks a
// passing rule; ambiguous cases give none.

#include "decimalops.h"
#include "reportfactory.h"
#include "validate/validatedreport.h"

#include <QTest>

using namespace reportfactory;

namespace {

int indexOf(const Report &r, const QString &key) {
    return r.spec().indexOf(key);
}

/// Applies every suggestion of `vr` on a copy and checks that the findings it was attached to pass
/// and that no rule instance that passed before fails afterwards.
void checkSuggestionsAreSafe(const ValidatedReport &vr) {
    for (const Finding &f : vr.problems()) {
        if (!f.suggestion)
            continue;
        ValidatedReport trial(vr.report());
        Cell c = trial.report().cells[f.suggestion->cell];
        c.value = f.suggestion->value;
        c.status = CellStatus::Edited;
        trial.setCell(f.suggestion->cell, c);
        QCOMPARE(findingStatusName(trial.findings()[f.instance].status), QStringLiteral("pass"));
        for (int i = 0; i < vr.instanceCount(); ++i)
            if (vr.findings()[i].status == FindingStatus::Pass)
                QVERIFY2(trial.findings()[i].status == FindingStatus::Pass,
                         qPrintable(trial.findings()[i].zh));
    }
}

} // namespace

class TestSuggestions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    /// The example: sample 003, granted/natural_person 4 → 5.
    void sample003Granted() {
        ValidatedReport vr(sample003());
        QVERIFY(vr.problems().isEmpty());
        const int cell = indexOf(vr.report(), QStringLiteral("t2.r.granted.c.natural_person"));
        const auto delta =
            vr.setValue(QStringLiteral("t2.r.granted.c.natural_person"), Decimal::fromInteger(5));
        QVERIFY(delta);
        QCOMPARE(delta->added.size(), 2);
        const QVector<Finding> problems = vr.problems();
        QCOMPARE(problems.size(), 2);
        QStringList rules;
        for (const Finding &f : problems) {
            rules << f.rule;
            QCOMPARE(findingStatusName(f.status), QStringLiteral("fail"));
            QCOMPARE(severityName(f.severity), QStringLiteral("error"));
            QVERIFY(f.suggestion);
            QCOMPARE(f.suggestion->cell, cell);
            QCOMPARE(f.suggestion->value, Decimal::fromInteger(4));
        }
        rules.sort();
        QCOMPARE(rules, (QStringList{QStringLiteral("T2_RESULTS_TOTAL_2021"),
                                     QStringLiteral("T2_ROW_TOTAL_2021")}));
        QCOMPARE(problems[0].zh, QStringLiteral("（一）予以公开：总计 4 ≠ 各列之和 5"));
        QCOMPARE(problems[1].zh, QStringLiteral("自然人：（七）总计 28 ≠ 各项之和 29"));
        QCOMPARE(vr.problemsOfCell(cell).size(), 2);
        checkSuggestionsAreSafe(vr);
    }

    /// A failing row total and a failing balance meet in one cell.
    void rowTotalAndBalance() {
        ValidatedReport vr(sample003());
        vr.setValue(QStringLiteral("t2.r.new_received.c.natural_person"), Decimal::fromInteger(26));
        const QVector<Finding> problems = vr.problems();
        QCOMPARE(problems.size(), 2);
        for (const Finding &f : problems) {
            QVERIFY2(f.suggestion, qPrintable(f.zh));
            QCOMPARE(vr.report().spec().cell(f.suggestion->cell).key,
                     QStringLiteral("t2.r.new_received.c.natural_person"));
            QCOMPARE(f.suggestion->value, Decimal::fromInteger(27));
        }
        checkSuggestionsAreSafe(vr);
    }

    /// One failing rule whose cells each could explain it: no suggestion.
    void ambiguous() {
        ValidatedReport vr(sample003());
        vr.setValue(QStringLiteral("t3.r.cases.c.review_total"), Decimal::fromInteger(3));
        const QVector<Finding> problems = vr.problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].rule, QStringLiteral("T3_REVIEW_TOTAL"));
        QVERIFY(!problems[0].suggestion);
    }

    /// Values at the edge of Decimal's range: the difference does not fit, so nothing is
    /// suggested (it used to wrap around into a made-up value).
    void outOfRangeNoSuggestion() {
        ValidatedReport vr(sample003());
        vr.setValue(QStringLiteral("t2.r.granted.c.total"),
                    Decimal::fromInteger(-9'000'000'000'000));
        vr.setValue(QStringLiteral("t2.r.granted.c.natural_person"),
                    Decimal::fromInteger(9'000'000'000'000));
        for (const Finding &f : vr.problems())
            QVERIFY2(!f.suggestion, qPrintable(f.zh));
        checkSuggestionsAreSafe(vr);
    }

    /// Every number of sample 003 printed as 999999999999 (12 digits): no sum wraps around;
    /// a sum that leaves the range is unverifiable, every other one is computed exactly.
    void twelveDigitsEverywhere() {
        Report r = filled(Edition::E2021, 999'999'999'999);
        const ValidatedReport vr(r);
        int overflowed = 0;
        for (const Finding &f : vr.findings()) {
            if (f.expected)
                QVERIFY2(!f.expected->isNegative(), qPrintable(f.zh));
            if (f.status == FindingStatus::Unverifiable && f.zh.contains(u"超出可计算范围"))
                ++overflowed;
        }
        QVERIFY(overflowed > 0); // 10+ addends of 10^12 exceed 9.2 × 10^12
    }

    /// A value that would have to be negative is not suggested.
    void notRepresentable() {
        ValidatedReport vr(sample003());
        // granted.total 4 → 3 fails the row total (3 ≠ 4) and the results total of "total";
        // lowering another cell would need −1, so only granted.total itself (back to 4) qualifies.
        vr.setValue(QStringLiteral("t2.r.granted.c.total"), Decimal::fromInteger(3));
        for (const Finding &f : vr.problems()) {
            QVERIFY(f.suggestion);
            QCOMPARE(vr.report().spec().cell(f.suggestion->cell).key,
                     QStringLiteral("t2.r.granted.c.total"));
            QCOMPARE(f.suggestion->value, Decimal::fromInteger(4));
        }
        checkSuggestionsAreSafe(vr);
    }

    /// A suggestion that would break a passing rule is not offered.
    void wouldBreakPassingRule() {
        ValidatedReport vr(sample003());
        // Both the natural-person and the total cell of granted drift together: the row total
        // still passes, the two column totals fail; changing either cell alone breaks the row.
        vr.setValue(QStringLiteral("t2.r.granted.c.natural_person"), Decimal::fromInteger(6));
        vr.setValue(QStringLiteral("t2.r.granted.c.total"), Decimal::fromInteger(6));
        const QVector<Finding> problems = vr.problems();
        QCOMPARE(problems.size(), 2);
        for (const Finding &f : problems) {
            QCOMPARE(f.rule, QStringLiteral("T2_RESULTS_TOTAL_2021"));
            QVERIFY2(!f.suggestion, qPrintable(f.zh));
        }
    }

    /// In a report where every cell is printed and every rule holds, one changed table-2 cell is
    /// found again: every failing finding suggests exactly that cell and its old value.
    void singleEditIsFound_data() {
        QTest::addColumn<int>("edition");
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 150; ++seed)
            QTest::addRow("%s #%u", seed % 2 ? "2019" : "2021", seed) << int(seed % 2) << seed;
    }
    void singleEditIsFound() {
        QFETCH(int, edition);
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const Edition ed = edition ? Edition::E2019 : Edition::E2021;
        Report r = consistent(ed, rng, 30);
        ValidatedReport vr(r);
        QVERIFY(vr.problems().isEmpty());
        const EditionSpec &spec = vr.report().spec();
        int cell = -1;
        while (cell < 0 || spec.cell(cell).table != 2)
            cell = int(rng.bounded(spec.cellCount()));
        const Decimal old = *vr.report().cells[cell].value;
        const Decimal changed = old + Decimal::fromInteger(1 + rng.bounded(5));
        vr.setValue(spec.cell(cell).key, changed);
        const QVector<Finding> problems = vr.problems();
        QVERIFY(!problems.isEmpty());
        for (const Finding &f : problems) {
            QCOMPARE(findingStatusName(f.status), QStringLiteral("fail"));
            QVERIFY2(f.suggestion, qPrintable(f.zh + u' ' + spec.cell(cell).key));
            QCOMPARE(spec.cell(f.suggestion->cell).key, spec.cell(cell).key);
            QCOMPARE(f.suggestion->value, old);
        }
        checkSuggestionsAreSafe(vr);
    }

    /// Random damage to several cells: whatever is suggested is safe to apply.
    void randomDamageIsSafe() {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        for (int round = 0; round < 60; ++round) {
            const Edition ed = round % 2 ? Edition::E2019 : Edition::E2021;
            ValidatedReport vr(consistent(ed, rng, 20));
            const EditionSpec &spec = vr.report().spec();
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int cell = int(rng.bounded(spec.cellCount()));
                vr.setValue(spec.cell(cell).key,
                            rng.bounded(5) == 0
                                ? std::nullopt
                                : std::optional(Decimal::fromInteger(rng.bounded(25))));
            }
            checkSuggestionsAreSafe(vr);
            if (QTest::currentTestFailed()) {
                qWarning("seed %u round %d", seed, round);
                return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
