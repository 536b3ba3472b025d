#pragma once

#include "tokenizer.h"

#include <QVector>
#include <array>
#include <optional>

struct RowInput;

/**
 * Empty cells kept as longer runs of line breaks (crawled pages saved one cell per line).
 *
 * Such text separates the cells of a row by `cell` line breaks and the rows by `row` breaks,
 * and an empty cell adds `cell` more breaks where it stands: "16<3>0<3>0…<5>" is a full row, a
 * label followed by <26> a row of seven empty cells (7·3 + 5). The model is learnt from the
 * tables themselves and used only when it explains them: most value-to-value gaps equal `cell`,
 * every one is a multiple of it, and the row break is not a multiple of it (else an empty last
 * cell and a row end would look alike).
 */
struct GapModel {
    int cell = 0;
    int row = 0;
    bool reliable = false;

    static GapModel learn(const std::array<QVector<Token>, 3> &tokens);
    /// The empty cells around a row's values: where its values go among its cells (ascending
    /// positions), or nullopt when the gaps do not say.
    std::optional<QVector<int>> placement(const RowInput &row) const;
};
