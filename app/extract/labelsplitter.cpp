#include "labelsplitter.h"

#include "labelmatcher.h"
#include "model/spec.h"

#include <QHash>
#include <QSet>

namespace {

/// The normalised forms a row label can take in running text, indexed by first character.
struct Patterns {
    QHash<char16_t, QVector<QString>> byFirst; ///< longest first
    QSet<QString> labels;                      ///< every pattern, to skip tokens that are a label
};

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

struct Normalised {
    QString text;
    QVector<int> offset; ///< text[i] comes from the source offset offset[i]
};

/// LabelText::normalize with the source offset of every character kept.
Normalised normalise(QStringView source, int start, int end) {
    Normalised n;
    for (int i = start; i < end; ++i) {
        const QString one = LabelText::normalize(source.mid(i, 1));
        // "檔案" → "文件" needs two characters: normalise that pair as a whole.
        if (source[i] == u'檔' && i + 1 < end && source[i + 1] == u'案') {
            n.text += QStringLiteral("文件");
            n.offset << i << i + 1;
            ++i;
            continue;
        }
        for (QChar c : one) {
            n.text += c;
            n.offset << i;
        }
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

QVector<Token> LabelSplitter::split(QStringView text, int table, const QVector<Token> &tokens) {
    if (table < 1 || table > 3)
        return tokens;
    const Patterns &p = patternsFor(table);
    QVector<Token> out;
    out.reserve(tokens.size());
    for (const Token &t : tokens) {
        // Only a text that is not one label as a whole can hold several.
        if (t.kind != Token::Text || t.end - t.start < 4 || p.labels.contains(t.key.stem) ||
            p.labels.contains(LabelText::normalize(text.mid(t.start, t.end - t.start)))) {
            out << t;
            continue;
        }
        const Normalised n = normalise(text, t.start, t.end);
        // Longest pattern at each position, left to right, no overlaps.
        QVector<std::pair<int, int>> found; // [start, end) in n.text
        for (int i = 0; i < n.text.size();) {
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
            (found.size() == 1 && found[0].first == 0 && found[0].second == n.text.size())) {
            out << t;
            continue;
        }
        int pos = t.start;
        auto emit = [&](int from, int to) {
            // Source ranges, trimmed of separators left between two labels.
            while (from < to && LabelText::isSpace(text[from]))
                ++from;
            while (to > from && LabelText::isSpace(text[to - 1]))
                --to;
            if (to > from)
                out << textToken(text, t, from, to);
        };
        for (const auto &[a, b] : found) {
            const int srcStart = n.offset[a];
            const int srcEnd = n.offset[b - 1] + 1;
            emit(pos, srcStart);
            emit(srcStart, srcEnd);
            pos = srcEnd;
        }
        emit(pos, t.end);
    }
    return out;
}
