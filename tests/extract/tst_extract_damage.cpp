// Damage classes of issue 2: rows with fewer values than columns, blank cells and placeholders,
// truncated documents and absent tables, digits run together, and the 2021 （六） printed as one
// row. Each case renders a known report, damages it, and checks the contract's statuses.

#include "extract/extractor.h"
#include "synthreport.h"
#include "testdocument.h"

#include <QTest>

Q_DECLARE_METATYPE(Synth::Layout)
Q_DECLARE_METATYPE(Edition)

namespace {

const EditionSpec &spec2021() {
    return Spec::instance().edition(Edition::E2021);
}
int idx(const QString &key) {
    return spec2021().indexOf(key);
}
QStringList t2Columns() {
    QStringList cols;
    for (const ColumnSpec &c : spec2021().table(2).blocks.first().columns)
        cols << c.id;
    return cols;
}
} // namespace

class TestExtractDamage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shortRows_data();
    void shortRows();
    void blankAndPlaceholders_data();
    void blankAndPlaceholders();
    void truncated_data();
    void truncated();
    void absentTable();
    void runTogether_data();
    void runTogether();
    void runTogetherJoint();
    void crawlerFlattened_data();
    void crawlerFlattened();
    void straySpaceInRun();
    void junkRunIsNotRead();
    void otherHandlingSingleRow();
    void overlongRegion();
};

void TestExtractDamage::shortRows_data() {
    QTest::addColumn<Synth::Layout>("layout");
    QTest::addColumn<QString>("row");
    QTest::addColumn<int>("drop");
    for (auto layout : {Synth::Layout::Tabs, Synth::Layout::OnePerLine, Synth::Layout::Spaces,
                        Synth::Layout::Markdown})
        for (const char *row :
             {"granted", "denied_state_secret", "unable_not_held", "carry_forward"})
            for (int drop : {1, 3})
                QTest::addRow("%d-%s-%d", int(layout), row, drop)
                    << layout << QString::fromLatin1(row) << drop;
}

void TestExtractDamage::shortRows() {
    QFETCH(Synth::Layout, layout);
    QFETCH(QString, row);
    QFETCH(int, drop);
    const Synth::Values v = Synth::randomValues(Edition::E2021, 42, 9);
    Synth::Options o;
    o.layout = layout;
    // The first `drop` values of the row are lost (the real damage of sample 002).
    o.editRow = [&](const QString &id, QStringList *cells) {
        if (id != row)
            return;
        const int first = int(cells->size()) - 7;
        for (int k = 0; k < drop; ++k)
            cells->removeAt(first);
    };
    const Report r = Extractor::extract(TestDocument::fromText(Synth::render(v, o)));
    const QStringList cols = t2Columns();
    const int have = int(cols.size()) - drop;
    for (int c = 0; c < cols.size(); ++c) {
        const Cell &cell = r.cells[idx("t2.r." + row + ".c." + cols[c])];
        QVERIFY2(cell.note.contains(QStringLiteral("本行仅有 %1 个数值，应为 7 个").arg(have)),
                 qPrintable(cell.note));
        if (c < have) {
            // Placed left to right, never shifted: the value printed at position c.
            QCOMPARE(cell.status, CellStatus::Suspect);
            QCOMPARE(*cell.value,
                     Decimal::fromInteger(v.value[idx("t2.r." + row + ".c." + cols[c + drop])]));
        } else {
            QVERIFY(cell.status == CellStatus::Missing ||
                    (cell.status == CellStatus::Inferred && cell.value->isZero()));
        }
    }
    // The rows around it are untouched.
    QCOMPARE(r.cells[idx("t2.r.results_total.c.total")].status, CellStatus::Read);
    QVERIFY(r.tables[1] != TableState::Missing);
}

void TestExtractDamage::blankAndPlaceholders_data() {
    QTest::addColumn<Synth::Layout>("layout");
    QTest::addColumn<QString>("printed");
    QTest::addColumn<CellStatus>("status");
    for (auto layout : {Synth::Layout::Tabs, Synth::Layout::OnePerLine, Synth::Layout::Markdown}) {
        QTest::addRow("%d-slash", int(layout))
            << layout << QStringLiteral("/") << CellStatus::Placeholder;
        QTest::addRow("%d-dash", int(layout))
            << layout << QStringLiteral("-") << CellStatus::Placeholder;
        QTest::addRow("%d-emdash", int(layout))
            << layout << QStringLiteral("—") << CellStatus::Placeholder;
        QTest::addRow("%d-fullwidth-dash", int(layout))
            << layout << QStringLiteral("－") << CellStatus::Placeholder;
        QTest::addRow("%d-wu", int(layout))
            << layout << QStringLiteral("无") << CellStatus::Placeholder;
        QTest::addRow("%d-double-dash", int(layout))
            << layout << QStringLiteral("--") << CellStatus::Placeholder;
    }
    QTest::addRow("tabs-blank") << Synth::Layout::Tabs << QString() << CellStatus::Blank;
    QTest::addRow("markdown-blank") << Synth::Layout::Markdown << QString() << CellStatus::Blank;
}

