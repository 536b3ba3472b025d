#include "metadataextractor.h"

#include "labeltext.h"
#include "model/agencykey.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QVarLengthArray>

namespace {

constexpr int kTitleWindow = 1200; ///< the title is near the top; don't scan the whole report
const QString kTitleWords = QStringLiteral("政府信息公开");
/// "…政府信息公开工作年度报告" and the shorter forms agencies print.
const QString kTitleTail = QStringLiteral(
    "(?:政府信息公开工作年度报告|政府信息公开工作报告|政府信息公开年度报告|政府信息公开年报)");

struct Found {
    QString agency;
    int year = 0;
};

/// `re` matched at `offset` and only there (anchored), reading at most `window` characters
/// from it when that settles the match. PCRE checks the whole subject from the offset to its
/// end for valid UTF-16 before every match, so matching at an offset into a report cost a scan
/// of the rest of the report each time. The short subject is matched with hard partial
/// matching: a complete match or no match found without reaching its end is what the whole
/// text gives; if the search reached the end (more text might matter) the whole text is used.
QRegularExpressionMatch matchAt(const QRegularExpression &re, const QString &text, int offset,
                                int window) {
    const auto anchored = QRegularExpression::AnchorAtOffsetMatchOption;
    const qsizetype end = qsizetype(offset) + window;
    if (offset >= 0 && end < text.size()) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        auto m = re.matchView(QStringView(text).first(end), offset,
                              QRegularExpression::PartialPreferFirstMatch, anchored);
#else
        auto m = re.match(QStringView(text).first(end), offset,
                          QRegularExpression::PartialPreferFirstMatch, anchored);
#endif
        if (!m.hasPartialMatch())
            return m;
    }
    return re.match(text, offset, QRegularExpression::NormalMatch, anchored);
}

/// text.indexOf(word, from) for from >= 0, with the vectorised search for the word's first
/// character: QString's search for a short word compares at every position (it was a third of
/// the metadata's time).
qsizetype findWord(QStringView text, QStringView word, qsizetype from = 0) {
    const QChar first = word.front();
    for (qsizetype at = text.indexOf(first, from); at >= 0; at = text.indexOf(first, at + 1))
        if (text.sliced(at).startsWith(word))
            return at;
    return -1;
}

/// The first match of `re` in `text`, for a pattern that can only start where `lead` is:
/// each place of `lead`, in text order, is tried with matchAt (same result as re.match(text)).
QRegularExpressionMatch firstMatchAt(const QRegularExpression &re, const QString &text,
                                     QStringView lead, int window) {
    for (qsizetype at = findWord(text, lead); at >= 0; at = findWord(text, lead, at + 1)) {
        auto m = matchAt(re, text, int(at), window);
        if (m.hasMatch())
            return m;
    }
    return {};
}

// Screens run before the costlier patterns below. Each tests a condition that every match of
// its pattern meets, so a failed screen means "no match" and the result never changes; most
// places a pattern is tried at fail the screen (the patterns' lazy repeats cost thousands of
// steps each). Without PCRE2_UCP, \s and \d of the patterns are ASCII only, as here
// (\d: LabelText::isAsciiDigit).

