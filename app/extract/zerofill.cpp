#include "zerofill.h"

#include "extractnotes.h"
#include "model/spec.h"

#include <array>

namespace {

bool isSure(const Cell &c) {
    return c.value && (c.status == CellStatus::Read || c.status == CellStatus::Inferred ||
                       c.status == CellStatus::Edited);
}

/// The equality rules between cells (row totals, results totals, the balance), per edition.
const QVector<const RuleInstance *> &equalities(const EditionSpec &spec) {
    static const std::array<QVector<const RuleInstance *>, 2> lists = [] {
        std::array<QVector<const RuleInstance *>, 2> out;
        const Spec &all = Spec::instance();
        for (int e = 0; e < 2; ++e)
            for (const RuleInstance &inst :
                 all.edition(e == 0 ? Edition::E2019 : Edition::E2021).instances) {
                const RuleKind kind = all.rule(inst.rule).kind;
                if ((kind == RuleKind::Structural || kind == RuleKind::Printed) &&
                    inst.comparison == RuleComparison::Equal && !inst.rhs.isEmpty())
                    out[size_t(e)] << &inst;
            }
        return out;
    }();
    return lists[spec.edition == Edition::E2019 ? 0 : 1];
}

} // namespace

int ZeroFill::apply(const EditionSpec &spec, QVector<Cell> *cells) {
    int filled = 0;
    // Reads through a const view: QVector's non-const [] checks for sharing on every call.
    const QVector<Cell> &read = *cells;
    bool changed = true;
    while (changed) {
        changed = false;
        for (const RuleInstance *rule : equalities(spec)) {
            const RuleInstance &inst = *rule;
            for (int side = 0; side < 2; ++side) {
                const QVector<int> &total = side == 0 ? inst.lhs : inst.rhs;
                const QVector<int> &addends = side == 0 ? inst.rhs : inst.lhs;
                bool zero = true;
                for (int c : total)
                    zero = zero && isSure(read[c]) && read[c].value->isZero();
                if (!zero)
                    continue;
                bool consistent = true, anyMissing = false;
                for (int c : addends) {
                    const Cell &cell = read[c];
                    consistent = consistent && (!cell.value || cell.value->isZero());
                    anyMissing = anyMissing || (cell.status == CellStatus::Missing &&
                                                spec.cell(c).type == ValueType::Integer);
                }
                if (!consistent || !anyMissing)
                    continue;
                for (int c : addends) {
                    Cell &cell = (*cells)[c];
                    if (cell.status != CellStatus::Missing ||
                        spec.cell(c).type != ValueType::Integer)
                        continue;
                    cell.status = CellStatus::Inferred;
                    cell.value = Decimal::fromInteger(0);
                    cell.note = cell.note.isEmpty()
                                    ? ExtractNotes::zeroTotal()
                                    : cell.note + QStringLiteral("；") + ExtractNotes::zeroTotal();
                    ++filled;
                    changed = true;
                }
            }
        }
    }
    return filled;
}