void TestExtractDamage::blankAndPlaceholders() {
    QFETCH(Synth::Layout, layout);
    QFETCH(QString, printed);
    QFETCH(CellStatus, status);
    Synth::Values v = Synth::randomValues(Edition::E2021, 7, 9);
    // A middle cell of table 2, a cell of table 1 and one of table 3.
    const QStringList keys{"t2.r.granted.c.research_institution", "t1.r.normative_docs.c.repealed",
                           "t3.r.cases.c.lit_direct_other"};
    for (const QString &k : keys)
        v.text[idx(k)] = printed;
    Synth::Options o;
    o.layout = layout;
    const Report r = Extractor::extract(TestDocument::fromText(Synth::render(v, o)));
    for (const QString &k : keys) {
        const Cell &cell = r.cells[idx(k)];
        QVERIFY2(cell.status == status, qPrintable(k + u' ' + cellStatusName(cell.status)));
        QVERIFY2(!cell.value, qPrintable(k)); // never zero
        QCOMPARE(cell.raw, printed);
    }
    // Neighbours keep their places.
    QCOMPARE(*r.cells[idx("t2.r.granted.c.social_welfare_org")].value,
             Decimal::fromInteger(v.value[idx("t2.r.granted.c.social_welfare_org")]));
    QCOMPARE(*r.cells[idx("t3.r.cases.c.lit_direct_pending")].value,
             Decimal::fromInteger(v.value[idx("t3.r.cases.c.lit_direct_pending")]));
    QCOMPARE(r.cells[idx("t2.r.granted.c.social_welfare_org")].status, CellStatus::Read);
}

void TestExtractDamage::truncated_data() {
    QTest::addColumn<Synth::Layout>("layout");
    QTest::addColumn<double>("fraction");
    for (auto layout : {Synth::Layout::Tabs, Synth::Layout::OnePerLine})
        for (double f : {0.05, 0.3, 0.5, 0.7, 0.85, 0.95})
            QTest::addRow("%d-%.2f", int(layout), f) << layout << f;
}

void TestExtractDamage::truncated() {
    QFETCH(Synth::Layout, layout);
    QFETCH(double, fraction);
    const Synth::Values v = Synth::randomValues(Edition::E2021, 11, 9);
    Synth::Options o;
    o.layout = layout;
    const QString full = Synth::render(v, o);
    const QString cut = full.left(int(full.size() * fraction));
    const SourceDocument doc = TestDocument::fromText(cut);
    const Report r = Extractor::extract(doc);
    for (const CellSpec &c : r.spec().cells) {
        const Cell &cell = r.cells[c.index];
        if (cell.status == CellStatus::Missing) {
            QVERIFY(!cell.value);
            continue;
        }
        if (cell.status == CellStatus::Inferred) {
            QVERIFY(cell.value && cell.value->isZero());
            continue;
        }
        // Whatever was read lies inside the cut text and is the rendered value.
        QVERIFY2(cell.anchor.start >= 0 && cell.anchor.start + cell.anchor.length <= cut.size(),
                 qPrintable(c.key));
        if (cell.status == CellStatus::Read)
            QVERIFY2(*cell.value == Decimal::fromInteger(v.value[c.index]), qPrintable(c.key));
    }
    // Past the cut nothing is found: the last table is not "found".
    if (fraction < 0.9)
        QVERIFY(r.tables[2] != TableState::Found);
    if (fraction < 0.1)
        for (int t = 0; t < 3; ++t)
            QCOMPARE(r.tables[size_t(t)], TableState::Missing);
    // Every table that is not found is a remark: missing ones errors, partial ones warnings.
    int expectedRemarks = 0;
    for (int t = 0; t < 3; ++t)
        expectedRemarks += r.tables[size_t(t)] != TableState::Found;
    QVector<Finding> tableRemarks;
    for (const Finding &f : r.remarks)
        if (f.rule.startsWith(QStringLiteral("EXTRACT_TABLE_")))
            tableRemarks << f;
    QCOMPARE(int(tableRemarks.size()), expectedRemarks);
    for (const Finding &f : tableRemarks) {
        const int table = r.spec().cell(f.lhs.first()).table;
        const bool missing = r.tables[size_t(table - 1)] == TableState::Missing;
        QCOMPARE(f.rule, missing ? QStringLiteral("EXTRACT_TABLE_MISSING")
                                 : QStringLiteral("EXTRACT_TABLE_PARTIAL"));
        QCOMPARE(f.severity, missing ? Severity::Error : Severity::Warning);
    }
}

