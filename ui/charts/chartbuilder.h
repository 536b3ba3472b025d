#pragma once

#include "chartdata.h"
#include "stats/yearaggregate.h"

#include <QCoreApplication>

/**
 * Turns the yearly figures of app/stats into what a chart shows: which measures, in which
 * colours (Okabe–Ito, safe for colour-blind readers), with the tooltips that give the numbers,
 * the reports behind them and the cells that make a figure uncertain. No drawing here: a
 * ChartCanvas draws the result.
 */
class ChartBuilder {
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)
public:
    enum class Kind {
        Outcomes,          ///< stacked bars: the six outcome categories, counts
        OutcomeShares,     ///< the same as shares of （七）总计, in %
        Requests,          ///< lines: new requests and carried over
        ReviewResults,     ///< stacked bars: administrative reviews by result
        LitigationResults, ///< stacked bars: lawsuits by result
    };
    static constexpr int KindCount = 5;
    static QString kindName(Kind kind);

    /// `subject` names what is charted (an agency, or "3 个机关").
    static ChartData build(Kind kind, const QVector<YearPoint> &years, const QString &subject);
    /// The measures a chart kind draws, as series (indices into Measures::all()).
    static QVector<int> measuresOf(Kind kind);
    /// Okabe & Ito's eight colours (black last).
    static const QVector<QColor> &palette();
    /// True when the UI shows its Chinese source strings.
    static bool chineseUi();
    /// "（一）予以公开·自然人（推断）": a cell behind an uncertain figure, in the UI language.
    static QString describe(const AggregateSource &source);
};
