// Prints one generated report and its expectation: gendump SEED EDITION LAYOUT DAMAGE
// (e.g. `gendump 7 2021 tabRows fewerValues`), for looking at a failing round-trip case. Once the
// importer and extractor are built, it also prints how the extraction differs from the expectation.
#include "reportgenerator.h"

#include "model/spec.h"

#include "extract/extractor.h"
#include "import/textimporter.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace testgen;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() != 5) {
        out << "usage: gendump SEED 2019|2021 LAYOUT DAMAGE\n";
        return 2;
    }
    const quint32 seed = args[1].toUInt();
    const Edition edition = editionFromName(args[2]).value_or(Edition::E2021);
    Layout layout = Layout::TabRows;
    for (Layout l : allLayouts())
        if (layoutName(l) == args[3])
            layout = l;
    Damage damage = Damage::None;
    for (Damage d : allDamages())
        if (damageName(d) == args[4])
            damage = d;
    const GeneratedReport g =
        ReportGenerator::generate(seed, edition, ReportGenerator::optionsFor(damage, seed));
    const RenderedReport r = ReportGenerator::renderWithExpectation(g, layout, damage, seed);
    out << r.text << "\n----- expectation (non-read cells)\n";
    const EditionSpec &ed = Spec::instance().edition(edition);
    for (int c = 0; c < ed.cellCount(); ++c) {
        const ExpectedCell &e = r.expectation.cells[c];
        if (e.allowed.size() == 1 && e.allowed[0].status == CellStatus::Read && !e.noteRequired)
            continue;
        out << ed.cell(c).key << ":";
        for (const ExpectedOutcome &o : e.allowed)
            out << ' ' << (o.value ? o.value->toString() : QStringLiteral("null")) << '/'
                << cellStatusName(o.status);
        if (e.noteRequired)
            out << " +note";
        if (!e.rawContains.isEmpty())
            out << " raw~" << e.rawContains;
        out << '\n';
    }
    const ImportResult imported = TextImporter::importBytes(r.text.toUtf8(), "generated.txt");
    if (!imported.ok()) {
        out << "----- import failed: " << imported.error << '\n';
        return 1;
    }
    const QStringList mismatches =
        ReportGenerator::compare(r.expectation, Extractor::extract(*imported.document), r.text);
    out << "----- round trip: " << mismatches.size() << " mismatch(es)\n";
    for (const QString &m : mismatches)
        out << m << '\n';
    return mismatches.isEmpty() ? 0 : 1;
}
