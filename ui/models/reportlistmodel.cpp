#include "reportlistmodel.h"

#include "import/unicodetext.h"
#include "model/spec.h"
#include "review/reportdocument.h"
#include "workspace/reportaudit.h"
#include "workspace/workspace.h"
#include "workspace/workspacecheck.h"
#include "workspace/workspacenotifier.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QHash>
#include <tuple>

ReportListModel::ReportListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ReportListModel::setWorkspace(Workspace *workspace) {
    if (m_workspace)
        m_workspace->notifier()->disconnect(this);
    beginResetModel();
    clearDocuments();
    m_entries.clear();
    m_workspace = workspace;
    endResetModel();
    refreshReports();
    if (!workspace)
        return;
    // The rows follow what the workspace commits, whoever made the change.
    const WorkspaceNotifier *n = workspace->notifier();
    connect(n, &WorkspaceNotifier::reportsImported, this, &ReportListModel::refreshReports);
    connect(n, &WorkspaceNotifier::cellsChanged, this, &ReportListModel::updateReport);
    connect(n, &WorkspaceNotifier::decisionsChanged, this, &ReportListModel::updateReport);
    connect(n, &WorkspaceNotifier::openCountsChanged, this, &ReportListModel::updateReport);
    connect(n, &WorkspaceNotifier::reviewStateChanged, this, &ReportListModel::updateReport);
    connect(n, &WorkspaceNotifier::reportInfoChanged, this, &ReportListModel::updateReport);
}

void ReportListModel::updateReport(qint64 reportId) {
    const int row = rowOfReport(reportId);
    if (row < 0 || !m_workspace)
        return;
    if (auto s = m_workspace->summary(reportId)) {
        Entry &e = m_entries[row];
        if (s->openErrors < 0) // reset by the change: keep the last known until recounted
            std::tie(s->openErrors, s->openWarnings) =
                std::pair(e.summary.openErrors, e.summary.openWarnings);
        e.summary = *s;
        e.agencyKey = PinyinCollator::sortKey(s->agency);
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ReportListModel::clearDocuments() {
    for (Entry &e : m_entries)
        if (e.document) {
            e.document->disconnect(this);
            delete e.document.data();
        }
}

void ReportListModel::refreshReports() {
    if (!m_workspace)
        return;
    QHash<qint64, int> rows;
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].summary.id >= 0)
            rows.insert(m_entries[i].summary.id, i);
    QVector<Entry> fresh;
    for (ReportSummary s : m_workspace->reports()) {
        // Counts reset by an edit made elsewhere (the CLI) or cut by a crash: recomputed once,
        // here, so the list can be sorted by them.
        WorkspaceCheck::fillStaleCounts(*m_workspace, s);
        const auto known = rows.constFind(s.id);
        if (known != rows.cend()) {
            Entry &e = m_entries[*known];
            e.summary = s;
            e.agencyKey = PinyinCollator::sortKey(s.agency);
            Q_EMIT dataChanged(index(*known, 0), index(*known, ColumnCount - 1));
            continue;
        }
        fresh << Entry{s, nullptr, s.fileName, QString(), PinyinCollator::sortKey(s.agency)};
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + fresh.size() - 1));
    m_entries += fresh;
    endInsertRows();
}

void ReportListModel::addDocument(ReportDocument *document) {
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries << Entry{ReportSummary{}, document, document->source().path, QString(),
                       PinyinCollator::sortKey(document->report().meta.agency)};
    endInsertRows();
    watch(document);
}

