// Incremental revalidation equals a full revalidation after thousands of random edits, and the
// returned delta describes exactly what changed.

#include "decimalops.h"
#include "reportfactory.h"
#include "validate/validatedreport.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTest>

using namespace reportfactory;

namespace {

QMap<QString, Finding> problemsById(const ValidatedReport &vr) {
    QMap<QString, Finding> out;
    for (const Finding &f : vr.problems())
        out.insert(f.stableId(vr.report().spec()), f);
    return out;
}

QStringList ids(const QVector<Finding> &findings, const EditionSpec &spec) {
    QStringList out;
    for (const Finding &f : findings)
        out << f.stableId(spec);
    out.sort();
    return out;
}

std::optional<Decimal> randomValue(QRandomGenerator &rng, const std::optional<Decimal> &current) {
    switch (rng.bounded(10)) {
    case 0:
        return std::nullopt;
    case 1:
        return Decimal::fromInteger(-qint64(rng.bounded(3)) - 1); // breaks the type rule
    case 2:
        return Decimal::fromMicros(qint64(rng.bounded(5'000'000))); // maybe a fraction
    case 3:
    case 4:
        if (current)
            return *current + Decimal::fromInteger(qint64(rng.bounded(3)) - 1);
        return Decimal();
    default:
        return Decimal::fromInteger(rng.bounded(12));
    }
}

} // namespace

class TestIncremental : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void randomEdits_data() {
        QTest::addColumn<int>("edition");
        QTest::addColumn<bool>("sparse");
        QTest::addColumn<bool>("printedOther");
        QTest::newRow("2021 filled") << 2021 << false << false;
        QTest::newRow("2021 sparse") << 2021 << true << false;
        QTest::newRow("2021 （六） as one row") << 2021 << true << true;
        QTest::newRow("2019 filled") << 2019 << false << false;
        QTest::newRow("2019 sparse") << 2019 << true << false;
    }

    void randomEdits() {
        QFETCH(int, edition);
        QFETCH(bool, sparse);
        QFETCH(bool, printedOther);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed); // rerun a failure with this seed
        QRandomGenerator rng(seed);
        const Edition ed = edition == 2019 ? Edition::E2019 : Edition::E2021;
        // Small values so that edits often make rules pass again, and suggestions appear.
        Report start = consistent(ed, rng, 6);
        if (sparse)
            for (Cell &c : start.cells)
                if (rng.bounded(3) == 0)
                    c.value.reset(), c.status = CellStatus::Blank;
        if (printedOther) {
            for (const QString &col : {QStringLiteral("natural_person"), QStringLiteral("total")}) {
                Cell c;
                c.value = Decimal::fromInteger(2);
                c.status = CellStatus::Read;
                start.extraCells.insert(QStringLiteral("t2.r.other_handling.c.") + col, c);
                for (const QString &row :
                     {QStringLiteral("other_no_correction"), QStringLiteral("other_fee_unpaid"),
                      QStringLiteral("other_other")})
                    start.cell(t2(row, col)) = Cell{};
            }
        }
        ValidatedReport vr(start);
        QCOMPARE(vr.findings(), ValidatedReport::validateAll(vr.report()));
        const EditionSpec &spec = vr.report().spec();
        // Concentrate on table 2 and 3 where the sums are, with some table-1 edits.
        QVector<int> cells;
        for (const CellSpec &c : spec.cells)
            if (c.table != 1 || rng.bounded(4) == 0)
                cells << c.index;

        int suggestions = 0;
        const int steps = 3000;
        for (int step = 0; step < steps; ++step) {
            const int cell = cells[int(rng.bounded(int(cells.size())))];
            const QMap<QString, Finding> before = problemsById(vr);
            Cell value = vr.report().cells[cell];
            value.value = randomValue(rng, value.value);
            value.status = value.value ? CellStatus::Edited : CellStatus::Blank;
            const bool cellChanged = !(value == vr.report().cells[cell]);
            const ValidationDelta delta = vr.setCell(cell, value);

            const QVector<Finding> full = ValidatedReport::validateAll(vr.report());
            if (vr.findings() != full) {
                for (int i = 0; i < full.size(); ++i)
                    if (!(vr.findings()[i] == full[i]))
                        qWarning("step %d cell %s: instance %d differs: %s | %s", step,
                                 qPrintable(spec.cell(cell).key), i, qPrintable(full[i].zh),
                                 qPrintable(vr.findings()[i].zh));
                QFAIL(qPrintable(
                    QStringLiteral("incremental != full at step %1, seed %2").arg(step).arg(seed)));
            }

            // The delta is exactly the difference of the problem lists.
            const QMap<QString, Finding> after = problemsById(vr);
            QStringList added, removed, changed;
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                if (!before.contains(it.key()))
                    added << it.key();
                else if (!(before.value(it.key()) == it.value()))
                    changed << it.key();
            }
            for (auto it = before.cbegin(); it != before.cend(); ++it)
                if (!after.contains(it.key()))
                    removed << it.key();
            QCOMPARE(ids(delta.added, spec), added);
            QCOMPARE(ids(delta.removed, spec), removed);
            QCOMPARE(ids(delta.changed, spec), changed);
            // Cells: sorted, unique, the edited cell if it changed, every cell of a changed
            // finding.
            QVERIFY(std::is_sorted(delta.cells.cbegin(), delta.cells.cend()));
            QVERIFY(std::adjacent_find(delta.cells.cbegin(), delta.cells.cend()) ==
                    delta.cells.cend());
            if (cellChanged)
                QVERIFY(delta.cells.contains(cell));
            for (const QVector<Finding> *list : {&delta.added, &delta.removed, &delta.changed})
                for (const Finding &f : *list)
                    for (int c : f.lhs + f.rhs)
                        QVERIFY(delta.cells.contains(c));
            if (!cellChanged)
                QVERIFY(delta.isEmpty());
            for (const Finding &f : vr.problems())
                suggestions += f.suggestion ? 1 : 0;
        }
        qInfo("%d steps, %d suggestions seen", steps, suggestions);
        QVERIFY(suggestions > 0); // the run exercised the suggestion path too
    }

    void unknownKeyAndBadCell() {
        ValidatedReport vr(sample003());
        QVERIFY(!vr.setValue(QStringLiteral("t9.r.nothing.c.none"), Decimal()));
        QVERIFY(vr.setCell(-1, Cell{}).isEmpty());
        QVERIFY(vr.setCell(100000, Cell{}).isEmpty());
        QVERIFY(vr.problems().isEmpty());
    }

    /// A rough figure printed for information (the benchmark measures it properly).
    void latency() {
        QRandomGenerator rng(7);
        ValidatedReport vr(consistent(Edition::E2021, rng));
        const int cell =
            vr.report().spec().indexOf(QStringLiteral("t2.r.granted.c.natural_person"));
        const Decimal v = *vr.report().cells[cell].value;
        QElapsedTimer timer;
        timer.start();
        const int n = 20000;
        for (int i = 0; i < n; ++i)
            vr.setValue(QStringLiteral("t2.r.granted.c.natural_person"),
                        v + Decimal::fromInteger(i % 2));
        qInfo("setValue: %.2f µs per edit", double(timer.nsecsElapsed()) / n / 1000.0);
        QCOMPARE(vr.findings(), ValidatedReport::validateAll(vr.report()));
    }
};

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
