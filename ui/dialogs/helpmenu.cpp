#include "helpmenu.h"

#include "aboutdialog.h"
#include "shortcutsdialog.h"
#include "userguidedialog.h"

#include <QApplication>

namespace {

// Shows a dialog without blocking the desk: the auditor can keep the guide open beside it.
template <typename Dialog> void present(Dialog *dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

HelpMenu::HelpMenu(QWidget *window)
    : QMenu(tr("帮助(&H)"), window)
    , m_window(window) {
    setObjectName(QStringLiteral("nianbaoHelpMenu"));
    addAction(tr("用户指南(&G)"), QKeySequence::HelpContents, this, &HelpMenu::showGuide);
    addAction(tr("键盘快捷键(&K)…"), this, &HelpMenu::showShortcuts);
    addSeparator();
    QAction *about = addAction(tr("关于年报审核台(&A)…"), this, &HelpMenu::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = addAction(tr("关于 Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

UserGuideDialog *HelpMenu::showGuide() {
    if (!m_guide)
        m_guide = new UserGuideDialog(m_window);
    present(m_guide.data());
    return m_guide;
}

ShortcutsDialog *HelpMenu::showShortcuts() {
    delete m_shortcuts; // rebuilt from the actions as they are now
    m_shortcuts = new ShortcutsDialog(m_window, m_window);
    present(m_shortcuts.data());
    return m_shortcuts;
}

AboutDialog *HelpMenu::showAbout() {
    if (!m_about)
        m_about = new AboutDialog(m_window);
    present(m_about.data());
    return m_about;
}
