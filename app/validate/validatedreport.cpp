#include "validatedreport.h"

#include "model/spec.h"
#include "suggestionfinder.h"
#include "validationplan.h"

#include <algorithm>

namespace {
/// A suspect row stays a problem while one of its cells is still suspect: once the auditor has
/// accepted (确认读数) or corrected every one, the row's remark passes.
bool followRow(Finding &remark, const QVector<Cell> &cells) {
    if (remark.rule != u"EXTRACT_SUSPECT_ROW")
        return false;
    const bool open = std::any_of(remark.lhs.cbegin(), remark.lhs.cend(), [&](int c) {
        return c >= 0 && c < cells.size() && cells[c].status == CellStatus::Suspect;
    });
    const FindingStatus status = open ? FindingStatus::Unverifiable : FindingStatus::Pass;
    if (remark.status == status)
        return false;
    remark.status = status;
    return true;
}
} // namespace

ValidatedReport::ValidatedReport(Report report)
    : m_report(std::move(report)) {
    const ValidationPlan &plan = ValidationPlan::forEdition(m_report.meta.edition);
    m_report.cells.resize(plan.spec().cellCount());
    m_derived = plan.derivedValues(m_report);
    m_findings = evaluate(m_report, m_derived);
}

QVector<Finding> ValidatedReport::validateAll(const Report &report) {
    const ValidationPlan &plan = ValidationPlan::forEdition(report.meta.edition);
    if (report.cells.size() != plan.spec().cellCount()) {
        Report copy = report;
        copy.cells.resize(plan.spec().cellCount());
        return evaluate(copy, plan.derivedValues(copy));
    }
    return evaluate(report, plan.derivedValues(report));
}

QVector<Finding> ValidatedReport::evaluate(const Report &report,
                                           const QVector<std::optional<Decimal>> &derived) {
    const ValidationPlan &plan = ValidationPlan::forEdition(report.meta.edition);
    const CellValues values{&report.cells, &derived};
    const int n = plan.instanceCount();
    QVector<Finding> findings;
    findings.reserve(n + report.remarks.size());
    for (int i = 0; i < n; ++i)
        findings << plan.finding(i, plan.evaluate(i, values));
    SuggestionFinder finder(plan, values, findings);
    for (int i = 0; i < n; ++i)
        if (findings[i].status == FindingStatus::Fail)
            findings[i].suggestion = finder.forInstance(i);
    findings += report.remarks;
    for (int k = n; k < findings.size(); ++k)
        followRow(findings[k], report.cells);
    return findings;
}

int ValidatedReport::instanceCount() const {
    return int(m_report.spec().instances.size());
}

int ValidatedReport::errorCount() const {
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(), [](const Finding &f) {
        return f.isProblem() && f.severity == Severity::Error;
    }));
}

QVector<Finding> ValidatedReport::problems() const {
    QVector<Finding> out;
    for (const Finding &f : m_findings)
        if (f.isProblem())
            out << f;
    return out;
}

QVector<int> ValidatedReport::problemsOfCell(int cell) const {
    QVector<int> out;
    const EditionSpec &spec = m_report.spec();
    if (cell < 0 || cell >= spec.cellCount())
        return out;
    for (int k : spec.instancesOfCell[cell])
        if (k < m_findings.size() && m_findings[k].isProblem())
            out << k;
    for (int k = int(spec.instances.size()); k < m_findings.size(); ++k) {
        const Finding &f = m_findings[k];
        if (f.isProblem() && (f.lhs.contains(cell) || f.rhs.contains(cell)))
            out << k;
    }
    std::sort(out.begin(), out.end());
    return out;
}

int ValidatedReport::crossYearStart() const {
    return std::min(int(m_findings.size()), instanceCount() + int(m_report.remarks.size()));
}

