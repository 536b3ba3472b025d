#pragma once

#include "model/edition.h"

#include <QString>
#include <QStringList>
#include <QVector>

/// What a measure belongs to, for grouping in charts and tables.
enum class MeasureGroup {
    Flow,      ///< new requests, carried over, carried forward
    Outcome,   ///< the six outcome categories of 三、本年度办理结果
    Item,      ///< one item of an outcome category (不予公开 1.–8., …)
    Total,     ///< （七）总计
    Applicant, ///< applicant mix of the new requests
    Review,    ///< table 3: administrative review
    Litigation ///< table 3: litigation (direct + after review)
};

/**
 * One statistic, defined once for both editions in terms of the spec's keys (docs/statistics.md
 * is the reader's version of this table):
 *
 * - table 2: the sum over `rows` of column `columns` (normally "total"). A row id that is not a
 *   printed row of the edition is one of the spec's derived subtotals (`denied_subtotal`, and
 *   in 2021 `other_handling`): its items are taken from the spec's `derived` formula. A blank
 *   总计 (total column) is replaced by the sum of the row's six applicant columns and marked.
 * - table 3: the sum of `columns` of the single row; a blank `*_total` column is replaced by the
 *   sum of its four results (维持, 纠正, 其他, 尚未审结) and marked.
 */
struct Measure {
    QString id; ///< the JSON key of `nianbao-cli stats`: "granted", "review_total", …
    MeasureGroup group = MeasureGroup::Outcome;
    int table = 2;
    QStringList rows;    ///< table 2 row ids (printed or derived)
    QStringList columns; ///< table 2: applicant columns ("total"); table 3: columns summed
    QString parent;      ///< items: the id of their category
    const char *zh = "";
    const char *en = "";
};

/// The catalogue of measures (one instance, in display order).
class Measures {
public:
    static const QVector<Measure> &all();
    static int indexOf(const QString &id); ///< -1 for an unknown id
    static const Measure &at(int index) { return all()[index]; }
    /// The measures of one group, in order (indices into all()).
    static QVector<int> ofGroup(MeasureGroup group);
    /// The items of a category (indices), e.g. the eight 不予公开 items of "denied".
    static QVector<int> itemsOf(const QString &category);
    /// The short name in Chinese or English (like findings, the core keeps both).
    static QString label(int index, bool chinese);
    /// The table 2 rows a measure sums in an edition (derived rows expanded into their items).
    static QStringList rowsIn(const Measure &measure, Edition edition);

    /// Indices of the measures `nianbao-cli stats` prints, in its JSON order.
    static const QVector<int> &core();
};
