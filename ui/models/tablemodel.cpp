#include "tablemodel.h"

#include "historymodel.h"
#include "model/spec.h"
#include "review/cellinput.h"
#include "review/reportdocument.h"
#include "text/findingtext.h"
#include "text/uilanguage.h"
#include "workspace/reportaudit.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace {
QString statusText(CellStatus status) {
    switch (status) {
    case CellStatus::Read:
        return TableModel::tr("已读取");
    case CellStatus::Suspect:
        return TableModel::tr("存疑");
    case CellStatus::Inferred:
        return TableModel::tr("推算");
    case CellStatus::Blank:
        return TableModel::tr("空白");
    case CellStatus::Placeholder:
        return TableModel::tr("占位符");
    case CellStatus::Missing:
        return TableModel::tr("缺失");
    case CellStatus::Edited:
        return TableModel::tr("已修改");
    }
    return QString();
}

/// The "修改记录" section of a cell's tooltip: its edits, newest first, at most ten.
QStringList historyLines(const ReportAudit &audit, const QString &key) {
    constexpr int kShown = 10;
    const QVector<EditRecord> edits = audit.historyOf(key);
    QStringList lines;
    if (edits.isEmpty())
        return lines;
    lines << QStringLiteral("<hr/><b>%1</b>").arg(TableModel::tr("修改记录"));
    for (int i = int(edits.size()) - 1; i >= 0 && i >= int(edits.size()) - kShown; --i) {
        const EditRecord &e = edits[i];
        QString line = TableModel::tr("%1 %2：%3（%4）")
                           .arg(HistoryModel::timeText(e.at), e.user.toHtmlEscaped(),
                                HistoryModel::changeText(e).toHtmlEscaped(),
                                HistoryModel::originLabel(e.origin));
        if (!e.note.isEmpty())
            line += TableModel::tr(" — %1").arg(UiLanguage::half(e.note).toHtmlEscaped());
        lines << line;
    }
    if (edits.size() > kShown)
        lines << TableModel::tr("… 共 %1 次").arg(edits.size());
    return lines;
}
/// The English name of a printed label (rows and columns of the spec), as a tooltip of the
/// Chinese label in the English UI; in the Chinese UI the full label (it may be wrapped).
QString labelGloss(const EditionSpec &spec, const QString &label) {
    if (label.isEmpty())
        return {};
    if (UiLanguage::isChinese())
        return label;
    static QHash<QString, QString> glosses[2];
    QHash<QString, QString> &g = glosses[spec.edition == Edition::E2019 ? 0 : 1];
    if (g.isEmpty())
        for (const TableSpec &t : spec.tables)
            for (const BlockSpec &b : t.blocks) {
                for (const RowSpec &r : b.rows)
                    if (!r.en.isEmpty())
                        g.insert(r.label, r.en);
                for (const ColumnSpec &c : b.columns)
                    if (!c.en.isEmpty())
                        g.insert(c.label, c.en);
            }
    const QString en = g.value(label);
    return en.isEmpty() ? label : QStringLiteral("%1\n%2").arg(label, en);
}
} // namespace

TableModel::TableModel(ReportDocument *document, int table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(table)
    , m_layout(TableLayout::build(document->spec(), table)) {
    connect(document, &ReportDocument::cellsChanged, this, &TableModel::onCellsChanged);
}

void TableModel::setAudit(ReportAudit *audit) {
    if (m_audit)
        m_audit->disconnect(this);
    m_audit = audit;
    if (audit) // a decision changes the marks of its cells: rare, so the whole table repaints
        connect(audit, &ReportAudit::decisionsChanged, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                                   {Qt::BackgroundRole, MarkRole, Qt::ToolTipRole});
        });
}

ReportAudit *TableModel::audit() const {
    return m_audit;
}

QModelIndex TableModel::indexOfCell(int cell) const {
    const QPoint p = m_layout.positionOf(cell);
    return p.x() < 0 ? QModelIndex() : index(p.y(), p.x());
}

int TableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_layout.rowCount();
}

int TableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_layout.columnCount();
}

int TableModel::cellAt(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this)
        return -1;
    return m_layout.at(index.row(), index.column()).cell;
}

TableModel::Mark TableModel::markOf(const ReportDocument &document, int cell,
                                    const ReportAudit *audit) {
    Mark mark = NoMark;
    bool decided = false;
    for (int i : document.validated().problemsOfCell(cell)) {
        const Finding &f = document.validated().findings()[i];
        if (audit && audit->decisionOf(f) != Decision::Open) { // decided: no longer urgent
            decided = true;
            continue;
        }
        Mark m = Unverifiable;
        if (f.status == FindingStatus::Fail)
            m = f.severity == Severity::Error ? Error : Warning;
        if (mark == NoMark || m < mark)
            mark = m;
    }
    return mark == NoMark && decided ? Decided : mark;
}