void ReportListModel::setDocument(int row, ReportDocument *document) {
    if (row < 0 || row >= m_entries.size() || m_entries[row].document == document)
        return;
    if (ReportDocument *old = m_entries[row].document) {
        old->disconnect(this);
        old->deleteLater();
    }
    m_entries[row].document = document;
    if (document)
        watch(document);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ReportListModel::watch(ReportDocument *document) {
    document->setParent(this);
    connect(document, &ReportDocument::findingsChanged, this,
            [this, document] { refresh(document, ErrorsColumn, EditsColumn); });
    connect(document, &ReportDocument::metaChanged, this, [this, document] {
        const int r = rowOf(document);
        if (r >= 0)
            m_entries[r].agencyKey = PinyinCollator::sortKey(document->report().meta.agency);
        refresh(document, AgencyColumn, YearColumn);
    });
    // Counts of a loaded report come from its audit: repainted once the document shows an
    // action (the workspace's notifier speaks when it is stored, a moment before).
    connect(document, &ReportDocument::actionApplied, this,
            [this, document] { refresh(document, ErrorsColumn, EditsColumn); });
}

void ReportListModel::addFailure(const QString &path, const QString &error) {
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries << Entry{ReportSummary{}, nullptr, path, error,
                       PinyinCollator::sortKey(QFileInfo(path).fileName())};
    endInsertRows();
}

void ReportListModel::removeRow(int row) {
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    const Entry e = m_entries.takeAt(row);
    endRemoveRows();
    if (e.document)
        e.document->deleteLater();
}

ReportDocument *ReportListModel::document(int row) const {
    return row >= 0 && row < m_entries.size() ? m_entries[row].document.data() : nullptr;
}

int ReportListModel::rowOf(const ReportDocument *document) const {
    if (!document)
        return -1;
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].document == document)
            return i;
    return -1;
}

int ReportListModel::rowOfReport(qint64 reportId) const {
    for (int i = 0; i < m_entries.size(); ++i)
        if (reportId >= 0 && m_entries[i].summary.id == reportId)
            return i;
    return -1;
}

qint64 ReportListModel::reportId(int row) const {
    return row >= 0 && row < m_entries.size() ? m_entries[row].summary.id : -1;
}

QVector<ReportDocument *> ReportListModel::documents() const {
    QVector<ReportDocument *> out;
    for (const Entry &e : m_entries)
        if (e.document)
            out << e.document;
    return out;
}

bool ReportListModel::hasPath(const QString &path) const {
    for (const Entry &e : m_entries)
        if (e.path == path)
            return true;
    return false;
}

bool ReportListModel::setReviewState(int row, ReviewState state, QString *error) {
    const qint64 id = reportId(row);
    if (id < 0 || !m_workspace) {
        if (error)
            *error = tr("此报告不在工作区中");
        return false;
    }
    if (m_entries[row].summary.state == state)
        return true;
    return m_workspace->setReviewState(id, state, QString(), error); // the notifier updates
}

void ReportListModel::refresh(const ReportDocument *document, int firstColumn, int lastColumn) {
    const int r = rowOf(document);
    if (r >= 0)
        Q_EMIT dataChanged(index(r, firstColumn), index(r, lastColumn));
}

int ReportListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReportListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
/// Open (errors, warnings) of a row: live from the loaded document, else the workspace's cache.
std::pair<int, int> countsOf(const ReportDocument *doc, const ReportSummary &s) {
    if (doc) {
        if (const ReportAudit *audit = ReportAudit::of(doc))
            return audit->openCounts();
        return {doc->problemCount(Severity::Error), doc->problemCount(Severity::Warning)};
    }
    return {s.openErrors, s.openWarnings};
}
} // namespace

