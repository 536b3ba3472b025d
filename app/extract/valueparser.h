#pragma once

#include "model/cell.h"
#include "model/decimal.h"

#include <QString>
#include <QStringView>
#include <optional>

/// What one cell's text says: a number (with an optional note), a placeholder, or not a value.
struct ParsedValue {
    /// OutOfRange: a number with more than 12 whole digits (no count or amount in these tables
    /// is that long); its value is not kept, the cell is marked, never read as text.
    enum Kind { NotAValue, Number, Placeholder, Empty, OutOfRange };
    Kind kind = NotAValue;
    Decimal value;
    bool inYuan = false; ///< printed with the unit 元 (callers convert to 万元 for amount cells)
    int numberStart = 0; ///< offset of the number itself inside the parsed text
    int numberLength = 0;
    QString note; ///< text of a parenthetical note, e.g. "其中修订16件"
};

/**
 * Turns the NFKC text of one cell into a value. Accepts "12", "-8", "+1036", "1,234", "6944.93",
 * "251000元", "3件", "22(其中修订16件)" and the placeholders "/", "-", "—", "无", "--".
 * Numbering such as "1." or "3、" is not a value.
 */
class ValueParser {
public:
    static ParsedValue parse(QStringView text);
    static bool isPlaceholder(QStringView text);
};
