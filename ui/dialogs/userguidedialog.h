#pragma once

#include <QDialog>

class QTextBrowser;

/**
 * The user guide (docs/user-guide.zh.md / .en.md, compiled in) in the language of the UI. The
 * language is itself a translated string, so the guide follows whichever translation is loaded.
 */
class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    /// "zh" or "en": the guide matching the loaded UI translation.
    static QString language();
    /// The guide's Markdown in language(), or in Chinese when that one is missing.
    static QString markdown();

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
