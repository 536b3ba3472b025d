#include "labelsplitter.h"

#include "labelmatcher.h"
#include "model/spec.h"

#include <QHash>
#include <QSet>

#include <bitset>

namespace {

/// The normalised forms a row label can take in running text, indexed by first character.
struct Patterns {
    QHash<char16_t, QVector<QString>> byFirst; ///< longest first
    std::bitset<65536> first;                  ///< characters a pattern starts with
    /// First three characters of every pattern (two if it is shorter), as a one-hash Bloom
    /// filter: a cheap look at every character of every text token.
    std::bitset<1 << 16> prefixes;
    int longest = 0;      ///< the longest pattern
    QSet<QString> labels; ///< every pattern, to skip tokens that are a label
};

size_t prefixHash(char16_t a, char16_t b, char16_t c) {
    return (size_t(a) * 40503u + size_t(b) * 2654435761u + size_t(c) * 97u) & ((1u << 16) - 1);
}

void addForms(Patterns *p, const QString &label) {
    const QString norm = LabelText::normalize(label);
    const LabelKey key = LabelText::analyse(label);
    QStringList forms{norm};
    // The numbering is written "一、" or "一." and "1." or "1、" (normalised: "," or ".").
    const int sep = int(norm.size() - key.stem.size()) - 1;
    if (key.numbering == Numbering::Top || key.numbering == Numbering::Arabic) {
        if (sep > 0 && (norm[sep] == u',' || norm[sep] == u'.')) {
            QString other = norm;
            other[sep] = norm[sep] == u',' ? u'.' : u',';
            forms << other;
        }
    }
    // Without its numbering, a long enough stem is still a label; short ones ("其他", "规章")
    // also occur in headers and are left to the reader.
    if (key.stem.size() >= 4)
        forms << key.stem;
    if (key.stemNoParen.size() >= 4 && key.stemNoParen != key.stem) {
        forms << key.stemNoParen;
        if (norm.size() > key.stem.size())
            forms << norm.left(norm.size() - key.stem.size()) + key.stemNoParen;
    }
    for (const QString &f : forms) {
        if (f.size() < 2 || p->labels.contains(f))
            continue;
        p->labels.insert(f);
        p->byFirst[f[0].unicode()] << f;
        p->first.set(f[0].unicode());
        p->longest = std::max(p->longest, int(f.size()));
        p->prefixes.set(
            prefixHash(f[0].unicode(), f[1].unicode(), f.size() > 2 ? f[2].unicode() : 0));
    }
}

const Patterns &patternsFor(int table) {
    static const std::array<Patterns, 3> all = [] {
        std::array<Patterns, 3> out;
        const Spec &spec = Spec::instance();
        for (int t = 1; t <= 3; ++t) {
            Patterns &p = out[size_t(t - 1)];
            for (Edition e : {Edition::E2019, Edition::E2021})
                for (const BlockSpec &b : spec.edition(e).table(t).blocks)
                    for (const RowSpec &r : b.rows) {
                        if (!r.label.isEmpty())
                            addForms(&p, r.label);
                        for (const QString &v : r.variants)
                            addForms(&p, v);
                    }
            for (auto &list : p.byFirst)
                std::sort(list.begin(), list.end(),
                          [](const QString &a, const QString &b) { return a.size() > b.size(); });
        }
        return out;
    }();
    return all[size_t(table - 1)];
}

/// The character as LabelText::normalize folds it; 0 for one it drops.
char16_t foldChar(char16_t u) {
    if (u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == 0x3000 || u == u'"' ||
        u == u'“' || u == u'”' || u == u'\'' || u == u'‘' || u == u'’')
        return 0;
    if (u == u'、' || u == u'，' || u == u',' || u == u'､')
        return u',';
    return u == u'（' ? u'(' : u == u'）' ? u')' : u;
}

/// Two labels run together show where the second begins: a numbering inside the text
/// ("…结果（一）予以公开", "…申请数量二、上年…", "…秘密2.其他…"), or a text longer than any label.
/// Headers and notes ("本年制发件数", "信息内容") have none and are not searched at all.
bool hasInnerStart(QStringView text, int longest) {
    if (text.size() > longest)
        return true;
    static const QString numerals = QStringLiteral("一二三四五六七八九十0123456789");
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'(' || c == u'（')
            return true;
        if ((c == u'、' || c == u'.' || c == u'，' || c == u',') &&
            numerals.contains(text[i - 1]) &&
            (i < 2 || !numerals.contains(text[i - 2]) || text[i - 2] == u'十'))
            return true;
    }
    return false;
}

