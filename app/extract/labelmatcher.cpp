#include "labelmatcher.h"

#include "model/spec.h"

#include <array>

const LabelMatcher &LabelMatcher::forTable(Edition edition, int table) {
    static const std::array<LabelMatcher, 6> matchers = [] {
        std::array<LabelMatcher, 6> m;
        for (int e = 0; e < 2; ++e)
            for (int t = 1; t <= 3; ++t)
                m[size_t(e * 3 + t - 1)].build(e == 0 ? Edition::E2019 : Edition::E2021, t);
        return m;
    }();
    return matchers[size_t((edition == Edition::E2019 ? 0 : 3) + table - 1)];
}

void LabelMatcher::addCandidate(int block, int row, int parentRow, const QString &label) {
    const LabelKey key = LabelText::analyse(label);
    for (const QString &stem : {key.stem, key.stemNoParen}) {
        if (stem.isEmpty())
            continue;
        bool duplicate = false;
        for (int idx : m_exact.value(stem))
            duplicate =
                duplicate || (m_candidates[idx].row == row && m_candidates[idx].block == block &&
                              m_candidates[idx].numbering == key.numbering);
        if (duplicate)
            continue;
        Candidate c;
        c.block = block;
        c.row = row;
        c.parentRow = parentRow;
        c.numbering = key.numbering;
        c.number = key.number;
        c.stem = LcsPattern(stem);
        m_exact[stem] << int(m_candidates.size());
        m_candidates << c;
        m_maxLength = std::max(m_maxLength, int(stem.size()) + 4);
    }
}

void LabelMatcher::build(Edition edition, int table) {
    const Spec &spec = Spec::instance();
    const TableSpec &ts = spec.edition(edition).table(table);
    const Edition other = edition == Edition::E2019 ? Edition::E2021 : Edition::E2019;
    const TableSpec &otherTs = spec.edition(other).table(table);
    for (int b = 0; b < ts.blocks.size(); ++b) {
        const BlockSpec &block = ts.blocks[b];
        for (int r = 0; r < block.rows.size(); ++r) {
            const RowSpec &row = block.rows[r];
            int parentRow = -1;
            if (!row.parents.isEmpty())
                for (int p = 0; p < block.rows.size(); ++p)
                    if (block.rows[p].label == row.parents.last())
                        parentRow = p;
            if (!row.label.isEmpty())
                addCandidate(b, r, parentRow, row.label);
            for (const QString &v : row.variants)
                addCandidate(b, r, parentRow, v);
            if (row.id.isEmpty())
                continue;
            // The same row under its other edition's label (规范性文件 ↔ 行政规范性文件).
            for (const BlockSpec &ob : otherTs.blocks)
                for (const RowSpec &orow : ob.rows)
                    if (orow.id == row.id && orow.label != row.label)
                        addCandidate(b, r, parentRow, orow.label);
        }
    }
}

double LabelMatcher::score(const Candidate &c, const LabelKey &key, int group,
                           double *similarity) const {
    *similarity = -1;
    const QString &stem = c.stem.text();
    double s = stem == key.stem || stem == key.stemNoParen
                   ? 1.0
                   : std::max(c.stem.similarity(key.stem), key.stemNoParen.size() != key.stem.size()
                                                               ? c.stem.similarity(key.stemNoParen)
                                                               : 0.0);
    if (key.numbering != Numbering::None && c.numbering != Numbering::None) {
        if (key.numbering != c.numbering) {
            s -= 0.2;
        } else if (key.number != c.number) {
            s -= 0.15;
            *similarity = s;
        } else if (s < 1.0) {
            // Same number: a truncated stem ("（六）其他" for "（六）其他处理") is a sure match.
            const QString &shorter = stem.size() < key.stem.size() ? stem : key.stem;
            const QString &longer = stem.size() < key.stem.size() ? key.stem : stem;
            if (shorter.size() >= 2 && longer.startsWith(shorter))
                s = std::max(s, 0.9);
            *similarity = s;
            s = std::min(0.99, s + 0.15);
        }
    }
    if (*similarity < 0)
        *similarity = std::min(s, 1.0);
    if (group >= 0 && c.parentRow == group)
        s += 0.01; // a tie-breaker, never enough to pass a threshold on its own
    return s;
}

LabelMatch LabelMatcher::match(QStringView text, int group) const {
    return match(LabelText::analyse(text), group);
}

LabelMatch LabelMatcher::exactMatch(const LabelKey &key, int group) const {
    LabelMatch best;
    for (const QString *stem : {&key.stem, &key.stemNoParen}) {
        const auto it = m_exact.constFind(*stem);
        if (it == m_exact.cend())
            continue;
        for (int idx : *it) {
            const Candidate &c = m_candidates[idx];
            double sim = 0;
            const double s = score(c, key, group, &sim);
            if (s > best.score)
                best = {c.block, c.row, s, sim};
        }
        if (best.score >= 1.0)
            return best;
    }
    return best.score >= 1.0 ? best : LabelMatch{};
}

LabelMatch LabelMatcher::match(const LabelKey &key, int group) const {
    if (key.stem.isEmpty())
        return {};
    LabelMatch best = exactMatch(key, group);
    if (best.isValid() || key.stem.size() > 2 * m_maxLength)
        return best;
    const qsizetype a = key.stem.size(), b = key.stemNoParen.size();
    for (const Candidate &c : m_candidates) {
        // The LCS ratio cannot exceed 2·min/(sum): skip candidates that cannot reach the bar.
        const qsizetype n = c.stem.text().size();
        const double bound =
            std::max(2.0 * std::min(a, n) / double(a + n), 2.0 * std::min(b, n) / double(b + n));
        if (bound + 0.16 < kAccept || bound + 0.16 <= best.score)
            continue;
        double sim = 0;
        const double s = score(c, key, group, &sim);
        if (s > best.score)
            best = {c.block, c.row, s, sim};
    }
    return best.score >= kAccept ? best : LabelMatch{};
}
