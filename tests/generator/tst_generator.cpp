// The generator on its own: reproducible, values obey the spec's rules, every official label is
// printed, and the expectation is consistent with the damage it describes.
#include "decimalops.h"
#include "reportgenerator.h"
#include "splitcounter.h"

#include "model/spec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace testgen;

class TestGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitCounter_data();
    void splitCounter();
    void valuesObeyRules_data();
    void valuesObeyRules();
    void sameSeedSameText_data();
    void sameSeedSameText();
    void cleanTextHasEveryLabel_data();
    void cleanTextHasEveryLabel();
    void expectationMatchesDamage_data();
    void expectationMatchesDamage();
    void compareFindsEveryDifference();
};

void TestGenerator::splitCounter_data() {
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("parts");
    QTest::addColumn<bool>("lastIsSum");
    QTest::addColumn<int>("expected");
    QTest::newRow("contract example, no sums") << "6233440" << 3 << false << 2;
    QTest::newRow("one digit each") << "0000000" << 7 << true << 1;
    QTest::newRow("row total decides") << "120000012" << 7 << true << 1;
    QTest::newRow("too few digits") << "12" << 3 << false << 0;
    QTest::newRow("leading zero") << "05" << 1 << false << 0;
}

void TestGenerator::splitCounter() {
    QFETCH(QString, digits);
    QFETCH(int, parts);
    QFETCH(bool, lastIsSum);
    QFETCH(int, expected);
    QCOMPARE(countSplits(digits, parts, lastIsSum), expected);
}

void TestGenerator::valuesObeyRules_data() {
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("edition");
    QTest::addColumn<bool>("mostlyZeros");
    QTest::addColumn<bool>("realistic");
    for (quint32 seed = 1; seed <= 40; ++seed)
        for (Edition e : {Edition::E2019, Edition::E2021})
            QTest::addRow("%s-%u", qPrintable(editionName(e)), seed)
                << seed << int(e) << (seed % 2 == 0) << (seed % 3 == 0);
}

void TestGenerator::valuesObeyRules() {
    QFETCH(quint32, seed);
    QFETCH(int, edition);
    QFETCH(bool, mostlyZeros);
    QFETCH(bool, realistic);
    const Edition e = Edition(edition);
    GenerateOptions options;
    options.mostlyZeros = mostlyZeros;
    options.realisticMagnitudes = realistic;
    const GeneratedReport r = ReportGenerator::generate(seed, e, options);
    const EditionSpec &ed = Spec::instance().edition(e);
    QCOMPARE(r.values.size(), ed.cellCount());
    QVERIFY(!r.agency.isEmpty());
    if (e == Edition::E2019)
        QVERIFY(r.year == 2019 || r.year == 2020);
    else
        QVERIFY(r.year >= 2021 && r.year <= 2024);
    QCOMPARE(editionForYear(r.year), e);

    int checked = 0;
    for (const RuleInstance &inst : ed.instances) {
        const RuleSpec &rule = Spec::instance().rule(inst.rule);
        if (rule.kind == RuleKind::Type) {
            const Decimal v = r.values[inst.lhs[0]];
            const CellSpec &c = ed.cell(inst.lhs[0]);
            if (c.type == ValueType::Integer)
                QVERIFY2(v.isInteger() && !v.isNegative(), qPrintable(c.key));
            else if (c.type == ValueType::SignedInteger)
                QVERIFY2(v.isInteger(), qPrintable(c.key));
            else // money: non-negative, at most two decimals (万元)
                QVERIFY2(!v.isNegative() && v.micros() % (Decimal::Scale / 100) == 0,
                         qPrintable(c.key));
            ++checked;
            continue;
        }
        Decimal lhs, rhs;
        for (int c : inst.lhs)
            lhs += r.values[c];
        for (int c : inst.rhs)
            rhs += r.values[c];
        const bool ok = inst.comparison == RuleComparison::Equal ? lhs == rhs : lhs <= rhs;
        QVERIFY2(ok, qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                    .arg(rule.id, inst.forEach, lhs.toString(), rhs.toString())));
        ++checked;
    }
    QVERIFY(checked > 50);
}

void TestGenerator::sameSeedSameText_data() {
    QTest::addColumn<int>("layout");
    QTest::addColumn<int>("damage");
    QTest::addColumn<int>("edition");
    for (Edition e : {Edition::E2019, Edition::E2021})
        for (Layout l : allLayouts())
            for (Damage d : allDamages())
                if (isApplicable(d, l, e))
                    QTest::addRow("%s-%s-%s", qPrintable(editionName(e)), qPrintable(layoutName(l)),
                                  qPrintable(damageName(d)))
                        << int(l) << int(d) << int(e);
}

