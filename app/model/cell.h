#pragma once

#include "anchor.h"
#include "decimal.h"

#include <QString>
#include <optional>

/// Provenance of a cell value. Zero, blank, placeholder and missing are four different things.
enum class CellStatus {
    Read,     ///< read from the source with confidence
    Suspect,  ///< read, but the row was damaged (e.g. fewer values than columns): check it
    Inferred, ///< not printed; derived from arithmetic (a zero total forces zero addends, a unique
              ///< split)
    Blank,    ///< printed as an empty cell: value null
    Placeholder, ///< printed as "/", "-", "—", "无": value null
    Missing,     ///< not found in the source at all (absent table, truncated, unreadable row)
    Edited,      ///< changed by a person in the review desk / workspace
};

QString cellStatusName(CellStatus status); ///< "read", "suspect", … (stable, used in JSON and SQL)
std::optional<CellStatus> cellStatusFromName(QStringView name);

/// One cell of a report: value, provenance status, the raw source text, where it is, and a note.
struct Cell {
    std::optional<Decimal> value; ///< nullopt for blank / placeholder / missing
    CellStatus status = CellStatus::Missing;
    QString raw; ///< the source text of the cell as printed (original characters)
    QString note; ///< e.g. "其中修订16件", "原文单位：元", "row has 6 values for 7 columns"
    Anchor anchor;

    bool operator==(const Cell &) const = default;
};
