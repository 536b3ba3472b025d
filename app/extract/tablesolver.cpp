#include "tablesolver.h"

#include "microsum.h"

#include "model/spec.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <limits>

namespace {

/// A rule joining open rows: sum(lhs) == sum(rhs), each side open cells plus a known constant.
struct JointRule {
    struct Term {
        int row, pos;
    };
    QVarLengthArray<Term, 24> lhs, rhs;
    qint64 lhsConst = 0, rhsConst = 0;
    QVarLengthArray<int, 24> rows; ///< the distinct open rows it touches
};

bool isKnown(const Cell &c) {
    return c.status == CellStatus::Read || c.status == CellStatus::Blank ||
           c.status == CellStatus::Placeholder || c.status == CellStatus::Inferred ||
           c.status == CellStatus::Edited;
}

QVector<JointRule> jointRules(const EditionSpec &spec, const QVector<SolverRow> &rows,
                              const QVector<Cell> &known) {
    QHash<int, JointRule::Term> openCell;
    for (int r = 0; r < rows.size(); ++r)
        for (int p = 0; p < rows[r].cells.size(); ++p)
            openCell.insert(rows[r].cells[p], {r, p});
    QVector<JointRule> out;
    const Spec &all = Spec::instance();
    for (const RuleInstance &inst : spec.instances) {
        const RuleKind kind = all.rule(inst.rule).kind;
        if ((kind != RuleKind::Structural && kind != RuleKind::Printed) ||
            inst.comparison != RuleComparison::Equal || inst.rhs.isEmpty())
            continue;
        JointRule rule;
        bool usable = true;
        auto add = [&](int cell, QVarLengthArray<JointRule::Term, 24> *terms, qint64 *constant) {
            const auto it = openCell.constFind(cell);
            if (it != openCell.cend()) {
                terms->append(*it);
                if (!rule.rows.contains(it->row))
                    rule.rows.append(it->row);
            } else if (isKnown(known[cell])) {
                if (known[cell].value &&
                    qAddOverflow(*constant, known[cell].value->micros(), constant))
                    usable = false; // junk-sized numbers: no rule to solve with
            } else {
                usable = false;
            }
        };
        for (int c : inst.lhs)
            add(c, &rule.lhs, &rule.lhsConst);
        for (int c : inst.rhs)
            add(c, &rule.rhs, &rule.rhsConst);
        // Rules inside one row were applied when its candidates were generated.
        if (usable && (rule.rows.size() > 1 ||
                       (rule.rows.size() == 1 && (rule.lhsConst != 0 || rule.rhsConst != 0 ||
                                                  rule.lhs.isEmpty() || rule.rhs.isEmpty()))))
            out << rule;
    }
    return out;
}

struct Search {
    Search(const QVector<SolverRow> &rows, const QVector<JointRule> &rules, QVector<int> order,
           QVector<QVector<int>> rulesOfRow)
        : rows(rows)
        , rules(rules)
        , order(std::move(order))
        , rulesOfRow(std::move(rulesOfRow))
        , choice(int(rows.size()), -1)
        , values(rows.size())
        , seen(rows.size()) {}
    const QVector<SolverRow> &rows;
    const QVector<JointRule> &rules;
    QVector<int> order;               ///< rows of this component, in search order
    QVector<QVector<int>> rulesOfRow; ///< row → rules touching it
    QVector<int> choice;              ///< row → candidate, -1 while unassigned
    bool relaxed = false;             ///< count broken rules instead of pruning
    int nodes = 0;
    bool cut = false;
    // Results.
    int solutions = 0;
    double bestCost = std::numeric_limits<double>::max();
    int bestBroken = std::numeric_limits<int>::max();
    QVector<int> best;
    QVector<QVector<QSet<qint64>>> values; ///< row → pos → distinct values (null = min)
    QVector<QSet<int>> seen;               ///< row → distinct candidates in solutions

    static constexpr qint64 kNull = std::numeric_limits<qint64>::min();

    qint64 valueOf(const JointRule::Term &t) const {
        const auto &v = rows[t.row].candidates[choice[t.row]].cells[t.pos].value;
        return v ? v->micros() : 0;
    }

    /// 0: holds (or cannot be decided yet), 1: broken. In the relaxed search a rule counts only
    /// once, when its last row is assigned.
    int check(const JointRule &rule) const {
        bool lhsDone = true, rhsDone = true;
        MicroSum l(rule.lhsConst), r(rule.rhsConst);
        for (const auto &t : rule.lhs) {
            if (choice[t.row] < 0)
                lhsDone = false;
            else
                l += valueOf(t);
        }
        for (const auto &t : rule.rhs) {
            if (choice[t.row] < 0)
                rhsDone = false;
            else
                r += valueOf(t);
        }
        if (!MicroSum::comparable(l, r))
            return 0;
        if (lhsDone && rhsDone)
            return l.value() != r.value();
        if (relaxed)
            return 0;
        // Counts are non-negative: a complete side smaller than a partial one cannot catch up.
        if (lhsDone && r.value() > l.value())
            return 1;
        if (rhsDone && l.value() > r.value())
            return 1;
        return 0;
    }

