#include "validationplan.h"

#include "cellnames.h"

namespace {

bool sameRow(const EditionSpec &spec, const QVector<int> &cells) {
    const CellSpec &first = spec.cell(cells.first());
    for (int c : cells) {
        const CellSpec &s = spec.cell(c);
        if (s.table != first.table || s.block != first.block || s.row != first.row)
            return false;
    }
    return true;
}

bool sameColumn(const EditionSpec &spec, const QVector<int> &cells) {
    const CellSpec &first = spec.cell(cells.first());
    for (int c : cells) {
        const CellSpec &s = spec.cell(c);
        if (s.table != first.table || s.columnId != first.columnId)
            return false;
    }
    return true;
}

/// Joins the numbering of the rows of one side ("一+二"), falling back to the cell names.
QString sideName(const QVector<int> &cells, const CellNames &names, bool zh) {
    QStringList parts;
    for (int c : cells) {
        const QString number = zh ? names.numberZh(c) : names.numberEn(c);
        parts << (number.isEmpty() ? (zh ? names.cellZh(c) : names.cellEn(c)) : number);
    }
    return parts.join(zh ? QStringLiteral("+") : QStringLiteral(" + "));
}

QString num(const std::optional<Decimal> &value) {
    return value ? value->toString() : QStringLiteral("—");
}

/// The sum of the non-null values; nullopt when it leaves Decimal's range (then *nonNull is still
/// counted, so the caller can tell "overflow" from "all blank").
std::optional<Decimal> sideSum(const QVector<int> &cells, const CellValues &values, int *nonNull) {
    std::optional<Decimal> sum = Decimal();
    for (int c : cells) {
        if (const auto v = values(c)) {
            if (sum)
                sum = Decimal::add(*sum, *v);
            ++*nonNull;
        }
    }
    return sum;
}

/// A list that reads `list`'s elements without owning them: copies of it touch no reference
/// count. `list` must outlive every copy (the spec's lists live as long as the program), and a
/// copy that is changed makes its own data first, as any shared list does.
QVector<int> rawView(const QVector<int> &list) {
    return QVector<int>(QArrayDataPointer<int>::fromRawData(list.constData(), list.size()));
}

} // namespace

const ValidationPlan &ValidationPlan::forEdition(Edition edition) {
    static const ValidationPlan plan2019(Edition::E2019);
    static const ValidationPlan plan2021(Edition::E2021);
    return edition == Edition::E2019 ? plan2019 : plan2021;
}

