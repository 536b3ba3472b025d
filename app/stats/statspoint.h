#pragma once

#include "model/decimal.h"
#include "model/edition.h"

#include <QString>
#include <QVector>
#include <optional>

/// Why a cell makes a figure uncertain.
enum class UncertainReason {
    Suspect,    ///< read from a damaged row
    Inferred,   ///< not printed; derived by the extractor from the table's arithmetic
    Missing,    ///< not found in the source
    OpenError,  ///< in an error finding with no decision
    BlankTotal, ///< a blank total replaced by the sum of its parts (the figure is not printed)
    Overflow,   ///< the sum is out of range
};
QString uncertainReasonName(UncertainReason reason); ///< "suspect", "inferred", …

/// One cell behind an uncertain figure.
struct UncertainCell {
    int cell = -1; ///< index in the report's edition
    QString key;
    UncertainReason reason = UncertainReason::Suspect;
    bool operator==(const UncertainCell &) const = default;
};

/// One measure of one report: the value, the cells it rests on and those that make it uncertain.
struct StatsValue {
    std::optional<Decimal> value; ///< nullopt: nothing printed for it
    QVector<int> cells;           ///< every cell the value uses (spec order)
    QVector<UncertainCell> uncertain;
    bool isUncertain() const { return !uncertain.isEmpty(); }
};

/// The measures of one report (index-aligned with Measures::all()), with its identity.
struct StatsPoint {
    qint64 reportId = -1; ///< the workspace's id; the file's index for files checked directly
    QString report;       ///< file name (or path as given)
    QString agency;
    QString agencyKey;
    int year = 0;
    Edition edition = Edition::E2021;
    QVector<StatsValue> values;

    /// Every uncertain cell of the core measures, in spec order, without repeats.
    QVector<UncertainCell> uncertain() const;
    const StatsValue &at(int measure) const { return values[measure]; }
};