void TestGenerator::sameSeedSameText() {
    QFETCH(int, layout);
    QFETCH(int, damage);
    QFETCH(int, edition);
    const auto render = [&](quint32 seed) {
        const GenerateOptions o = ReportGenerator::optionsFor(Damage(damage), seed);
        const GeneratedReport r = ReportGenerator::generate(seed, Edition(edition), o);
        return ReportGenerator::renderWithExpectation(r, Layout(layout), Damage(damage), seed);
    };
    const RenderedReport a = render(7), b = render(7), c = render(8);
    QCOMPARE(a.text, b.text);
    QCOMPARE(a.expectation.cells.size(), b.expectation.cells.size());
    for (int i = 0; i < a.expectation.cells.size(); ++i)
        QCOMPARE(a.expectation.cells[i].allowed, b.expectation.cells[i].allowed);
    QVERIFY(a.text != c.text);
}

void TestGenerator::cleanTextHasEveryLabel_data() {
    QTest::addColumn<int>("layout");
    QTest::addColumn<int>("edition");
    for (Edition e : {Edition::E2019, Edition::E2021})
        for (Layout l : allLayouts())
            QTest::addRow("%s-%s", qPrintable(editionName(e)), qPrintable(layoutName(l)))
                << int(l) << int(e);
}

void TestGenerator::cleanTextHasEveryLabel() {
    QFETCH(int, layout);
    QFETCH(int, edition);
    const Edition e = Edition(edition);
    const GeneratedReport r = ReportGenerator::generate(11, e);
    const QString text = ReportGenerator::render(r, Layout(layout), Damage::None, 11);
    QVERIFY(text.startsWith(r.agency + QString::number(r.year) + QStringLiteral("年")));
    const EditionSpec &ed = Spec::instance().edition(e);
    QStringList labels;
    for (const SectionSpec &s : ed.sections)
        labels << s.heading;
    for (const TableSpec &t : ed.tables) {
        for (const BlockSpec &b : t.blocks) {
            if (!b.title.isEmpty())
                labels << b.title;
            for (const RowSpec &row : b.rows)
                if (!row.label.isEmpty())
                    labels << row.label;
            for (const ColumnSpec &col : b.columns)
                labels << col.headerPath;
        }
        if (!t.headerNote.isEmpty())
            labels << t.headerNote;
    }
    QVERIFY(labels.size() > 40);
    for (const QString &label : std::as_const(labels))
        QVERIFY2(text.contains(label), qPrintable(label));
    // Every value of a clean report is read, and its row is printed somewhere.
    const RenderedReport rendered =
        ReportGenerator::renderWithExpectation(r, Layout(layout), Damage::None, 11);
    const int lineCount = int(rendered.text.count(u'\n'));
    for (int c = 0; c < ed.cellCount(); ++c) {
        const ExpectedCell &cell = rendered.expectation.cells[c];
        QCOMPARE(cell.allowed.size(), 1);
        QCOMPARE(cell.allowed[0].status, CellStatus::Read);
        QCOMPARE(*cell.allowed[0].value, r.values[c]);
        QVERIFY(cell.line >= 0 && cell.line < lineCount);
    }
    for (TableState s : rendered.expectation.tables)
        QCOMPARE(s, TableState::Found);
}

void TestGenerator::expectationMatchesDamage_data() {
    sameSeedSameText_data();
}

