#pragma once

#include "model/cell.h"

#include <QVector>

struct EditionSpec;

/**
 * With non-negative counts, a total of zero forces its addends to zero. For every equality rule
 * of the edition whose one side is fully known (read or inferred, not suspect) and sums to zero,
 * `missing` integer cells of the other side become `inferred` zeros, as long as the other side's
 * known values are zero too. Repeated until nothing changes. Nothing else is touched.
 */
class ZeroFill {
public:
    /// Returns the number of cells inferred.
    static int apply(const EditionSpec &spec, QVector<Cell> *cells);
};