void TestExtractDamage::absentTable() {
    const Synth::Values v = Synth::randomValues(Edition::E2021, 3, 9);
    Synth::Options o;
    o.withT3 = false;
    const Report r = Extractor::extract(TestDocument::fromText(Synth::render(v, o)));
    QCOMPARE(r.tables[0], TableState::Found);
    QCOMPARE(r.tables[1], TableState::Found);
    QCOMPARE(r.tables[2], TableState::Missing);
    for (const CellSpec &c : r.spec().cells)
        if (c.table == 3) {
            QCOMPARE(r.cells[c.index].status, CellStatus::Missing);
            QVERIFY(!r.cells[c.index].value);
        }
}

void TestExtractDamage::runTogether_data() {
    QTest::addColumn<QString>("row");
    QTest::addColumn<QStringList>("printed"); ///< the row's value cells as printed after the label
    QTest::addColumn<QVector<qint64>>("expected"); ///< -1: any value a split of the run allows
    QTest::addColumn<CellStatus>("status");
    // Table 1 has no sums: a run can never be split uniquely; the most plausible split is kept
    // as suspect with the others in the note.
    QTest::newRow("t1-normative") << QStringLiteral("normative_docs") << QStringList{"6233440"}
                                  << QVector<qint64>{-1, -1, -1} << CellStatus::Suspect;
    // Table 2: the row total makes "1 0 0 0 0 0 1" unique: read, with a note that it was split.
    QTest::newRow("t2-unique") << QStringLiteral("granted") << QStringList{"1000001"}
                               << QVector<qint64>{1, 0, 0, 0, 0, 0, 1} << CellStatus::Read;
    QTest::newRow("t2-unique-2digit") << QStringLiteral("granted") << QStringList{"120000012"}
                                      << QVector<qint64>{12, 0, 0, 0, 0, 0, 12} << CellStatus::Read;
    // "2 3 0 0 0 0 5" vs "23 0 0 0 0 0 ?": only one split has seven parts summing right.
    QTest::newRow("t2-unique-mixed") << QStringLiteral("granted") << QStringList{"2300005"}
                                     << QVector<qint64>{2, 3, 0, 0, 0, 0, 5} << CellStatus::Read;
    // "11 0 0 0 0 0 11" and "1 10 0 0 0 0 11" both add up in the row, and the other rows'
    // values (random) fit neither: suspect, never read.
    QTest::newRow("t2-ambiguous") << QStringLiteral("granted") << QStringList{"110000011"}
                                  << QVector<qint64>{-1, -1, -1, -1, -1, -1, -1}
                                  << CellStatus::Suspect;
    // No split adds up at all: suspect.
    QTest::newRow("t2-impossible")
        << QStringLiteral("granted") << QStringList{"11000011"}
        << QVector<qint64>{-1, -1, -1, -1, -1, -1, -1} << CellStatus::Suspect;
}

