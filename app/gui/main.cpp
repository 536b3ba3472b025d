// The review desk's entry point: application, translator, main window, files to open.
#include "dialogs/aboutdialog.h"
#include "mainwindow.h"
#include "screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <cstdio>
#include <cstring>

int main(int argc, char *argv[]) {
#ifndef Q_OS_WIN // (a Windows GUI program has no console: there the parser shows a box)
    // Answered before QApplication exists, so it works without a display (scripts, packaging).
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("nianbao %s\n", NIANBAO_VERSION);
            return 0;
        }
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Nianbao"));
    QApplication::setApplicationName(QStringLiteral("nianbao"));
    QApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    QApplication::setWindowIcon(AboutDialog::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("nianbao")); // icon and name on Wayland

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("年报审核台 / Nianbao review desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("UI language: zh_CN (default) or en"),
                                        QStringLiteral("language"));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Open sample 003 (or the report file given), edit one cell, save a "
                       "picture of the window and quit"),
        QStringLiteral("png"));
    const QCommandLineOption chartsShotOption(
        QStringLiteral("screenshot-charts"),
        QStringLiteral("Import the report files given (one agency's years), save a picture of "
                       "the Charts view and quit"),
        QStringLiteral("png"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QStringLiteral("Window size of --screenshot, e.g. 1280x720"),
        QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    parser.addOption(langOption);
    parser.addOption(shotOption);
    parser.addOption(chartsShotOption);
    parser.addOption(sizeOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("A workspace (.nianbao), or reports and folders "
                                                "to import into the open workspace"));
    parser.process(app);

    // Prefer a CJK font when the platform offers no good default (offscreen, minimal desktops).
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")))
        app.setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));

    const QString language =
        parser.isSet(langOption)
            ? parser.value(langOption)
            : QSettings().value(QStringLiteral("language"), "zh_CN").toString();
    QTranslator translator, qtTranslator;
    if (translator.load(QStringLiteral(":/i18n/nianbao_%1.qm").arg(language)))
        QApplication::installTranslator(&translator);
    if (qtTranslator.load(QStringLiteral("qtbase_%1").arg(language),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    MainWindow window;
    if (parser.isSet(chartsShotOption))
        return Screenshot::makeCharts(window, parser.value(chartsShotOption),
                                      parser.positionalArguments());
    if (parser.isSet(shotOption)) {
        const QStringList wh = parser.value(sizeOption).split(u'x');
        const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
        return Screenshot::make(window, parser.value(shotOption),
                                parser.positionalArguments().value(0),
                                size.isValid() && !size.isEmpty() ? size : QSize(1600, 1000));
    }

    window.show();
    window.openWorkspaceAtStart(); // the last one, or the default one with the bundled samples
    QStringList files;
    for (const QString &arg : parser.positionalArguments()) {
        if (QFileInfo(arg).isDir())
            window.openFolder(arg);
        else if (QFileInfo(arg).suffix() == QStringLiteral("nianbao"))
            window.openWorkspace(arg);
        else
            files << arg;
    }
    if (!files.isEmpty())
        window.openFiles(files); // imported into the open workspace
    return app.exec();
}