ValidationDelta ValidatedReport::setCrossYear(QVector<Finding> findings) {
    ValidationDelta delta;
    const int base = crossYearStart();
    for (int i = 0; i < findings.size(); ++i)
        findings[i].instance = base + i;
    const QVector<Finding> old = m_findings.mid(base);
    m_findings.resize(base);
    m_findings += findings;
    // Index by index (the layout is fixed by the edition, so a slot keeps its meaning).
    for (int i = 0; i < std::max(old.size(), findings.size()); ++i) {
        const Finding *was = i < old.size() ? &old[i] : nullptr;
        const Finding *now = i < findings.size() ? &findings[i] : nullptr;
        if (was && now && *was == *now)
            continue;
        const bool wasProblem = was && was->isProblem();
        const bool isProblem = now && now->isProblem();
        if (wasProblem && isProblem)
            delta.changed << *now;
        else if (isProblem)
            delta.added << *now;
        else if (wasProblem)
            delta.removed << *was;
        else
            continue;
        for (const Finding *f : {was, now})
            if (f)
                delta.cells += f->lhs;
    }
    std::sort(delta.cells.begin(), delta.cells.end());
    delta.cells.erase(std::unique(delta.cells.begin(), delta.cells.end()), delta.cells.end());
    return delta;
}

std::optional<ValidationDelta>
ValidatedReport::setValue(const QString &key, std::optional<Decimal> value, CellStatus status) {
    const int index = m_report.spec().indexOf(key);
    if (index < 0 || index >= m_report.cells.size())
        return std::nullopt;
    Cell cell = m_report.cells[index];
    cell.value = value;
    cell.status = status;
    return setCell(index, cell);
}

ValidationDelta ValidatedReport::setCell(int cell, const Cell &value) {
    ValidationDelta delta;
    if (cell < 0 || cell >= m_report.cells.size())
        return delta;
    const ValidationPlan &plan = ValidationPlan::forEdition(m_report.meta.edition);
    const EditionSpec &spec = plan.spec();
    const bool cellChanged = !(m_report.cells[cell] == value);
    m_report.cells[cell] = value;
    if (cellChanged)
        delta.cells << cell;

    // The instances to evaluate again (1) and those whose suggestion may change with them (2):
    // every instance sharing a cell with (1).
    const QVector<int> &touched = spec.instancesOfCell[cell];
    if (m_mark.size() != plan.instanceCount())
        m_mark.fill(0, plan.instanceCount());
    QVarLengthArray<int, 128> scope;
    for (int j : touched)
        for (const QVector<int> *side : {&spec.instances[j].lhs, &spec.instances[j].rhs})
            for (int d : *side)
                for (int k : spec.instancesOfCell[d])
                    if (!m_mark[k]) {
                        m_mark[k] = 1;
                        scope.append(k);
                    }
    for (int j : touched)
        m_mark[j] = 2;

    // Keep the old state of everything that can change: re-evaluated instances and failing ones.
    QVarLengthArray<std::pair<int, Finding>, 32> before;
    for (int k : scope)
        if (m_mark[k] == 2 || m_findings[k].status == FindingStatus::Fail)
            before.append({k, m_findings[k]});

    const CellValues values{&m_report.cells, &m_derived};
    for (int j : touched)
        m_findings[j] = plan.finding(j, plan.evaluate(j, values));
    SuggestionFinder finder(plan, values, m_findings);
    for (const auto &entry : before) {
        Finding &f = m_findings[entry.first];
        f.suggestion =
            f.status == FindingStatus::Fail ? finder.forInstance(entry.first) : std::nullopt;
    }
    for (int k : scope)
        m_mark[k] = 0;

    for (const auto &[k, old] : before) {
        const Finding &now = m_findings[k];
        if (old == now)
            continue;
        if (old.isProblem() && now.isProblem())
            delta.changed << now;
        else if (now.isProblem())
            delta.added << now;
        else if (old.isProblem())
            delta.removed << old;
        else
            continue;
        delta.cells += now.lhs;
        delta.cells += now.rhs;
    }
    // Remarks of the extractor that follow their cells (a suspect row).
    for (int k = plan.instanceCount(); k < m_findings.size(); ++k) {
        Finding &f = m_findings[k];
        if (!f.lhs.contains(cell))
            continue;
        const bool was = f.isProblem();
        if (!followRow(f, m_report.cells))
            continue;
        (was ? delta.removed : delta.added) << f;
        delta.cells += f.lhs;
    }
    std::sort(delta.cells.begin(), delta.cells.end());
    delta.cells.erase(std::unique(delta.cells.begin(), delta.cells.end()), delta.cells.end());
    return delta;
}
