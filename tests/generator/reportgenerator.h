#pragma once

#include "model/cell.h"
#include "model/decimal.h"
#include "model/edition.h"
#include "model/report.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <array>
#include <optional>

/**
 * Test fixture generator (issue 2): a known report with random but reproducible values that obey
 * every rule of the spec, rendered as report text in one of several layouts and with one kind of
 * damage, together with what the extractor must return for it (docs/extraction-contract.md).
 */
namespace testgen {

/// How the three tables are printed.
enum class Layout {
    OneCellPerLine, ///< every cell on its own tab-prefixed line, blank line between rows (000, 003)
    TabRows,        ///< one table row per line, cells separated by tabs (001, 002)
    SpaceAligned,   ///< PDF "layout" text: cells separated by two or more spaces
    MarkdownPipe,   ///< PDF-to-markdown: | a | b | with a |---| row
};

/// One kind of damage applied to the rendering (the numbered list of issue 2's Extraction part).
enum class Damage {
    None,
    FewerValues,  ///< some t2 rows lose one value
    BrokenLabels, ///< a label split over two lines, its numbers on the next line
    GroupAndItemOnOneLine, ///< `（四）无法提供  1.本机关不掌握相关政府信息  31 0 …` in one cell
    VerticalGroupLabel,  ///< 三、本年度办理结果 one character per line or spaced out
    LabelVariants,       ///< 1、 for 1., half-width brackets, a dropped character, spec variants
    FullWidthDigits,     ///< values in full-width digits
    ThousandsSeparators, ///< 1,234 / 1，234 (needs values ≥ 1000: generate with maxValue)
    UnitsAndNotes,       ///< 22（其中修订16件）; amounts printed in 元
    Placeholders,        ///< zero cells printed as / - — 无 -- － or left blank
    Truncated,           ///< the text stops part-way through table 2 or 3
    MissingTable,        ///< table 1 or 3 left out
    RunTogether,         ///< 行政规范性文件6233440: label and digits without separators
    SingleOtherRow,      ///< a 2021 report printing （六）其他处理 as one row
};

QString layoutName(Layout layout);
QString damageName(Damage damage);
QVector<Layout> allLayouts();
QVector<Damage> allDamages(); ///< including None
/// Whether a damage can be rendered in a layout and edition (e.g. no blank lines in markdown).
bool isApplicable(Damage damage, Layout layout, Edition edition);

struct GenerateOptions {
    bool mostlyZeros = false;         ///< ~80 % of the free values are 0, as in real reports
    bool realisticMagnitudes = false; ///< free values 0–500 instead of 0–20
    int maxValue = 0;                 ///< if > 0, overrides the range of free values
};

/// A report as the agency wrote it: every cell of its edition has a value.
struct GeneratedReport {
    quint32 seed = 0;
    Edition edition = Edition::E2021;
    QString agency;
    int year = 0;
    QVector<Decimal> values; ///< indexed like EditionSpec::cells

    Decimal value(const QString &key) const;
};

/// One outcome the contract allows for a cell.
struct ExpectedOutcome {
    std::optional<Decimal> value;
    CellStatus status = CellStatus::Read;
    bool operator==(const ExpectedOutcome &) const = default;
};

/// What the extractor must return for one cell.
struct ExpectedCell {
    QVector<ExpectedOutcome> allowed; ///< allowed[0] is the contract's primary outcome
    bool noteRequired = false; ///< when the primary outcome is returned, Cell::note is non-empty
    QString rawContains;       ///< if set, Cell::raw must contain it (run-together digits)
    int line = -1;             ///< 0-based line of the rendered text showing the cell's row
};

/// What the extractor must return for a whole rendered report.
struct Expectation {
    QString agency;
    int year = 0;
    Edition edition = Edition::E2021;
    QVector<ExpectedCell> cells;        ///< indexed like EditionSpec::cells
    QHash<QString, Decimal> extraCells; ///< Report::extraCells keys that must be present
    QStringList requiredRemarks;        ///< rule ids that must be among Report::remarks
    std::array<TableState, 3> tables{}; ///< from the primary outcomes
};

struct RenderedReport {
    QString text;
    Expectation expectation;
};

/// Reproducible generation and rendering: the same arguments always give the same result.
class ReportGenerator {
public:
    /// Values that obey every rule of the spec for @p edition, a random agency and a year of it.
    static GeneratedReport generate(quint32 seed, Edition edition,
                                    const GenerateOptions &options = {});
    /// The full report text in @p layout with @p damage (choices drawn from @p seed).
    static QString render(const GeneratedReport &report, Layout layout, Damage damage,
                          quint32 seed);
    /// The text and the expectation derived from the same plan.
    static RenderedReport renderWithExpectation(const GeneratedReport &report, Layout layout,
                                                Damage damage, quint32 seed);
    /// The options a damage needs to be visible (e.g. values ≥ 1000 for ThousandsSeparators).
    static GenerateOptions optionsFor(Damage damage, quint32 seed);

    /// Compares an extracted report with the expectation; one line per mismatch (empty: equal).
    static QStringList compare(const Expectation &expected, const Report &actual,
                               const QString &text);
    /// Table state implied by a report's own cells (found / partial / missing).
    static TableState tableStateOfCells(const Report &report, int table);
};

} // namespace testgen
