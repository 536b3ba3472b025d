#include "uilanguage.h"

namespace {
bool isHan(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9fff) || (u >= 0x3000 && u <= 0x303f) || // CJK, 、。「」
           (u >= 0xff00 && u <= 0xffef);                                   // full-width ：（）
}

bool hasHan(QStringView text) {
    return std::any_of(text.begin(), text.end(), isHan);
}
} // namespace

QString UiLanguage::code() {
    //: The language code of this translation: "en" in the English one.
    return tr("zh_CN");
}

QString UiLanguage::name() {
    return isChinese() ? QStringLiteral("中文") : QStringLiteral("English");
}

QString UiLanguage::pick(const QString &zh, const QString &en) {
    if (isChinese())
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

bool UiLanguage::split(const QString &text, QString *zh, QString *en) {
    // The separator is the first "/ " after Chinese text with no Chinese after it: the English
    // half. ("说明 / note过长…" has Chinese after its first slash: not the separator.)
    for (qsizetype p = text.indexOf(u'/'); p > 0; p = text.indexOf(u'/', p + 1)) {
        if (p + 1 >= text.size() || text[p + 1] != u' ')
            continue;
        const QStringView left = QStringView(text).left(p);
        const QStringView right = QStringView(text).mid(p + 1);
        if (!hasHan(left) || hasHan(right))
            continue;
        // What stands before the Chinese up to its last ": " (a file name) belongs to both.
        qsizetype first = 0;
        while (first < left.size() && !isHan(left[first]))
            ++first;
        const qsizetype cut = left.left(first).lastIndexOf(u": ");
        const QStringView shared = cut >= 0 ? left.left(cut + 2) : QStringView();
        if (zh)
            *zh = left.trimmed().toString();
        if (en)
            *en = shared.toString() + right.trimmed().toString();
        return true;
    }
    return false;
}

QString UiLanguage::half(const QString &text) {
    QString zh, en;
    if (!split(text, &zh, &en))
        return text;
    return isChinese() ? zh : en;
}
