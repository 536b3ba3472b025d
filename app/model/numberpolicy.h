#pragma once

#include "decimal.h"
#include "spec.h"

#include <optional>

/**
 * One decimal policy for every output (the check JSON, the exports): a count is an integer; a
 * 万元 amount is an exact decimal, never a float. Outputs that have a number type of their own
 * (xlsx) write both as numbers, the amount with a decimal number format; JSON and CSV write a
 * count as an integer and an amount as its exact text ("6944.93"). A count that is not a whole
 * number (the type rule flags it) is written as exact text too, so no digit is ever lost.
 */
class NumberPolicy {
public:
    /// True when @p value is written as an integer; false when as exact decimal text.
    static bool isInteger(const Decimal &value, ValueType type) {
        return type != ValueType::Decimal && value.isInteger();
    }
    /// Writes @p value with a JSON writer (JsonWriter, OrderedJsonWriter): null, an integer, or
    /// exact text.
    template <class Writer>
    static void writeJson(Writer &w, const std::optional<Decimal> &value, ValueType type) {
        if (!value)
            w.null();
        else if (isInteger(*value, type))
            w.integer(value->integerPart());
        else
            w.string(value->toString());
    }
    /// The type of cell @p cell of @p spec (Integer for an index outside the edition).
    static ValueType typeOf(const EditionSpec &spec, int cell) {
        return cell >= 0 && cell < spec.cellCount() ? spec.cell(cell).type : ValueType::Integer;
    }
};
