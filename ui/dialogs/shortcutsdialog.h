#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QTreeWidget;

/**
 * Lists every keyboard shortcut of a window, generated from its actions: the menu bar's menus in
 * their order (a submenu as "视图 › 界面语言"), then any other action of the window that has a
 * shortcut. Nothing is typed in by hand, so the list cannot go stale.
 */
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString group; ///< the menu path, without mnemonics
        QString text;  ///< the action's text, without mnemonic and ellipsis
        QString keys;  ///< every shortcut of the action, in the platform's notation
        QAction *action = nullptr;
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    /// Every action of @p window (and of its menus) that has a shortcut, grouped by menu.
    static QList<Entry> collect(QWidget *window);
    /// An action's text as shown in a list: "导入报告(&O)…" → "导入报告".
    static QString plainText(const QString &text);

    QTreeWidget *tree() const { return m_tree; }

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};