bool isPatternSpace(QChar c) { // PCRE's \s
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

/// "，。,;；": the characters the subject and opening patterns exclude.
inline bool isClauseEnd(QChar c) {
    const char16_t u = c.unicode();
    return u == u'，' || u == u'。' || u == u',' || u == u';' || u == u'；';
}

/// "(?:19|20)\d\d\s*" ends right before `pos`, and starts at `from` or after.
bool yearEndsAt(QStringView text, qsizetype pos, qsizetype from) {
    qsizetype k = pos;
    while (k > from && isPatternSpace(text[k - 1]))
        --k;
    if (k - from < 4)
        return false;
    const QStringView y = text.sliced(k - 4, 4);
    return LabelText::isAsciiDigit(y[2]) && LabelText::isAsciiDigit(y[3]) &&
           ((y[0] == u'1' && y[1] == u'9') || (y[0] == u'2' && y[1] == u'0'));
}

/// "(?:19|20)\d\d\s*年" at `from` or after, before any of "，。,;；" (which the opening
/// pattern's subject, spaces and year cannot hold).
bool yearBeforeStop(QStringView text, qsizetype from) {
    qsizetype scanned = from;
    for (qsizetype y = text.indexOf(u'年', from); y >= 0; y = text.indexOf(u'年', y + 1)) {
        for (; scanned < y; ++scanned)
            if (isClauseEnd(text[scanned]))
                return false;
        if (yearEndsAt(text, y, from))
            return true;
    }
    return false;
}

/// Display text of a matchText range, trimmed.
QString displayRange(const SourceDocument &doc, int start, int end) {
    const int s = doc.displayOffset(start);
    const int e = doc.displayOffset(end);
    return doc.displayText.mid(s, e - s).trimmed();
}

/// The agency as printed: without spaces inside (PDF text spaces CJK out) and stray punctuation.
QString cleanAgency(QString agency) {
    static thread_local const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}#*]"));
    agency.remove(spaces);
    while (!agency.isEmpty() && QStringLiteral("：:，,。《》“”\"'（(").contains(agency.back()))
        agency.chop(1);
    while (!agency.isEmpty() && QStringLiteral("：:，,。《》“”\"'）)").contains(agency.front()))
        agency.remove(0, 1);
    for (const QString &lead : {QStringLiteral("关于"), QStringLiteral("附件")})
        if (agency.startsWith(lead))
            agency.remove(0, lead.size());
    return agency;
}

bool plausibleAgency(const QString &a) {
    static thread_local const QRegularExpression sentence(QStringLiteral("[，。；：,;:0-9]"));
    return a.size() >= 2 && a.size() <= 40 && !a.contains(sentence);
}

/// A full name for the weaker sources: a body's name that names its place, not "省教育厅",
/// "区政务服务局" or "我厅", and ends like a body.
bool fullAgency(const QString &a) {
    if (!plausibleAgency(a) || a.size() < 4)
        return false;
    static const QString abbreviated = QStringLiteral("省市区县州我本该全各");
    if (abbreviated.contains(a.front()))
        return false;
    static thread_local const QRegularExpression body(QStringLiteral(
        "(?:厅|局|委员会|委|办公室|办|政府|院|会|中心|署|部|处|所|馆|站|队|社|行|公司|集团|街道|"
        "镇|乡|区|县|市|盟|旗|管委会|办事处|监狱|海关)$"));
    static thread_local const QRegularExpression group(QStringLiteral("领导小组|工作组"));
    return a.contains(body) && !a.contains(group);
}

/// "<agency><year>年(度)<title words>" in one line or stretch of text.
const QRegularExpression &titleInLine() {
    static thread_local const QRegularExpression re(
        QStringLiteral("^\\s*#*\\s*(.*?)\\s*((?:19|20)\\d\\d)\\s*年\\s*度?\\s*") + kTitleTail);
    return re;
}

