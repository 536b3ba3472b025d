#pragma once

#include <QStringView>
#include <array>

/// Where the three tables are in matchText: [start, end) of each, start = -1 when not found.
struct TableRegions {
    std::array<int, 3> start{-1, -1, -1};
    std::array<int, 3> end{-1, -1, -1};
    bool has(int table) const { return start[size_t(table - 1)] >= 0; }
};

/**
 * Finds the tables by the section headings of the spec (二、三、四, ending at 五 or 六), matched
 * fuzzily on short lines so that "3、 收到和处理…" and heading variants count; without a heading
 * a table starts at its first block title (t1), its first row label (t2) or its first header
 * cell (t3).
 */
class TableLocator {
public:
    static TableRegions locate(QStringView matchText);
};