QVariant ReportListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const Entry &e = m_entries[index.row()];
    const bool failed = !e.error.isEmpty();
    switch (role) {
    case DocumentRole:
        return QVariant::fromValue<QObject *>(e.document.data());
    case ErrorRole:
        return e.error;
    case PathRole:
        return e.path;
    case ReportIdRole:
        return e.summary.id;
    case StateRole:
        return failed ? -1 : int(e.summary.state);
    case Qt::ToolTipRole:
        if (failed)
            return e.error;
        if (index.column() == StateColumn && !e.summary.stateBy.isEmpty())
            return tr("%1 于 %2 设定")
                .arg(e.summary.stateBy,
                     e.summary.stateAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (index.column() == AgencyColumn) // the column is often too narrow for the name
            return QStringLiteral("%1\n%2").arg(display(e, AgencyColumn, false).toString(), e.path);
        return e.path;
    case Qt::ForegroundRole:
        if (failed)
            return QBrush(QColor(0x90, 0x90, 0x90));
        if (index.column() == ErrorsColumn && countsOf(e.document, e.summary).first > 0)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (index.column() == StateColumn && e.summary.state == ReviewState::Returned)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (index.column() == StateColumn && e.summary.state == ReviewState::Approved)
            return QBrush(QColor(0x1e, 0x7a, 0x34));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= YearColumn && index.column() <= EditsColumn)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::DisplayRole:
        return display(e, index.column(), false);
    case SortRole:
        return display(e, index.column(), true);
    default:
        return {};
    }
}

QVariant ReportListModel::display(const Entry &e, int column, bool sort) const {
    const QString file = QFileInfo(e.path).fileName();
    if (!e.error.isEmpty()) {
        switch (column) {
        case AgencyColumn:
            return sort ? QVariant(e.agencyKey) : QVariant(file);
        case StateColumn:
            return tr("导入失败");
        case FileColumn:
            return file;
        default:
            return sort ? QVariant(-1) : QVariant();
        }
    }
    const ReportDocument *doc = e.document;
    const QString agency = doc ? doc->report().meta.agency : e.summary.agency;
    const int year = doc ? doc->report().meta.year : e.summary.year;
    const Edition edition = doc ? doc->report().meta.edition : e.summary.edition;
    const auto [errors, warnings] = countsOf(doc, e.summary);
    // Net changed cells (what differs from the extraction), not steps of the log.
    int edits = e.summary.editCount;
    if (doc) {
        edits = 0;
        for (int c = 0; c < doc->spec().cellCount(); ++c)
            edits += doc->isEdited(c) ? 1 : 0;
    }
    auto count = [sort](int n) { return sort || n >= 0 ? QVariant(n) : QVariant(QString()); };
    switch (column) {
    case AgencyColumn:
        if (sort)
            return e.agencyKey;
        return agency.isEmpty() ? tr("（未识别机关）") : agency;
    case YearColumn:
        return sort || year > 0 ? QVariant(year) : QVariant(QString());
    case EditionColumn:
        return editionName(edition);
    case ErrorsColumn:
        return count(errors);
    case WarningsColumn:
        return count(warnings);
    case EditsColumn:
        return sort || edits > 0 ? QVariant(edits) : QVariant(QString());
    case StateColumn:
        return sort ? QVariant(int(e.summary.state)) : QVariant(reviewStateText(e.summary.state));
    case FileColumn:
        return file;
    }
    return {};
}

QString ReportListModel::reviewStateText(ReviewState state) {
    switch (state) {
    case ReviewState::Pending:
        return tr("待审");
    case ReviewState::InReview:
        return tr("审核中");
    case ReviewState::Approved:
        return tr("已通过");
    case ReviewState::Returned:
        return tr("退回");
    }
    return {};
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    // The header's short forms leave the agency column its room at 1280×720 in English too
    // ("Err.", "Warn."); the tooltip gives the full word.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case EditionColumn:
            return tr("格式", "list header, short");
        case ErrorsColumn:
            return tr("错误", "list header, short");
        case WarningsColumn:
            return tr("警告", "list header, short");
        case StateColumn:
            return tr("审核状态", "list header, short");
        default:
            break;
        }
    }
    switch (section) {
    case AgencyColumn:
        return tr("机关");
    case YearColumn:
        return tr("年度");
    case EditionColumn:
        return tr("格式");
    case ErrorsColumn:
        return tr("错误");
    case WarningsColumn:
        return tr("警告");
    case EditsColumn:
        return tr("修改");
    case StateColumn:
        return tr("审核状态");
    case FileColumn:
        return tr("文件");
    }
    return {};
}
