#include "historymodel.h"

#include "review/cellinput.h"

#include "findingsmodel.h"
#include "model/spec.h"
#include "review/reportdocument.h"
#include "text/findingtext.h"
#include "text/uilanguage.h"
#include "validate/cellnames.h"
#include "workspace/reportaudit.h"

#include <QLocale>

namespace {
const QString kDecisionPrefix = QStringLiteral("decision:");

/// A decision as a row of the log (the model shows both in one table).
EditRecord decisionRow(const DecisionRecord &d) {
    EditRecord e;
    e.id = -1;
    e.reportId = d.reportId;
    e.key = kDecisionPrefix + d.finding;
    e.newStatus = decisionName(d.decision);
    e.user = d.user;
    e.at = d.at;
    e.note = d.note;
    e.origin = QStringLiteral("decision");
    e.oldValue =
        d.editId >= 0 ? std::optional<Decimal>(Decimal::fromMicros(d.editId)) : std::nullopt;
    return e;
}

QString metaLabel(const QString &key) {
    if (key == u"meta.agency")
        return HistoryModel::tr("机关");
    if (key == u"meta.agency_key")
        return HistoryModel::tr("机关分组键");
    if (key == u"meta.year")
        return HistoryModel::tr("年度");
    if (key == u"meta.edition")
        return HistoryModel::tr("格式");
    if (key == u"meta.state")
        return HistoryModel::tr("审核状态");
    return key;
}
} // namespace

HistoryModel::HistoryModel(ReportAudit *audit, QObject *parent)
    : QAbstractTableModel(parent) {
    setAudit(audit);
}

void HistoryModel::setAudit(ReportAudit *audit) {
    if (m_audit)
        disconnect(m_audit, nullptr, this, nullptr);
    beginResetModel();
    m_audit = audit;
    if (audit) {
        connect(audit, &ReportAudit::logChanged, this, &HistoryModel::follow);
        connect(audit, &ReportAudit::decisionsChanged, this, &HistoryModel::resetAll);
        // The audit is a child of its document: forget it before it goes.
        connect(audit, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        });
    }
    reload();
    endResetModel();
}

void HistoryModel::resetAll() {
    beginResetModel();
    reload();
    endResetModel();
}

void HistoryModel::follow() {
    // An edit appends to the log: insert it on top (a reset would re-measure every row).
    const QVector<EditRecord> &log = m_audit->log();
    if (m_decisionCount > 0 || m_audit->decisionHistory().size() != m_decisionCount) {
        resetAll(); // decisions are placed among the edits: rebuilt
        return;
    }
    const int had = int(m_rows.size());
    const bool appended = log.size() >= had && (had == 0 || log[had - 1].id == m_rows.first().id);
    if (!appended) {
        beginResetModel();
        reload();
        endResetModel();
        return;
    }
    const int added = int(log.size()) - had;
    if (added == 0)
        return;
    beginInsertRows({}, 0, added - 1);
    for (int i = had; i < log.size(); ++i)
        m_rows.prepend(log[i]);
    endInsertRows();
}

void HistoryModel::reload() {
    m_rows.clear();
    if (!m_audit)
        return;
    const QVector<EditRecord> &log = m_audit->log();
    const QVector<DecisionRecord> decisions = m_audit->decisionHistory();
    m_decisionCount = int(decisions.size());
    QHash<qint64, QVector<EditRecord>> below; // decisions that followed from an edit
    QVector<EditRecord> loose;                // by hand: placed by time
    for (const DecisionRecord &d : decisions)
        (d.editId >= 0 ? below[d.editId] : loose) << decisionRow(d);
    m_rows.reserve(log.size() + decisions.size());
    auto looseIt = loose.crbegin();
    for (auto it = log.crbegin(); it != log.crend(); ++it) {
        for (; looseIt != loose.crend() && looseIt->at >= it->at; ++looseIt)
            m_rows << *looseIt;
        m_rows << *it;
        const QVector<EditRecord> &after = below.value(it->id);
        for (auto d = after.crbegin(); d != after.crend(); ++d)
            m_rows << *d;
        below.remove(it->id);
    }
    for (; looseIt != loose.crend(); ++looseIt)
        m_rows << *looseIt;
    for (const QVector<EditRecord> &orphans : std::as_const(below)) // edit no longer in the log
        m_rows += orphans;
}

QString HistoryModel::decisionCell(const EditRecord &row) const {
    const QString finding = row.key.mid(kDecisionPrefix.size());
    const QString rule = finding.section(u':', 0, 0);
    const ReportDocument *doc = m_audit ? m_audit->document() : nullptr;
    const int cell = doc ? doc->spec().indexOf(finding.section(u':', 1)) : -1;
    const QString title = FindingText::ruleTitle(rule);
    return cell >= 0 ? tr("%1 · %2").arg(FindingText::cell(doc->spec(), cell), title) : title;
}

const EditRecord &HistoryModel::record(int row) const {
    return m_rows.at(row);
}

int HistoryModel::rowOfEdit(qint64 editId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == editId)
            return i;
    return -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int HistoryModel::cellOf(const EditRecord &edit) const {
    const ReportDocument *doc = m_audit ? m_audit->document() : nullptr;
    return doc ? doc->spec().indexOf(edit.key) : -1;
}

