#pragma once

#include <QMenu>
#include <QPointer>

class AboutDialog;
class ShortcutsDialog;
class UserGuideDialog;

/**
 * The Help menu: user guide, keyboard shortcuts, About. Built by itself so that the main window
 * only adds it to its menu bar. Each dialog is opened once and raised when asked for again; the
 * shortcuts dialog is rebuilt from the window's actions every time it opens, so it never lists a
 * stale shortcut.
 */
class HelpMenu : public QMenu {
    Q_OBJECT
public:
    /// @p window is the main window whose actions the shortcuts dialog lists.
    explicit HelpMenu(QWidget *window);

    UserGuideDialog *showGuide();
    ShortcutsDialog *showShortcuts();
    AboutDialog *showAbout();

private:
    QWidget *m_window;
    QPointer<UserGuideDialog> m_guide;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<AboutDialog> m_about;
};
