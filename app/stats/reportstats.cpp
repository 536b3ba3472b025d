#include "reportstats.h"

#include "measure.h"
#include "model/spec.h"

#include <algorithm>

namespace {

const QStringList &applicantColumns() {
    static const QStringList cols{
        QStringLiteral("natural_person"),       QStringLiteral("commercial_enterprise"),
        QStringLiteral("research_institution"), QStringLiteral("social_welfare_org"),
        QStringLiteral("legal_service_org"),    QStringLiteral("other_org")};
    return cols;
}

const QStringList &t3Results() {
    static const QStringList results{QStringLiteral("maintained"), QStringLiteral("corrected"),
                                     QStringLiteral("other"), QStringLiteral("pending")};
    return results;
}

class Evaluator {
public:
    Evaluator(const Report &report, const QSet<int> &errors)
        : m_report(report)
        , m_spec(report.spec())
        , m_errors(errors) {}

    StatsValue measure(const Measure &m) const {
        StatsValue v;
        bool overflow = false;
        auto addPart = [&](const std::optional<Decimal> &part) {
            if (!part)
                return;
            if (!v.value)
                v.value = Decimal();
            const auto sum = Decimal::add(*v.value, *part);
            overflow = overflow || !sum;
            v.value = sum.value_or(*v.value);
        };
        if (m.table == 2) {
            const QStringList rows = Measures::rowsIn(m, m_report.meta.edition);
            for (const QString &row : rows) {
                if (m.columns == QStringList{QStringLiteral("total")})
                    addPart(total(QStringLiteral("t2.r.%1.c.").arg(row), applicantColumns(), &v));
                else
                    for (const QString &col : m.columns)
                        addPart(plain(QStringLiteral("t2.r.%1.c.%2").arg(row, col), &v));
            }
        } else {
            for (const QString &col : m.columns) {
                if (col.endsWith(QLatin1String("_total"))) {
                    QStringList parts;
                    const QString prefix = col.chopped(5); // "review_", "lit_direct_"
                    for (const QString &r : t3Results())
                        parts << prefix + r;
                    addPart(total(QStringLiteral("t3.r.cases.c."), parts, &v, col));
                } else {
                    addPart(plain(QStringLiteral("t3.r.cases.c.") + col, &v));
                }
            }
        }
        if (overflow) {
            v.value.reset();
            if (!v.cells.isEmpty())
                v.uncertain << UncertainCell{v.cells.first(), m_spec.cell(v.cells.first()).key,
                                             UncertainReason::Overflow};
        }
        std::sort(v.cells.begin(), v.cells.end());
        v.cells.erase(std::unique(v.cells.begin(), v.cells.end()), v.cells.end());
        std::sort(v.uncertain.begin(), v.uncertain.end(),
                  [](const UncertainCell &a, const UncertainCell &b) { return a.cell < b.cell; });
        return v;
    }

private:
    /// A cell used as it is.
    std::optional<Decimal> plain(const QString &key, StatsValue *v) const {
        const int idx = m_spec.indexOf(key);
        if (idx < 0 || idx >= m_report.cells.size())
            return std::nullopt;
        use(idx, v);
        return m_report.cells[idx].value;
    }

    /// A total cell (prefix + totalColumn), or when it is blank the sum of its parts (marked).
    std::optional<Decimal> total(const QString &prefix, const QStringList &parts, StatsValue *v,
                                 const QString &totalColumn = QStringLiteral("total")) const {
        const int idx = m_spec.indexOf(prefix + totalColumn);
        if (idx < 0 || idx >= m_report.cells.size())
            return std::nullopt;
        use(idx, v);
        if (m_report.cells[idx].value)
            return m_report.cells[idx].value;
        std::optional<Decimal> sum;
        QVector<int> used;
        for (const QString &part : parts) {
            const int p = m_spec.indexOf(prefix + part);
            if (p < 0 || p >= m_report.cells.size())
                continue;
            used << p;
            if (const auto &value = m_report.cells[p].value) {
                const auto s = Decimal::add(sum.value_or(Decimal()), *value);
                if (!s)
                    return std::nullopt;
                sum = s;
            }
        }
        if (!sum)
            return std::nullopt; // nothing printed in the row: no value
        for (int p : used)
            use(p, v);
        v->uncertain << UncertainCell{idx, m_spec.cell(idx).key, UncertainReason::BlankTotal};
        return sum;
    }

    void use(int idx, StatsValue *v) const {
        v->cells << idx;
        const Cell &c = m_report.cells[idx];
        std::optional<UncertainReason> reason;
        if (c.status == CellStatus::Suspect)
            reason = UncertainReason::Suspect;
        else if (c.status == CellStatus::Inferred)
            reason = UncertainReason::Inferred;
        else if (c.status == CellStatus::Missing)
            reason = UncertainReason::Missing;
        else if (m_errors.contains(idx))
            reason = UncertainReason::OpenError;
        if (reason)
            v->uncertain << UncertainCell{idx, m_spec.cell(idx).key, *reason};
    }

    const Report &m_report;
    const EditionSpec &m_spec;
    const QSet<int> &m_errors;
};

} // namespace

QString uncertainReasonName(UncertainReason reason) {
    switch (reason) {
    case UncertainReason::Suspect:
        return QStringLiteral("suspect");
    case UncertainReason::Inferred:
        return QStringLiteral("inferred");
    case UncertainReason::Missing:
        return QStringLiteral("missing");
    case UncertainReason::OpenError:
        return QStringLiteral("open_error");
    case UncertainReason::BlankTotal:
        return QStringLiteral("blank_total");
    case UncertainReason::Overflow:
        return QStringLiteral("overflow");
    }
    return {};
}

QVector<UncertainCell> StatsPoint::uncertain() const {
    QVector<UncertainCell> out;
    for (int m : Measures::core())
        for (const UncertainCell &u : values.value(m).uncertain)
            if (std::none_of(out.cbegin(), out.cend(),
                             [&](const UncertainCell &o) { return o.cell == u.cell; }))
                out << u;
    std::sort(out.begin(), out.end(),
              [](const UncertainCell &a, const UncertainCell &b) { return a.cell < b.cell; });
    return out;
}

StatsPoint ReportStats::point(const Report &report, const QSet<int> &openErrorCells) {
    StatsPoint p;
    p.agency = report.meta.agency;
    p.agencyKey = report.meta.agencyKey;
    p.year = report.meta.year;
    p.edition = report.meta.edition;
    const Evaluator e(report, openErrorCells);
    p.values.reserve(Measures::all().size());
    for (const Measure &m : Measures::all())
        p.values << e.measure(m);
    return p;
}

QSet<int> ReportStats::openErrorCells(const Report &report, const QVector<Finding> &problems,
                                      const QSet<QString> &decided) {
    QSet<int> out;
    const EditionSpec &spec = report.spec();
    for (const Finding &f : problems) {
        if (f.severity != Severity::Error || !f.isProblem())
            continue;
        if (!decided.isEmpty() && decided.contains(f.stableId(spec)))
            continue;
        for (int c : f.lhs)
            out.insert(c);
        for (int c : f.rhs)
            out.insert(c);
    }
    return out;
}
