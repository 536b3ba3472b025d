#include "crossyearvalidator.h"

#include "cellnames.h"
#include "model/agencykey.h"
#include "model/spec.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <algorithm>
#include <iterator>
#include <tuple>

namespace {

struct Term {
    bool previous = false; ///< report(N-1) rather than report(N)
    int sign = 1;
    QString key;
};

struct CrossRule {
    int rule = -1;
    QVector<Term> lhs, rhs; ///< one expansion of for_each
};

/// "report(year N).a == report(year N-1, same agency).b" and "x ≈ y + z - w" → terms.
QVector<Term> parseSide(const QString &side) {
    static const QRegularExpression term(
        QStringLiteral("([+\\-−]?)\\s*report\\(([^)]*)\\)\\.(t[123]\\.r\\.[A-Za-z0-9_{}]+\\.c\\.[A-"
                       "Za-z0-9_{}]+)"));
    QVector<Term> out;
    for (auto it = term.globalMatch(side); it.hasNext();) {
        const auto m = it.next();
        Term t;
        t.sign = m.captured(1).isEmpty() || m.captured(1) == u"+" ? 1 : -1;
        t.previous = m.captured(2).contains(QStringLiteral("N-1")) ||
                     m.captured(2).contains(QStringLiteral("N−1"));
        t.key = m.captured(3);
        out << t;
    }
    return out;
}

const QVector<CrossRule> &crossRules() {
    static const QVector<CrossRule> rules = [] {
        QVector<CrossRule> out;
        const Spec &spec = Spec::instance();
        for (int r = 0; r < spec.rules().size(); ++r) {
            const RuleSpec &rule = spec.rule(r);
            if (rule.kind != RuleKind::CrossYear)
                continue;
            QString op;
            for (const QString &candidate : {QStringLiteral("=="), QStringLiteral("≈")})
                if (rule.formula.contains(candidate))
                    op = candidate;
            if (op.isEmpty())
                continue;
            const QString &var = rule.forEachVariable;
            QStringList values = rule.forEachValues;
            if (values.isEmpty())
                values << QString();
            for (const QString &value : values) {
                QString formula = rule.formula;
                if (!var.isEmpty())
                    formula.replace(u'{' + var + u'}', value);
                const QStringList sides = formula.split(op);
                CrossRule cr;
                cr.rule = r;
                cr.lhs = parseSide(sides.value(0));
                cr.rhs = parseSide(sides.value(1));
                if (!cr.lhs.isEmpty() && !cr.rhs.isEmpty())
                    out << cr;
            }
        }
        return out;
    }();
    return rules;
}

QString num(const std::optional<Decimal> &v) {
    return v ? v->toString() : QStringLiteral("—");
}

int keyIndex(const QString &key) {
    return int(CrossYearValidator::keys().indexOf(key));
}

bool applies(const CrossRule &cr, Edition e) {
    return Spec::instance().rule(cr.rule).editions.contains(editionName(e));
}

/// One rule instance between `cur` and `prev` (prev null: Empty, the current cells only). lhs:
/// cells of cur, rhs: cells of prev. False when a key is not a cell of its report's edition.
bool evaluate(const CrossRule &cr, const CrossYearSlice &cur, const CrossYearSlice *prev,
              Finding *out, QStringList *currentKeys, QStringList *previousKeys) {
    const RuleSpec &rule = Spec::instance().rule(cr.rule);
    Finding &f = *out;
    f = Finding();
    f.rule = rule.id;
    f.severity = rule.severity;
    f.status = FindingStatus::Empty;
    if (!prev) {
        const EditionSpec &spec = Spec::instance().edition(cur.edition);
        for (const QVector<Term> *side : {&cr.lhs, &cr.rhs})
            for (const Term &t : *side)
                if (!t.previous) {
                    const int idx = spec.indexOf(t.key);
                    if (idx < 0)
                        return false;
                    f.lhs << idx;
                    *currentKeys << t.key;
                }
        return true;
    }
    int terms = 0, present = 0;
    bool known = true;
    bool overflow = false;
    auto side = [&](const QVector<Term> &ts, QString *zh, QString *en) {
        std::optional<Decimal> sum = Decimal();
        for (const Term &t : ts) {
            const CrossYearSlice &r = t.previous ? *prev : cur;
            const int idx = Spec::instance().edition(r.edition).indexOf(t.key);
            const int k = keyIndex(t.key);
            if (idx < 0 || k < 0) {
                known = false;
                continue;
            }
            ++terms;
            (t.previous ? f.rhs : f.lhs) << idx;
            (t.previous ? previousKeys : currentKeys)->append(t.key);
            const std::optional<Decimal> v = r.values.value(k);
            if (v) {
                ++present;
                if (sum)
                    sum = t.sign > 0 ? Decimal::add(*sum, *v) : Decimal::subtract(*sum, *v);
                overflow = overflow || !sum;
            }
            const CellNames &cn = CellNames::forEdition(r.edition);
            const QString year = QString::number(r.year);
            const QString op = zh->isEmpty()
                                   ? (t.sign > 0 ? QString() : QStringLiteral("−"))
                                   : (t.sign > 0 ? QStringLiteral(" + ") : QStringLiteral(" − "));
            *zh += op + year + QStringLiteral("年") + cn.cellZh(idx) + u' ' + num(v);
            *en +=
                op + cn.cellEn(idx) + QStringLiteral(" (") + year + QStringLiteral(") ") + num(v);
        }
        return sum.value_or(Decimal());
    };
    QString lz, rz, le, re;
    const Decimal l = side(cr.lhs, &lz, &le);
    const Decimal r = side(cr.rhs, &rz, &re);
    if (!known)
        return false;
    if (present == 0)
        f.status = FindingStatus::Empty;
    else if (present < terms || overflow)
        f.status = FindingStatus::Unverifiable;
    else
        f.status = l == r ? FindingStatus::Pass : FindingStatus::Fail;
    if (present == terms && !overflow) {
        f.actual = l;
        f.expected = r;
    }
    if (f.isProblem()) {
        const QString verdictZh = f.status == FindingStatus::Fail ? QStringLiteral(" ≠ ")
                                  : overflow
                                      ? QStringLiteral("（数值之和超出可计算范围，无法核对）vs ")
                                      : QStringLiteral("（有未填项，无法核对）vs ");
        const QString verdictEn =
            f.status == FindingStatus::Fail ? QStringLiteral(" ≠ ")
            : overflow ? QStringLiteral(" (the sum is out of range; cannot check) vs ")
                       : QStringLiteral(" (some value not reported) vs ");
        f.zh = lz + verdictZh + rz;
        f.en = le + verdictEn + re;
    }
    return true;
}

} // namespace

