// Layouts: one cell per line, tab rows, space-aligned columns (PDF layout text) and markdown pipe
// tables, with the real headers and with wrong/renamed ones; both editions; every cell compared.

#include "extract/extractor.h"
#include "synthreport.h"
#include "testdocument.h"

#include <QTest>

Q_DECLARE_METATYPE(Synth::Layout)
Q_DECLARE_METATYPE(Edition)

class TestExtractLayouts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
};

void TestExtractLayouts::roundTrip_data() {
    QTest::addColumn<Synth::Layout>("layout");
    QTest::addColumn<Edition>("edition");
    QTest::addColumn<bool>("rename");
    QTest::addColumn<quint32>("seed");
    const QVector<std::pair<const char *, Synth::Layout>> layouts{
        {"tabs", Synth::Layout::Tabs},
        {"onePerLine", Synth::Layout::OnePerLine},
        {"spaces", Synth::Layout::Spaces},
        {"markdown", Synth::Layout::Markdown}};
    for (const auto &[name, layout] : layouts)
        for (Edition e : {Edition::E2019, Edition::E2021})
            for (bool rename : {false, true})
                for (quint32 seed = 1; seed <= 3; ++seed)
                    QTest::addRow("%s-%s-%s-%u", name, qPrintable(editionName(e)),
                                  rename ? "renamed" : "headers", seed)
                        << layout << e << rename << seed;
}

void TestExtractLayouts::roundTrip() {
    QFETCH(Synth::Layout, layout);
    QFETCH(Edition, edition);
    QFETCH(bool, rename);
    QFETCH(quint32, seed);
    const Synth::Values values = Synth::randomValues(edition, seed * 7919u + uint(layout));
    Synth::Options o;
    o.layout = layout;
    o.renameHeaders = rename;
    o.year = edition == Edition::E2019 ? 2020 : 2023;
    const SourceDocument doc = TestDocument::fromText(Synth::render(values, o));
    const Report r = Extractor::extract(doc);
    QCOMPARE(r.meta.edition, edition);
    QCOMPARE(r.meta.year, o.year);
    QCOMPARE(r.meta.agency, o.agency);
    for (int t = 0; t < 3; ++t)
        QCOMPARE(r.tables[size_t(t)], TableState::Found);
    const EditionSpec &spec = r.spec();
    for (const CellSpec &c : spec.cells) {
        const Cell &cell = r.cells[c.index];
        QVERIFY2(cell.status == CellStatus::Read,
                 qPrintable(c.key + QStringLiteral(": ") + cellStatusName(cell.status) + u' ' +
                            cell.note));
        QVERIFY2(cell.value && *cell.value == Decimal::fromInteger(values.value[c.index]),
                 qPrintable(c.key + QStringLiteral(" = ") +
                            (cell.value ? cell.value->toString() : QStringLiteral("null"))));
        QCOMPARE(doc.displayText.mid(cell.anchor.start, cell.anchor.length), values.text[c.index]);
    }
}

QTEST_GUILESS_MAIN(TestExtractLayouts)
#include "tst_extract_layouts.moc"
