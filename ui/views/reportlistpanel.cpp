#include "reportlistpanel.h"

#include "models/reportlistmodel.h"
#include "models/reportsortproxy.h"
#include "review/reportdocument.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

ReportListPanel::ReportListPanel(ReportListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ReportSortProxy(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_filter->setPlaceholderText(tr("筛选：机关、年度、文件…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReportListModel::AgencyColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(ReportListModel::AgencyColumn,
                                                     QHeaderView::Stretch);
    for (int c = ReportListModel::YearColumn; c < ReportListModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(ReportListModel::FileColumn, true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ReportSortProxy::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex source = m_proxy->mapToSource(current);
                ReportDocument *doc = m_model->document(source.row());
                if (!doc && source.isValid())
                    Q_EMIT failureSelected(source.data(ReportListModel::ErrorRole).toString());
                Q_EMIT currentDocumentChanged(doc);
            });
}

ReportDocument *ReportListPanel::currentDocument() const {
    return m_model->document(m_proxy->mapToSource(m_view->currentIndex()).row());
}

void ReportListPanel::setCurrentDocument(const ReportDocument *document) {
    const int row = m_model->rowOf(document);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}
