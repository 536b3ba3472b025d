#pragma once

#include "model/cell.h"
#include "model/spec.h"

#include <QCoreApplication>
#include <QString>

/**
 * What a person typed into a cell, checked against the cell's type before anything is stored.
 *
 * Accepts ASCII and full-width digits, thousands separators, an empty text (blank) and the
 * placeholders "/", "-", "—", "－", "--", "无". Refuses letters, decimals in a count and negative
 * counts, with a bilingual message (zh first) for the status bar.
 */
class CellInput {
    Q_DECLARE_TR_FUNCTIONS(CellInput)
public:
    bool ok = false;
    std::optional<Decimal> value;
    CellStatus status = CellStatus::Edited; ///< Edited for numbers, Blank or Placeholder for null
    QString error;                          ///< set when !ok

    static CellInput parse(const QString &text, ValueType type);
    /// The text that parse() turns back into `cell` (used for copy and for the editor).
    static QString format(const Cell &cell);
};
