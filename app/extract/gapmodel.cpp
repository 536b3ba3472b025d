#include "gapmodel.h"

#include "rowplacer.h"

#include <QHash>

namespace {

int mode(const QHash<int, int> &histogram, int *count) {
    int best = 0, bestCount = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    *count = bestCount;
    return best;
}

} // namespace

GapModel GapModel::learn(const std::array<QVector<Token>, 3> &tokens) {
    QHash<int, int> betweenValues, valueToText;
    int total = 0;
    for (const QVector<Token> &list : tokens)
        for (int i = 1; i < list.size(); ++i) {
            if (list[i - 1].kind != Token::Value)
                continue;
            if (list[i].kind == Token::Value) {
                ++betweenValues[list[i].breaksBefore];
                ++total;
            } else if (list[i].kind == Token::Text) {
                ++valueToText[list[i].breaksBefore];
            }
        }
    GapModel m;
    int cellCount = 0, rowCount = 0;
    m.cell = mode(betweenValues, &cellCount);
    m.row = mode(valueToText, &rowCount);
    if (m.cell < 1 || total < 20 || cellCount * 10 < total * 7 || rowCount < 3 ||
        m.row % m.cell == 0)
        return m;
    int multiples = 0;
    for (auto it = betweenValues.cbegin(); it != betweenValues.cend(); ++it)
        multiples += it.key() % m.cell == 0 ? it.value() : 0;
    m.reliable = multiples * 20 >= total * 19;
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
