#include "import/textcleaner.h"

#include <array>
#include <bitset>

namespace {

/// Walks the lines of a text; a line ends at \n, \r\n or a lone \r.
class LineReader {
public:
    explicit LineReader(QStringView text)
        : m_text(text) {}

    bool next(QStringView *line, bool *terminated) {
        const qsizetype n = m_text.size();
        if (m_pos >= n)
            return false;
        qsizetype i = m_pos;
        while (i < n && m_text[i] != u'\n' && m_text[i] != u'\r')
            ++i;
        *line = m_text.mid(m_pos, i - m_pos);
        *terminated = i < n;
        if (i < n && m_text[i] == u'\r' && i + 1 < n && m_text[i + 1] == u'\n')
            ++i;
        m_pos = i + 1;
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

bool isBlank(QStringView s) {
    for (QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

inline bool isDash(QChar c) {
    const char16_t u = c.unicode();
    return u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFF0D || u == 0xFE63 ||
           u == 0x2E3A || u == 0x2E3B || u == 0x2500 || u == 0x30FC;
}

/// Cheap rejection for isPageFooter(), which sees every line: a footer is short and starts,
/// after blanks, with a dash, 第, 共 or "Page".
inline bool mayBeFooter(QStringView line) {
    const qsizetype n = line.size();
    if (n == 0 || n > 64)
        return false;
    const char16_t *p = line.utf16();
    qsizetype i = 0;
    while (i < n && (p[i] == u' ' || p[i] == u'\t' || p[i] == 0x3000 || p[i] == 0xA0))
        ++i;
    if (i == n)
        return false;
    const char16_t f = p[i];
    return f == u'第' || f == u'共' || f == u'P' || f == u'p' || isDash(QChar(f));
}

bool containsAny(QStringView s, std::initializer_list<QStringView> needles) {
    for (QStringView n : needles) {
        if (s.contains(n))
            return true;
    }
    return false;
}

bool hasDigit(QStringView s) {
    for (QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

/// A breadcrumb: "首页 > 信息公开 > 年报", "信息公开 » 法定主动公开内容 » 年度报告".
bool isBreadcrumb(QStringView s) {
    int separators = 0;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        separators += u == u'>' || u == 0xFF1E || u == 0x00BB || u == 0x203A || u == 0x2192;
    }
    if (separators >= 2 && s.size() < 80 && !s.contains(u'。'))
        return true;
    const bool home = s.contains(u"首页") || s.contains(u"主页");
    return home && (separators > 0 || s.contains(u'/') || s.contains(u'|') || s.contains(u'｜'));
}

/// A menu entry ("政务公开", "互动交流") or a row of them, in a preamble known to be a web page.
/// Lines ending like an agency name ("市财政局") are kept.
bool isMenuLine(QStringView line) {
    const QStringView s = line.trimmed();
    if (s.isEmpty() || hasDigit(s))
        return false;
    int tokens = 0;
    qsizetype longest = 0, start = -1;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const bool sep = i == s.size() || s[i].isSpace() || s[i] == u'|' || s[i] == u'｜';
        if (sep && start >= 0) {
            ++tokens;
            longest = qMax(longest, i - start);
            start = -1;
        } else if (!sep && start < 0) {
            start = i;
        }
    }
    // A row of menu entries; not a spaced-out title ("某 某 县 财 政 局"), whose tokens are single.
    if (tokens >= 3 && longest <= 6 && longest >= 2)
        return true;
    static constexpr QStringView agencySuffix = u"局厅委办院府部处会镇乡所站队室署馆";
    return tokens == 1 && s.size() <= 6 && !agencySuffix.contains(s.back()) &&
           !s.endsWith(u"街道") && !s.endsWith(u"中心");
}

/// Removes [bookmark: …], [image: …] and form feeds from one line.
QString removeMarkers(QStringView line, TextCleaner::Stats &st) {
    QString out;
    out.reserve(line.size());
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        const QChar c = line[i];
        if (c == u'\f') {
            ++st.formFeeds;
            ++i;
            continue;
        }
        if (c == u'[') {
            const QStringView rest = line.mid(i);
            if (rest.startsWith(u"[bookmark:") || rest.startsWith(u"[image:")) {
                const qsizetype close = rest.indexOf(u']');
                if (close > 0) {
                    ++st.markers;
                    i += close + 1;
                    continue;
                }
            }
        }
        out.append(c);
        ++i;
    }
    return out;
}

constexpr int MaxPreambleLines = 80;

/// Lines before the report start that are navigation (or, in a web preamble, menus and blanks).
/// Returns the number of lines of the preamble; none when no report start is found.
int findPreamble(QStringView text, std::bitset<MaxPreambleLines> *drop) {
    LineReader reader(text);
    QStringView line;
    bool terminated = false;
    std::bitset<MaxPreambleLines> nav;
    for (int i = 0; i < MaxPreambleLines && reader.next(&line, &terminated); ++i) {
        if (TextCleaner::isNavigationLine(line)) {
            nav.set(i);
            continue;
        }
        // A line of prose is report content too: the preamble cannot go past it.
        const bool prose = line.size() > 60 && line.contains(u'。');
        if (!prose && !TextCleaner::isReportStart(line))
            continue;
        if (nav.none())
            return 0;
        LineReader again(text);
        for (int j = 0; j < i && again.next(&line, &terminated); ++j)
            drop->set(j, nav.test(j) || isBlank(line) || isMenuLine(line));
        return i;
    }
    return 0;
}

} // namespace

bool TextCleaner::isPageFooter(QStringView line) {
    if (!mayBeFooter(line))
        return false;
    const QStringView s = line.trimmed();
    const qsizetype n = s.size();
    if (n == 0 || n > 32 || !hasDigit(s))
        return false;
    qsizetype i = 0;
    auto skipSpaces = [&] {
        while (i < n && s[i].isSpace())
            ++i;
    };
    auto digits = [&] {
        const qsizetype b = i;
        while (i < n && s[i].isDigit())
            ++i;
        return i - b;
    };
    auto dashes = [&] {
        const qsizetype b = i;
        while (i < n && isDash(s[i]))
            ++i;
        return i - b;
    };
    // "-3-", "- 3 -", "— 5 —"
    const qsizetype lead = dashes();
    skipSpaces();
    const qsizetype body = i;
    if (lead > 0) {
        const qsizetype d = digits();
        skipSpaces();
        if (d >= 1 && d <= 4 && dashes() > 0) {
            skipSpaces();
            if (i == n)
                return true;
        }
        i = body;
    }
    // "Page 3", "Page 3 of 10"
    if (s.startsWith(u"page ", Qt::CaseInsensitive) && lead == 0) {
        i = 5;
        skipSpaces();
        if (digits() == 0)
            return false;
        skipSpaces();
        if (s.mid(i).startsWith(u"of ", Qt::CaseInsensitive)) {
            i += 3;
            skipSpaces();
            if (digits() == 0)
                return false;
        }
        skipSpaces();
        return i == n;
    }
    // "第3页", "第 3 页 共 10 页", "第3页/共10页", "共10页 第3页", optionally inside dashes
    int groups = 0, pageGroups = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c == u'第' || c == u'共') {
            ++i;
            skipSpaces();
            const qsizetype d = digits();
            skipSpaces();
            if (d == 0 || d > 4 || i >= n || s[i] != u'页')
                return false;
            ++i;
            ++groups;
            pageGroups += c == u'第';
            skipSpaces();
            if (i < n && (s[i] == u'/' || s[i] == u'／' || s[i] == u',' || s[i] == u'，'))
                ++i;
            skipSpaces();
            continue;
        }
        if (lead > 0 && groups > 0 && dashes() > 0) {
            skipSpaces();
            return i == n && pageGroups == 1 && groups <= 2;
        }
        return false;
    }
    return lead == 0 && pageGroups == 1 && groups <= 2;
}

bool TextCleaner::isNavigationLine(QStringView line) {
    const QStringView s = line.trimmed();
    if (s.isEmpty() || s.size() > 200)
        return false;
    if (s == u"首页" || isBreadcrumb(s))
        return true;
    const bool chrome =
        containsAny(s, {u"当前位置", u"您的位置", u"现在的位置", u"所在位置", u"字号",
                        u"打印本页", u"打印此页", u"【打印",     u"[打印",    u"关闭窗口",
                        u"关闭本页", u"【关闭",   u"分享到",     u"浏览次数", u"阅读次数",
                        u"访问次数", u"点击数",   u"点击次数",   u"扫一扫",   u"无障碍",
                        u"长者模式", u"设为首页", u"加入收藏",   u"网站地图", u"返回顶部"});
    // A title glued to its page chrome is still the title.
    return chrome && !s.contains(u"年度报告");
}

bool TextCleaner::isReportStart(QStringView line) {
    const QStringView s = line.trimmed();
    if (s.isEmpty())
        return false;
    if (containsAny(s, {u"年度报告", u"总体情况", u"政府信息公开条例", u"信息公开工作", u"本报告",
                        u"本年度报告"}))
        return true;
    return s.contains(u"年报") && hasDigit(s);
}

QString TextCleaner::clean(const QString &input, Stats *stats) {
    Stats local;
    Stats &st = stats ? *stats : local;
    st = {};

    QString unixEnds;
    if (input.contains(u'\r')) {
        unixEnds = input;
        unixEnds.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        unixEnds.replace(u'\r', u'\n');
    }
    const QString &text = unixEnds.isNull() ? input : unixEnds;
    const QStringView view(text);

    std::bitset<MaxPreambleLines> drop;
    const int preamble = findPreamble(view, &drop);

    // Unchanged stretches of lines are copied in one piece; most texts come back shared.
    QString out;
    bool changed = false;
    qsizetype copyFrom = 0;
    auto copyUpTo = [&](qsizetype pos) {
        if (!changed) {
            out.reserve(text.size());
            changed = true;
        }
        out.append(view.mid(copyFrom, pos - copyFrom));
    };

    const bool anySpecial = view.contains(u'[') || view.contains(u'\f');
    const qsizetype size = view.size();
    qsizetype start = 0;
    for (int index = 0; start < size; ++index) {
        // Lines are short: a plain loop beats indexOf() here, and finds '[' and \f on the way.
        const char16_t *p = view.utf16();
        qsizetype end = start;
        bool special = false;
        if (anySpecial) {
            for (; end < size && p[end] != u'\n'; ++end)
                special |= p[end] == u'[' || p[end] == u'\f';
        } else {
            while (end < size && p[end] != u'\n')
                ++end;
        }
        const qsizetype next = end < size ? end + 1 : size;
        const QStringView line = view.mid(start, end - start);
        bool dropLine = false;
        if (index < preamble && drop.test(index)) {
            st.navigationLines += !isBlank(line);
            dropLine = true;
        } else if (special) {
            const QString cleaned = removeMarkers(line, st);
            if (cleaned.size() != line.size()) {
                // A line that was nothing but markers or form feeds goes entirely.
                if (isBlank(cleaned)) {
                    dropLine = true;
                } else {
                    copyUpTo(start);
                    dropLine = isPageFooter(cleaned);
                    st.footerLines += dropLine;
                    if (!dropLine)
                        out.append(cleaned);
                    copyFrom = dropLine ? next : end;
                    start = next;
                    continue;
                }
            }
        }
        if (!dropLine && mayBeFooter(line) && isPageFooter(line)) {
            ++st.footerLines;
            dropLine = true;
        }
        if (dropLine) {
            copyUpTo(start);
            copyFrom = next;
        }
        start = next;
    }
    if (!changed)
        return text;
    copyUpTo(size);
    return out;
}
