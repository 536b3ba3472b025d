#include "findingsmodel.h"

#include "model/spec.h"
#include "review/reportdocument.h"
#include "text/findingtext.h"
#include "text/uilanguage.h"
#include "workspace/reportaudit.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>
#include <algorithm>
#include <tuple>

FindingsModel::FindingsModel(ReportDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_audit(ReportAudit::of(document)) {
    sync(nullptr);
    syncResolved();
    // The audit records "fixed" decisions while the document reports the change: both are in
    // before the resolved group is brought up to date.
    connect(document, &ReportDocument::findingsChanged, this,
            [this](const ValidationDelta &delta) { sync(&delta); });
    if (m_audit)
        connect(m_audit, &ReportAudit::decisionsChanged, this, &FindingsModel::decisionsChanged);
}

ReportAudit *FindingsModel::audit() const {
    return m_audit;
}

QString FindingsModel::decisionText(Decision decision) {
    switch (decision) {
    case Decision::Open:
        return tr("待处理");
    case Decision::Confirmed:
        return tr("确认为原文错误");
    case Decision::Dismissed:
        return tr("已忽略");
    case Decision::Fixed:
        return tr("已更正");
    }
    return {};
}

void FindingsModel::decisionsChanged() {
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].table == ResolvedTable || m_groups[g].findings.isEmpty())
            continue;
        const QModelIndex parent = index(g, 0);
        Q_EMIT dataChanged(index(0, 0, parent),
                           index(int(m_groups[g].findings.size()) - 1, ColumnCount - 1, parent));
    }
    syncResolved();
}

void FindingsModel::syncResolved() {
    const QVector<DecisionRecord> now =
        m_audit && m_document ? m_audit->resolvedDecisions() : QVector<DecisionRecord>();
    const int g = !m_groups.isEmpty() && m_groups.last().table == ResolvedTable
                      ? int(m_groups.size()) - 1
                      : -1;
    if (g >= 0) {
        const QVector<DecisionRecord> &was = m_groups[g].resolved;
        const bool same = std::equal(
            was.begin(), was.end(), now.begin(), now.end(),
            [](const DecisionRecord &a, const DecisionRecord &b) { return a.id == b.id; });
        if (same)
            return;
        beginRemoveRows({}, g, g); // small: rebuilt rather than diffed
        m_groups.removeAt(g);
        endRemoveRows();
    }
    if (now.isEmpty())
        return;
    const int row = int(m_groups.size());
    beginInsertRows({}, row, row);
    Group resolved{m_nextId++, ResolvedTable, QString(), 0, {}, {}};
    resolved.resolved = now;
    m_groups << resolved;
    endInsertRows();
}

void FindingsModel::groupKey(int finding, int *table, QString *rule, int *order) const {
    const Finding &f = m_document->validated().findings()[finding];
    const int cell = !f.lhs.isEmpty() ? f.lhs.first() : !f.rhs.isEmpty() ? f.rhs.first() : -1;
    *table = cell >= 0 ? m_document->spec().cell(cell).table : 4;
    *rule = f.rule;
    const int idx = Spec::instance().ruleIndex(f.rule);
    *order = idx >= 0 ? idx : 100000;
}

int FindingsModel::groupRow(int id) const {
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups[i].id == id)
            return i;
    return -1;
}

