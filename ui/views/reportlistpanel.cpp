#include "reportlistpanel.h"

#include "models/reportlistmodel.h"
#include "models/reportsortproxy.h"
#include "review/reportdocument.h"
#include "text/findingtext.h"
#include "workspace/reportaudit.h"
#include "workspace/workspacecheck.h"

#include "model/spec.h"
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>

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
    m_filter->setPlaceholderText(tr("筛选：机关（也可用拼音或首字母）、年度、文件…"));
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
    // Columns the auditor hid or showed (the file name is hidden at first).
    const QVariant hidden = QSettings().value(QStringLiteral("list/hiddenColumns"));
    const QVariantList hiddenColumns =
        hidden.isValid() ? hidden.toList() : QVariantList{int(ReportListModel::FileColumn)};
    for (const QVariant &c : hiddenColumns)
        m_view->setColumnHidden(c.toInt(), true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &ReportListPanel::showHeaderMenu);
    m_confirm = [this](const QString &question, const QStringList &problems) {
        QMessageBox box(QMessageBox::Question, tr("通过审核"), question,
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        box.setInformativeText(problems.mid(0, 8).join(u'\n') +
                               (problems.size() > 8 ? QStringLiteral("\n…") : QString()));
        box.setDetailedText(problems.join(u'\n'));
        return box.exec() == QMessageBox::Yes;
    };
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ReportSortProxy::setFilterText);
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
        if (ReviewState(state) == ReviewState::Approved &&
            m_model->index(row, 0).data(ReportListModel::StateRole).toInt() != state) {
            const QStringList problems = openProblemsOf(row);
            const QString name =
                m_model->index(row, ReportListModel::AgencyColumn).data().toString();
            if (!problems.isEmpty() &&
                !m_confirm(tr("“%1”还有 %n 个未处理的问题。仍要设为“已通过”吗？", nullptr,
                              int(problems.size()))
                               .arg(name),
                           problems)) {
                Q_EMIT message(tr("未通过：%1 还有未处理的问题").arg(name));
                ok = false;
                continue;
            }
        }
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

QStringList ReportListPanel::openProblemsOf(int row) const {
    QVector<Finding> problems;
    Edition edition = Edition::E2021;
    if (const ReportAudit *audit = ReportAudit::of(m_model->document(row))) {
        problems = audit->openProblems(); // the loaded report, as shown
        edition = audit->document()->spec().edition;
    } else if (m_model->workspace()) {
        problems = WorkspaceCheck::openProblems(*m_model->workspace(), m_model->reportId(row),
                                                &edition, nullptr);
    }
    const EditionSpec &spec = Spec::instance().edition(edition);
    QStringList out;
    for (const Finding &f : problems) {
        const int cell = !f.lhs.isEmpty() ? f.lhs.first() : !f.rhs.isEmpty() ? f.rhs.first() : -1;
        out << QStringLiteral("%1 %2：%3")
                   .arg(FindingText::severity(f), FindingText::cell(spec, cell),
                        FindingText::message(f));
    }
    return out;
}

void ReportListPanel::showHeaderMenu(const QPoint &at) {
    QMenu menu(this);
    QVariantList hidden;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        a->setEnabled(c != ReportListModel::AgencyColumn);
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_view->setColumnHidden(c, !on);
            QVariantList hiddenNow;
            for (int k = 0; k < m_model->columnCount(); ++k)
                if (m_view->isColumnHidden(k))
                    hiddenNow << k;
            QSettings().setValue(QStringLiteral("list/hiddenColumns"), hiddenNow);
        });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(at));
}

int ReportListPanel::fittingWidth() const {
    const QFontMetrics fm(m_view->font());
    int agency = fm.horizontalAdvance(
        m_model->headerData(ReportListModel::AgencyColumn, Qt::Horizontal).toString());
    for (int r = 0; r < m_model->rowCount(); ++r)
        agency =
            qMax(agency, fm.horizontalAdvance(
                             m_model->index(r, ReportListModel::AgencyColumn).data().toString()));
    int others = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (c != ReportListModel::AgencyColumn && !m_view->isColumnHidden(c))
            others += qMax(m_view->horizontalHeader()->sectionSizeHint(c),
                           m_view->horizontalHeader()->sectionSize(c));
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 20;
    return agency + padding + others + m_view->verticalScrollBar()->sizeHint().width() +
           2 * m_view->frameWidth() + 4;
}