/// 1. The title among the first lines (or, for a report printed as one line, at its start).
std::optional<Found> fromTitle(const SourceDocument &doc, bool *heading) {
    const QString &text = doc.matchText;
    int pos = 0;
    int prevStart = -1, prevEnd = -1;
    // Where the title words occur next: a line holds them when this lies inside it (one
    // vectorised search instead of one per line).
    qsizetype words = findWord(text, kTitleWords);
    while (pos < text.size() && pos < kTitleWindow) {
        int end = int(text.indexOf(u'\n', pos));
        if (end < 0)
            end = int(text.size());
        QStringView line = QStringView(text).mid(pos, end - pos);
        int lineStart = pos;
        if (words >= 0 && words < pos)
            words = findWord(text, kTitleWords, pos);
        auto holdsWords = [&](QStringView l) {
            return words >= 0 && words + kTitleWords.size() <= lineStart + l.size();
        };
        // A long first line is a report printed as one line: its title is in its first words.
        if (line.size() >= 80 && holdsWords(line.left(200)))
            line = line.left(200);
        if (line.size() <= 200 && holdsWords(line) &&
            (line.contains(u"报告") || line.contains(u"年报"))) {
            const QString l = line.toString();
            const auto m = titleInLine().match(l);
            if (m.hasMatch() && m.capturedStart(1) < 60) {
                Found f;
                f.year = m.captured(2).toInt();
                int aStart = lineStart + int(m.capturedStart(1));
                const int aEnd = lineStart + int(m.capturedEnd(1));
                // Paragraph marks (full-width spaces) inside a one-line report: take the last
                // stretch before the year.
                const QString captured = m.captured(1);
                const qsizetype gap = captured.lastIndexOf(QStringLiteral("  "));
                if (gap >= 0 && gap + 2 < captured.size())
                    aStart = lineStart + int(m.capturedStart(1)) + int(gap) + 2;
                f.agency = cleanAgency(displayRange(doc, aStart, aEnd));
                if (f.agency.isEmpty() && prevStart >= 0)
                    f.agency = cleanAgency(displayRange(doc, prevStart, prevEnd));
                if (f.agency.isEmpty() && gap >= 0) // "<agency>  2020年…报告": before the gap
                    f.agency =
                        cleanAgency(displayRange(doc, lineStart + int(m.capturedStart(1)), aStart));
                if (!plausibleAgency(f.agency))
                    f.agency.clear();
                *heading = l.trimmed().startsWith(u'#');
                return f;
            }
        }
        if (!line.trimmed().isEmpty()) {
            prevStart = pos;
            prevEnd = end;
        }
        pos = end + 1;
    }
    return std::nullopt;
}

/// Calls `found(at)` for every place in text[from, end) where one of `words` starts, in text
/// order, until it returns true. The words' first characters are found with QStringView's
/// vectorised character search; only there are the words compared.
template <typename Found>
bool scanWords(const QString &text, int from, int end, std::initializer_list<QStringView> words,
               Found found) {
    end = std::min(end, int(text.size()));
    // Searched up to `end` only: the search for a character past its last place in the window
    // would otherwise run on to the end of the report.
    const QStringView all(text);
    const QStringView window = all.first(std::max(end, 0));
    QVarLengthArray<int, 32> places;
    QVarLengthArray<char16_t, 8> firsts;
    for (QStringView w : words)
        if (!firsts.contains(w[0].unicode()))
            firsts.append(w[0].unicode());
    for (char16_t c : firsts)
        for (qsizetype i = window.indexOf(QChar(c), std::max(from, 0)); i >= 0;
             i = window.indexOf(QChar(c), i + 1))
            for (QStringView w : words)
                if (w[0].unicode() == c && all.mid(i).startsWith(w)) {
                    places.append(int(i));
                    break;
                }
    std::sort(places.begin(), places.end());
    for (int i : places)
        if (found(i))
            return true;
    return false;
}

/// 2. "发布机构：…" / "来源：…" lines of a saved web page.
std::optional<Found> fromPublisher(const SourceDocument &doc) {
    static thread_local const QRegularExpression re(QStringLiteral(
        "\\G(?:发布机构|发文机关|发布单位|信息来源|来源)\\s*[:：]\\s*([^\\s，。|；;:：]{2,40})"));
    // A saved page shows it around the title or in the footer.
    const QString &text = doc.matchText;
    std::optional<Found> result;
    auto at = [&](int i) {
        const int start = i >= 2 && QStringView(text).mid(i - 2, 2) == u"信息" ? i - 2 : i;
        const auto m = matchAt(re, text, start, 64);
        if (!m.hasMatch())
            return false;
        Found f;
        f.agency = cleanAgency(displayRange(doc, int(m.capturedStart(1)), int(m.capturedEnd(1))));
        if (!plausibleAgency(f.agency))
            return false;
        result = f;
        return true;
    };
    const std::initializer_list<QStringView> words{u"发布机构", u"发文机关", u"发布单位", u"来源"};
    const int size = int(text.size());
    if (!scanWords(text, 0, kTitleWindow * 2, words, at) && size > kTitleWindow * 2)
        scanWords(text, std::max(kTitleWindow * 2, size - kTitleWindow), size, words, at);
    return result;
}