const QStringList &CrossYearValidator::keys() {
    static const QStringList keys = [] {
        QStringList out;
        for (const CrossRule &cr : crossRules())
            for (const QVector<Term> *side : {&cr.lhs, &cr.rhs})
                for (const Term &t : *side)
                    if (!out.contains(t.key))
                        out << t.key;
        return out;
    }();
    return keys;
}

QString CrossYearValidator::agencyKeyOf(const ReportMeta &meta) {
    return meta.agencyKey.isEmpty() ? AgencyKey::fromAgency(meta.agency) : meta.agencyKey;
}

CrossYearSlice CrossYearValidator::slice(const Report &report) {
    CrossYearSlice s;
    s.agencyKey = agencyKeyOf(report.meta);
    s.agency = report.meta.agency;
    s.year = report.meta.year;
    s.edition = report.meta.edition;
    const EditionSpec &spec = report.spec();
    s.values.reserve(keys().size());
    for (const QString &key : keys()) {
        const int idx = spec.indexOf(key);
        s.values << (idx >= 0 && idx < report.cells.size() ? report.cells[idx].value
                                                           : std::nullopt);
    }
    return s;
}

bool CrossYearValidator::isCrossYear(const Finding &finding) {
    if (finding.rule == QLatin1String(GapRule))
        return true;
    const int idx = Spec::instance().ruleIndex(finding.rule);
    return idx >= 0 && Spec::instance().rule(idx).kind == RuleKind::CrossYear;
}

