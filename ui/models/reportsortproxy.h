#pragma once

#include <QSortFilterProxyModel>

/// Sorts the report list by ReportListModel::SortRole (pinyin for agencies), filters on every
/// column's text and, optionally, on the review state.
class ReportSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ReportSortProxy(QObject *parent = nullptr);

    /// Shows only reports in this review state (int(ReviewState)); -1 shows all.
    void setStateFilter(int state);
    int stateFilter() const { return m_state; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_state = -1;
};