QString TableModel::tooltipOf(const ReportDocument &document, int cell, const ReportAudit *audit) {
    const Cell &c = document.cell(cell);
    const Cell &was = document.originalCell(cell);
    QStringList lines{
        QStringLiteral("<b>%1</b>").arg(FindingText::cell(document.spec(), cell).toHtmlEscaped())};
    for (int i : document.validated().problemsOfCell(cell)) {
        const Finding &f = document.validated().findings()[i];
        lines << QStringLiteral("%1：%2").arg(FindingText::severity(f),
                                              FindingText::message(f).toHtmlEscaped());
    }
    lines << QStringLiteral("<hr/>");
    lines << tr("状态：%1").arg(statusText(c.status));
    lines << tr("原文：%1").arg(c.raw.isEmpty() ? tr("（无）") : c.raw.toHtmlEscaped());
    if (document.isEdited(cell))
        lines << tr("原值：%1（%2）")
                     .arg(was.value ? was.value->toString() : tr("空"), statusText(was.status));
    if (!c.note.isEmpty())
        lines << tr("备注：%1").arg(UiLanguage::half(c.note).toHtmlEscaped());
    if (!c.anchor.isValid())
        lines << tr("原文中无出处");
    if (audit)
        lines << historyLines(*audit, document.spec().cell(cell).key);
    return lines.join(QStringLiteral("<br/>"));
}

bool TableModel::isStrong(const ReportDocument &document, int cell, const ReportAudit *audit) {
    if (document.isEdited(cell) || document.cell(cell).status == CellStatus::Suspect)
        return true;
    for (int i : document.validated().problemsOfCell(cell)) {
        const Finding &f = document.validated().findings()[i];
        if (f.suggestion && f.suggestion->cell == cell &&
            (!audit || audit->decisionOf(f) == Decision::Open))
            return true;
    }
    return false;
}

QVector<int> TableModel::suggestionsFor(const ReportDocument &document, int cell) {
    QVector<int> out;
    for (int i : document.validated().problemsOfCell(cell)) {
        const Finding &f = document.validated().findings()[i];
        if (f.suggestion && f.suggestion->cell == cell)
            out << i;
    }
    return out;
}

int TableModel::openProblemCount() const {
    if (!m_document)
        return 0;
    const ReportDocument &doc = *m_document;
    int n = 0;
    for (const Finding &f : doc.validated().findings()) {
        if (!f.isProblem() || (m_audit && m_audit->decisionOf(f) != Decision::Open))
            continue;
        // A finding belongs to the table of its first cell (as in the findings panel).
        const int first = !f.lhs.isEmpty() ? f.lhs.first() : !f.rhs.isEmpty() ? f.rhs.first() : -1;
        if (first >= 0 && doc.spec().cell(first).table == m_table)
            ++n;
    }
    return n;
}

QVariant TableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !m_document)
        return {};
    const GridItem &item = m_layout.at(index.row(), index.column());
    if (role == ItemKindRole)
        return int(item.kind);
    if (role == CellIndexRole)
        return item.cell;
    if (item.kind != GridItem::Value) {
        switch (role) {
        case Qt::DisplayRole:
            return item.text;
        case Qt::TextAlignmentRole:
            return item.kind == GridItem::RowLabel && item.level > 1
                       ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                       : QVariant(Qt::AlignCenter);
        case Qt::BackgroundRole:
            if (item.kind == GridItem::Title || item.kind == GridItem::ColumnHeader)
                return QBrush(QColor(0xe8, 0xec, 0xf1));
            return item.kind == GridItem::RowLabel ? QBrush(QColor(0xf6, 0xf7, 0xf9)) : QVariant();
        case Qt::ToolTipRole:
            return labelGloss(m_document->spec(), item.text);
        case Qt::FontRole:
            if (item.kind == GridItem::Title) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        default:
            return {};
        }
    }
    const ReportDocument &doc = *m_document;
    const int cell = item.cell;
    const Cell &c = doc.cell(cell);
    switch (role) {
    case Qt::DisplayRole:
        return CellInput::format(c);
    case Qt::EditRole:
        return CellInput::format(c);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        const bool strong = isStrong(doc, cell, m_audit);
        switch (markOf(doc, cell, m_audit)) {
        case Error:
            return QBrush(strong ? QColor(0xf6, 0xc4, 0xc4) : QColor(0xfb, 0xe8, 0xe8));
        case Warning:
            return QBrush(strong ? QColor(0xfa, 0xe3, 0xa8) : QColor(0xfd, 0xf3, 0xd8));
        case Unverifiable:
            return QBrush(strong ? QColor(0xd6, 0xe2, 0xf3) : QColor(0xec, 0xf1, 0xf9));
        case Decided:
            return QBrush(QColor(0xe6, 0xec, 0xe6));
        case NoMark:
            break;
        }
        return {};
    }
    case StrongRole:
        return isStrong(doc, cell, m_audit);
    case Qt::ToolTipRole:
        return tooltipOf(doc, cell, m_audit);
    case FindingsRole: {
        QVariantList list;
        for (int i : doc.validated().problemsOfCell(cell)) {
            const Finding &f = doc.validated().findings()[i];
            list << QVariantMap{{QStringLiteral("index"), i},
                                {QStringLiteral("rule"), f.rule},
                                {QStringLiteral("status"), findingStatusName(f.status)},
                                {QStringLiteral("severity"), severityName(f.severity)},
                                {QStringLiteral("zh"), f.zh},
                                {QStringLiteral("message"), FindingText::message(f)}};
        }
        return list;
    }
    case ProvenanceRole: {
        const Cell &was = doc.originalCell(cell);
        return QVariantMap{{QStringLiteral("status"), cellStatusName(c.status)},
                           {QStringLiteral("raw"), c.raw},
                           {QStringLiteral("note"), c.note},
                           {QStringLiteral("original"), CellInput::format(was)},
                           {QStringLiteral("originalStatus"), cellStatusName(was.status)}};
    }
    case SourceAnchorRole:
        return QVariant::fromValue(c.anchor);
    case OriginalValueRole:
        return CellInput::format(doc.originalCell(cell));
    case MarkRole:
        return int(markOf(doc, cell, m_audit));
    case CellStatusRole:
        return int(c.status);
    case EditedRole:
        return doc.isEdited(cell);
    default:
        return {};
    }
}