/// A cheap look before normalising: does a label's beginning occur at all?
bool mayHoldLabel(const Patterns &p, QStringView text) {
    char16_t a = 0, b = 0; // the two folded characters before the current one
    for (QChar c : text) {
        const char16_t u = foldChar(c.unicode());
        if (!u)
            continue;
        if (a && (p.prefixes.test(prefixHash(a, b, u)) || p.prefixes.test(prefixHash(a, b, 0))))
            return true;
        a = b;
        b = u;
        if (a && !p.first.test(a))
            a = 0;
    }
    return a && p.prefixes.test(prefixHash(a, b, 0));
}

struct Normalised {
    QString text;
    QVector<int> offset; ///< text[i] comes from the source offset offset[i]
};

/// LabelText::normalize with the source offset of every character kept (no allocation per
/// character: this runs on every text token that is not a label).
Normalised normalise(QStringView source, int start, int end) {
    Normalised n;
    n.text.reserve(end - start);
    n.offset.reserve(end - start);
    for (int i = start; i < end; ++i) {
        const char16_t u = source[i].unicode();
        if (LabelText::isSpace(source[i]) || u == u'"' || u == u'\'' || u == u'“' || u == u'”' ||
            u == u'‘' || u == u'’' || u == u'「' || u == u'」' || u == u'『' || u == u'』' ||
            u == 0x200b || u == 0xfeff)
            continue;
        if (u == u'檔' && i + 1 < end && source[i + 1] == u'案') {
            n.text += QStringLiteral("文件");
            n.offset << i << i + 1;
            ++i;
            continue;
        }
        const char16_t folded = (u == u'、' || u == u'，' || u == u',' || u == u'､') ? u','
                                : u == u'（'                                         ? u'('
                                : u == u'）'                                         ? u')'
                                                                                     : u;
        n.text += QChar(folded);
        n.offset << i;
    }
    return n;
}

Token textToken(QStringView text, const Token &from, int start, int end) {
    Token t = from;
    t.start = start;
    t.end = end;
    t.key = LabelText::analyse(text.mid(start, end - start));
    return t;
}

} // namespace

QVector<Token> LabelSplitter::split(QStringView text, int table, QVector<Token> tokens) {
    if (table < 1 || table > 3)
        return tokens;
    const Patterns &p = patternsFor(table);
    // In place: most documents have nothing to cut, and then nothing is copied.
    for (qsizetype index = 0; index < tokens.size(); ++index) {
        const Token &t = std::as_const(tokens)[index];
        // Only a text that is not one label as a whole can hold several. No cache of texts
        // known to hold none: the answer depends on the table and on the text with its
        // numbering, and a cache keyed by the stem made results depend on the reports read
        // before on the same thread (mayHoldLabel is as cheap as a hash of the stem).
        if (t.kind != Token::Text || t.end - t.start < 4 ||
            !hasInnerStart(text.mid(t.start, t.end - t.start), p.longest + 8) ||
            p.labels.contains(t.key.stem) || !mayHoldLabel(p, text.mid(t.start, t.end - t.start)))
            continue;
        const Normalised n = normalise(text, t.start, t.end);
        if (p.labels.contains(n.text))
            continue;
        // Longest pattern at each position, left to right, no overlaps.
        QVector<std::pair<int, int>> found; // [start, end) in n.text
        for (int i = 0; i < n.text.size();) {
            if (!p.first.test(n.text[i].unicode())) {
                ++i;
                continue;
            }
            int len = 0;
            const auto it = p.byFirst.constFind(n.text[i].unicode());
            if (it != p.byFirst.cend())
                for (const QString &pat : *it)
                    if (QStringView(n.text).mid(i).startsWith(pat)) {
                        len = int(pat.size());
                        break;
                    }
            if (len > 0) {
                found.append({i, i + len});
                i += len;
            } else {
                ++i;
            }
        }
        if (found.isEmpty() ||
            (found.size() == 1 && found[0].first == 0 && found[0].second == n.text.size()))
            continue;
        QVector<Token> pieces;
        int pos = t.start;
        auto emit = [&](int from, int to) {
            // Source ranges, trimmed of separators left between two labels.
            while (from < to && LabelText::isSpace(text[from]))
                ++from;
            while (to > from && LabelText::isSpace(text[to - 1]))
                --to;
            if (to > from)
                pieces << textToken(text, t, from, to);
        };
        for (const auto &[a, b] : found) {
            const int srcStart = n.offset[a];
            const int srcEnd = n.offset[b - 1] + 1;
            emit(pos, srcStart);
            emit(srcStart, srcEnd);
            pos = srcEnd;
        }
        emit(pos, t.end);
        if (pieces.size() < 2)
            continue;
        const Token first = pieces.takeFirst();
        tokens[index] = first;
        tokens.insert(index + 1, pieces.size(), Token{});
        for (qsizetype k = 0; k < pieces.size(); ++k)
            tokens[index + 1 + k] = pieces[k];
        index += pieces.size();
    }
    return tokens;
}
