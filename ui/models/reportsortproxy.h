#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

/// Sorts the report list by ReportListModel::SortRole (pinyin for agencies), filters on every
/// column's text and on the agency's pinyin — its initials ("szq" for 市中区…) or in full
/// ("shizhong") — and, optionally, on the review state.
class ReportSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ReportSortProxy(QObject *parent = nullptr);

    /// Shows only reports in this review state (int(ReviewState)); -1 shows all.
    void setStateFilter(int state);
    int stateFilter() const { return m_state; }
    /// The text filter (case-insensitive; Latin letters also match the agency's pinyin).
    void setFilterText(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool pinyinMatches(const QString &agency) const;

    int m_state = -1;
    QString m_pinyinQuery; ///< lower-case Latin letters of the filter, empty when not pinyin
    /// agency → (pinyin without spaces, initials), computed once per name.
    mutable QHash<QString, std::pair<QString, QString>> m_pinyin;
};