bool TableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    const int cell = cellAt(index);
    if (role != Qt::EditRole || cell < 0 || !m_document)
        return false;
    const CellInput in = CellInput::parse(value.toString(), m_document->spec().cell(cell).type);
    if (!in.ok) {
        Q_EMIT inputRejected(in.error);
        return false;
    }
    QString error;
    if (!m_document->setCellValue(cell, in.value, in.status, EditOrigin::Typed, &error)) {
        Q_EMIT inputRejected(error);
        return false;
    }
    return true;
}

Qt::ItemFlags TableModel::flags(const QModelIndex &index) const {
    if (cellAt(index) >= 0)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    return index.isValid() ? Qt::ItemIsEnabled : Qt::NoItemFlags;
}

int TableModel::paste(const QModelIndex &topLeft, const QVector<QStringList> &rows) {
    if (!topLeft.isValid() || !m_document)
        return -1;
    QVector<CellChange> changes;
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            const int row = topLeft.row() + r, column = topLeft.column() + c;
            if (row >= rowCount() || column >= columnCount())
                continue;
            const int cell = m_layout.at(row, column).cell;
            if (cell < 0)
                continue;
            const CellInput in = CellInput::parse(rows[r][c], m_document->spec().cell(cell).type);
            if (!in.ok) {
                Q_EMIT inputRejected(tr("粘贴被拒绝：%1").arg(in.error));
                return -1;
            }
            changes << CellChange{cell, in.value, in.status};
        }
    }
    QString error;
    if (!m_document->setCellValues(changes, EditOrigin::Paste, &error)) {
        Q_EMIT inputRejected(error);
        return -1;
    }
    return int(changes.size());
}

bool TableModel::clear(const QModelIndexList &indexes) {
    QVector<CellChange> changes;
    for (const QModelIndex &i : indexes)
        if (const int cell = cellAt(i); cell >= 0)
            changes << CellChange{cell, std::nullopt, CellStatus::Blank};
    QString error;
    if (!m_document || !m_document->setCellValues(changes, EditOrigin::Typed, &error)) {
        Q_EMIT inputRejected(error);
        return false;
    }
    return true;
}

bool TableModel::accept(const QModelIndexList &indexes) {
    QVector<int> cells;
    for (const QModelIndex &i : indexes)
        if (const int cell = cellAt(i); cell >= 0)
            cells << cell;
    QString error;
    if (!m_document || !m_document->acceptCells(cells, &error)) {
        Q_EMIT inputRejected(error);
        return false;
    }
    return true;
}

bool TableModel::setPlaceholder(const QModelIndexList &indexes) {
    QVector<CellChange> changes;
    for (const QModelIndex &i : indexes)
        if (const int cell = cellAt(i); cell >= 0)
            changes << CellChange{cell, std::nullopt, CellStatus::Placeholder};
    QString error;
    if (!m_document || !m_document->setCellValues(changes, EditOrigin::Typed, &error)) {
        Q_EMIT inputRejected(error);
        return false;
    }
    return true;
}

void TableModel::onCellsChanged(const QVector<int> &cells) {
    for (int cell : cells) {
        const QModelIndex i = indexOfCell(cell);
        if (i.isValid())
            Q_EMIT dataChanged(i, i);
    }
}