QString HistoryModel::keyLabel(const EditionSpec &spec, const QString &key) {
    if (key.startsWith(u"meta."))
        return metaLabel(key);
    const int cell = spec.indexOf(key);
    if (cell < 0)
        return key; // a cell of the other edition (the report's edition was changed)
    const CellNames &names = CellNames::forEdition(spec.edition);
    const CellSpec &c = spec.cell(cell);
    static const char *const tables[] = {QT_TR_NOOP("表一"), QT_TR_NOOP("表二"),
                                         QT_TR_NOOP("表三")};
    QStringList parts{tr(tables[c.table - 1])};
    if (c.table == 1 && !spec.table(1).blocks[c.block].title.isEmpty())
        parts << spec.table(1).blocks[c.block].title;
    // The column under its header groups, without table 2's umbrella "申请人情况".
    QStringList path = spec.table(c.table).blocks[c.block].columns[c.column].headerPath;
    if (!path.isEmpty())
        path.removeLast();
    if (c.table == 2 && !path.isEmpty())
        path.removeFirst();
    path << names.columnZh(cell);
    parts << path.join(QStringLiteral("·"));
    parts << names.rowZh(cell);
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QString HistoryModel::valueText(const QString &key, const std::optional<Decimal> &value,
                                const QString &status) {
    if (key == u"meta.state") {
        const auto state = reviewStateFromName(status);
        return state ? reviewStateLabel(*state) : status;
    }
    if (key.startsWith(u"meta."))
        return status.isEmpty() ? tr("（空）") : status;
    if (value)
        return value->toString();
    switch (cellStatusFromName(status).value_or(CellStatus::Blank)) {
    case CellStatus::Placeholder:
        return QStringLiteral("/");
    case CellStatus::Missing:
        return tr("（缺失）");
    default:
        return tr("（空）");
    }
}

QString HistoryModel::changeText(const EditRecord &edit) {
    return tr("%1 → %2").arg(valueText(edit.key, edit.oldValue, edit.oldStatus),
                             valueText(edit.key, edit.newValue, edit.newStatus));
}

QString HistoryModel::conflictText(const EditionSpec &spec, const ReimportConflict &c) {
    return tr("%1：原提取 %2，新提取 %3，保留人工值 %4")
        .arg(keyLabel(spec, c.key), CellInput::format(c.oldExtracted),
             CellInput::format(c.newExtracted), CellInput::format(c.current));
}

QString HistoryModel::originLabel(const QString &origin) {
    static const QHash<QString, const char *> labels{
        {QStringLiteral("typed"), QT_TR_NOOP("输入")},
        {QStringLiteral("paste"), QT_TR_NOOP("粘贴")},
        {QStringLiteral("suggestion"), QT_TR_NOOP("采用建议")},
        {QStringLiteral("revert"), QT_TR_NOOP("撤销修改")},
        {QStringLiteral("undo"), QT_TR_NOOP("撤销")},
        {QStringLiteral("redo"), QT_TR_NOOP("重做")},
        {QStringLiteral("cli"), QT_TR_NOOP("命令行")},
        {QStringLiteral("import"), QT_TR_NOOP("导入")},
        {QStringLiteral("accept"), QT_TR_NOOP("确认读数")},
    };
    const char *label = labels.value(origin);
    return label ? tr(label) : origin;
}

QString HistoryModel::timeText(const QDateTime &at) {
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EditRecord &e = m_rows[index.row()];
    const bool decision = e.key.startsWith(kDecisionPrefix);
    switch (role) {
    case EditIdRole:
        return e.id;
    case CellRole:
        if (decision) {
            const ReportDocument *doc = m_audit ? m_audit->document() : nullptr;
            return doc ? doc->spec().indexOf(e.key.section(u':', 2)) : -1;
        }
        return cellOf(e);
    case KeyRole:
        return e.key;
    case DecisionRole:
        return decision;
    case Qt::TextAlignmentRole:
        return index.column() == IdColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == CellColumn) // the internal name, for the record
            return decision ? tr("规则 %1").arg(e.key.mid(kDecisionPrefix.size())) : e.key;
        if (index.column() == NoteColumn && !e.note.isEmpty())
            return UiLanguage::half(e.note);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (decision) {
        switch (index.column()) {
        case IdColumn:
            return QString();
        case TimeColumn:
            return timeText(e.at);
        case UserColumn:
            return e.user;
        case CellColumn:
            return decisionCell(e);
        case ChangeColumn:
            return FindingsModel::decisionText(
                decisionFromName(e.newStatus).value_or(Decision::Open));
        case OriginColumn:
            return e.oldValue ? tr("决定（随修改 #%1）").arg(e.oldValue->micros()) : tr("决定");
        case NoteColumn:
            return UiLanguage::half(e.note);
        default:
            return {};
        }
    }
    switch (index.column()) {
    case IdColumn:
        return e.id;
    case TimeColumn:
        return timeText(e.at);
    case UserColumn:
        return e.user;
    case CellColumn: {
        const ReportDocument *doc = m_audit ? m_audit->document() : nullptr;
        return doc ? keyLabel(doc->spec(), e.key) : e.key;
    }
    case ChangeColumn:
        return changeText(e);
    case OriginColumn:
        return originLabel(e.origin);
    case NoteColumn:
        return UiLanguage::half(e.note);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#");
    case TimeColumn:
        return tr("时间");
    case UserColumn:
        return tr("用户");
    case CellColumn:
        return tr("单元格");
    case ChangeColumn:
        return tr("原值 → 新值");
    case OriginColumn:
        return tr("来源");
    case NoteColumn:
        return tr("备注");
    default:
        return {};
    }
}
