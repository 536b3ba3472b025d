#pragma once

#include "model/cell.h"
#include "model/finding.h"

#include <QString>

/**
 * The words of an export in the language chosen for it (`--lang zh|en`, or the desk's UI
 * language): headers, sheet names, status and decision names. The export language is a property
 * of the file being written, not of the running program, so the words come in pairs here as in
 * the CLI rather than through the application's translator. Printed labels of the national form
 * stay Chinese in both languages.
 *
 * safe() is the formula-injection guard every text cell goes through.
 */
class ExportText {
public:
    enum Language { Zh, En };

    explicit ExportText(Language language = Zh)
        : m_language(language) {}
    Language language() const { return m_language; }
    bool isZh() const { return m_language == Zh; }
    QString operator()(const char *zh, const char *en) const {
        return QString::fromUtf8(m_language == Zh ? zh : en);
    }

    QString cellStatus(CellStatus status) const;
    QString cellStatus(const QString &name) const; ///< a stable name ("read") or meta text as is
    QString decision(const QString &name) const;   ///< "confirmed" → 确认为原文错误
    QString reviewState(const QString &name) const;
    QString severity(Severity severity) const;
    QString findingStatus(FindingStatus status) const;
    QString origin(const QString &name) const;
    QString message(const Finding &finding) const; ///< zh or en, the other when one is empty
    /// The printed description of a spec rule ("（四）无法提供…"); empty for extractor remarks.
    QString ruleDescription(const QString &ruleId) const;
    QString tableName(int table) const; ///< "表二" / "Table 2"

    /// Text as a spreadsheet cell may hold it: a text that starts with =, +, -, @, tab or CR
    /// (a formula to Excel, WPS or LibreOffice) gets a leading apostrophe, so it stays text
    /// wherever the file is opened or pasted (OWASP, CSV injection).
    static QString safe(const QString &text);

private:
    Language m_language;
};
