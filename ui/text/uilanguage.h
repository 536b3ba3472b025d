#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * The one language the desk shows at a time. The core keeps bilingual texts: findings carry `zh`
 * and `en`, cell notes and stored automatic notes are "中文 / English" in one string. The desk
 * shows the half of its language, everywhere through this class, so no view decides on its own.
 *
 * The language is the one of the installed translation (nianbao_en.qm answers "en" for the
 * marker below), so tests that install a translator see the same choice as the application.
 */
class UiLanguage {
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)
public:
    /// "zh_CN" or "en": the language of the installed translation.
    static QString code();
    static bool isChinese() { return code() != u"en"; }
    /// "中文" / "English": the active language, named in itself.
    static QString name();
    /// `zh` or `en` for the UI's language, the other one when that half is empty.
    static QString pick(const QString &zh, const QString &en);
    /// The UI language's half of a "中文 / English" text (a path or number before the Chinese
    /// is kept on both sides: "a.txt: 文件为空 / file is empty" → "a.txt: file is empty").
    /// Text that is not bilingual is returned as it is.
    static QString half(const QString &text);
    /// Both halves of a bilingual text; false when `text` is not "中文 / English".
    static bool split(const QString &text, QString *zh, QString *en);
};
