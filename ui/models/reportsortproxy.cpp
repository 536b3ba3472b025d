#include "reportsortproxy.h"

#include "reportlistmodel.h"

#include "import/unicodetext.h"

#include <QRegularExpression>

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

void ReportSortProxy::setFilterText(const QString &text) {
    const QString query = text.trimmed().toLower().remove(u' ');
    static const QRegularExpression latin(QStringLiteral("^[a-z]+$"));
    m_pinyinQuery = latin.match(query).hasMatch() ? query : QString();
    setFilterFixedString(text.trimmed());
}

bool ReportSortProxy::pinyinMatches(const QString &agency) const {
    auto it = m_pinyin.constFind(agency);
    if (it == m_pinyin.cend()) {
        const QString spelled = PinyinCollator::pinyin(agency);
        it = m_pinyin.insert(agency,
                             {QString(spelled).remove(u' '), PinyinCollator::initials(agency)});
    }
    return it->first.contains(m_pinyinQuery) || it->second.contains(m_pinyinQuery);
}

bool ReportSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_state >= 0 &&
        sourceModel()->index(sourceRow, 0, sourceParent).data(ReportListModel::StateRole).toInt() !=
            m_state)
        return false;
    if (QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return true;
    return !m_pinyinQuery.isEmpty() &&
           pinyinMatches(sourceModel()
                             ->index(sourceRow, ReportListModel::AgencyColumn, sourceParent)
                             .data()
                             .toString());
}