    void record(double cost, int broken) {
        ++solutions;
        if (broken < bestBroken || (broken == bestBroken && cost < bestCost)) {
            bestBroken = broken;
            bestCost = cost;
            best = choice;
        }
        if (relaxed)
            return;
        for (int r : order) {
            seen[r].insert(choice[r]);
            const RowCandidate &c = rows[r].candidates[choice[r]];
            for (int p = 0; p < c.cells.size(); ++p)
                if (values[r][p].size() < 4)
                    values[r][p].insert(c.cells[p].value ? c.cells[p].value->micros() : kNull);
        }
    }

    void run(int depth, double cost, int broken) {
        if (cut)
            return;
        if (++nodes > TableSolver::kMaxNodes) {
            cut = true;
            return;
        }
        if (relaxed && (broken > bestBroken || (broken == bestBroken && cost >= bestCost)))
            return;
        if (depth == order.size()) {
            record(cost, broken);
            return;
        }
        const int row = order[depth];
        const QVector<RowCandidate> &cands = rows[row].candidates;
        for (int k = 0; k < cands.size(); ++k) {
            choice[row] = k;
            int newlyBroken = cands[k].breaksRowRule ? 1 : 0;
            for (int ri : rulesOfRow[row])
                newlyBroken += check(rules[ri]);
            if (newlyBroken == 0 || relaxed)
                run(depth + 1, cost + cands[k].cost, broken + newlyBroken);
            if (cut)
                break;
        }
        choice[row] = -1;
    }
};

/// Rows joined by rules, each group solved on its own.
QVector<QVector<int>> components(int rowCount, const QVector<JointRule> &rules) {
    QVector<int> parent(rowCount);
    for (int i = 0; i < rowCount; ++i)
        parent[i] = i;
    std::function<int(int)> find = [&](int x) {
        return parent[x] == x ? x : parent[x] = find(parent[x]);
    };
    for (const JointRule &r : rules)
        for (int i = 1; i < r.rows.size(); ++i)
            parent[find(r.rows[i])] = find(r.rows[0]);
    QHash<int, QVector<int>> groups;
    for (int i = 0; i < rowCount; ++i)
        groups[find(i)] << i;
    QVector<QVector<int>> out;
    for (int i = 0; i < rowCount; ++i)
        if (find(i) == i)
            out << groups[i];
    return out;
}

} // namespace

TableSolution TableSolver::solve(const EditionSpec &spec, const QVector<SolverRow> &rows,
                                 const QVector<Cell> &known) {
    TableSolution out;
    const int n = int(rows.size());
    out.best.fill(0, n);
    out.alternatives.resize(n);
    out.determined.resize(n);
    for (int r = 0; r < n; ++r)
        out.determined[r].fill(false, rows[r].cells.size());
    const QVector<JointRule> rules = jointRules(spec, rows, known);
    QVector<QVector<int>> rulesOfRow(n);
    for (int i = 0; i < rules.size(); ++i)
        for (int r : rules[i].rows)
            rulesOfRow[r] << i;

    for (QVector<int> group : components(n, rules)) {
        // Fixed rows first, then rows that are totals of others (they prune the most), then by
        // the number of readings.
        std::stable_sort(group.begin(), group.end(), [&](int a, int b) {
            const auto ka = rows[a].candidates.size(), kb = rows[b].candidates.size();
            if ((ka == 1) != (kb == 1))
                return ka == 1;
            return ka < kb;
        });
        bool empty = false;
        for (int r : group)
            empty = empty || rows[r].candidates.isEmpty();
        if (empty) {
            out.consistent = false;
            continue; // a row with no reading at all stays as the caller has it
        }
        Search s(rows, rules, group, rulesOfRow);
        for (int r : group)
            s.values[r].resize(rows[r].cells.size());
        s.run(0, 0, 0);
        if (s.solutions == 0 && !s.cut) {
            s.relaxed = true;
            s.nodes = 0;
            s.run(0, 0, 0);
            out.consistent = false;
        }
        if (s.cut)
            out.complete = false;
        if (s.best.isEmpty()) {
            out.consistent = false;
            continue;
        }
        for (int r : group) {
            out.best[r] = s.best[r];
            if (s.relaxed || s.cut)
                continue;
            for (int p = 0; p < rows[r].cells.size(); ++p)
                out.determined[r][p] = s.values[r][p].size() == 1;
            QVector<int> alts(s.seen[r].cbegin(), s.seen[r].cend());
            std::sort(alts.begin(), alts.end());
            out.alternatives[r] = alts;
        }
    }
    return out;
}
