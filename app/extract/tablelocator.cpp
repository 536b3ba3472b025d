#include "tablelocator.h"

#include "labeltext.h"
#include "model/spec.h"

#include <algorithm>
#include <bitset>
#include <optional>

namespace {

struct SectionPatterns {
    std::array<QVector<LcsPattern>, 7> stems; ///< index = section number 1..6
    std::array<std::bitset<65536>, 7> chars;  ///< characters of each section's stems
    std::array<int, 7> minStem{};             ///< shortest stem of each section
    QString t1Block;                          ///< normalised first block title of table 1
    QString t2FirstRow;                       ///< stem of the first row label of table 2
    QString t3Header;                         ///< first header cell of table 3
};

const SectionPatterns &patterns() {
    static const SectionPatterns p = [] {
        SectionPatterns s;
        const Spec &spec = Spec::instance();
        for (const SectionSpec &section : spec.edition(Edition::E2021).sections) {
            const int n = section.number;
            if (n < 1 || n > 6)
                continue;
            QStringList texts{section.heading};
            texts += spec.variants(QStringLiteral("section.") + section.id);
            for (const QString &t : texts) {
                const QString stem = LabelText::analyse(t).stem;
                s.stems[size_t(n)] << LcsPattern(stem);
                for (QChar c : stem)
                    s.chars[size_t(n)].set(c.unicode());
                if (!s.minStem[size_t(n)] || stem.size() < s.minStem[size_t(n)])
                    s.minStem[size_t(n)] = int(stem.size());
            }
        }
        const EditionSpec &ed = spec.edition(Edition::E2021);
        s.t1Block = LabelText::normalize(ed.table(1).blocks.first().title);
        for (const RowSpec &r : ed.table(2).blocks.first().rows)
            if (r.dataRow) {
                s.t2FirstRow = LabelText::analyse(r.label).stem;
                break;
            }
        s.t3Header =
            LabelText::normalize(ed.table(3).blocks.first().columns.first().headerPath.first());
        return s;
    }();
    return p;
}

struct Line {
    int start, end;
};

/// Score of a line (already analysed) as the heading of section n (0 when it is not one).
double headingScore(const SectionPatterns &p, const LabelKey &key, int n) {
    if (key.numbering == Numbering::Paren)
        return 0; // "（二）…" is a paragraph heading inside a section
    if (key.numbering != Numbering::None && key.number != n)
        return 0;
    double best = 0;
    for (const LcsPattern &pat : p.stems[size_t(n)]) {
        if (pat.text() == key.stem)
            return 1.0;
        // Bound by length first: the LCS ratio cannot exceed 2·min/(sum).
        const double bound = 2.0 * std::min(pat.text().size(), key.stem.size()) /
                             double(pat.text().size() + key.stem.size());
        if (bound < 0.8)
            continue;
        best = std::max(best, pat.similarity(key.stem));
    }
    return best >= 0.8 ? best : 0;
}

/// A heading inside a long line (a whole report printed as one line, cells run together): the
/// section's numeral followed by "、" or "." and a stretch that matches one of its stems. Only
/// top-level numerals count, so "（二）主动公开政府信息情况" in the narrative is no heading.
int findHeadingInText(const SectionPatterns &p, QStringView text, int n, int from) {
    static constexpr char16_t kNumerals[] = u"〇一二三四五六";
    const QChar numeral(kNumerals[n]);
    for (int i = std::max(from, 0); i + 2 < text.size(); ++i) {
        if (text[i] != numeral || (text[i + 1] != u'、' && text[i + 1] != u'.'))
            continue;
        if (i > 0 && (text[i - 1] == u'(' || text[i - 1] == u'第'))
            continue;
        for (const LcsPattern &pat : p.stems[size_t(n)]) {
            const int len = int(pat.text().size());
            // The stem may be written with a few characters more or less than the spec's.
            for (int extra : {0, 2, -2, 4}) {
                const int take = len + extra;
                if (take < 4 || i + 2 + take > text.size())
                    continue;
                const QString window = LabelText::normalize(text.mid(i + 2, take));
                if (pat.similarity(window) >= 0.85)
                    return i;
            }
        }
    }
    return -1;
}
} // namespace