/// 3. A file saved under its title: "平潭综合实验区管委会2022年政府信息公开工作年度报告.pdf".
std::optional<Found> fromFileName(const SourceDocument &doc) {
    const QString name =
        QFileInfo(doc.fileName).completeBaseName().normalized(QString::NormalizationForm_KC);
    if (!name.contains(kTitleWords))
        return std::nullopt;
    const auto m = titleInLine().match(name);
    if (!m.hasMatch())
        return std::nullopt;
    Found f;
    f.year = m.captured(2).toInt();
    f.agency = cleanAgency(m.captured(1));
    static thread_local const QRegularExpression numberPrefix(QStringLiteral("^[0-9_\\-. ]+"));
    f.agency.remove(numberPrefix);
    if (!plausibleAgency(f.agency))
        f.agency.clear();
    return f;
}

/// Screen for the mention pattern in `window`: "(?:19|20)\d\d\s*年\s*度?\s*政府信息公开" (every
/// title tail starts with those words).
bool titleYearIn(QStringView window) {
    for (qsizetype y = window.indexOf(u'年'); y >= 0; y = window.indexOf(u'年', y + 1)) {
        if (!yearEndsAt(window, y, 0))
            continue;
        qsizetype k = y + 1;
        while (k < window.size() && isPatternSpace(window[k]))
            ++k;
        if (k < window.size() && window[k] == u'度')
            ++k;
        while (k < window.size() && isPatternSpace(window[k]))
            ++k;
        if (window.sliced(k).startsWith(kTitleWords))
            return true;
    }
    return false;
}

/// 4. The title named in the text: "编写了《<agency>2019年度…报告》", "发布<agency>2021年…年度
/// 报告", "附件：<agency>2022年…年度报告".
std::optional<Found> fromMention(const SourceDocument &doc) {
    static thread_local const QRegularExpression re(
        QStringLiteral("([^\\s，。,、；;:：《“\"]{2,40}?)\\s*((?:19|20)\\d\\d)\\s*年\\s*度?\\s*") +
        kTitleTail);
    static thread_local const QRegularExpression lead(
        QStringLiteral("^(?:.*(?:发布|公布|编写了|编写|编制了|编制|现将|印发|附件|[0-9]+[.、]))"));
    // Only the stretch before each "政府信息公开" can name the title: no scan of the whole text.
    const QString &text = doc.matchText;
    static const QStringList tails{QStringLiteral("工作年度报告"), QStringLiteral("工作报告"),
                                   QStringLiteral("年度报告"), QStringLiteral("年报")};
    for (int at = int(findWord(text, kTitleWords)); at >= 0;
         at = int(findWord(text, kTitleWords, at + 1))) {
        const QStringView after = QStringView(text).mid(at + kTitleWords.size());
        if (std::none_of(tails.cbegin(), tails.cend(),
                         [&](const QString &t) { return after.startsWith(t); }))
            continue;
        const int from = std::max(0, at - 60);
        const int to = std::min(int(text.size()), at + 16);
        if (!titleYearIn(QStringView(text).mid(from, to - from)))
            continue;
        const auto m = re.match(text.mid(from, to - from));
        if (!m.hasMatch())
            continue;
        QString agency = cleanAgency(
            displayRange(doc, from + int(m.capturedStart(1)), from + int(m.capturedEnd(1))));
        agency.remove(lead);
        agency = cleanAgency(agency);
        if (fullAgency(agency))
            return Found{agency, m.captured(2).toInt()};
    }
    return std::nullopt;
}

