#include "agencykey.h"

#include <QStringList>

#include <algorithm>

namespace {

/// Provinces and province-level units, longest forms first within each name.
const QStringList &provincePrefixes() {
    static const QStringList prefixes = [] {
        const QStringList names{
            QStringLiteral("北京"),           QStringLiteral("天津"),
            QStringLiteral("上海"),           QStringLiteral("重庆"),
            QStringLiteral("河北"),           QStringLiteral("山西"),
            QStringLiteral("辽宁"),           QStringLiteral("吉林"),
            QStringLiteral("黑龙江"),         QStringLiteral("江苏"),
            QStringLiteral("浙江"),           QStringLiteral("安徽"),
            QStringLiteral("福建"),           QStringLiteral("江西"),
            QStringLiteral("山东"),           QStringLiteral("河南"),
            QStringLiteral("湖北"),           QStringLiteral("湖南"),
            QStringLiteral("广东"),           QStringLiteral("海南"),
            QStringLiteral("四川"),           QStringLiteral("贵州"),
            QStringLiteral("云南"),           QStringLiteral("陕西"),
            QStringLiteral("甘肃"),           QStringLiteral("青海"),
            QStringLiteral("台湾"),           QStringLiteral("内蒙古自治区"),
            QStringLiteral("广西壮族自治区"), QStringLiteral("西藏自治区"),
            QStringLiteral("宁夏回族自治区"), QStringLiteral("新疆维吾尔自治区")};
        QStringList out;
        for (const QString &n : names) {
            if (n.endsWith(QStringLiteral("自治区"))) {
                out << n;
                continue;
            }
            out << n + QStringLiteral("省") << n + QStringLiteral("市");
        }
        return out;
    }();
    return prefixes;
}

/// Suffixes that name the form of a body, not the body: folded to one spelling or dropped.
struct Suffix {
    QString printed;
    QString folded;
};
const QVector<Suffix> &suffixes() {
    static const QVector<Suffix> s{
        {QStringLiteral("管理委员会"), QString()},
        {QStringLiteral("管委会"), QString()},
        {QStringLiteral("人民政府"), QString()},
        {QStringLiteral("政府"), QString()},
    };
    return s;
}

bool isBracketOpen(QChar c) {
    return c == u'(' || c == u'[' || c == u'{' || c == u'（' || c == u'【' || c == u'〔' ||
           c == u'［';
}
bool isBracketClose(QChar c) {
    return c == u')' || c == u']' || c == u'}' || c == u'）' || c == u'】' || c == u'〕' ||
           c == u'］';
}

/// A place name of its own near the start: 平潭综合实验区, 石家庄市, 正定县.
bool namesOwnPlace(const QString &rest) {
    static const QString divisions = QStringLiteral("市县区州盟旗镇乡");
    const int limit = qMin(int(rest.size()), 10);
    for (int i = 1; i < limit; ++i)
        if (divisions.contains(rest[i]))
            return true;
    return false;
}

} // namespace

QString AgencyKey::fromAgency(const QString &agency) {
    // Width folding (full-width letters and digits), then nothing but the characters of the name.
    // NFKC is costly: only names holding compatibility forms need it.
    const bool compat = std::any_of(agency.cbegin(), agency.cend(), [](QChar c) {
        return c.unicode() >= 0xff00 || c.unicode() == 0x3000 ||
               (c.unicode() >= 0x2e80 && c.unicode() < 0x2fe0); // Kangxi and CJK radicals
    });
    const QString folded = compat ? agency.normalized(QString::NormalizationForm_KC) : agency;
    QString key;
    key.reserve(folded.size());
    int depth = 0;
    for (QChar c : folded) {
        if (isBracketOpen(c)) {
            ++depth;
            continue;
        }
        if (isBracketClose(c)) {
            depth = qMax(0, depth - 1);
            continue;
        }
        if (depth > 0 || c.isSpace() || c.isPunct() || c.isSymbol())
            continue;
        key.append(c.toLower());
    }
    for (const QString &p : provincePrefixes()) {
        if (key.startsWith(p) && key.size() > p.size() + 2 && namesOwnPlace(key.mid(p.size()))) {
            key.remove(0, p.size());
            break;
        }
    }
    for (const Suffix &s : suffixes()) {
        if (key.endsWith(s.printed) && key.size() > s.printed.size() + 1) {
            key.chop(s.printed.size());
            key.append(s.folded);
            break;
        }
    }
    return key;
}
