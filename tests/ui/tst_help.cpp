// The Help menu (issue 13, "Help"), offscreen: the shortcuts dialog is generated from the actions,
// the user guide follows the UI language, About shows versions, licence and the format editions.
#include "dialogs/aboutdialog.h"
#include "dialogs/helpmenu.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/userguidedialog.h"
#include "import/unicodetext.h"
#include "mainwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

namespace {

/// "name\tkeys" of every row of the dialog, for lookups.
QStringList rowsOf(const ShortcutsDialog *dialog) {
    QStringList rows;
    const QTreeWidget *tree = dialog->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(g)->child(i);
            rows << item->text(0) + u'\t' + item->text(1);
        }
    return rows;
}

QStringList menuTitles(const MainWindow &window) {
    QStringList titles;
    for (const QAction *a : window.menuBar()->actions())
        if (a->menu())
            titles << ShortcutsDialog::plainText(a->text());
    return titles;
}

} // namespace

class TestHelp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plainText_data();
    void plainText();
    void shortcutsListEveryActionWithAShortcut();
    void shortcutsFollowTheActions();
    void shortcutsFilter();
    void guideInChinese();
    void guideFollowsTheUiLanguage();
    void aboutShowsVersionsLicenceAndEditions();
    void applicationIconHasEverySize();
};

void TestHelp::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NianbaoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_help"));
    QSettings().clear();
}

void TestHelp::plainText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("chinese mnemonic")
        << QStringLiteral("导入报告(&O)…") << QStringLiteral("导入报告");
    QTest::newRow("english mnemonic")
        << QStringLiteral("&Import Reports...") << QStringLiteral("Import Reports");
    QTest::newRow("literal ampersand")
        << QStringLiteral("Find && &Replace") << QStringLiteral("Find & Replace");
    QTest::newRow("plain") << QStringLiteral("下一个问题") << QStringLiteral("下一个问题");
}

void TestHelp::plainText() {
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(ShortcutsDialog::plainText(text), plain);
}

void TestHelp::shortcutsListEveryActionWithAShortcut() {
    MainWindow window;
    auto *help = window.findChild<HelpMenu *>();
    QVERIFY(help);
    QCOMPARE(menuTitles(window).last(), QStringLiteral("帮助")); // the last menu
    ShortcutsDialog *dialog = help->showShortcuts();
    QVERIFY(dialog && dialog->isVisible());
    const QStringList rows = rowsOf(dialog);
    int withKeys = 0;
    for (const QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut().isEmpty())
            continue;
        ++withKeys;
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        bool found = false;
        for (const QString &row : rows)
            found = found || (row.startsWith(ShortcutsDialog::plainText(a->text()) + u'\t') &&
                              row.contains(keys));
        QVERIFY2(found, qPrintable(a->text() + QStringLiteral(" ") + keys +
                                   QStringLiteral(" is not listed in:\n") + rows.join(u'\n')));
    }
    QVERIFY2(withKeys >= 15, qPrintable(QString::number(withKeys))); // the desk's menus, really
    QCOMPARE(rows.size(), withKeys);                                 // and nothing else

    // Grouped by menu, in the menu bar's order.
    const QTreeWidget *tree = dialog->tree();
    QStringList groups;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        groups << tree->topLevelItem(g)->text(0);
    QVERIFY2(groups.startsWith(QStringLiteral("文件")), qPrintable(groups.join(u',')));
    QVERIFY(groups.contains(QStringLiteral("审核")));
    const int review = int(groups.indexOf(QStringLiteral("审核")));
    bool f8 = false;
    for (int i = 0; i < tree->topLevelItem(review)->childCount(); ++i)
        f8 = f8 || (tree->topLevelItem(review)->child(i)->text(0) == QStringLiteral("下一个问题") &&
                    tree->topLevelItem(review)->child(i)->text(1) == QStringLiteral("F8"));
    QVERIFY(f8);
    QVERIFY(groups.contains(QStringLiteral("帮助"))); // F1, the guide
}