CrossYearValidator::Pairing CrossYearValidator::pair(const QVector<CrossYearSlice> &slices) {
    Pairing p;
    p.previous.fill(-1, slices.size());
    p.earlierYear.fill(0, slices.size());
    QHash<QString, QMap<int, int>> byAgency; // agency key → year → first slice of that year
    for (int i = 0; i < slices.size(); ++i) {
        const CrossYearSlice &s = slices[i];
        if (s.agencyKey.isEmpty() || s.year <= 0)
            continue;
        QMap<int, int> &years = byAgency[s.agencyKey];
        if (!years.contains(s.year))
            years.insert(s.year, i);
    }
    for (int i = 0; i < slices.size(); ++i) {
        const CrossYearSlice &s = slices[i];
        if (s.agencyKey.isEmpty() || s.year <= 0)
            continue;
        const QMap<int, int> &years = byAgency[s.agencyKey];
        const auto it = years.lowerBound(s.year); // the first year >= s.year
        if (it == years.cbegin())
            continue;
        const auto before = std::prev(it);
        if (before.key() == s.year - 1)
            p.previous[i] = before.value();
        else
            p.earlierYear[i] = before.key();
    }
    return p;
}

QVector<Finding> CrossYearValidator::reportFindings(const CrossYearSlice &current,
                                                    const CrossYearSlice *previous,
                                                    int earlierYear) {
    QVector<Finding> out;
    for (const CrossRule &cr : crossRules()) {
        if (!applies(cr, current.edition))
            continue;
        Finding f;
        QStringList curKeys, prevKeys;
        const CrossYearSlice *prev =
            previous && applies(cr, previous->edition) ? previous : nullptr;
        if (!evaluate(cr, current, prev, &f, &curKeys, &prevKeys))
            continue;
        f.rhs.clear(); // the previous year's cells are not cells of this report
        out << f;
    }
    Finding gap;
    gap.rule = QLatin1String(GapRule);
    gap.severity = Severity::Info;
    gap.status = FindingStatus::Empty;
    const int total = Spec::instance()
                          .edition(current.edition)
                          .indexOf(QStringLiteral("t2.r.carried_over.c.total"));
    if (total >= 0)
        gap.lhs << total;
    if (earlierYear > 0 && !previous) {
        gap.status = FindingStatus::Unverifiable;
        gap.zh = tr("同一机关%1年的报告不在本组报告中（此前最近的是%"
                    "2年）：本年“上年结转”无法与上年核对，"
                    "也不与更早的年度比较")
                     .arg(current.year - 1)
                     .arg(earlierYear);
        gap.en = tr("No %1 report of the same agency in this set (the latest before it is %2): "
                    "this year's carried-over figures cannot be checked, and are not compared "
                    "with an older year")
                     .arg(current.year - 1)
                     .arg(earlierYear);
    }
    out << gap;
    return out;
}

QVector<QVector<Finding>> CrossYearValidator::findingsOfSet(const QVector<CrossYearSlice> &slices) {
    const Pairing p = pair(slices);
    QVector<QVector<Finding>> out;
    out.reserve(slices.size());
    for (int i = 0; i < slices.size(); ++i)
        out << reportFindings(slices[i], p.previous[i] >= 0 ? &slices[p.previous[i]] : nullptr,
                              p.earlierYear[i]);
    return out;
}

QVector<CrossYearFinding> CrossYearValidator::validate(const QVector<const Report *> &reports) {
    QVector<CrossYearSlice> slices;
    slices.reserve(reports.size());
    for (const Report *r : reports)
        slices << (r ? slice(*r) : CrossYearSlice());
    const Pairing p = pair(slices);
    QVector<int> order; // the pairs' current reports, by agency and year
    for (int i = 0; i < slices.size(); ++i)
        if (p.previous[i] >= 0)
            order << i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return std::tie(slices[a].agencyKey, slices[a].year) <
               std::tie(slices[b].agencyKey, slices[b].year);
    });
    QVector<CrossYearFinding> out;
    for (int i : order) {
        const CrossYearSlice &cur = slices[i];
        const CrossYearSlice &prev = slices[p.previous[i]];
        for (const CrossRule &cr : crossRules()) {
            if (!applies(cr, cur.edition) || !applies(cr, prev.edition))
                continue;
            CrossYearFinding x;
            x.current = i;
            x.previous = p.previous[i];
            if (evaluate(cr, cur, &prev, &x.finding, &x.currentKeys, &x.previousKeys))
                out << x;
        }
    }
    return out;
}

QVector<CrossYearFinding> CrossYearValidator::problems(const QVector<const Report *> &reports) {
    QVector<CrossYearFinding> out;
    for (const CrossYearFinding &x : validate(reports))
        if (x.finding.isProblem())
            out << x;
    return out;
}