void FindingsModel::sync(const ValidationDelta *delta) {
    if (!m_document)
        return;
    const QVector<Finding> &all = m_document->validated().findings();
    QSet<int> now;
    for (int i = 0; i < all.size(); ++i)
        if (all[i].isProblem())
            now.insert(i);
    QSet<int> present;
    // Remove what is no longer a problem, and groups that become empty.
    for (int g = int(m_groups.size()) - 1; g >= 0; --g) {
        if (m_groups[g].table == ResolvedTable)
            continue;
        QVector<int> &list = m_groups[g].findings;
        for (int k = int(list.size()) - 1; k >= 0; --k) {
            if (now.contains(list[k])) {
                present.insert(list[k]);
                continue;
            }
            beginRemoveRows(index(g, 0), k, k);
            list.removeAt(k);
            endRemoveRows();
        }
        if (list.isEmpty()) {
            beginRemoveRows({}, g, g);
            m_groups.removeAt(g);
            endRemoveRows();
        }
    }
    // Insert new problems in spec order, creating their group where it belongs.
    QList<int> added(now.begin(), now.end());
    std::sort(added.begin(), added.end());
    for (int f : added) {
        if (present.contains(f))
            continue;
        int table, order;
        QString rule;
        groupKey(f, &table, &rule, &order);
        int g = 0;
        while (g < m_groups.size() && std::tie(m_groups[g].table, m_groups[g].order,
                                               m_groups[g].rule) < std::tie(table, order, rule))
            ++g;
        if (g == m_groups.size() || m_groups[g].table != table || m_groups[g].rule != rule) {
            beginInsertRows({}, g, g);
            m_groups.insert(g, Group{m_nextId++, table, rule, order, {}, {}});
            endInsertRows();
        }
        QVector<int> &list = m_groups[g].findings;
        const int k = int(std::lower_bound(list.begin(), list.end(), f) - list.begin());
        beginInsertRows(index(g, 0), k, k);
        list.insert(k, f);
        endInsertRows();
    }
    // Problems whose numbers changed: repaint their rows.
    if (delta) {
        for (const Finding &f : delta->changed) {
            const QModelIndex i = indexOfFinding(f.instance);
            if (i.isValid())
                Q_EMIT dataChanged(i, i.siblingAtColumn(ColumnCount - 1));
        }
        syncResolved();
    }
}

QModelIndex FindingsModel::indexOfFinding(int findingIndex) const {
    for (int g = 0; g < m_groups.size(); ++g) {
        const int k = int(m_groups[g].findings.indexOf(findingIndex));
        if (k >= 0)
            return createIndex(k, 0, quintptr(m_groups[g].id));
    }
    return {};
}

QVector<QModelIndex> FindingsModel::findingRows() const {
    QVector<QModelIndex> out;
    for (const Group &g : m_groups) // the resolved group has no findings
        for (int k = 0; k < g.findings.size(); ++k)
            out << createIndex(k, 0, quintptr(g.id));
    return out;
}

int FindingsModel::findingCount() const {
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.findings.size());
    return n;
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(m_groups[parent.row()].id));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int g = groupRow(int(child.internalId()));
    return g < 0 ? QModelIndex() : createIndex(g, 0, quintptr(0));
}

int FindingsModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return m_groups[parent.row()].size();
}

int FindingsModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QString FindingsModel::groupTitle(const Group &g) const {
    if (g.table == ResolvedTable)
        return tr("已处理、问题已不存在（%1）").arg(g.resolved.size());
    static const QStringList tables{QString(), tr("表一"), tr("表二"), tr("表三"), tr("其他")};
    // The rule as the auditor knows it (its description), never its id (in the tooltip).
    return tr("%1 · %2（%3）")
        .arg(tables.value(g.table), FindingText::ruleTitle(g.rule))
        .arg(g.findings.size());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !m_document)
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups[index.row()];
        if (role == Qt::DisplayRole && index.column() == FindingColumn)
            return groupTitle(g);
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == FindingIndexRole)
            return -1;
        if (role == RuleRole)
            return g.rule;
        if (role == Qt::ToolTipRole && g.table != ResolvedTable)
            return QStringLiteral("%1\n%2").arg(FindingText::rule(g.rule),
                                                tr("规则 %1").arg(g.rule));
        return {};
    }
    const int g = groupRow(int(index.internalId()));
    if (g < 0)
        return {};
    if (m_groups[g].table == ResolvedTable)
        return resolvedData(m_groups[g].resolved[index.row()], index.column(), role);
    const int fi = m_groups[g].findings[index.row()];
    const Finding &f = m_document->validated().findings()[fi];
    const EditionSpec &spec = m_document->spec();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FindingColumn:
            return FindingText::severity(f);
        case MessageColumn:
            return FindingText::message(f);
        case ExpectedColumn:
            return f.expected ? f.expected->toString() : QString();
        case ActualColumn:
            return f.actual ? f.actual->toString() : QString();
        case SuggestionColumn:
            if (!f.suggestion)
                return QString();
            {
                // Printed labels, as the auditor reads them: 自然人 · （一）予以公开 → 4.
                const CellSpec &c = spec.cell(f.suggestion->cell);
                const BlockSpec &block = spec.table(c.table).blocks[c.block];
                return tr("%1 · %2 → %3")
                    .arg(block.columns[c.column].label, block.rows[c.row].label,
                         f.suggestion->value.toString());
            }
        case DecisionColumn: {
            const Decision d = m_audit ? m_audit->decisionOf(f) : Decision::Open;
            return d == Decision::Open ? QString() : decisionText(d);
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DecisionColumn && m_audit)
            if (const auto d = m_audit->decisionRecordOf(f))
                return tr("%1，%2，%3")
                    .arg(d->user, d->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         UiLanguage::half(d->note));
        // The full message (the column may be narrow) and the rule's id, for the record.
        return QStringLiteral("%1\n%2").arg(FindingText::message(f), FindingText::technical(f));
    case Qt::ForegroundRole:
        if (index.column() == DecisionColumn)
            return decisionBrush(m_audit ? m_audit->decisionOf(f) : Decision::Open);
        if (m_audit && m_audit->decisionOf(f) != Decision::Open) // decided: no longer urgent
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == FindingColumn && f.status == FindingStatus::Fail)
            return QBrush(f.severity == Severity::Error ? QColor(0xb0, 0x1c, 0x1c)
                                                        : QColor(0x8a, 0x5a, 0x00));
        return {};
    case FindingIndexRole:
        return fi;
    case CellsRole: {
        QList<int> cells(f.lhs.begin(), f.lhs.end());
        cells += QList<int>(f.rhs.begin(), f.rhs.end());
        return QVariant::fromValue(cells);
    }
    case SeverityRole:
        return severityName(f.severity);
    case StatusRole:
        return findingStatusName(f.status);
    case HasSuggestionRole:
        return f.suggestion.has_value();
    case RuleRole:
        return f.rule;
    case DecisionRole:
        return int(m_audit ? m_audit->decisionOf(f) : Decision::Open);
    case FindingIdRole:
        return f.stableId(spec);
    case ResolvedRole:
        return false;
    default:
        return {};
    }
}

QVariant FindingsModel::resolvedData(const DecisionRecord &d, int column, int role) const {
    const EditionSpec &spec = m_document->spec();
    const QString rule = d.finding.section(u':', 0, 0);
    const int cell = spec.indexOf(d.finding.section(u':', 1));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FindingColumn:
            return cell >= 0 ? FindingText::cell(spec, cell) : FindingText::ruleTitle(rule);
        case MessageColumn: {
            const QString desc = FindingText::ruleTitle(rule);
            const QString note = UiLanguage::half(d.note);
            return note.isEmpty() ? desc : QStringLiteral("%1 — %2").arg(desc, note);
        }
        case SuggestionColumn:
            return d.editId >= 0 ? tr("修改 #%1").arg(d.editId) : QString();
        case DecisionColumn:
            return decisionText(d.decision);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1，%2").arg(d.user,
                                d.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
               u'\n' + tr("规则 %1").arg(rule);
    case Qt::ForegroundRole:
        return column == DecisionColumn ? decisionBrush(d.decision)
                                        : QBrush(QColor(0x80, 0x80, 0x80));
    case FindingIndexRole:
        return -1;
    case CellsRole:
        return QVariant::fromValue(cell >= 0 ? QList<int>{cell} : QList<int>{});
    case RuleRole:
        return rule;
    case DecisionRole:
        return int(d.decision);
    case FindingIdRole:
        return d.finding;
    case ResolvedRole:
        return true;
    default:
        return {};
    }
}

QBrush FindingsModel::decisionBrush(Decision decision) {
    switch (decision) {
    case Decision::Open:
        return {};
    case Decision::Confirmed:
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    case Decision::Dismissed:
        return QBrush(QColor(0x70, 0x70, 0x70));
    case Decision::Fixed:
        return QBrush(QColor(0x1e, 0x7a, 0x34));
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FindingColumn:
        return tr("问题");
    case MessageColumn:
        return tr("算式与数值");
    case ExpectedColumn:
        return tr("应为");
    case ActualColumn:
        return tr("实为");
    case SuggestionColumn:
        return tr("建议值");
    case DecisionColumn:
        return tr("处理");
    }
    return {};
}
