#pragma once

#include <QSortFilterProxyModel>

/// Sorts the report list by ReportListModel::SortRole (pinyin for agencies) and filters on
/// every column's text.
class ReportSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ReportSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