void TestGenerator::expectationMatchesDamage() {
    QFETCH(int, layout);
    QFETCH(int, damage);
    QFETCH(int, edition);
    const Damage d = Damage(damage);
    const EditionSpec &ed = Spec::instance().edition(Edition(edition));
    for (quint32 seed = 1; seed <= 12; ++seed) {
        const GeneratedReport r =
            ReportGenerator::generate(seed, Edition(edition), ReportGenerator::optionsFor(d, seed));
        const RenderedReport out =
            ReportGenerator::renderWithExpectation(r, Layout(layout), d, seed);
        const Expectation &x = out.expectation;
        QCOMPARE(x.agency, r.agency);
        QCOMPARE(x.year, r.year);
        QHash<CellStatus, int> statuses;
        for (int c = 0; c < ed.cellCount(); ++c) {
            const ExpectedCell &cell = x.cells[c];
            QVERIFY(!cell.allowed.isEmpty());
            for (const ExpectedOutcome &o : cell.allowed) {
                const bool hasValue = o.status == CellStatus::Read ||
                                      o.status == CellStatus::Suspect ||
                                      o.status == CellStatus::Inferred;
                QCOMPARE(o.value.has_value(), hasValue);
                // Only suspect cells of a shifted row may differ from the truth, and table 3
                // inferred 0 from the sentence that replaces it.
                if (o.status == CellStatus::Read ||
                    (o.status == CellStatus::Inferred && d != Damage::MissingTable))
                    QCOMPARE(*o.value, r.values[c]);
            }
            ++statuses[cell.allowed[0].status];
        }
        const int n = ed.cellCount();
        switch (d) {
        case Damage::None:
        case Damage::BrokenLabels:
        case Damage::GroupAndItemOnOneLine:
        case Damage::VerticalGroupLabel:
        case Damage::FullWidthDigits:
        case Damage::ThousandsSeparators:
        case Damage::UnitsAndNotes:
            QCOMPARE(statuses.value(CellStatus::Read), n);
            break;
        case Damage::LabelVariants:
            QCOMPARE(statuses.value(CellStatus::Read), n);
            break;
        case Damage::FewerValues:
            QVERIFY(statuses.value(CellStatus::Suspect) >= 6);
            QCOMPARE(statuses.value(CellStatus::Suspect), 6 * statuses.value(CellStatus::Missing));
            break;
        case Damage::Placeholders:
            QVERIFY(statuses.value(CellStatus::Placeholder) + statuses.value(CellStatus::Blank) >
                    0);
            break;
        case Damage::Truncated:
            QVERIFY(statuses.value(CellStatus::Missing) >= 15);
            QCOMPARE(x.tables[0], TableState::Found);
            QVERIFY(x.tables[2] == TableState::Missing);
            break;
        case Damage::MissingTable:
            // Table 1 absent, or table 3 replaced by a sentence (its cells inferred 0).
            QVERIFY((x.tables[0] == TableState::Missing) !=
                    (x.cells[ed.indexOf(QStringLiteral("t3.r.cases.c.review_total"))]
                         .allowed.first()
                         .status == CellStatus::Inferred));
            QCOMPARE(x.tables[1], TableState::Found);
            break;
        case Damage::RunTogether: {
            int run = 0;
            for (const ExpectedCell &cell : x.cells)
                run += !cell.rawContains.isEmpty();
            QVERIFY(run >= 2);
            QVERIFY(out.text.contains(QRegularExpression(QStringLiteral("[\\p{Han}”）]\\d{2,}"))));
            break;
        }
        case Damage::SingleOtherRow:
            QCOMPARE(x.extraCells.size(), 7);
            QCOMPARE(x.requiredRemarks, QStringList{"EXTRACT_OTHER_HANDLING_SINGLE_ROW"});
            QCOMPARE(statuses.value(CellStatus::Missing), 21);
            break;
        }
        if (d == Damage::FullWidthDigits)
            QVERIFY(out.text.contains(QChar(0xFF10)));
        if (d == Damage::ThousandsSeparators)
            QVERIFY(out.text.contains(QRegularExpression(QStringLiteral("\\d[,，]\\d{3}"))));
    }
}

void TestGenerator::compareFindsEveryDifference() {
    const GeneratedReport g = ReportGenerator::generate(5, Edition::E2021);
    const RenderedReport r =
        ReportGenerator::renderWithExpectation(g, Layout::TabRows, Damage::SingleOtherRow, 5);
    // A report built from the primary outcomes matches.
    Report report = Report::empty(Edition::E2021);
    report.meta.agency = g.agency;
    report.meta.year = g.year;
    for (int c = 0; c < report.cells.size(); ++c) {
        report.cells[c].value = r.expectation.cells[c].allowed[0].value;
        report.cells[c].status = r.expectation.cells[c].allowed[0].status;
    }
    for (int t = 1; t <= 3; ++t)
        report.tables[size_t(t - 1)] = ReportGenerator::tableStateOfCells(report, t);
    for (auto it = r.expectation.extraCells.begin(); it != r.expectation.extraCells.end(); ++it)
        report.extraCells.insert(it.key(), Cell{*it, CellStatus::Read, {}, {}, {}});
    Finding remark;
    remark.rule = QStringLiteral("EXTRACT_OTHER_HANDLING_SINGLE_ROW");
    report.remarks << remark;
    QCOMPARE(ReportGenerator::compare(r.expectation, report, r.text), QStringList());

    // Each kind of difference is reported.
    Report wrong = report;
    wrong.cell(QStringLiteral("t2.r.granted.c.total")).value = Decimal::fromInteger(999);
    QCOMPARE(ReportGenerator::compare(r.expectation, wrong, r.text).size(), 1);
    wrong = report;
    wrong.cell(QStringLiteral("t3.r.cases.c.review_total")).status = CellStatus::Suspect;
    QCOMPARE(ReportGenerator::compare(r.expectation, wrong, r.text).size(), 1);
    wrong = report;
    wrong.meta.agency = QStringLiteral("某某局");
    wrong.meta.year = 1999;
    QCOMPARE(ReportGenerator::compare(r.expectation, wrong, r.text).size(), 2);
    wrong = report;
    wrong.tables[1] = TableState::Found; // its （六） sub-rows are missing: partial
    QCOMPARE(ReportGenerator::compare(r.expectation, wrong, r.text).size(), 1);
    wrong = report;
    wrong.remarks.clear();
    wrong.extraCells.remove(QStringLiteral("t2.r.other_handling.c.total"));
    QCOMPARE(ReportGenerator::compare(r.expectation, wrong, r.text).size(), 2);
    wrong = report;
    wrong.meta.edition = Edition::E2019;
    QVERIFY(ReportGenerator::compare(r.expectation, wrong, r.text)
                .first()
                .startsWith(QStringLiteral("edition")));
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
