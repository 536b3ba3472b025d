#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

QString keysOf(const QAction *action) {
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        if (!k.isEmpty())
            keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void walkMenu(const QMenu *menu, const QString &path, QList<ShortcutsDialog::Entry> &out,
              QSet<const QAction *> &seen) {
    for (QAction *a : menu->actions()) {
        seen.insert(a);
        if (a->menu()) {
            walkMenu(a->menu(),
                     path + QStringLiteral(" › ") + ShortcutsDialog::plainText(a->text()), out,
                     seen);
        } else if (!a->isSeparator() && !keysOf(a).isEmpty()) {
            out.append({path, ShortcutsDialog::plainText(a->text()), keysOf(a), a});
        }
    }
}

} // namespace

QString ShortcutsDialog::plainText(const QString &text) {
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)")); // Chinese style "(&O)"
    QString t = text;
    t.remove(mnemonic);
    t.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    t.remove(u'&');
    t.replace(u'\x01', u'&');
    t.remove(u'…');
    if (t.endsWith(QStringLiteral("...")))
        t.chop(3);
    return t.trimmed();
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget *window) {
    QList<Entry> out;
    QSet<const QAction *> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window))
        for (QAction *a : main->menuBar()->actions()) {
            seen.insert(a);
            if (a->menu())
                walkMenu(a->menu(), plainText(a->text()), out, seen);
        }
    // Actions that live on views rather than in a menu (a grid's own keys, for example).
    QList<Entry> others;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (seen.contains(a) || a->isSeparator() || keysOf(a).isEmpty())
            continue;
        QString group;
        for (QObject *o : a->associatedObjects())
            if (auto *menu = qobject_cast<QMenu *>(o); menu && !menu->title().isEmpty())
                group = plainText(menu->title());
        others.append({group.isEmpty() ? tr("其他") : group, plainText(a->text()), keysOf(a), a});
    }
    std::stable_sort(others.begin(), others.end(),
                     [](const Entry &a, const Entry &b) { return a.group < b.group; });
    return out + others;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("nianbaoShortcutsDialog"));
    setWindowTitle(tr("键盘快捷键"));
    m_filter->setPlaceholderText(tr("按名称或按键筛选"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("操作"), tr("快捷键")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    QTreeWidgetItem *group = nullptr;
    for (const Entry &e : collect(window)) {
        if (!group || group->text(0) != e.group) {
            group = new QTreeWidgetItem(m_tree, {e.group});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(group, {e.text, e.keys});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(520, 600);
}

void ShortcutsDialog::filter(const QString &text) {
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() ||
                               item->text(0).contains(text, Qt::CaseInsensitive) ||
                               item->text(1).contains(text, Qt::CaseInsensitive) ||
                               group->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}
