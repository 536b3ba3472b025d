#include "reportsortproxy.h"

#include "reportlistmodel.h"

ReportSortProxy::ReportSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ReportListModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

bool ReportSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant a = left.data(ReportListModel::SortRole);
    const QVariant b = right.data(ReportListModel::SortRole);
    if (a.typeId() == QMetaType::QByteArray && b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() < b.toByteArray(); // pinyin sort keys compare bytewise
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return a.toString() < b.toString();
}

void ReportSortProxy::setStateFilter(int state) {
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

bool ReportSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_state >= 0 &&
        sourceModel()->index(sourceRow, 0, sourceParent).data(ReportListModel::StateRole).toInt() !=
            m_state)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
