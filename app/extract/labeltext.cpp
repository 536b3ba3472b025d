#include "labeltext.h"

#include <algorithm>
#include <bit>

namespace {

bool isQuote(char16_t c) {
    return c == u'"' || c == u'\'' || c == u'“' || c == u'”' || c == u'‘' || c == u'’' ||
           c == u'「' || c == u'」' || c == u'『' || c == u'』';
}

bool isSeparator(char16_t c) {
    return c == u'、' || c == u'，' || c == u',' || c == u'､';
}

int chineseDigit(QChar c) {
    static constexpr char16_t kDigits[] = u"零一二三四五六七八九";
    for (int i = 0; i < 10; ++i)
        if (c.unicode() == kDigits[i])
            return i;
    return -1;
}

} // namespace

QString LabelText::normalize(QStringView text) {
    // Written into a buffer of the input's size: the output is never longer ("檔案" → "文件").
    QString out(text.size(), Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (isSpace(c) || isQuote(u) || u == 0x200b || u == 0xfeff)
            continue;
        if (isSeparator(u)) {
            d[n++] = u',';
        } else if (u == u'（') {
            d[n++] = u'(';
        } else if (u == u'）') {
            d[n++] = u')';
        } else if (u == u'檔' && i + 1 < text.size() && text[i + 1] == u'案') {
            d[n++] = u'文'; // zh-TW converter artefact (spec normalization)
            d[n++] = u'件';
            ++i;
        } else {
            d[n++] = u;
        }
    }
    out.truncate(n);
    return out;
}

int LabelText::chineseNumber(QStringView text) {
    if (text.isEmpty() || text.size() > 3)
        return 0;
    if (text.size() == 1) {
        if (text[0] == u'十')
            return 10;
        const int d = chineseDigit(text[0]);
        return d > 0 ? d : 0;
    }
    const qsizetype ten = text.indexOf(u'十');
    if (ten < 0)
        return 0;
    const int tens = ten == 0 ? 1 : chineseDigit(text[0]);
    const int ones = ten + 1 < text.size() ? chineseDigit(text[ten + 1]) : 0;
    if (tens <= 0 || ones < 0 || (ten != 0 && ten != 1))
        return 0;
    return tens * 10 + ones;
}

LabelKey LabelText::analyse(QStringView text) {
    LabelKey key;
    QString norm = normalize(text);
    QStringView rest(norm);
    // "(一)", "(1)"
    if (rest.startsWith(u'(')) {
        const qsizetype close = rest.indexOf(u')');
        if (close > 1 && close <= 4) {
            const QStringView inner = rest.mid(1, close - 1);
            bool ok = false;
            int n = inner.toInt(&ok);
            if (!ok)
                n = chineseNumber(inner);
            if (n > 0) {
                key.numbering = Numbering::Paren;
                key.number = n;
                rest = rest.mid(close + 1);
            }
        }
    } else {
        qsizetype i = 0;
        while (i < rest.size() && i < 3 && rest[i].unicode() >= u'0' && rest[i].unicode() <= u'9')
            ++i;
        if (i > 0 && i < rest.size() && (rest[i] == u'.' || rest[i] == u',')) {
            key.numbering = Numbering::Arabic;
            key.number = rest.left(i).toInt();
            rest = rest.mid(i + 1);
        } else {
            i = 0;
            while (i < rest.size() && i < 3 && (chineseDigit(rest[i]) > 0 || rest[i] == u'十'))
                ++i;
            if (i > 0 && i < rest.size() && (rest[i] == u',' || rest[i] == u'.')) {
                if (const int n = chineseNumber(rest.left(i)); n > 0) {
                    key.numbering = Numbering::Top;
                    key.number = n;
                    rest = rest.mid(i + 1);
                }
            }
        }
    }
    // The stem is the normalised text without its numbering: cut in place, no second copy.
    norm.remove(0, norm.size() - rest.size());
    key.stem = std::move(norm);
    key.stemNoParen = key.stem;
    if (key.stem.endsWith(u')')) {
        const qsizetype open = key.stem.indexOf(u'(');
        if (open > 0)
            key.stemNoParen = key.stem.left(open);
    }
    return key;
}

int LabelText::lcsLength(QStringView a, QStringView b) {
    if (a.isEmpty() || b.isEmpty())
        return 0;
    if (a.size() <= 64)
        return LcsPattern(a.toString()).lcs(b);
    if (b.size() <= 64)
        return LcsPattern(b.toString()).lcs(a);
    QVector<int> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

double LabelText::similarity(QStringView a, QStringView b) {
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    return 2.0 * lcsLength(a, b) / double(a.size() + b.size());
}

LcsPattern::LcsPattern(const QString &pattern)
    : m_text(pattern.left(64)) {
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const char16_t c = m_text[i].unicode();
        auto it = std::find_if(m_masks.begin(), m_masks.end(),
                               [c](const auto &p) { return p.first == c; });
        if (it == m_masks.end())
            m_masks.append({c, quint64(1) << i});
        else
            it->second |= quint64(1) << i;
    }
    std::sort(m_masks.begin(), m_masks.end());
}

int LcsPattern::lcs(QStringView other) const {
    // Hyyrö's bit-parallel LCS: one pass over `other`, one machine word per step.
    const int m = int(m_text.size());
    if (m == 0 || other.isEmpty())
        return 0;
    const quint64 all = m == 64 ? ~quint64(0) : (quint64(1) << m) - 1;
    quint64 v = all;
    for (const QChar ch : other) {
        const char16_t c = ch.unicode();
        auto it = std::lower_bound(m_masks.begin(), m_masks.end(), c,
                                   [](const auto &p, char16_t k) { return p.first < k; });
        if (it == m_masks.end() || it->first != c)
            continue;
        const quint64 u = v & it->second;
        v = ((v + u) | (v - u)) & all;
    }
    return m - std::popcount(v);
}

double LcsPattern::similarity(QStringView other) const {
    if (m_text.isEmpty() && other.isEmpty())
        return 1.0;
    return 2.0 * lcs(other) / double(m_text.size() + other.size());
}
