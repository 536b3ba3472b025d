#include "editiondetector.h"

#include "labeltext.h"
#include "model/spec.h"

#include <QSet>

namespace {

/// Normalised labels that occur in only one edition, per table (index: edition, table-1).
struct Signals {
    std::array<std::array<QSet<QString>, 3>, 2> stems;
};

void addStems(QSet<QString> *set, const QString &label) {
    const LabelKey k = LabelText::analyse(label);
    // Short stems ("其他") also occur as column headers: too weak to decide anything.
    for (const QString &s : {k.stem, k.stemNoParen})
        if (s.size() >= 4)
            set->insert(s);
}

const Signals &signalSets() {
    static const Signals s = [] {
        Signals out;
        const Spec &spec = Spec::instance();
        for (int e = 0; e < 2; ++e) {
            const EditionSpec &ed = spec.edition(e == 0 ? Edition::E2019 : Edition::E2021);
            const EditionSpec &other = spec.edition(e == 0 ? Edition::E2021 : Edition::E2019);
            for (int t = 1; t <= 2; ++t) {
                QSet<QString> otherRows, otherCols, otherBlocks, otherStems;
                for (const BlockSpec &b : other.table(t).blocks) {
                    otherBlocks.insert(b.id);
                    for (const RowSpec &r : b.rows) {
                        otherRows.insert(r.id.isEmpty() ? r.label : r.id);
                        addStems(&otherStems, r.label);
                    }
                    for (const ColumnSpec &c : b.columns)
                        otherCols.insert(c.id);
                }
                QSet<QString> &set = out.stems[size_t(e)][size_t(t - 1)];
                for (const BlockSpec &b : ed.table(t).blocks) {
                    if (!otherBlocks.contains(b.id) && !b.title.isEmpty())
                        set.insert(LabelText::analyse(b.title).stem);
                    for (const RowSpec &r : b.rows) {
                        if (r.id.isEmpty() || otherRows.contains(r.id))
                            continue;
                        addStems(&set, r.label);
                        for (const QString &v : r.variants)
                            addStems(&set, v);
                    }
                    for (const ColumnSpec &c : b.columns) {
                        if (otherCols.contains(c.id))
                            continue;
                        addStems(&set, c.label);
                        for (const QString &v : c.variants)
                            addStems(&set, v);
                    }
                }
                // A 2019 data row printed like a 2021 group label ("（六）其他处理") says nothing.
                set.subtract(otherStems);
            }
        }
        return out;
    }();
    return s;
}

} // namespace

std::optional<Edition> EditionDetector::tableSignal(QStringView, int table,
                                                    const QVector<Token> &tokens) {
    if (table < 1 || table > 2)
        return std::nullopt;
    const Signals &sig = signalSets();
    int votes[2] = {0, 0};
    for (const Token &t : tokens) {
        if (t.kind != Token::Text || t.end - t.start > 80)
            continue;
        const LabelKey &key = t.key;
        for (int e = 0; e < 2; ++e) {
            const QSet<QString> &set = sig.stems[size_t(e)][size_t(table - 1)];
            if (set.contains(key.stem) ||
                (key.stemNoParen.size() != key.stem.size() && set.contains(key.stemNoParen)))
                ++votes[e];
        }
    }
    if (votes[0] == votes[1])
        return std::nullopt;
    return votes[0] > votes[1] ? Edition::E2019 : Edition::E2021;
}

void EditionDetector::detect(QStringView text, const std::array<QVector<Token>, 3> &tokens,
                             ReportMeta *meta) {
    const auto t1 = tableSignal(text, 1, tokens[0]);
    const auto t2 = tableSignal(text, 2, tokens[1]);
    const std::optional<Edition> byYear =
        meta->year > 0 ? std::optional<Edition>(editionForYear(meta->year)) : std::nullopt;
    meta->editionMixed = t1 && t2 && *t1 != *t2;
    std::optional<Edition> byLabels = t2 ? t2 : t1;
    if (meta->editionMixed && byYear)
        byLabels = byYear;
    if (byLabels) {
        meta->edition = *byLabels;
        meta->editionBasis = byYear && *byYear == *byLabels ? QStringLiteral("labels+year")
                                                            : QStringLiteral("labels");
    } else if (byYear) {
        meta->edition = *byYear;
        meta->editionBasis = QStringLiteral("year");
    } else {
        meta->edition = Edition::E2021;
        meta->editionBasis = QStringLiteral("default");
    }
}