void TestExtractDamage::runTogether() {
    QFETCH(QString, row);
    QFETCH(QStringList, printed);
    QFETCH(QVector<qint64>, expected);
    QFETCH(CellStatus, status);
    Synth::Values v = Synth::randomValues(Edition::E2021, 5, 9);
    // The other rows agree with the printed run when it is meant to be consistent.
    if (row != u"normative_docs" && status == CellStatus::Read)
        Synth::setRow(&v, row, expected.mid(0, 6));
    Synth::Options o;
    o.layout = Synth::Layout::Tabs;
    o.editRow = [&](const QString &id, QStringList *cells) {
        if (id != row)
            return;
        const int nValues = int(expected.size());
        QString label = cells->at(cells->size() - nValues - 1);
        for (int k = 0; k < nValues + 1; ++k)
            cells->removeLast();
        cells->append(label + printed.join(QString())); // digits glued to the label
    };
    const Report r = Extractor::extract(TestDocument::fromText(Synth::render(v, o)));
    const int table = row == u"normative_docs" ? 1 : 2;
    QStringList cols;
    for (const CellSpec &c : r.spec().cells)
        if (c.table == table && c.rowId == row)
            cols << c.columnId;
    QCOMPARE(cols.size(), expected.size());
    QString joined;
    for (int c = 0; c < cols.size(); ++c) {
        const Cell &cell =
            r.cells[r.spec().indexOf(QStringLiteral("t%1.r.%2.c.%3").arg(table).arg(row, cols[c]))];
        QCOMPARE(cell.raw, printed.join(QString()));
        QCOMPARE(cell.status, status);
        QVERIFY(cell.value);
        QVERIFY2(!cell.note.isEmpty(), "a split or unsplit run always says so");
        joined += cell.value->toString();
        if (expected[c] >= 0)
            QCOMPARE(*cell.value, Decimal::fromInteger(expected[c]));
    }
    // Whatever was chosen is a split of the printed run: nothing invented.
    QCOMPARE(joined, printed.join(QString()));
}

namespace {
/// Glues a row's values to its label (no separators), as a crawler prints it.
std::function<void(const QString &, QStringList *)> glue(const QStringList &rows) {
    return [rows](const QString &id, QStringList *cells) {
        if (!rows.contains(id))
            return;
        const int nValues = 7;
        QString run = cells->at(cells->size() - nValues - 1);
        for (int k = cells->size() - nValues; k < cells->size(); ++k)
            run += cells->at(k);
        for (int k = 0; k < nValues + 1; ++k)
            cells->removeLast();
        cells->append(run);
    };
}
} // namespace

void TestExtractDamage::runTogetherJoint() {
    // Two runs that each split two ways in their row; the column sums decide nothing between
    // "granted 11|0 and partial 1|10" and the swap: both rows suspect, alternatives noted.
    Synth::Values v = Synth::randomValues(Edition::E2021, 23, 9);
    Synth::setRow(&v, QStringLiteral("granted"), {11, 0, 0, 0, 0, 0});
    Synth::setRow(&v, QStringLiteral("partially_granted"), {1, 10, 0, 0, 0, 0});
    Synth::Options o;
    o.editRow = glue({QStringLiteral("granted"), QStringLiteral("partially_granted")});
    Report r = Extractor::extract(TestDocument::fromText(Synth::render(v, o)));
    for (const QString &row : {QStringLiteral("granted"), QStringLiteral("partially_granted")}) {
        const Cell &np = r.cell(QStringLiteral("t2.r.%1.c.natural_person").arg(row));
        QCOMPARE(np.status, CellStatus::Suspect);
        QVERIFY2(np.note.contains(QStringLiteral("也可能为")), qPrintable(np.note));
        // The total is the same in both readings: determined, so read.
        QCOMPARE(r.cell(QStringLiteral("t2.r.%1.c.total").arg(row)).status, CellStatus::Read);
        QCOMPARE(*r.cell(QStringLiteral("t2.r.%1.c.total").arg(row)).value,
                 Decimal::fromInteger(11));
    }
    // Only one of the two runs glued: the column sums make it unique, so it is read.
    o.editRow = glue({QStringLiteral("granted")});
    r = Extractor::extract(TestDocument::fromText(Synth::render(v, o)));
    const Cell &np = r.cell(QStringLiteral("t2.r.granted.c.natural_person"));
    QCOMPARE(np.status, CellStatus::Read);
    QCOMPARE(*np.value, Decimal::fromInteger(11));
    QVERIFY2(np.note.contains(QStringLiteral("拆分")), qPrintable(np.note));
    QCOMPARE(*r.cell(QStringLiteral("t2.r.granted.c.commercial_enterprise")).value,
             Decimal::fromInteger(0));
}

void TestExtractDamage::crawlerFlattened_data() {
    QTest::addColumn<Edition>("edition");
    QTest::addColumn<int>("maxValue");
    QTest::addColumn<quint32>("seed");
    for (Edition e : {Edition::E2019, Edition::E2021})
        for (int maxValue : {9, 30, 200})
            for (quint32 seed = 1; seed <= 6; ++seed)
                QTest::addRow("%s-max%d-seed%u", e == Edition::E2019 ? "2019" : "2021", maxValue,
                              seed)
                    << e << maxValue << seed;
}

