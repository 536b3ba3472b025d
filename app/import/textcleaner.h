#pragma once

#include <QString>
#include <QStringView>

/**
 * Turns decoded text into display text: line endings become \n, and what document converters and
 * web pages add around a report is removed — `[bookmark: …]` and `[image: …]` markers, form feeds,
 * page-footer lines (`-3-`, `— 5 —`, `第 3 页 共 10 页`) and navigation lines before the report
 * starts (breadcrumbs, "当前位置：", "字号：大 中 小", "打印本页", menus).
 *
 * Conservative by design: navigation is only removed before the first line that looks like the
 * title or body of a report, and a line is only dropped when all of it is an artefact.
 */
class TextCleaner {
public:
    /// What clean() removed.
    struct Stats {
        int markers = 0;         ///< [bookmark: …] and [image: …]
        int formFeeds = 0;       ///< \f characters
        int footerLines = 0;     ///< page-number lines
        int navigationLines = 0; ///< web navigation lines before the report
    };

    /// The display text for @p text (shared with it when nothing changes). Reentrant.
    static QString clean(const QString &text, Stats *stats = nullptr);

    /// True for a line that is only a page number: `-3-`, `- 3 -`, `— 5 —`, `第3页`, `第 3 页 共 10
    /// 页`.
    static bool isPageFooter(QStringView line);

    /// True for a line of website chrome (breadcrumb, font-size switch, print/share/close links).
    static bool isNavigationLine(QStringView line);

    /// True for a line that starts a report: its title, or a typical first line of its body.
    static bool isReportStart(QStringView line);
};