TableRegions TableLocator::locate(QStringView text) {
    const SectionPatterns &p = patterns();
    QVector<Line> lines;
    lines.reserve(text.size() / 32 + 1);
    // The lines a heading can be (4 to 48 characters once trimmed), found once: the searches
    // below run over them only, not over every table cell on a line of its own each time.
    struct Candidate {
        int line;
        Line trimmed;
    };
    QVector<Candidate> candidates;
    for (qsizetype pos = 0; pos <= text.size();) {
        qsizetype e = LabelText::lineBreak(text, pos);
        if (e < 0)
            e = text.size();
        const int index = int(lines.size());
        lines.append({int(pos), int(e)});
        const QStringView l = LabelText::trimmed(text.mid(pos, e - pos));
        if (l.size() >= 4 && l.size() <= 48) {
            const int start = int(l.utf16() - text.utf16());
            candidates.append(Candidate{index, {start, start + int(l.size())}});
        }
        pos = e + 1;
    }
    // Headings are short lines; each is analysed once, lazily.
    QVector<std::optional<LabelKey>> keys(lines.size());
    auto findHeading = [&](int n, int fromLine) {
        auto it = std::lower_bound(candidates.cbegin(), candidates.cend(), fromLine,
                                   [](const Candidate &c, int line) { return c.line < line; });
        for (; it != candidates.cend(); ++it) {
            const QStringView l = text.mid(it->trimmed.start, it->trimmed.end - it->trimmed.start);
            // A line shorter than the hits the screen below needs cannot pass it.
            if (l.size() < p.minStem[size_t(n)] * 7 / 10)
                continue;
            // Cheap screen before normalising: enough of the line's characters must occur in
            // the section's stems (a similarity of 0.8 needs at least 0.8·|stem| of them).
            int hits = 0;
            for (QChar c : l)
                hits += p.chars[size_t(n)].test(c.unicode());
            if (hits < p.minStem[size_t(n)] * 7 / 10)
                continue;
            const int i = it->line;
            if (!keys[i])
                keys[i] = LabelText::analyse(l);
            if (headingScore(p, *keys[i], n) > 0)
                return i;
        }
        return -1;
    };
    auto findContaining = [&](const QString &needle, int fromLine, bool atStart) {
        for (int i = std::max(fromLine, 0); i < lines.size(); ++i) {
            const QStringView l = text.mid(lines[i].start, lines[i].end - lines[i].start);
            if (l.size() > 4 * needle.size() + 16)
                continue;
            const QString norm = LabelText::normalize(l);
            if (atStart ? norm.startsWith(needle) : norm.contains(needle))
                return i;
        }
        return -1;
    };

    std::array<int, 3> startLine{-1, -1, -1};
    const int s2 = findHeading(2, 0);
    startLine[0] = s2 >= 0 ? s2 : findContaining(p.t1Block, 0, false);
    const int s3 = findHeading(3, std::max(startLine[0], 0));
    startLine[1] = s3 >= 0 ? s3 : findContaining(p.t2FirstRow, std::max(startLine[0], 0), false);
    int after2 = std::max({startLine[0], startLine[1], 0});
    const int s4 = findHeading(4, after2);
    startLine[2] =
        s4 >= 0 ? s4 : findContaining(p.t3Header, startLine[1] >= 0 ? after2 + 1 : -1, true);
    if (startLine[1] < 0 && s4 < 0)
        startLine[2] = -1;
    const int after3 = std::max({startLine[0], startLine[1], startLine[2], 0});
    int endLine = findHeading(5, after3 + 1);
    if (endLine < 0)
        endLine = findHeading(6, after3 + 1);

    // Offsets from here on: headings inside long lines (reports printed as one line) are found
    // in the text itself where the line-based search found nothing.
    std::array<int, 3> start{};
    for (int t = 0; t < 3; ++t)
        start[size_t(t)] = startLine[size_t(t)] >= 0 ? lines[startLine[size_t(t)]].start : -1;
    int from = 0;
    for (int t = 0; t < 3; ++t) {
        if (start[size_t(t)] < 0)
            start[size_t(t)] = findHeadingInText(p, text, t + 2, from);
        if (start[size_t(t)] >= 0)
            from = start[size_t(t)] + 1;
    }
    const int textEnd = int(text.size());
    int endOffset = endLine >= 0 ? lines[endLine].start : -1;
    if (endOffset < 0 || endOffset < from) {
        endOffset = findHeadingInText(p, text, 5, from);
        if (endOffset < 0)
            endOffset = findHeadingInText(p, text, 6, from);
        if (endOffset < 0)
            endOffset = textEnd;
    }

    TableRegions r;
    for (int t = 0; t < 3; ++t) {
        if (start[size_t(t)] < 0)
            continue;
        r.start[size_t(t)] = start[size_t(t)];
        int e = endOffset;
        for (int u = t + 1; u < 3; ++u)
            if (start[size_t(u)] > start[size_t(t)]) {
                e = start[size_t(u)];
                break;
            }
        r.end[size_t(t)] = std::max(e, r.start[size_t(t)]);
    }
    return r;
}
