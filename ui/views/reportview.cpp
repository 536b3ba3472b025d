#include "reportview.h"

#include "documentpane.h"
#include "findingspanel.h"
#include "gridview.h"
#include "historypanel.h"
#include "model/spec.h"
#include "models/findingsmodel.h"
#include "models/historymodel.h"
#include "models/tablemodel.h"
#include "review/reportdocument.h"
#include "text/findingtext.h"
#include "text/uilanguage.h"
#include "workspace/reportaudit.h"

#include <QDataStream>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

ReportView::ReportView(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pane(new DocumentPane(this))
    , m_tabs(new QTabWidget(this))
    , m_header(new QLabel(this))
    , m_conflicts(new QLabel(this))
    , m_outer(new QSplitter(Qt::Horizontal, this))
    , m_inner(new QSplitter(Qt::Vertical, this))
    , m_findings(new FindingsModel(document, this))
    , m_findingsPanel(new FindingsPanel(this))
    , m_lower(new QTabWidget(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outer);

    auto *gridArea = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridArea);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(2);
    m_header->setTextFormat(Qt::RichText);
    m_header->setContentsMargins(6, 4, 6, 2);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    m_conflicts->setTextFormat(Qt::RichText);
    m_conflicts->setContentsMargins(6, 4, 6, 2);
    headerRow->addWidget(m_conflicts);
    gridLayout->addLayout(headerRow);
    connect(m_conflicts, &QLabel::linkActivated, this, &ReportView::showConflicts);
    gridLayout->addWidget(m_tabs, 1);
    auto *legend = new QLabel(FindingText::legend(), this);
    legend->setObjectName(QStringLiteral("legend"));
    legend->setWordWrap(true);
    legend->setContentsMargins(6, 0, 6, 2);
    gridLayout->addWidget(legend);

    const EditionSpec &spec = document->spec();
    static const char *const names[] = {QT_TR_NOOP("表一"), QT_TR_NOOP("表二"), QT_TR_NOOP("表三")};
    for (int t = 1; t <= 3; ++t) {
        auto *model = new TableModel(document, t, this);
        model->setAudit(ReportAudit::of(document)); // cell history in the tooltips
        auto *grid = new GridView(m_tabs);
        grid->setTableModel(model);
        m_models[size_t(t - 1)] = model;
        m_grids[size_t(t - 1)] = grid;
        m_tabs->addTab(grid, tr(names[t - 1]));
        m_tabs->setTabToolTip(t - 1, spec.table(t).title);
        connect(model, &TableModel::inputRejected, this, &ReportView::statusMessage);
        connect(grid, &GridView::currentCellChanged, m_pane, &DocumentPane::showCell);
        connect(grid, &GridView::zoomRequested, this, &ReportView::zoom);
        connect(grid, &GridView::applySuggestionRequested, this, &ReportView::applySuggestionAt);
        connect(grid, &GridView::historyRequested, this, &ReportView::showHistoryOf);
    }
    // Open problems counted on each tab, kept current as edits and decisions change them.
    connect(document, &ReportDocument::actionApplied, this, &ReportView::updateTabTitles);
    connect(document, &ReportDocument::findingsChanged, this, &ReportView::updateTabTitles);
    if (ReportAudit *audit = ReportAudit::of(document))
        connect(audit, &ReportAudit::decisionsChanged, this, &ReportView::updateTabTitles);
    updateTabTitles();
    m_tabs->setCurrentIndex(firstTableWithProblem() - 1);
    m_findingsPanel->setModel(m_findings);
    m_pane->setDocument(document);

    m_lower->setDocumentMode(true);
    m_lower->addTab(m_findingsPanel, tr("问题"));
    if (ReportAudit *audit = ReportAudit::of(document)) {
        m_historyPanel = new HistoryPanel(this);
        m_historyPanel->setAudit(audit);
        m_lower->addTab(m_historyPanel, tr("修改记录"));
        connect(m_historyPanel, &HistoryPanel::cellRequested, this, &ReportView::selectCell);
        connect(m_historyPanel, &HistoryPanel::message, this, &ReportView::statusMessage);
        connect(audit, &ReportAudit::message, this, &ReportView::statusMessage);
        connect(audit, &ReportAudit::conflictsChanged, this, &ReportView::updateConflicts);
    }
    updateConflicts();
    m_inner->addWidget(gridArea);
    m_inner->addWidget(m_lower);
    m_inner->setStretchFactor(0, 3);
    m_inner->setStretchFactor(1, 1);
    m_outer->addWidget(m_pane);
    m_outer->addWidget(m_inner);
    m_outer->setStretchFactor(0, 2);
    m_outer->setStretchFactor(1, 3);
    m_outer->setSizes({360, 810});
    m_inner->setSizes({640, 240});

    connect(m_pane, &DocumentPane::cellClicked, this, &ReportView::selectCell);
    connect(m_findingsPanel, &FindingsPanel::cellsRequested, this,
            [this](const QList<int> &cells) { selectCells(cells, true); });
    connect(m_findingsPanel, &FindingsPanel::cellsShown, this,
            [this](const QList<int> &cells) { selectCells(cells, false); });
    connect(m_findingsPanel, &FindingsPanel::message, this, &ReportView::statusMessage);
    connect(document, &ReportDocument::metaChanged, this, &ReportView::updateHeader);
    updateHeader();
}

void ReportView::updateConflicts() {
    const ReportAudit *audit = ReportAudit::of(m_document);
    const int n = audit ? int(audit->conflicts().size()) : 0;
    m_conflicts->setVisible(n > 0);
    m_conflicts->setText(tr("<span style='color:#b07000'>⚠</span> %n 处重新导入冲突 "
                            "<a href='#conflicts'>查看</a>",
                            nullptr, n));
}

