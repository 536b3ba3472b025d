#include "historypanel.h"

#include "models/historymodel.h"
#include "workspace/reportaudit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryModel(nullptr, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_revert(new QPushButton(tr("撤销此修改"), this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1); // every column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("筛选修改记录…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::doubleClicked, this, &HistoryPanel::onDoubleClicked);
    connect(m_view, &QWidget::customContextMenuRequested, this, &HistoryPanel::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryPanel::updateActions);

    m_revert->setToolTip(tr("以一次新的、记入日志的修改恢复所选修改之前的值"));
    connect(m_revert, &QPushButton::clicked, this, &HistoryPanel::revertCurrent);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_revert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateTitle();
        updateActions();
        m_view->resizeColumnsToContents();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                // Measured once, when the first edits arrive: re-measuring on every edit costs more
                // than the edit itself once the log is long.
                if (m_model->rowCount() == last - first + 1)
                    m_view->resizeColumnsToContents();
            });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &HistoryPanel::updateTitle);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateTitle);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &HistoryPanel::updateTitle);
    updateTitle();
    updateActions();
}

void HistoryPanel::setAudit(ReportAudit *audit) {
    m_model->setAudit(audit);
}

ReportAudit *HistoryPanel::audit() const {
    return m_model->audit();
}

void HistoryPanel::updateTitle() {
    const int all = m_model->rowCount(), shown = m_proxy->rowCount();
    m_title->setText(shown == all ? tr("<b>修改记录</b>（%1）").arg(all)
                                  : tr("<b>修改记录</b>（%1 / %2）").arg(shown).arg(all));
}

void HistoryPanel::updateActions() {
    const ReportAudit *a = audit();
    m_revert->setEnabled(a && !a->isReadOnly() && currentEditId() >= 0);
}

qint64 HistoryPanel::currentEditId() const {
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(HistoryModel::EditIdRole).toLongLong() : -1;
}

bool HistoryPanel::revertEdit(qint64 editId, const QString &note) {
    ReportAudit *a = audit();
    QString error;
    if (!a)
        error = tr("没有打开的报告 / no report is open");
    else if (a->revert(editId, note, &error))
        return true;
    Q_EMIT message(error.isEmpty() ? tr("无法撤销修改 #%1 / cannot revert edit #%1").arg(editId)
                                   : error);
    return false;
}

void HistoryPanel::revertCurrent() {
    const qint64 id = currentEditId();
    if (id < 0)
        return;
    bool ok = false;
    const QString note =
        QInputDialog::getText(this, tr("撤销修改 #%1").arg(id), tr("备注（可不填）："),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        revertEdit(id, note.trimmed());
}

void HistoryPanel::onDoubleClicked(const QModelIndex &index) {
    const int cell = index.data(HistoryModel::CellRole).toInt();
    if (cell >= 0)
        Q_EMIT cellRequested(cell);
}

void HistoryPanel::showMenu(const QPoint &pos) {
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    QAction *revert = menu.addAction(tr("撤销此修改…"), this, &HistoryPanel::revertCurrent);
    revert->setEnabled(m_revert->isEnabled());
    const int cell = index.data(HistoryModel::CellRole).toInt();
    if (cell >= 0)
        menu.addAction(tr("转到单元格"), this, [this, cell] { Q_EMIT cellRequested(cell); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}
