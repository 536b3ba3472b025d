#include "findingspanel.h"

#include "models/findingsmodel.h"
#include "review/reportdocument.h"
#include "workspace/reportaudit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_apply(new QPushButton(tr("采用建议值"), this))
    , m_accept(new QPushButton(tr("确认读数"), this))
    , m_confirm(new QPushButton(tr("确认为原文错误"), this))
    , m_dismiss(new QPushButton(tr("忽略…"), this))
    , m_reopen(new QPushButton(tr("重新打开"), this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(new QLabel(tr("<b>问题</b>"), this));
    bar->addWidget(m_count);
    m_filter->addItem(tr("全部"), -1);
    for (Decision d : {Decision::Open, Decision::Confirmed, Decision::Dismissed, Decision::Fixed})
        m_filter->addItem(FindingsModel::decisionText(d), int(d));
    m_filter->setToolTip(tr("按处理决定筛选"));
    bar->addWidget(m_filter);
    bar->addStretch();
    m_apply->setToolTip(tr("把建议值作为一次可撤销的修改写入单元格 (Ctrl+Shift+A)"));
    bar->addWidget(m_apply);
    m_accept->setToolTip(tr("原文就是这样印的：存疑的数值按读数确认，记入修改记录 (空格)"));
    bar->addWidget(m_accept);
    layout->addLayout(bar);

    auto *decide = new QHBoxLayout;
    decide->setContentsMargins(6, 0, 6, 0);
    m_note->setPlaceholderText(tr("说明（忽略时必填）"));
    m_note->setClearButtonEnabled(true);
    decide->addWidget(m_note, 1);
    m_confirm->setToolTip(tr("原报告本身有误：保留原值并在导出中报告 (Ctrl+Shift+C)"));
    m_dismiss->setToolTip(tr("不是问题：须写明理由 (Ctrl+Shift+D)"));
    m_reopen->setToolTip(tr("撤回决定，问题重新待处理 (Ctrl+Shift+R)"));
    decide->addWidget(m_confirm);
    decide->addWidget(m_dismiss);
    decide->addWidget(m_reopen);
    layout->addLayout(decide);
    layout->addWidget(m_view);

    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_view, &QTreeView::doubleClicked, this, &FindingsPanel::activate);
    connect(m_view, &QTreeView::activated, this, &FindingsPanel::activate);
    connect(m_apply, &QPushButton::clicked, this, &FindingsPanel::applySuggestion);
    connect(m_accept, &QPushButton::clicked, this, &FindingsPanel::acceptReading);
    connect(m_confirm, &QPushButton::clicked, this, &FindingsPanel::confirm);
    connect(m_dismiss, &QPushButton::clicked, this, &FindingsPanel::dismiss);
    connect(m_reopen, &QPushButton::clicked, this, &FindingsPanel::reopen);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &FindingsPanel::applyFilter);
}

void FindingsPanel::setModel(FindingsModel *model) {
    m_model = model;
    m_view->setModel(model);
    if (!model)
        return;
    m_view->expandAll();
    spanGroups();
    // The formula gets the room: the other columns are as wide as their contents.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    for (int c = 1; c < FindingsModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, c == FindingsModel::MessageColumn
                                            ? QHeaderView::Stretch
                                            : QHeaderView::ResizeToContents);
    // Column 0 also carries the group titles (spanned): sized for the severity words only.
    const QFontMetrics fm(m_view->font());
    m_view->setColumnWidth(FindingsModel::FindingColumn,
                           m_view->indentation() + fm.horizontalAdvance(tr("? 错误 · 无法核验")) +
                               fm.horizontalAdvance(u'中'));
    m_view->setColumnHidden(FindingsModel::DecisionColumn, !model->audit());
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        m_view->expand(parent);
        if (!parent.isValid()) {
            m_view->expandAll();
            spanGroups();
        }
        applyFilter();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FindingsPanel::applyFilter);
    connect(model, &QAbstractItemModel::dataChanged, this, &FindingsPanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                updateState();
                // A click on a finding shows its cells; the list keeps the focus.
                const QModelIndex first = current.siblingAtColumn(0);
                if (first.isValid() && first.parent().isValid()) {
                    const auto cells = first.data(FindingsModel::CellsRole).value<QList<int>>();
                    if (!cells.isEmpty())
                        Q_EMIT cellsShown(cells);
                }
            });
    applyFilter();
}

int FindingsPanel::currentFinding() const {
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(FindingsModel::FindingIndexRole).toInt() : -1;
}

QStringList FindingsPanel::selectedFindingIds() const {
    QStringList out;
    auto add = [&out](const QModelIndex &i) {
        if (i.isValid() && i.parent().isValid()) {
            const QString id = i.siblingAtColumn(0).data(FindingsModel::FindingIdRole).toString();
            if (!id.isEmpty() && !out.contains(id))
                out << id;
        }
    };
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        add(i);
    if (out.isEmpty())
        add(m_view->currentIndex());
    return out;
}

void FindingsPanel::spanGroups() {
    // A group's title (table · rule — description) reads across the whole row.
    for (int g = 0; g < m_model->rowCount(); ++g)
        m_view->setFirstColumnSpanned(g, {}, true);
}

bool FindingsPanel::accepts(const QModelIndex &row) const {
    const int wanted = m_filter->currentData().toInt();
    return wanted < 0 || row.data(FindingsModel::DecisionRole).toInt() == wanted;
}