ValidationPlan::ValidationPlan(Edition edition)
    : m_spec(&Spec::instance().edition(edition)) {
    const EditionSpec &spec = *m_spec;
    const CellNames &names = CellNames::forEdition(edition);
    m_instances.reserve(spec.instances.size());
    for (const RuleInstance &ri : spec.instances) {
        const RuleSpec &rule = Spec::instance().rule(ri.rule);
        Instance p;
        // The spec lives as long as the program: a raw view of its id is copied into every
        // Finding without touching a reference count (atomic operations on each of a
        // report's ~240 findings, made and destroyed, were a few percent of a batch check).
        p.ruleId = QString::fromRawData(rule.id.constData(), rule.id.size());
        p.lhs = rawView(ri.lhs);
        p.rhs = rawView(ri.rhs);
        p.kind = rule.kind;
        p.severity = rule.severity;
        const QVector<int> all = ri.lhs + ri.rhs;
        const int target = ri.lhs.first();

        if (rule.kind == RuleKind::Type) {
            p.shape = Shape::TypeCheck;
            p.valueType = spec.cell(target).type;
            p.prefixZh = names.cellZh(target) + u'：';
            p.prefixEn = names.cellEn(target) + QStringLiteral(": ");
        } else if (ri.comparison == RuleComparison::LessOrEqual) {
            p.shape = Shape::LessOrEqual;
            const bool row = sameRow(spec, all) && ri.lhs.size() == 1 && ri.rhs.size() == 1;
            if (row) {
                p.prefixZh = names.rowZh(target) + u'：';
                p.prefixEn = names.rowEn(target) + QStringLiteral(": ");
            }
            auto side = [&](const QVector<int> &cells, bool zh) {
                QStringList parts;
                for (int c : cells)
                    parts << (row ? (zh ? names.columnZh(c) : names.columnEn(c))
                                  : (zh ? names.cellZh(c) : names.cellEn(c)));
                return parts.join(QStringLiteral(" + "));
            };
            p.targetZh = side(ri.lhs, true);
            p.targetEn = side(ri.lhs, false);
            p.itemsZh = side(ri.rhs, true);
            p.itemsEn = side(ri.rhs, false);
        } else if (rule.kind == RuleKind::Structural) {
            const CellSpec &t = spec.cell(target);
            if (t.table == 2 && sameRow(spec, all)) {
                p.shape = Shape::RowTotal;
                p.prefixZh = names.rowZh(target) + u'：';
                p.prefixEn = names.rowEn(target) + QStringLiteral(": ");
                p.targetZh = names.columnZh(target);
                p.targetEn = QStringLiteral("total");
                p.itemsZh = QStringLiteral("各列之和");
                p.itemsEn = QStringLiteral("sum of the columns");
            } else if (sameColumn(spec, all)) {
                p.shape = Shape::ColumnTotal;
                p.prefixZh = names.columnZh(target) + u'：';
                p.prefixEn = names.columnEn(target) + QStringLiteral(": ");
                p.targetZh = names.rowZh(target);
                p.targetEn = names.rowEn(target);
                p.itemsZh = QStringLiteral("各项之和");
                p.itemsEn = QStringLiteral("sum of the items");
            } else {
                p.shape = Shape::GroupTotal;
                const QString groupZh = names.groupZh(target), groupEn = names.groupEn(target);
                p.prefixZh = groupZh.isEmpty() ? QString() : groupZh + u'：';
                p.prefixEn = groupEn.isEmpty() ? QString() : groupEn + QStringLiteral(": ");
                p.targetZh = groupZh.isEmpty() ? names.cellZh(target) : names.columnZh(target);
                p.targetEn = groupEn.isEmpty() ? names.cellEn(target) : names.columnEn(target);
                p.itemsZh = QStringLiteral("各项之和");
                p.itemsEn = QStringLiteral("sum of the items");
            }
            // Derived subtotals whose addends all belong to this rule's right-hand side.
            for (int d = 0; d < spec.derived.size(); ++d) {
                bool contained = !spec.derived[d].addends.isEmpty();
                for (int a : spec.derived[d].addends)
                    contained = contained && ri.rhs.contains(a);
                if (contained)
                    p.substitutes << d;
            }
        } else {
            p.shape = Shape::Equation;
            if (sameColumn(spec, all)) {
                p.prefixZh = names.columnZh(target) + u'：';
                p.prefixEn = names.columnEn(target) + QStringLiteral(": ");
            }
            p.targetZh = sideName(ri.lhs, names, true);
            p.targetEn = sideName(ri.lhs, names, false);
            p.itemsZh = sideName(ri.rhs, names, true);
            p.itemsEn = sideName(ri.rhs, names, false);
        }
        m_instances << p;
    }
}

QVector<std::optional<Decimal>> ValidationPlan::derivedValues(const Report &report) const {
    QVector<std::optional<Decimal>> out(m_spec->derived.size());
    if (report.extraCells.isEmpty())
        return out;
    for (int d = 0; d < m_spec->derived.size(); ++d) {
        const auto it = report.extraCells.constFind(m_spec->derived[d].key);
        if (it != report.extraCells.constEnd())
            out[d] = it->value;
    }
    return out;
}

std::optional<Decimal> ValidationPlan::addendSum(int index, const CellValues &values,
                                                 int *nonNull) const {
    std::optional<Decimal> sum = sideSum(m_spec->instances[index].rhs, values, nonNull);
    if (!values.derived)
        return sum;
    for (int d : m_instances[index].substitutes) {
        const std::optional<Decimal> &printed = (*values.derived)[d];
        if (!printed)
            continue;
        bool allNull = true;
        for (int a : m_spec->derived[d].addends)
            allNull = allNull && !values(a);
        if (allNull) {
            if (sum)
                sum = Decimal::add(*sum, *printed);
            ++*nonNull;
        }
    }
    return sum;
}