/// 5. The agency signing above the date at the end: "河北省教育厅\n2024年1月26日".
std::optional<Found> fromSignature(const SourceDocument &doc) {
    static thread_local const QRegularExpression re(
        QStringLiteral("(?:^|[。！\\n\\s])([^。，,；;:：\\n\\s]{4,30})\\s*(?:19|20)\\d\\d\\s*年\\s*"
                       "\\d{1,2}\\s*月\\s*"
                       "\\d{1,2}\\s*日\\s*$"));
    const QString &text = doc.matchText;
    const int from = std::max(0, int(text.size()) - 240);
    const auto m = re.match(text.mid(from));
    if (!m.hasMatch())
        return std::nullopt;
    const QString agency = cleanAgency(
        displayRange(doc, from + int(m.capturedStart(1)), from + int(m.capturedEnd(1))));
    if (!fullAgency(agency))
        return std::nullopt;
    return Found{agency, 0};
}

/// 6. The opening sentence: "2023年，河北省科学技术厅坚持…".
std::optional<Found> fromSubject(const SourceDocument &doc) {
    static const QString verbs =
        QStringLiteral("坚持|认真|深入|全面|始终|紧紧|紧扣|以|按照|围绕|"
                       "进一步|持续|严格|高度|积极|不断|切实|扎实|着力|聚焦");
    static thread_local const QRegularExpression re(
        QStringLiteral("\\G\\s*([^，,。；;\\s]{4,30}?)\\s*(?:") + verbs + u')');
    static const QString verbStarts = [] {
        QString firsts;
        for (QStringView v : QStringView(verbs).split(u'|'))
            firsts += v.front();
        return firsts;
    }();
    // Screen: the subject is 4 to 30 characters without spaces or "，,。；;", and a verb
    // starts right after it (or after the spaces that end it).
    auto mayMatch = [&](QStringView text, qsizetype from) {
        while (from < text.size() && isPatternSpace(text[from]))
            ++from;
        qsizetype run = from;
        while (run < text.size() && run - from < 31 && !isPatternSpace(text[run]) &&
               !isClauseEnd(text[run]))
            ++run;
        for (qsizetype end = from + 4; end <= std::min(from + 30, run); ++end) {
            qsizetype verb = end;
            if (end == run)
                while (verb < text.size() && isPatternSpace(text[verb]))
                    ++verb;
            if (verb < text.size() && verbStarts.contains(text[verb]))
                return true;
        }
        return false;
    };
    const QString &text = doc.matchText;
    const int window = std::min(int(text.size()), kTitleWindow * 2);
    // "<year>年，" first (a literal search), then the subject after it.
    const QStringView head = QStringView(text).first(window); // no search past the window
    for (int at = int(head.indexOf(u'年')); at >= 0; at = int(head.indexOf(u'年', at + 1))) {
        if (at + 1 >= text.size() || (text[at + 1] != u'，' && text[at + 1] != u','))
            continue;
        int yearEnd = at; // PDF text puts a space between digits and 年: "2022 年，"
        while (yearEnd > 0 && at - yearEnd < 2 && text[yearEnd - 1] == u' ')
            --yearEnd;
        if (yearEnd < 4)
            continue;
        const QStringView year = QStringView(text).mid(yearEnd - 4, 4);
        if (!(year.startsWith(u"19") || year.startsWith(u"20")) || !year[2].isDigit() ||
            !year[3].isDigit())
            continue;
        if (!mayMatch(text, at + 2))
            continue;
        const auto m = matchAt(re, text, at + 2, 64);
        if (!m.hasMatch())
            continue;
        const QString agency =
            cleanAgency(displayRange(doc, int(m.capturedStart(1)), int(m.capturedEnd(1))));
        // The report's first such sentence names its subject, or an abbreviation ("省教育厅")
        // that is no agency but still gives the year.
        return Found{fullAgency(agency) ? agency : QString(), year.toInt()};
    }
    return std::nullopt;
}