void TestExtractDamage::crawlerFlattened() {
    // The whole report on one line with the cells run together (a crawled page): every value
    // is either read right or marked, never read wrong; table 2 and 3 are mostly read.
    QFETCH(Edition, edition);
    QFETCH(int, maxValue);
    QFETCH(quint32, seed);
    const Synth::Values v = Synth::randomValues(edition, seed, maxValue);
    Synth::Options o;
    o.year = edition == Edition::E2019 ? 2019 : 2023;
    const QString text = Synth::flatten(Synth::render(v, o));
    QVERIFY(!text.contains(u'\n'));
    const Report r = Extractor::extract(TestDocument::fromText(text));
    QCOMPARE(r.meta.edition, edition);
    int t23 = 0, t23Read = 0;
    for (const CellSpec &c : r.spec().cells) {
        const Cell &cell = r.cells[c.index];
        const qint64 want = v.value.value(c.index);
        if (cell.status == CellStatus::Read)
            QVERIFY2(cell.value && *cell.value == Decimal::fromInteger(want),
                     qPrintable(QStringLiteral("%1 read %2, printed %3")
                                    .arg(c.key, cell.value ? cell.value->toString() : "null")
                                    .arg(want)));
        else
            QVERIFY2(cell.status == CellStatus::Suspect || cell.status == CellStatus::Blank,
                     qPrintable(c.key + QStringLiteral(": ") + cellStatusName(cell.status)));
        if (c.table >= 2) {
            ++t23;
            t23Read += cell.status == CellStatus::Read;
        }
    }
    // Single digits split trivially; larger values leave some runs open, never most of them.
    QVERIFY2(t23Read * 10 >= t23 * (maxValue < 10 ? 10 : 7),
             qPrintable(QStringLiteral("%1 of %2 read").arg(t23Read).arg(t23)));
}

void TestExtractDamage::straySpaceInRun() {
    // A crawler left a space inside a number of a run: "12…" printed "1 2…". The row is read
    // as one run where keeping the space as a cell boundary adds up nowhere in the table.
    Synth::Values v = Synth::randomValues(Edition::E2021, 31, 9);
    Synth::setRow(&v, QStringLiteral("granted"), {12, 1, 0, 1, 0, 0});
    Synth::Options o;
    QString text = Synth::flatten(Synth::render(v, o));
    const QString run = QStringLiteral("（一）予以公开1210100");
    QVERIFY2(text.contains(run), qPrintable(text.left(600)));
    text.replace(run, QStringLiteral("（一）予以公开1 210100"));
    const Report r = Extractor::extract(TestDocument::fromText(text));
    const Cell &np = r.cell(QStringLiteral("t2.r.granted.c.natural_person"));
    QCOMPARE(np.status, CellStatus::Read);
    QCOMPARE(*np.value, Decimal::fromInteger(12));
    QCOMPARE(*r.cell(QStringLiteral("t2.r.granted.c.total")).value, Decimal::fromInteger(14));
    QVERIFY(np.raw.contains(QStringLiteral("1 210100")));
}

void TestExtractDamage::junkRunIsNotRead() {
    // A 40-digit run of 9s and a lone 1 for a seven-cell row (found by fuzzing: the split
    // search took millions of steps). The search stops at its step budget and says so.
    Synth::Values v = Synth::randomValues(Edition::E2021, 31, 9);
    Synth::setRow(&v, QStringLiteral("granted"), {12, 1, 0, 1, 0, 0});
    QString text = Synth::flatten(Synth::render(v, Synth::Options{}));
    const QString run = QStringLiteral("（一）予以公开1210100");
    QVERIFY(text.contains(run));
    text.replace(run, QStringLiteral("（一）予以公开%1 1").arg(QString(40, u'9')));
    const Report r = Extractor::extract(TestDocument::fromText(text));
    for (const QString &column : t2Columns()) {
        const Cell &cell = r.cell(QStringLiteral("t2.r.granted.c.") + column);
        QVERIFY2(cell.status != CellStatus::Read, qPrintable(column));
    }
}