Evaluation ValidationPlan::evaluate(int index, const CellValues &values) const {
    const RuleInstance &ri = m_spec->instances[index];
    const Instance &p = m_instances[index];
    Evaluation e;
    switch (p.shape) {
    case Shape::TypeCheck: {
        const auto v = values(ri.lhs.first());
        if (!v)
            return e;
        bool ok = true;
        if (p.valueType == ValueType::Integer)
            ok = v->isInteger() && !v->isNegative();
        else if (p.valueType == ValueType::SignedInteger)
            ok = v->isInteger();
        else
            ok = !v->isNegative();
        e.status = ok ? FindingStatus::Pass : FindingStatus::Fail;
        e.actual = v;
        return e;
    }
    case Shape::LessOrEqual: {
        int ln = 0, rn = 0;
        const auto l = sideSum(ri.lhs, values, &ln);
        const auto r = sideSum(ri.rhs, values, &rn);
        if (ln)
            e.actual = l;
        if (rn)
            e.expected = r;
        if (ln == 0 && rn == 0)
            e.status = FindingStatus::Empty;
        else if (!l || !r)
            e.overflow = true;
        else if (ln == 0 || rn == 0)
            e.status = FindingStatus::Unverifiable;
        else
            e.status = *l <= *r ? FindingStatus::Pass : FindingStatus::Fail;
        if (e.overflow)
            e.status = FindingStatus::Unverifiable;
        return e;
    }
    case Shape::Equation: {
        int n = 0;
        const auto l = sideSum(ri.lhs, values, &n);
        const auto r = sideSum(ri.rhs, values, &n);
        if (n == 0)
            return e;
        e.expected = l;
        e.actual = r;
        e.overflow = !l || !r;
        e.status = e.overflow ? FindingStatus::Unverifiable
                   : *l == *r ? FindingStatus::Pass
                              : FindingStatus::Fail;
        return e;
    }
    case Shape::RowTotal:
    case Shape::ColumnTotal:
    case Shape::GroupTotal:
        break;
    }
    const auto target = values(ri.lhs.first());
    int n = 0;
    const std::optional<Decimal> total = addendSum(index, values, &n);
    e.actual = target;
    if (!total) { // the items do not fit a Decimal: no verdict can be given
        e.overflow = true;
        e.status = FindingStatus::Unverifiable;
        return e;
    }
    const Decimal sum = *total;
    if (n)
        e.expected = sum;
    if (!target)
        e.status = n == 0 ? FindingStatus::Empty : FindingStatus::Unverifiable;
    else if (n == 0 && !target->isZero())
        e.status = FindingStatus::Unverifiable;
    else
        e.status = *target == sum ? FindingStatus::Pass : FindingStatus::Fail;
    if (e.status == FindingStatus::Pass && !e.expected)
        e.expected = sum; // a zero total over blank items: 0 = 0
    return e;
}

std::optional<Decimal> ValidationPlan::difference(int index, const CellValues &values) const {
    const RuleInstance &ri = m_spec->instances[index];
    int n = 0;
    std::optional<Decimal> l, r;
    if (m_instances[index].shape == Shape::Equation ||
        m_instances[index].shape == Shape::LessOrEqual) {
        l = sideSum(ri.lhs, values, &n);
        r = sideSum(ri.rhs, values, &n);
    } else {
        l = values(ri.lhs.first()).value_or(Decimal());
        r = addendSum(index, values, &n);
    }
    return l && r ? Decimal::subtract(*l, *r) : std::nullopt;
}

Finding ValidationPlan::finding(int index, const Evaluation &evaluation) const {
    const Instance &p = m_instances[index];
    Finding f;
    f.rule = p.ruleId;
    f.instance = index;
    f.status = evaluation.status;
    // An unverifiable check cannot prove an error: it is reported, but as a warning at most.
    f.severity = evaluation.status == FindingStatus::Unverifiable && p.severity == Severity::Error
                     ? Severity::Warning
                     : p.severity;
    f.lhs = p.lhs;
    f.rhs = p.rhs;
    f.expected = evaluation.expected;
    f.actual = evaluation.actual;
    if (f.isProblem())
        message(index, evaluation, &f.zh, &f.en);
    return f;
}