void ReportView::showConflicts() {
    ReportAudit *audit = ReportAudit::of(m_document);
    if (!audit)
        return;
    QStringList lines;
    for (const ReimportConflict &c : audit->conflicts())
        lines << HistoryModel::conflictText(m_document->spec(), c);
    QMessageBox box(
        QMessageBox::Information, tr("重新导入的冲突"),
        tr("源文件重新导入后，下列人工修改下的提取值变了。人工值已保留；核对后可标记为已核对。"),
        QMessageBox::Close, this);
    box.setDetailedText(lines.join(u'\n'));
    QPushButton *resolve = box.addButton(tr("标记为已核对…"), QMessageBox::AcceptRole);
    resolve->setEnabled(!audit->isReadOnly());
    box.exec();
    if (box.clickedButton() != resolve)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("标记为已核对"), tr("说明（可选）："),
                                               QLineEdit::Normal, QString(), &ok);
    QString error;
    if (ok && !audit->resolveConflicts(note, &error))
        Q_EMIT statusMessage(error);
}

void ReportView::showLowerTab(int tab) {
    m_lower->setCurrentIndex(tab);
}

void ReportView::updateHeader() {
    if (!m_document)
        return;
    const ReportMeta &meta = m_document->report().meta;
    m_header->setText(
        tr("<b>%1</b>　%2 年度　%3 版格式　<span style='color:#666'>%4（%5）</span>")
            .arg(meta.agency.isEmpty() ? tr("（未识别机关）") : meta.agency.toHtmlEscaped())
            .arg(meta.year > 0 ? QString::number(meta.year) : QStringLiteral("?"))
            .arg(editionName(meta.edition), m_document->source().fileName.toHtmlEscaped(),
                 m_document->source().encoding));
}

GridView *ReportView::currentGrid() const {
    return qobject_cast<GridView *>(m_tabs->currentWidget());
}

void ReportView::updateTabTitles() {
    static const char *const names[] = {QT_TR_NOOP("表一"), QT_TR_NOOP("表二"), QT_TR_NOOP("表三")};
    for (int t = 1; t <= 3; ++t) {
        const int n = m_models[size_t(t - 1)]->openProblemCount();
        m_tabs->setTabText(t - 1,
                           n > 0 ? tr("%1（%2）").arg(tr(names[t - 1])).arg(n) : tr(names[t - 1]));
    }
}

int ReportView::firstTableWithProblem() const {
    for (int t = 1; t <= 3; ++t)
        if (m_models[size_t(t - 1)]->openProblemCount() > 0)
            return t;
    return 1;
}

void ReportView::showTable(int table) {
    if (table >= 1 && table <= 3)
        m_tabs->setCurrentIndex(table - 1);
}

int ReportView::currentTable() const {
    return m_tabs->currentIndex() + 1;
}

bool ReportView::applySuggestionAt(int cell) {
    if (!m_document)
        return false;
    QVector<int> found = TableModel::suggestionsFor(*m_document, cell);
    // Several findings may suggest the same value for the cell (its row and its column total):
    // that is one suggestion.
    const QVector<Finding> &all = m_document->validated().findings();
    for (int k = int(found.size()) - 1; k > 0; --k)
        if (all[found[k]].suggestion->value == all[found[0]].suggestion->value)
            found.removeAt(k);
    if (found.size() != 1) {
        Q_EMIT statusMessage(found.isEmpty()
                                 ? tr("此单元格没有建议值")
                                 : tr("此单元格有多个不同的建议值，请在问题列表中选择"));
        return false;
    }
    QString error;
    if (!m_document->applySuggestion(found.first(), &error)) {
        Q_EMIT statusMessage(error);
        return false;
    }
    Q_EMIT statusMessage(QString()); // an earlier message about this cell no longer holds
    return true;
}

void ReportView::showHistoryOf(int cell) {
    if (!m_historyPanel || !m_document || cell < 0)
        return;
    m_lower->setCurrentWidget(m_historyPanel);
    m_historyPanel->filterEdit()->setText(FindingText::cell(m_document->spec(), cell));
}

void ReportView::selectCell(int cell) {
    selectCells({cell});
}

void ReportView::selectCells(const QList<int> &cells, bool focus) {
    if (!m_document || cells.isEmpty())
        return;
    const int table = m_document->spec().cell(cells.first()).table;
    QList<int> same;
    for (int c : cells)
        if (m_document->spec().cell(c).table == table)
            same << c;
    GridView *grid = m_grids[size_t(table - 1)];
    m_tabs->setCurrentWidget(grid);
    grid->selectCells(same);
    if (focus)
        grid->setFocus();
    m_pane->showCell(cells.first());
}

void ReportView::zoom(int steps) {
    // One zoom for the report: the grids and the document beside them together.
    m_pane->zoom(steps);
    for (GridView *g : m_grids)
        g->setZoom(g->zoom() * (steps > 0 ? 1.1 : 1 / 1.1));
}

void ReportView::resetZoom() {
    m_pane->resetZoom();
    for (GridView *g : m_grids)
        g->setZoom(1.0);
}

QByteArray ReportView::saveSplitters() const {
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << m_outer->saveState() << m_inner->saveState();
    return out;
}

void ReportView::restoreSplitters(const QByteArray &state) {
    QDataStream s(state);
    QByteArray outer, inner;
    s >> outer >> inner;
    if (s.status() == QDataStream::Ok) {
        m_outer->restoreState(outer);
        m_inner->restoreState(inner);
    }
}
