#include "gapmodel.h"

#include "rowplacer.h"

#include <array>

GapModel GapModel::learn(const std::array<QVector<Token>, 3> &tokens) {
    // Histograms of the line breaks between two values and between a value and the next label;
    // runs longer than kMax breaks are no cell separators.
    constexpr int kMax = 32;
    std::array<int, kMax> betweenValues{}, valueToText{};
    int total = 0, beyond = 0, texts = 0;
    for (const QVector<Token> &list : tokens)
        for (int i = 1; i < list.size(); ++i) {
            if (list[i - 1].kind != Token::Value)
                continue;
            const int b = list[i].breaksBefore;
            if (list[i].kind == Token::Value) {
                ++total;
                if (b < kMax)
                    ++betweenValues[size_t(b)];
                else
                    ++beyond;
            } else if (list[i].kind == Token::Text && b < kMax) {
                ++valueToText[size_t(b)];
                ++texts;
            }
        }
    GapModel m;
    // Values on one line (tabs, spaces, pipes) have no breaks between them: nothing to learn.
    if (total < 20 || betweenValues[0] * 2 > total)
        return m;
    auto mode = [](const std::array<int, kMax> &h, int *count) {
        int best = 0;
        for (int k = 1; k < kMax; ++k)
            if (h[size_t(k)] > h[size_t(best)])
                best = k;
        *count = h[size_t(best)];
        return best;
    };
    int cellCount = 0, rowCount = 0;
    m.cell = mode(betweenValues, &cellCount);
    m.row = mode(valueToText, &rowCount);
    if (m.cell < 1 || cellCount * 10 < total * 7 || rowCount < 3 || m.row % m.cell == 0)
        return m;
    int multiples = 0;
    for (int k = 0; k < kMax; ++k)
        multiples += k % m.cell == 0 ? betweenValues[size_t(k)] : 0;
    m.reliable = multiples * 20 >= total * 19 && beyond * 20 < total;
    Q_UNUSED(texts);
    return m;
}

std::optional<QVector<int>> GapModel::placement(const RowInput &row) const {
    if (!reliable)
        return std::nullopt;
    const int want = int(row.cells.size());
    const int have = int(row.values.size());
    auto empties = [&](int gap, int base) -> int {
        const int extra = gap - base;
        return extra >= 0 && extra % cell == 0 ? extra / cell : -1;
    };
    QVector<int> positions;
    int pos = 0;
    for (int v = 0; v < have; ++v) {
        const Token *t = row.values[v];
        if (t->kind != Token::Value || t->glued)
            return std::nullopt;
        const int base = v == 0 && row.headerRow ? this->row : cell;
        const int e = empties(t->breaksBefore, base);
        if (e < 0)
            return std::nullopt;
        pos += e;
        positions << pos++;
    }
    const int trailing = want - pos;
    if (trailing < 0)
        return std::nullopt;
    // The gap after the row agrees, where it is a row break inside the table.
    if (row.breaksAfter >= 0 && !row.headerRow) {
        const int e = empties(row.breaksAfter, this->row);
        if (e >= 0 && e != trailing)
            return std::nullopt;
    }
    return positions;
}
