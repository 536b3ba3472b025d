#include "reportlistpanel.h"

#include "models/reportlistmodel.h"
#include "models/reportsortproxy.h"
#include "review/reportdocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr ReviewState kStates[] = {ReviewState::Pending, ReviewState::InReview,
                                   ReviewState::Approved, ReviewState::Returned};
}

ReportListPanel::ReportListPanel(ReportListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ReportSortProxy(this))
    , m_filter(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_stateEditor(new QComboBox(this))
    , m_view(new QTableView(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("筛选：机关、年度、文件…"));
    m_filter->setClearButtonEnabled(true);
    top->addWidget(m_filter, 1);
    m_stateFilter->addItem(tr("全部状态"), -1);
    for (ReviewState s : kStates)
        m_stateFilter->addItem(ReportListModel::reviewStateText(s), int(s));
    m_stateFilter->setToolTip(tr("按审核状态筛选"));
    top->addWidget(m_stateFilter);
    layout->addLayout(top);
    layout->addWidget(m_view);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(4, 0, 4, 2);
    bottom->addWidget(new QLabel(tr("审核状态："), this));
    for (ReviewState s : kStates)
        m_stateEditor->addItem(ReportListModel::reviewStateText(s), int(s));
    m_stateEditor->setToolTip(tr("设定所选报告的审核状态（记入修改记录）"));
    bottom->addWidget(m_stateEditor);
    bottom->addStretch();
    layout->addLayout(bottom);

    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReportListModel::AgencyColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(ReportListModel::AgencyColumn,
                                                     QHeaderView::Stretch);
    for (int c = ReportListModel::YearColumn; c < ReportListModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(ReportListModel::FileColumn, true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ReportSortProxy::setFilterFixedString);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStateFilter(m_stateFilter->currentData().toInt()); });
    connect(m_stateEditor, &QComboBox::activated, this,
            [this] { setStateOfSelection(m_stateEditor->currentData().toInt()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ReportListPanel::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex source = m_proxy->mapToSource(current);
                const QString error = source.data(ReportListModel::ErrorRole).toString();
                if (!error.isEmpty())
                    Q_EMIT message(error);
                updateStateEditor();
                Q_EMIT currentRowChanged(source.isValid() ? source.row() : -1);
            });
    connect(model, &QAbstractItemModel::dataChanged, this, &ReportListPanel::updateStateEditor);
    updateStateEditor();
}

int ReportListPanel::currentRow() const {
    const QModelIndex source = m_proxy->mapToSource(m_view->currentIndex());
    return source.isValid() ? source.row() : -1;
}

ReportDocument *ReportListPanel::currentDocument() const {
    return m_model->document(currentRow());
}

void ReportListPanel::setCurrentRow(int row) {
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    if (at.isValid())
        m_view->setCurrentIndex(at);
}

void ReportListPanel::setCurrentDocument(const ReportDocument *document) {
    const int row = m_model->rowOf(document);
    if (row >= 0)
        setCurrentRow(row);
}

bool ReportListPanel::setStateOfSelection(int state) {
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    bool ok = true;
    for (int row : rows) {
        if (m_model->reportId(row) < 0)
            continue;
        QString error;
        if (!m_model->setReviewState(row, ReviewState(state), &error)) {
            Q_EMIT message(error);
            ok = false;
            break;
        }
    }
    updateStateEditor();
    return ok;
}

void ReportListPanel::showMenu(const QPoint &at) {
    if (!m_view->indexAt(at).isValid())
        return;
    QMenu menu(this);
    for (ReviewState s : kStates)
        menu.addAction(tr("设为“%1”").arg(ReportListModel::reviewStateText(s)), this,
                       [this, s] { setStateOfSelection(int(s)); });
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

void ReportListPanel::updateStateEditor() {
    const int row = currentRow();
    const int state =
        row >= 0 ? m_model->index(row, 0).data(ReportListModel::StateRole).toInt() : -1;
    m_stateEditor->setEnabled(state >= 0 && m_model->reportId(row) >= 0);
    if (state >= 0)
        m_stateEditor->setCurrentIndex(m_stateEditor->findData(state));
}