/// 7. The contact sentence "如对本年报有疑义，请与…联系".
std::optional<Found> fromContact(const SourceDocument &doc) {
    static thread_local const QRegularExpression re(
        QStringLiteral("请与([^，。,;；\\n]{2,40}?)联系"));
    // The match starts at "请与" and spans at most 2 + 40 + 2 characters.
    const auto m = firstMatchAt(re, doc.matchText, u"请与", 48);
    if (!m.hasMatch())
        return std::nullopt;
    QString agency = cleanAgency(displayRange(doc, int(m.capturedStart(1)), int(m.capturedEnd(1))));
    if (agency.endsWith(QStringLiteral("办公室")) && agency.size() > 5)
        agency.chop(3);
    if (!plausibleAgency(agency))
        return std::nullopt;
    return Found{agency, 0};
}

/// The issuing body in the opening paragraph: "现公布<agency>2023年度…".
std::optional<Found> fromOpening(const SourceDocument &doc) {
    static thread_local const QRegularExpression re(QStringLiteral(
        "\\G(?:公布|发布|编制|制作|现将)\\s*([^，。,;；\\n]{2,40}?)\\s*((?:19|20)\\d\\d)\\s*年"));
    const QString &text = doc.matchText;
    std::optional<Found> result;
    scanWords(text, 0, kTitleWindow * 2, {u"公布", u"发布", u"编制", u"制作", u"现将"}, [&](int i) {
        if (!yearBeforeStop(text, i + 2))
            return false;
        const auto m = matchAt(re, text, i, 64);
        if (!m.hasMatch())
            return false;
        const QString agency =
            cleanAgency(displayRange(doc, int(m.capturedStart(1)), int(m.capturedEnd(1))));
        if (plausibleAgency(agency))
            result = Found{agency, m.captured(2).toInt()};
        return true;
    });
    return result;
}

int periodYear(const SourceDocument &doc) {
    static thread_local const QRegularExpression re(
        QStringLiteral("统计(?:期限|时限|期间|周期|时间)[^0-9\\n]{0,8}((?:19|20)\\d\\d)\\s*年"));
    const auto m = firstMatchAt(re, doc.matchText, u"统计", 32);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

void MetadataExtractor::extract(const SourceDocument &doc, ReportMeta *meta) {
    bool heading = false;
    const auto title = fromTitle(doc, &heading);
    // The file name only counts where the title leaves something open.
    const auto file =
        title && !title->agency.isEmpty() && title->year > 0 ? std::nullopt : fromFileName(doc);
    // Agency: the first source that names one, in order of trust; the rest are not searched.
    using Source = std::optional<Found> (*)(const SourceDocument &);
    const std::pair<Source, const char *> weaker[] = {
        {fromPublisher, "publisher"}, {nullptr, "file_name"},   {fromMention, "mention"},
        {fromSignature, "signature"}, {fromSubject, "subject"}, {fromContact, "contact"},
        {fromOpening, "opening"},
    };
    QVector<Found> seen; // what the weaker sources found, for the year
    if (title && !title->agency.isEmpty()) {
        meta->agency = title->agency;
        meta->agencySource = QString::fromLatin1(heading ? "heading" : "title");
    } else {
        for (const auto &[source, name] : weaker) {
            const std::optional<Found> found = source ? source(doc) : file;
            if (!found)
                continue;
            seen << *found;
            if (!found->agency.isEmpty()) {
                meta->agency = found->agency;
                meta->agencySource = QString::fromLatin1(name);
                break;
            }
        }
    }
    // Year: the title, the file name, the statistics period, then what the sources found
    // (never a signature's date: fromSignature gives no year).
    int year = title ? title->year : 0;
    if (!year && file)
        year = file->year;
    if (!year)
        year = periodYear(doc);
    for (const Found &f : std::as_const(seen))
        if (!year)
            year = f.year;
    if (!year)
        if (const auto m = fromMention(doc))
            year = m->year;
    if (!meta->year)
        meta->year = year;
    meta->agencyKey = AgencyKey::fromAgency(meta->agency);
}
