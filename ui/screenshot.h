#pragma once

#include <QSize>
#include <QString>

class MainWindow;

/**
 * The pictures in the README, made by the build: the bundled samples open (or the report file
 * given, e.g. sample 003 printed as a PDF), sample 003 current, 自然人 （一）予以公开 edited from
 * 4 to a failing 5 and selected (its source highlighted in the document pane), the window
 * grabbed at `size` (1600×1000 unless given; docs/ also has 1280×720 and 1920×1080). The
 * report list is widened for the agency names as the desk does when a workspace opens.
 */
class Screenshot {
public:
    /// Returns 0 on success, 1 (with a message on stderr) when the picture cannot be made.
    static int make(MainWindow &window, const QString &path, const QString &source = {},
                    QSize size = QSize(1600, 1000));
    /// docs/charts.png: `files` (one agency's years) imported into a workspace of its own, the
    /// latest year open, the Charts view (outcomes by year) and the agency across its years
    /// grabbed at 1400×900. A report whose page does not print the agency is given the agency
    /// of the others (as the auditor does in 报告信息), when they name one agency.
    static int makeCharts(MainWindow &window, const QString &path, const QStringList &files);
};