void TestExtractDamage::otherHandlingSingleRow() {
    const Synth::Values v = Synth::randomValues(Edition::E2021, 9, 9);
    Synth::Options o;
    o.layout = Synth::Layout::Tabs;
    QString doc = Synth::render(v, o);
    // Replace the three （六） sub-rows by one row under the group label.
    const EditionSpec &spec = spec2021();
    QStringList lines = doc.split(u'\n');
    QStringList out;
    for (const QString &l : lines) {
        if (l.contains(QStringLiteral("逾期未按收费通知")) ||
            l.startsWith(QStringLiteral("3.其他")))
            continue;
        if (l.startsWith(QStringLiteral("（六）其他处理")))
            out << QStringLiteral("（六）其他处理\t3\t0\t0\t0\t0\t1\t4");
        else
            out << l;
    }
    const Report r = Extractor::extract(TestDocument::fromText(out.join(u'\n')));
    QCOMPARE(r.meta.edition, Edition::E2021);
    for (const QString &sub : {QStringLiteral("other_no_correction"),
                               QStringLiteral("other_fee_unpaid"), QStringLiteral("other_other")})
        for (const QString &col : t2Columns())
            QCOMPARE(r.cells[spec.indexOf("t2.r." + sub + ".c." + col)].status,
                     CellStatus::Missing);
    QCOMPARE(r.extraCells.size(), 7);
    QCOMPARE(*r.extraCells.value(QStringLiteral("t2.r.other_handling.c.natural_person")).value,
             Decimal::fromInteger(3));
    QCOMPARE(*r.extraCells.value(QStringLiteral("t2.r.other_handling.c.total")).value,
             Decimal::fromInteger(4));
    // Two remarks: the single row itself, and table 2 being partial (its sub-rows are missing).
    QCOMPARE(r.remarks.size(), 2);
    QCOMPARE(r.remarks.first().rule, QStringLiteral("EXTRACT_OTHER_HANDLING_SINGLE_ROW"));
    QCOMPARE(r.remarks.first().severity, Severity::Warning);
    QVERIFY(r.remarks.first().zh.contains(QStringLiteral("其他处理")));
    QCOMPARE(r.remarks.last().rule, QStringLiteral("EXTRACT_TABLE_PARTIAL"));
    QCOMPARE(r.remarks.last().severity, Severity::Warning);
    QCOMPARE(r.tables[1], TableState::Partial);
}

// A table region far longer than any report's (here 300,000 characters of numbers after table
// 2's rows, table 3 absent) is read up to its first 200,000 characters, with a warning, so that
// its memory is bounded; table 1 is read as without the noise.
void TestExtractDamage::overlongRegion() {
    const Synth::Values v = Synth::randomValues(Edition::E2021, 3, 11);
    Synth::Options o;
    o.withT3 = false;
    QString report = Synth::render(v, o);
    // The text ends after table 2's rows: its region runs to the end.
    const qsizetype t2 = report.indexOf(QStringLiteral("\n三、"));
    QVERIFY(t2 > 0);
    for (const QString &next : {QStringLiteral("\n四、"), QStringLiteral("\n五、")})
        if (const qsizetype at = report.indexOf(next, t2); at > 0)
            report.truncate(at);
    auto cutRemarks = [](const Report &r) {
        return std::count_if(r.remarks.cbegin(), r.remarks.cend(), [](const Finding &f) {
            return f.rule == QStringLiteral("EXTRACT_REGION_CUT");
        });
    };
    const Report plain =
        Extractor::extract(TestDocument::fromText(report + QStringLiteral("\n7 7 7\n")));
    QCOMPARE(cutRemarks(plain), 0);
    QString noise;
    for (int i = 0; i < 150000; ++i)
        noise += QStringLiteral("7 ");
    const Report r = Extractor::extract(TestDocument::fromText(report + u'\n' + noise));
    QCOMPARE(cutRemarks(r), 1);
    const auto cut = std::find_if(r.remarks.cbegin(), r.remarks.cend(), [](const Finding &f) {
        return f.rule == QStringLiteral("EXTRACT_REGION_CUT");
    });
    QCOMPARE(cut->severity, Severity::Warning);
    QVERIFY(cut->zh.contains(QStringLiteral("表2")));
    QVERIFY(cut->en.contains(QStringLiteral("200000")));
    QCOMPARE(r.tables[0], plain.tables[0]);
    for (const CellSpec &c : r.spec().cells)
        if (c.table == 1) {
            QCOMPARE(r.cells[c.index].status, plain.cells[c.index].status);
            QCOMPARE(r.cells[c.index].value, plain.cells[c.index].value);
        }
}

QTEST_GUILESS_MAIN(TestExtractDamage)
#include "tst_extract_damage.moc"
