#include "reportgenerator.h"
#include "decimalops.h"

#include "reportrenderer.h"

#include "model/spec.h"

#include <QRandomGenerator>

namespace testgen {

namespace {

const char16_t *const kAgencies[] = {
    u"四平市铁西区人民政府办公室", u"杭州市西湖区人民政府",
    u"南京市江宁区生态环境局",     u"成都市武侯区教育局",
    u"广州市天河区人民政府办公室", u"武汉市江汉区住房和城市更新局",
    u"苏州市吴中区交通运输局",     u"济南市历下区市场监督管理局",
    u"长沙市岳麓区民政局",         u"合肥市蜀山区财政局",
    u"西安市雁塔区卫生健康局",     u"沈阳市和平区人力资源和社会保障局",
    u"福州市鼓楼区自然资源局",     u"青岛市崂山区农业农村局",
    u"昆明市五华区司法局",         u"宁国市商务局",
};

} // namespace

QString layoutName(Layout layout) {
    switch (layout) {
    case Layout::OneCellPerLine:
        return QStringLiteral("cellPerLine");
    case Layout::TabRows:
        return QStringLiteral("tabRows");
    case Layout::SpaceAligned:
        return QStringLiteral("spaceAligned");
    case Layout::MarkdownPipe:
        break;
    }
    return QStringLiteral("markdown");
}

QString damageName(Damage damage) {
    switch (damage) {
    case Damage::None:
        return QStringLiteral("clean");
    case Damage::FewerValues:
        return QStringLiteral("fewerValues");
    case Damage::BrokenLabels:
        return QStringLiteral("brokenLabels");
    case Damage::GroupAndItemOnOneLine:
        return QStringLiteral("groupAndItem");
    case Damage::VerticalGroupLabel:
        return QStringLiteral("verticalGroup");
    case Damage::LabelVariants:
        return QStringLiteral("labelVariants");
    case Damage::FullWidthDigits:
        return QStringLiteral("fullWidth");
    case Damage::ThousandsSeparators:
        return QStringLiteral("thousands");
    case Damage::UnitsAndNotes:
        return QStringLiteral("unitsNotes");
    case Damage::Placeholders:
        return QStringLiteral("placeholders");
    case Damage::Truncated:
        return QStringLiteral("truncated");
    case Damage::MissingTable:
        return QStringLiteral("missingTable");
    case Damage::RunTogether:
        return QStringLiteral("runTogether");
    case Damage::SingleOtherRow:
        break;
    }
    return QStringLiteral("singleOtherRow");
}

QVector<Layout> allLayouts() {
    return {Layout::OneCellPerLine, Layout::TabRows, Layout::SpaceAligned, Layout::MarkdownPipe};
}

QVector<Damage> allDamages() {
    QVector<Damage> out;
    for (int d = int(Damage::None); d <= int(Damage::SingleOtherRow); ++d)
        out << Damage(d);
    return out;
}

bool isApplicable(Damage damage, Layout layout, Edition edition) {
    switch (damage) {
    case Damage::BrokenLabels:
    case Damage::RunTogether:
        // A markdown row cannot span lines, and a pipe table always separates cells.
        return layout != Layout::MarkdownPipe;
    case Damage::SingleOtherRow:
        return edition == Edition::E2021;
    default:
        return true;
    }
}

Decimal GeneratedReport::value(const QString &key) const {
    const int idx = Spec::instance().edition(edition).indexOf(key);
    Q_ASSERT_X(idx >= 0, "GeneratedReport::value", qPrintable(key));
    return values[idx];
}

GenerateOptions ReportGenerator::optionsFor(Damage damage, quint32 seed) {
    GenerateOptions o;
    o.mostlyZeros = seed % 3 != 0; // real reports are mostly zeros; a third are busy
    o.realisticMagnitudes = seed % 5 == 0;
    if (damage == Damage::ThousandsSeparators) {
        o.mostlyZeros = false;
        o.maxValue = 3000;
    } else if (damage == Damage::UnitsAndNotes || damage == Damage::RunTogether) {
        o.mostlyZeros = seed % 2 == 0;
    }
    return o;
}

GeneratedReport ReportGenerator::generate(quint32 seed, Edition edition,
                                          const GenerateOptions &options) {
    QRandomGenerator rng(seed);
    const EditionSpec &ed = Spec::instance().edition(edition);
    GeneratedReport r;
    r.seed = seed;
    r.edition = edition;
    r.agency = QString::fromUtf16(kAgencies[rng.bounded(int(std::size(kAgencies)))]);
    r.year = edition == Edition::E2019 ? 2019 + rng.bounded(2) : 2021 + rng.bounded(4);
    r.values.resize(ed.cellCount());

    const int maxValue =
        options.maxValue > 0 ? options.maxValue : (options.realisticMagnitudes ? 500 : 20);
    auto draw = [&](int max) -> qint64 {
        if (options.mostlyZeros && rng.bounded(100) < 80)
            return 0;
        return rng.bounded(max + 1);
    };
    auto set = [&](const QString &key, qint64 v) {
        r.values[ed.indexOf(key)] = Decimal::fromInteger(v);
    };

    // Table 1: no arithmetic except the soft 2019 rule, enforced below from the spec.
    for (const CellSpec &c : ed.cells) {
        if (c.table != 1)
            continue;
        switch (c.type) {
        case ValueType::Integer:
            r.values[c.index] = Decimal::fromInteger(draw(maxValue));
            break;
        case ValueType::SignedInteger:
            r.values[c.index] = Decimal::fromInteger(draw(maxValue / 2 + 1) - draw(maxValue / 2));
            break;
        case ValueType::Decimal:
            // 万元 with at most two decimal places: a whole number of hundredths.
            r.values[c.index] = Decimal::fromMicros(draw(maxValue * 100) * (Decimal::Scale / 100));
            break;
        }
    }

    // Table 2, per applicant column: outcomes, their total, carry-forward, then the balance.
    const BlockSpec &t2 = ed.table(2).blocks[0];
    const QString total = QStringLiteral("total");
    QStringList outcomeRows;
    for (const RowSpec &row : t2.rows)
        if (row.dataRow && !row.parents.isEmpty() && row.id != u"results_total")
            outcomeRows << row.id;
    for (const ColumnSpec &col : t2.columns) {
        if (col.id == total)
            continue;
        auto key = [&](const QString &row) {
            return QStringLiteral("t2.r.%1.c.%2").arg(row, col.id);
        };
        qint64 results = 0;
        for (const QString &row : outcomeRows) {
            const qint64 v = draw(maxValue);
            set(key(row), v);
            results += v;
        }
        set(key(QStringLiteral("results_total")), results);
        const qint64 forward = draw(maxValue);
        set(key(QStringLiteral("carry_forward")), forward);
        const qint64 carried = qMin(draw(maxValue), results + forward);
        set(key(QStringLiteral("carried_over")), carried);
        set(key(QStringLiteral("new_received")), results + forward - carried);
    }
    for (const RowSpec &row : t2.rows) {
        if (!row.dataRow)
            continue;
        Decimal sum;
        for (const ColumnSpec &col : t2.columns)
            if (col.id != total)
                sum += r.value(QStringLiteral("t2.r.%1.c.%2").arg(row.id, col.id));
        r.values[ed.indexOf(QStringLiteral("t2.r.%1.c.total").arg(row.id))] = sum;
    }

    // Table 3: each group's total is the sum of its four results.
    for (const char *group : {"review", "lit_direct", "lit_after_review"}) {
        qint64 sum = 0;
        for (const char *result : {"maintained", "corrected", "other", "pending"}) {
            const qint64 v = draw(qMax(1, maxValue / 4));
            set(QStringLiteral("t3.r.cases.c.%1_%2")
                    .arg(QLatin1String(group), QLatin1String(result)),
                v);
            sum += v;
        }
        set(QStringLiteral("t3.r.cases.c.%1_total").arg(QLatin1String(group)), sum);
    }

    // Soft "a <= b" rules of the spec (2019: published this year <= total public).
    for (const RuleInstance &inst : ed.instances) {
        if (inst.comparison != RuleComparison::LessOrEqual)
            continue;
        Decimal lhs, rhs;
        for (int c : inst.lhs)
            lhs += r.values[c];
        for (int c : inst.rhs)
            rhs += r.values[c];
        if (lhs > rhs && !inst.rhs.isEmpty())
            r.values[inst.rhs.first()] += lhs - rhs;
    }
    return r;
}

QString ReportGenerator::render(const GeneratedReport &report, Layout layout, Damage damage,
                                quint32 seed) {
    return renderWithExpectation(report, layout, damage, seed).text;
}

RenderedReport ReportGenerator::renderWithExpectation(const GeneratedReport &report, Layout layout,
                                                      Damage damage, quint32 seed) {
    ReportRenderer renderer(report, layout, damage, seed);
    return renderer.run();
}

TableState ReportGenerator::tableStateOfCells(const Report &report, int table) {
    const EditionSpec &ed = report.spec();
    int located = 0, total = 0;
    for (const CellSpec &c : ed.cells) {
        if (c.table != table)
            continue;
        ++total;
        if (report.cells[c.index].status != CellStatus::Missing)
            ++located;
    }
    if (located == 0)
        return TableState::Missing;
    return located == total ? TableState::Found : TableState::Partial;
}

namespace {

QString describe(const std::optional<Decimal> &value, CellStatus status) {
    return (value ? value->toString() : QStringLiteral("null")) + u'/' + cellStatusName(status);
}

} // namespace

QStringList ReportGenerator::compare(const Expectation &expected, const Report &actual,
                                     const QString &text) {
    QStringList out;
    if (actual.meta.edition != expected.edition) {
        out << QStringLiteral("edition: expected %1, actual %2")
                   .arg(editionName(expected.edition), editionName(actual.meta.edition));
        return out; // the cells of two editions cannot be compared
    }
    if (actual.meta.agency != expected.agency)
        out << QStringLiteral("agency: expected '%1', actual '%2'")
                   .arg(expected.agency, actual.meta.agency);
    if (actual.meta.year != expected.year)
        out << QStringLiteral("year: expected %1, actual %2")
                   .arg(expected.year)
                   .arg(actual.meta.year);
    if (actual.cells.size() != expected.cells.size()) {
        out << QStringLiteral("cell count: expected %1, actual %2")
                   .arg(expected.cells.size())
                   .arg(actual.cells.size());
        return out;
    }

    const QStringList lines = text.split(u'\n');
    const EditionSpec &ed = Spec::instance().edition(expected.edition);
    for (int c = 0; c < expected.cells.size(); ++c) {
        const ExpectedCell &e = expected.cells[c];
        const Cell &a = actual.cells[c];
        int matched = -1;
        for (int i = 0; i < e.allowed.size() && matched < 0; ++i)
            if (e.allowed[i].value == a.value && e.allowed[i].status == a.status)
                matched = i;
        QStringList problems;
        if (matched < 0) {
            QStringList allowed;
            for (const ExpectedOutcome &o : e.allowed)
                allowed << describe(o.value, o.status);
            problems << QStringLiteral("expected %1, actual %2 (raw '%3', note '%4')")
                            .arg(allowed.join(QStringLiteral(" or ")), describe(a.value, a.status),
                                 a.raw, a.note);
        } else {
            if (matched == 0 && e.noteRequired && a.note.trimmed().isEmpty())
                problems
                    << QStringLiteral("%1 but the note is empty").arg(describe(a.value, a.status));
            if (!e.rawContains.isEmpty() && !a.raw.contains(e.rawContains))
                problems
                    << QStringLiteral("raw '%1' does not contain '%2'").arg(a.raw, e.rawContains);
        }
        if (problems.isEmpty())
            continue;
        const QString where =
            e.line >= 0 && e.line < lines.size()
                ? QStringLiteral("line %1: %2")
                      .arg(e.line + 1)
                      .arg(QString(lines[e.line]).replace(u'\t', QStringLiteral("\\t")).left(100))
                : QStringLiteral("(not printed)");
        out << QStringLiteral("%1: %2 | %3")
                   .arg(ed.cell(c).key, problems.join(QStringLiteral("; ")), where);
    }

    for (int t = 1; t <= 3; ++t) {
        const TableState own = tableStateOfCells(actual, t);
        if (actual.tables[size_t(t - 1)] != own)
            out << QStringLiteral("t%1 state: %2, but its cells say %3")
                       .arg(t)
                       .arg(tableStateName(actual.tables[size_t(t - 1)]), tableStateName(own));
    }
    for (auto it = expected.extraCells.begin(); it != expected.extraCells.end(); ++it) {
        const auto found = actual.extraCells.constFind(it.key());
        if (found == actual.extraCells.constEnd())
            out << QStringLiteral("extra cell %1: expected %2, absent")
                       .arg(it.key(), it->toString());
        else if (found->value != *it)
            out << QStringLiteral("extra cell %1: expected %2, actual %3")
                       .arg(it.key(), it->toString(), describe(found->value, found->status));
    }
    for (const QString &rule : expected.requiredRemarks) {
        const bool present = std::any_of(actual.remarks.begin(), actual.remarks.end(),
                                         [&](const Finding &f) { return f.rule == rule; });
        if (!present)
            out << QStringLiteral("remark %1 missing").arg(rule);
    }
    return out;
}

} // namespace testgen
