#include "displaytext.h"

#include <algorithm>

bool DisplayText::needsEscape(QChar c) {
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u < 0xa0) || (u >= 0x202a && u <= 0x202e) ||
           (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029;
}

QString DisplayText::line(QStringView text) {
    qsizetype i = 0;
    while (i < text.size() && !needsEscape(text[i]))
        ++i;
    if (i == text.size())
        return text.toString(); // the common case: nothing to escape, no copy work
    QString out = text.left(i).toString();
    out.reserve(text.size() + 8);
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!needsEscape(c)) {
            out += c;
            continue;
        }
        switch (c.unicode()) {
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += c.unicode() < 0x100
                       ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                       : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

QString DisplayText::line(QStringView text, int maxLength) {
    if (text.size() <= maxLength)
        return line(text);
    return line(text.left(maxLength)) + QChar(0x2026);
}

QString DisplayText::fileError(const QString &error, const QString &path) {
    QString text = error.simplified();
    const qsizetype slash = std::max(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    const QString name = path.mid(slash + 1);
    if (!name.isEmpty() && text.startsWith(name + u':'))
        text = path + text.mid(name.size());
    else if (!text.startsWith(path + u':'))
        text = path + QStringLiteral(": ") + text;
    return line(text);
}