void TestHelp::shortcutsFollowTheActions() {
    MainWindow window;
    auto *help = window.findChild<HelpMenu *>();
    // A shortcut added later (in a submenu, and one outside the menus) is listed the next time.
    QMenu *view = nullptr;
    for (QAction *a : window.menuBar()->actions())
        if (a->menu() && ShortcutsDialog::plainText(a->text()) == QStringLiteral("视图"))
            view = a->menu();
    QVERIFY(view);
    QMenu *sub = view->addMenu(QStringLiteral("测试子菜单(&T)"));
    sub->addAction(QStringLiteral("测试操作"), QKeySequence(QStringLiteral("Ctrl+Alt+J")));
    auto *loose = new QAction(QStringLiteral("窗口上的操作"), &window);
    loose->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+K")));
    window.addAction(loose);
    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(&window);
    bool inSub = false, other = false;
    for (const ShortcutsDialog::Entry &e : entries) {
        inSub = inSub || (e.group == QStringLiteral("视图 › 测试子菜单") &&
                          e.text == QStringLiteral("测试操作"));
        other = other || (e.group == QStringLiteral("其他") && e.action == loose);
    }
    QVERIFY(inSub);
    QVERIFY(other);
    const QStringList rows = rowsOf(help->showShortcuts());
    QVERIFY(rows.contains(
        QStringLiteral("测试操作\t") +
        QKeySequence(QStringLiteral("Ctrl+Alt+J")).toString(QKeySequence::NativeText)));
}

void TestHelp::shortcutsFilter() {
    MainWindow window;
    ShortcutsDialog dialog(&window);
    auto *filter = dialog.findChild<QLineEdit *>();
    QVERIFY(filter);
    filter->setText(QStringLiteral("F8"));
    int shown = 0;
    const QTreeWidget *tree = dialog.tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            shown += tree->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    QCOMPARE(shown, 2); // next and previous finding
}

void TestHelp::guideInChinese() {
    QCOMPARE(UserGuideDialog::language(), QStringLiteral("zh"));
    MainWindow window;
    UserGuideDialog *guide = window.findChild<HelpMenu *>()->showGuide();
    QVERIFY(guide->isVisible());
    const QString text = guide->browser()->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("年报审核台")), qPrintable(text.left(80)));
    QVERIFY(text.contains(QStringLiteral("工作区")));
    QVERIFY(!text.contains(QStringLiteral("## "))); // rendered, not shown as Markdown source
    // The guide names every menu of the desk (it is written from the application).
    for (const QString &menu : menuTitles(window))
        QVERIFY2(text.contains(menu), qPrintable(menu));
}

void TestHelp::guideFollowsTheUiLanguage() {
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/nianbao_en.qm")));
    QCoreApplication::installTranslator(&english);
    const auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&english); });
    QCOMPARE(UserGuideDialog::language(), QStringLiteral("en"));
    MainWindow window;
    UserGuideDialog *guide = window.findChild<HelpMenu *>()->showGuide();
    QCOMPARE(guide->windowTitle(), QStringLiteral("User Guide"));
    const QString text = guide->browser()->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("Nianbao")), qPrintable(text.left(80)));
    QVERIFY(text.contains(QStringLiteral("workspace")));
    for (const QString &menu : menuTitles(window)) {
        QVERIFY2(!menu.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(menu));
        QVERIFY2(text.contains(menu), qPrintable(menu));
    }
}

void TestHelp::aboutShowsVersionsLicenceAndEditions() {
    MainWindow window;
    AboutDialog *about = window.findChild<HelpMenu *>()->showAbout();
    QVERIFY(about->isVisible());
    const QString summary = about->summary();
    QVERIFY2(summary.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())),
             qPrintable(summary));
    QVERIFY(!UnicodeText::icuVersion().isEmpty());
    QVERIFY(UnicodeText::icuVersion().at(0).isDigit());
    QVERIFY(summary.contains(QStringLiteral("ICU ") + UnicodeText::icuVersion()));
    QVERIFY(summary.contains(QStringLiteral(NIANBAO_VERSION)));
    QVERIFY(summary.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(summary.contains(QStringLiteral("国办公开办函〔2019〕60号")));
    QVERIFY(summary.contains(QStringLiteral("国办公开办函〔2021〕30号")));
    auto *licence = about->findChild<QPlainTextEdit *>(QStringLiteral("nianbaoLicence"));
    QVERIFY(licence);
    QVERIFY(licence->toPlainText().contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
    QVERIFY(licence->toPlainText().contains(QStringLiteral("Version 3, 29 June 2007")));
    auto *thirdParty = about->findChild<QTextBrowser *>(QStringLiteral("nianbaoThirdParty"));
    QVERIFY(thirdParty);
    for (const char *name : {"Qt Charts", "ICU", "SQLite", "libxlsxwriter", "Noto Sans CJK"})
        QVERIFY2(thirdParty->toPlainText().contains(QLatin1String(name)), name);
}

void TestHelp::applicationIconHasEverySize() {
    const QIcon icon = AboutDialog::applicationIcon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int s : {16, 32, 48, 64, 128, 256})
        QVERIFY2(sizes.contains(QSize(s, s)), qPrintable(QString::number(s)));
    const QImage small = icon.pixmap(16, 16).toImage();
    QCOMPARE(small.size(), QSize(16, 16));
    QVERIFY(small.pixelColor(8, 1).alpha() > 0); // drawn, not blank
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
