#include "reportlistmodel.h"

#include "import/unicodetext.h"
#include "model/spec.h"
#include "review/reportdocument.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QFont>
#include <QUndoStack>

ReportListModel::ReportListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ReportListModel::addDocument(ReportDocument *document) {
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    document->setParent(this);
    m_entries << Entry{document, document->source().path, QString(),
                       PinyinCollator::sortKey(document->report().meta.agency)};
    endInsertRows();
    connect(document, &ReportDocument::findingsChanged, this,
            [this, document] { refresh(document, ErrorsColumn, WarningsColumn); });
    connect(document, &ReportDocument::modifiedChanged, this,
            [this, document] { refresh(document, AgencyColumn, AgencyColumn); });
    connect(document, &ReportDocument::metaChanged, this, [this, document] {
        const int r = rowOf(document);
        if (r >= 0)
            m_entries[r].agencyKey = PinyinCollator::sortKey(document->report().meta.agency);
        refresh(document, AgencyColumn, YearColumn);
    });
}

void ReportListModel::addFailure(const QString &path, const QString &error) {
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries << Entry{nullptr, path, error, PinyinCollator::sortKey(QFileInfo(path).fileName())};
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
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].document == document)
            return i;
    return -1;
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

QVariant ReportListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const Entry &e = m_entries[index.row()];
    const ReportDocument *doc = e.document;
    switch (role) {
    case DocumentRole:
        return QVariant::fromValue<QObject *>(e.document.data());
    case ErrorRole:
        return e.error;
    case PathRole:
        return e.path;
    case ModifiedRole:
        return doc && doc->isModified();
    case Qt::ToolTipRole:
        return e.error.isEmpty() ? e.path : e.error;
    case Qt::ForegroundRole:
        if (!doc)
            return QBrush(QColor(0x90, 0x90, 0x90));
        if (index.column() == ErrorsColumn && doc->problemCount(Severity::Error) > 0)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= YearColumn && index.column() <= WarningsColumn)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    const QString file = QFileInfo(e.path).fileName();
    if (!doc) {
        switch (index.column()) {
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
    const ReportMeta &meta = doc->report().meta;
    switch (index.column()) {
    case AgencyColumn:
        if (sort)
            return e.agencyKey;
        return (doc->isModified() ? QStringLiteral("* ") : QString()) +
               (meta.agency.isEmpty() ? tr("（未识别机关）") : meta.agency);
    case YearColumn:
        return sort || meta.year > 0 ? QVariant(meta.year) : QVariant(QString());
    case EditionColumn:
        return editionName(meta.edition);
    case ErrorsColumn:
        return doc->problemCount(Severity::Error);
    case WarningsColumn:
        return doc->problemCount(Severity::Warning);
    case StateColumn:
        return tr("待审");
    case FileColumn:
        return file;
    }
    return {};
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
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
    case StateColumn:
        return tr("审核状态");
    case FileColumn:
        return tr("文件");
    }
    return {};
}
