#include "findingspanel.h"

#include "models/findingsmodel.h"
#include "review/reportdocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_apply(new QPushButton(tr("采用建议值"), this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    auto *title = new QLabel(tr("<b>问题</b>"), this);
    bar->addWidget(title);
    bar->addWidget(m_count);
    bar->addStretch();
    m_apply->setToolTip(tr("把建议值作为一次可撤销的修改写入单元格 (Ctrl+Shift+A)"));
    m_apply->setEnabled(false);
    bar->addWidget(m_apply);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_view, &QTreeView::doubleClicked, this, &FindingsPanel::activate);
    connect(m_view, &QTreeView::activated, this, &FindingsPanel::activate);
    connect(m_apply, &QPushButton::clicked, this, &FindingsPanel::applySuggestion);
}

void FindingsPanel::setModel(FindingsModel *model) {
    m_model = model;
    m_view->setModel(model);
    if (!model)
        return;
    m_view->expandAll();
    spanGroups();
    m_view->setColumnWidth(FindingsModel::FindingColumn, 110);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(FindingsModel::ExpectedColumn, 60);
    m_view->setColumnWidth(FindingsModel::ActualColumn, 60);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(FindingsModel::SuggestionColumn, 230); // "自然人 · （一）予以公开 → 4"
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        m_view->expand(parent);
        if (!parent.isValid()) {
            m_view->expandAll();
            spanGroups();
        }
        updateState();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FindingsPanel::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingsPanel::updateState);
    updateState();
}

int FindingsPanel::currentFinding() const {
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(FindingsModel::FindingIndexRole).toInt() : -1;
}

void FindingsPanel::spanGroups() {
    // A group's title (table · rule — description) reads across the whole row.
    for (int g = 0; g < m_model->rowCount(); ++g)
        m_view->setFirstColumnSpanned(g, {}, true);
}

void FindingsPanel::updateState() {
    if (!m_model)
        return;
    m_count->setText(tr("%n 项", nullptr, m_model->findingCount()));
    const QModelIndex i = m_view->currentIndex();
    m_apply->setEnabled(i.isValid() && i.data(FindingsModel::HasSuggestionRole).toBool());
}

void FindingsPanel::activate(const QModelIndex &index) {
    if (!index.isValid())
        return;
    const QModelIndex first = index.siblingAtColumn(0);
    if (first.data(FindingsModel::FindingIndexRole).toInt() < 0) {
        m_view->setExpanded(first, !m_view->isExpanded(first));
        return;
    }
    Q_EMIT cellsRequested(first.data(FindingsModel::CellsRole).value<QList<int>>());
}

void FindingsPanel::step(int direction) {
    if (!m_model)
        return;
    const QVector<QModelIndex> rows = m_model->findingRows();
    if (rows.isEmpty()) {
        Q_EMIT message(tr("没有问题"));
        return;
    }
    const int current = currentFinding();
    int at = -1;
    for (int i = 0; i < rows.size(); ++i)
        if (rows[i].data(FindingsModel::FindingIndexRole).toInt() == current)
            at = i;
    const int n = int(rows.size());
    const int next = at < 0 ? (direction > 0 ? 0 : n - 1) : ((at + direction) % n + n) % n;
    m_view->setCurrentIndex(rows[next]);
    m_view->scrollTo(rows[next]);
    activate(rows[next]);
}

void FindingsPanel::next() {
    step(1);
}

void FindingsPanel::previous() {
    step(-1);
}

void FindingsPanel::applySuggestion() {
    if (!m_model || !m_model->document())
        return;
    const int finding = currentFinding();
    QString error;
    if (!m_model->document()->applySuggestion(finding, &error))
        Q_EMIT message(error);
}
