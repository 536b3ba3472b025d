#include "crossyearvalidator.h"

#include "cellnames.h"
#include "model/spec.h"

#include <QMap>
#include <QRegularExpression>

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

QString agencyKey(const QString &agency) {
    QString key;
    for (QChar c : agency)
        if (!c.isSpace())
            key += c;
    return key;
}

QString num(const std::optional<Decimal> &v) {
    return v ? v->toString() : QStringLiteral("—");
}

} // namespace

QVector<CrossYearFinding> CrossYearValidator::validate(const QVector<const Report *> &reports) {
    // agency → year → first report index of that year
    QMap<QString, QMap<int, int>> byAgency;
    for (int i = 0; i < reports.size(); ++i) {
        const Report *r = reports[i];
        const QString key = r ? agencyKey(r->meta.agency) : QString();
        if (key.isEmpty() || r->meta.year <= 0)
            continue;
        QMap<int, int> &years = byAgency[key];
        if (!years.contains(r->meta.year))
            years.insert(r->meta.year, i);
    }

    QVector<CrossYearFinding> out;
    const Spec &spec = Spec::instance();
    for (const QMap<int, int> &years : std::as_const(byAgency)) {
        for (auto it = years.cbegin(); it != years.cend(); ++it) {
            const auto prevIt = years.constFind(it.key() - 1);
            if (prevIt == years.cend())
                continue;
            const Report &cur = *reports[it.value()];
            const Report &prev = *reports[prevIt.value()];
            for (const CrossRule &cr : crossRules()) {
                const RuleSpec &rule = spec.rule(cr.rule);
                if (!rule.editions.contains(editionName(cur.meta.edition)) ||
                    !rule.editions.contains(editionName(prev.meta.edition)))
                    continue;
                CrossYearFinding x;
                x.current = it.value();
                x.previous = prevIt.value();
                Finding &f = x.finding;
                f.rule = rule.id;
                f.severity = rule.severity;
                int terms = 0, present = 0;
                bool known = true;
                bool overflow = false;
                auto side = [&](const QVector<Term> &ts, QString *zh, QString *en) {
                    std::optional<Decimal> sum = Decimal();
                    for (const Term &t : ts) {
                        const Report &r = t.previous ? prev : cur;
                        const int idx = r.spec().indexOf(t.key);
                        if (idx < 0 || idx >= r.cells.size()) {
                            known = false;
                            continue;
                        }
                        ++terms;
                        (t.previous ? f.rhs : f.lhs) << idx;
                        (t.previous ? x.previousKeys : x.currentKeys) << t.key;
                        const auto v = r.cells[idx].value;
                        if (v) {
                            ++present;
                            if (sum)
                                sum = t.sign > 0 ? Decimal::add(*sum, *v)
                                                 : Decimal::subtract(*sum, *v);
                            overflow = overflow || !sum;
                        }
                        const CellNames &cn = CellNames::forEdition(r.meta.edition);
                        const QString year = QString::number(r.meta.year);
                        const QString op =
                            zh->isEmpty()
                                ? (t.sign > 0 ? QString() : QStringLiteral("−"))
                                : (t.sign > 0 ? QStringLiteral(" + ") : QStringLiteral(" − "));
                        *zh += op + year + QStringLiteral("年") + cn.cellZh(idx) + u' ' + num(v);
                        *en += op + cn.cellEn(idx) + QStringLiteral(" (") + year +
                               QStringLiteral(") ") + num(v);
                    }
                    return sum.value_or(Decimal());
                };
                QString lz, rz, le, re;
                const Decimal l = side(cr.lhs, &lz, &le);
                const Decimal r = side(cr.rhs, &rz, &re);
                if (!known)
                    continue;
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
                    const QString verdictZh =
                        f.status == FindingStatus::Fail ? QStringLiteral(" ≠ ")
                        : overflow ? QStringLiteral("（数值之和超出可计算范围，无法核对）vs ")
                                   : QStringLiteral("（有未填项，无法核对）vs ");
                    const QString verdictEn =
                        f.status == FindingStatus::Fail ? QStringLiteral(" ≠ ")
                        : overflow ? QStringLiteral(" (the sum is out of range; cannot check) vs ")
                                   : QStringLiteral(" (some value not reported) vs ");
                    f.zh = lz + verdictZh + rz;
                    f.en = le + verdictEn + re;
                }
                out << x;
            }
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