void ValidationPlan::message(int index, const Evaluation &e, QString *zh, QString *en) const {
    const Instance &p = m_instances[index];
    const bool fail = e.status == FindingStatus::Fail;
    if (e.overflow) {
        *zh = p.prefixZh + p.targetZh + QStringLiteral(" / ") + p.itemsZh +
              QStringLiteral("：数值之和超出可计算范围，无法核对");
        *en = p.prefixEn + p.targetEn + QStringLiteral(" / ") + p.itemsEn +
              QStringLiteral(": the sum is out of range; cannot check");
        return;
    }
    switch (p.shape) {
    case Shape::TypeCheck: {
        const QString v = num(e.actual);
        if (p.valueType == ValueType::Integer) {
            *zh = p.prefixZh + v + QStringLiteral(" 应为非负整数");
            *en = p.prefixEn + v + QStringLiteral(" must be a non-negative integer");
        } else if (p.valueType == ValueType::SignedInteger) {
            *zh = p.prefixZh + v + QStringLiteral(" 应为整数");
            *en = p.prefixEn + v + QStringLiteral(" must be an integer");
        } else {
            *zh = p.prefixZh + v + QStringLiteral(" 不应为负数");
            *en = p.prefixEn + v + QStringLiteral(" must not be negative");
        }
        return;
    }
    case Shape::LessOrEqual:
        if (fail) {
            *zh = p.prefixZh + p.targetZh + u' ' + num(e.actual) + QStringLiteral(" > ") +
                  p.itemsZh + u' ' + num(e.expected);
            *en = p.prefixEn + p.targetEn + u' ' + num(e.actual) + QStringLiteral(" > ") +
                  p.itemsEn + u' ' + num(e.expected);
        } else {
            *zh = p.prefixZh + p.targetZh + QStringLiteral(" / ") + p.itemsZh +
                  QStringLiteral(" 有一项未填，无法核对");
            *en = p.prefixEn + QStringLiteral("one of ") + p.targetEn + QStringLiteral(" / ") +
                  p.itemsEn + QStringLiteral(" is not reported; cannot check");
        }
        return;
    case Shape::Equation:
        *zh = p.prefixZh + p.targetZh + QStringLiteral(" = ") + num(e.expected) + u'，' +
              p.itemsZh + QStringLiteral(" = ") + num(e.actual);
        *en = p.prefixEn + p.targetEn + QStringLiteral(" = ") + num(e.expected) +
              QStringLiteral(", ") + p.itemsEn + QStringLiteral(" = ") + num(e.actual);
        return;
    case Shape::RowTotal:
    case Shape::ColumnTotal:
    case Shape::GroupTotal:
        break;
    }
    if (fail) {
        *zh = p.prefixZh + p.targetZh + u' ' + num(e.actual) + QStringLiteral(" ≠ ") + p.itemsZh +
              u' ' + num(e.expected);
        *en = p.prefixEn + p.targetEn + u' ' + num(e.actual) + QStringLiteral(" ≠ ") + p.itemsEn +
              u' ' + num(e.expected);
    } else if (!e.actual) {
        *zh = p.prefixZh + p.targetZh + QStringLiteral("未填，无法核对（") + p.itemsZh + u' ' +
              num(e.expected) + u'）';
        *en = p.prefixEn + p.targetEn + QStringLiteral(" is not reported; cannot check (") +
              p.itemsEn + u' ' + num(e.expected) + u')';
    } else {
        *zh = p.prefixZh + QStringLiteral("仅填") + p.targetZh + u' ' + num(e.actual) +
              QStringLiteral("，各项均未填");
        *en = p.prefixEn + QStringLiteral("only ") + p.targetEn + u' ' + num(e.actual) +
              QStringLiteral(" is reported; the items are blank");
    }
}
