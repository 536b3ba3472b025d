#include "import/pdfcolumns.h"

#include <algorithm>
#include <cmath>

namespace {

using Extent = std::pair<double, double>;

double overlap(const Extent &a, const Extent &b) {
    return std::min(a.second, b.second) - std::max(a.first, b.first);
}

QVector<Extent> numbersOf(const PdfLine &line) {
    QVector<Extent> out;
    for (const PdfSegment &s : line.segments)
        if (s.numeric)
            out.append({s.box.left(), s.box.right()});
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

PdfColumns::PdfColumns(const QVector<PdfLine> &lines, int from, int to, double em)
    : m_lines(lines)
    , m_from(from)
    , m_em(em)
    , m_lineBand(std::max(0, to - from), -1) {
    // Fullest lines first (then top to bottom): they show every column.
    QVector<int> order;
    for (int r = from; r < to; ++r)
        if (std::any_of(lines[r].segments.cbegin(), lines[r].segments.cend(),
                        [](const PdfSegment &s) { return s.numeric; }))
            order << r;
    QVector<int> counts(std::max(0, to - from), 0);
    for (int r : order)
        counts[r - from] = int(numbersOf(lines[r]).size());
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return counts[a - from] > counts[b - from]; });
    for (int r : order) {
        const QVector<Extent> numbers = numbersOf(lines[r]);
        int band = -1;
        // The band of the line above or below first (rows of one table are neighbours), then
        // any band.
        QVector<int> tries;
        for (int d = 1; d < to - from && tries.size() < 2; ++d) {
            for (int n : {r - d, r + d})
                if (n >= from && n < to && m_lineBand[n - from] >= 0 &&
                    !tries.contains(m_lineBand[n - from]))
                    tries << m_lineBand[n - from];
        }
        for (int b = 0; b < m_bands.size(); ++b)
            if (!tries.contains(b))
                tries << b;
        for (int b : tries)
            if (fit(m_bands[b], numbers) >= 0) {
                band = b;
                break;
            }
        if (band < 0) {
            Band fresh;
            fresh.columns = numbers;
            fresh.topLine = r;
            // Numbers of one line that overlap (a number and its note printed apart) are one
            // column.
            for (int k = int(fresh.columns.size()) - 1; k > 0; --k)
                if (overlap(fresh.columns[k - 1], fresh.columns[k]) > 0) {
                    fresh.columns[k - 1].second =
                        std::max(fresh.columns[k - 1].second, fresh.columns[k].second);
                    fresh.columns.removeAt(k);
                }
            m_bands << fresh;
            band = int(m_bands.size()) - 1;
        } else {
            Band &b = m_bands[band];
            b.topLine = std::min(b.topLine, r);
            for (const Extent &n : numbers)
                for (Extent &c : b.columns)
                    if (overlap(c, n) > 0) {
                        c.first = std::min(c.first, n.first);
                        c.second = std::max(c.second, n.second);
                    }
        }
        m_lineBand[r - from] = band;
    }
    // Bands in printed order; their columns numbered consecutively.
    QVector<int> byTop(m_bands.size());
    for (int b = 0; b < m_bands.size(); ++b)
        byTop[b] = b;
    std::sort(byTop.begin(), byTop.end(),
              [&](int a, int b) { return m_bands[a].topLine < m_bands[b].topLine; });
    for (int b : byTop) {
        m_bands[b].first = m_count;
        m_count += int(m_bands[b].columns.size());
        if (!m_bands[b].columns.isEmpty())
            m_left = std::min(m_left, m_bands[b].columns.first().first);
    }
}

int PdfColumns::fit(const Band &band, const QVector<Extent> &numbers) const {
    // Every number inside exactly one column, no column twice.
    int last = -1;
    for (const Extent &n : numbers) {
        int hit = -1;
        for (int c = 0; c < band.columns.size(); ++c)
            if (overlap(band.columns[c], n) > 0) {
                if (hit >= 0)
                    return -1; // across two columns
                hit = c;
            }
        if (hit < 0 || hit <= last)
            return -1;
        last = hit;
    }
    return last;
}

int PdfColumns::band(int line) const {
    const int i = line - m_from;
    return i >= 0 && i < m_lineBand.size() ? m_lineBand[i] : -1;
}

int PdfColumns::nearestIn(const Band &band, double x) const {
    int best = -1;
    double bestDistance = 1e18;
    for (int c = 0; c < band.columns.size(); ++c) {
        const auto &[l, r] = band.columns[c];
        const double d = x < l ? l - x : (x > r ? x - r : 0);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

int PdfColumns::nearestBand(int line) const {
    int b = band(line);
    // A line without numbers (a header, a row of placeholders): the band of the nearest line
    // with numbers, below first.
    for (int d = 1; b < 0 && d <= m_lineBand.size(); ++d)
        for (int n : {line + d, line - d})
            if (b < 0 && band(n) >= 0)
                b = band(n);
    return b;
}

std::pair<int, int> PdfColumns::bandColumns(int line) const {
    const int b = nearestBand(line);
    return b < 0 ? std::pair(0, 0) : std::pair(m_bands[b].first, int(m_bands[b].columns.size()));
}

int PdfColumns::nearestColumn(int line, double x) const {
    const int b = nearestBand(line);
    if (b < 0)
        return -1;
    return m_bands[b].first + nearestIn(m_bands[b], x);
}

int PdfColumns::valueColumn(int line, const PdfSegment &s) const {
    if (!s.value || m_bands.isEmpty())
        return -1;
    const int c = nearestColumn(line, s.box.center().x());
    if (c < 0 || s.numeric)
        return c;
    // A placeholder is a value only inside a value column ("无" alone may be a character of a
    // label printed one character per line: （四）无法提供).
    for (const Band &b : m_bands)
        if (c >= b.first && c < b.first + b.columns.size()) {
            const auto &[l, r] = b.columns[c - b.first];
            const double x = s.box.center().x();
            return x >= l - 0.6 * m_em && x <= r + 0.6 * m_em ? c : -1;
        }
    return -1;
}