void FindingsPanel::setDecisionFilter(int decision) {
    m_filter->setCurrentIndex(m_filter->findData(decision));
}

void FindingsPanel::applyFilter() {
    if (!m_model)
        return;
    // Rows are hidden rather than filtered through a proxy: the model's indexes stay the
    // view's, which F8 and the grid's "select finding" rely on.
    int shown = 0;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        int visible = 0;
        for (int k = 0; k < m_model->rowCount(group); ++k) {
            const QModelIndex row = m_model->index(k, 0, group);
            const bool ok = accepts(row);
            m_view->setRowHidden(k, group, !ok);
            visible += ok ? 1 : 0;
            if (ok && !row.data(FindingsModel::ResolvedRole).toBool())
                ++shown;
        }
        m_view->setRowHidden(g, {}, visible == 0);
    }
    m_count->setText(shown == m_model->findingCount()
                         ? tr("%n 项", nullptr, shown)
                         : tr("%1 / %2 项").arg(shown).arg(m_model->findingCount()));
    updateState();
}

void FindingsPanel::updateState() {
    if (!m_model)
        return;
    const QModelIndex i = m_view->currentIndex();
    m_apply->setEnabled(i.isValid() && i.data(FindingsModel::HasSuggestionRole).toBool());
    m_accept->setVisible(!suspectCells().isEmpty());
    const bool decidable =
        m_model->audit() && !m_model->audit()->isReadOnly() && i.isValid() && i.parent().isValid();
    for (QWidget *w : {static_cast<QWidget *>(m_confirm), static_cast<QWidget *>(m_dismiss),
                       static_cast<QWidget *>(m_reopen), static_cast<QWidget *>(m_note)})
        w->setVisible(m_model->audit() != nullptr);
    m_confirm->setEnabled(decidable);
    m_dismiss->setEnabled(decidable);
    m_reopen->setEnabled(decidable &&
                         i.data(FindingsModel::DecisionRole).toInt() != int(Decision::Open));
    m_filter->setVisible(m_model->audit() != nullptr);
}

void FindingsPanel::activate(const QModelIndex &index) {
    if (!index.isValid())
        return;
    const QModelIndex first = index.siblingAtColumn(0);
    if (!first.parent().isValid()) {
        m_view->setExpanded(first, !m_view->isExpanded(first));
        return;
    }
    const QList<int> cells = first.data(FindingsModel::CellsRole).value<QList<int>>();
    if (!cells.isEmpty())
        Q_EMIT cellsRequested(cells);
}

void FindingsPanel::step(int direction) {
    if (!m_model)
        return;
    QVector<QModelIndex> rows;
    for (const QModelIndex &r : m_model->findingRows())
        if (!m_view->isRowHidden(r.row(), r.parent()))
            rows << r;
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
    else
        Q_EMIT message(QString()); // done: an earlier message about it no longer holds
}

QVector<int> FindingsPanel::suspectCells() const {
    QVector<int> out;
    const ReportDocument *doc = m_model ? m_model->document() : nullptr;
    const QModelIndex i = m_view->currentIndex().siblingAtColumn(0);
    if (!doc || !i.isValid() || !i.parent().isValid() ||
        i.data(FindingsModel::ResolvedRole).toBool())
        return out;
    for (int cell : i.data(FindingsModel::CellsRole).value<QList<int>>())
        if (doc->cell(cell).status == CellStatus::Suspect)
            out << cell;
    return out;
}

void FindingsPanel::acceptReading() {
    ReportDocument *doc = m_model ? m_model->document() : nullptr;
    const QVector<int> cells = suspectCells();
    if (!doc || cells.isEmpty())
        return;
    QString error;
    if (!doc->acceptCells(cells, &error))
        Q_EMIT message(error);
    else
        Q_EMIT message(tr("已确认读数：%n 个单元格", nullptr, int(cells.size())));
}

bool FindingsPanel::decide(Decision decision, const QString &note) {
    ReportAudit *audit = m_model ? m_model->audit() : nullptr;
    if (!audit) {
        Q_EMIT message(tr("只有工作区中的报告可以记录决定"));
        return false;
    }
    const QStringList ids = selectedFindingIds();
    if (ids.isEmpty()) {
        Q_EMIT message(tr("请先选择一个问题"));
        return false;
    }
    for (const QString &id : ids) {
        QString error;
        if (!audit->decide(id, decision, note, &error)) {
            Q_EMIT message(error);
            return false;
        }
    }
    m_note->clear();
    Q_EMIT message(tr("已记录：%1（%n 项）", nullptr, int(ids.size()))
                       .arg(FindingsModel::decisionText(decision)));
    return true;
}

void FindingsPanel::confirm() {
    decide(Decision::Confirmed, m_note->text().trimmed());
}

void FindingsPanel::dismiss() {
    QString note = m_note->text().trimmed();
    if (note.isEmpty() && !selectedFindingIds().isEmpty())
        note =
            QInputDialog::getText(this, tr("忽略问题"), tr("为什么这不是问题？（必填）")).trimmed();
    if (note.isEmpty()) {
        Q_EMIT message(tr("忽略问题必须写明理由"));
        return;
    }
    decide(Decision::Dismissed, note);
}

void FindingsPanel::reopen() {
    decide(Decision::Open, m_note->text().trimmed());
}
