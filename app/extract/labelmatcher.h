#pragma once

#include "labeltext.h"
#include "model/edition.h"

#include <QHash>
#include <QString>
#include <QVector>

/// Where a label matched in the spec: a row of a block, and how sure the match is.
struct LabelMatch {
    int block = -1;
    int row = -1;          ///< index into BlockSpec::rows (may be a group-label row)
    double score = 0;      ///< similarity adjusted by numbering and group: decides the match
    double similarity = 0; ///< the label text's own similarity: decides whether it is confident
    bool isValid() const { return row >= 0; }
    bool isConfident() const;
};

/**
 * Scored fuzzy matching of a text against the row labels of one table of one edition.
 *
 * The candidates come from the spec only: canonical labels, their label_variants, the label of
 * the same row id in the other edition, and each label without its trailing parenthetical note.
 * Exact matches of the normalised stem are looked up in a hash; everything else is scored by an
 * LCS ratio on the stem, adjusted by the numbering (same number: bonus; other number or kind:
 * penalty) and by the enclosing group. Nothing below acceptThreshold() is returned.
 */
inline bool LabelMatch::isConfident() const {
    return similarity >= 0.85; // LabelMatcher::kConfident
}

class LabelMatcher {
public:
    static constexpr double kAccept = 0.8;     ///< below: no match
    static constexpr double kConfident = 0.85; ///< text similarity below: the values are suspect

    /// The matcher for table `table` (1..3) of `edition`, built once and shared (read-only).
    static const LabelMatcher &forTable(Edition edition, int table);

    /// Best row for `text` (NFKC text of one or more cells). `group` is the row index of the
    /// current group label (or -1) and favours its sub-rows.
    LabelMatch match(QStringView text, int group = -1) const;
    LabelMatch match(const LabelKey &key, int group = -1) const;
    /// Only exact stem matches (score ≥ 1): a hash lookup, no LCS.
    LabelMatch exactMatch(const LabelKey &key, int group = -1) const;
    /// Longest normalised label, to bound how many cells a label can span.
    int maxLabelLength() const { return m_maxLength; }

private:
    struct Candidate {
        int block = -1;
        int row = -1;
        int parentRow = -1; ///< row index of the enclosing group label, or -1
        Numbering numbering = Numbering::None;
        int number = 0;
        LcsPattern stem;
    };
    void build(Edition edition, int table);
    void addCandidate(int block, int row, int parentRow, const QString &label);
    /// Adjusted score; `similarity` receives the text similarity alone.
    double score(const Candidate &c, const LabelKey &key, int group, double *similarity) const;

    QVector<Candidate> m_candidates;
    QHash<QString, QVector<int>> m_exact; ///< stem → candidate indices
    int m_maxLength = 0;
};
