#pragma once

#include <QAbstractItemModel>
#include <QBrush>
#include <QPointer>

#include "review/reportdocument.h"
#include "workspace/workspacetypes.h"
class ReportAudit;
struct ValidationDelta;

/**
 * The problems (fail / unverifiable) of one report as a two-level tree: a group per table and
 * rule, then one row per finding with its severity, formula with numbers, expected and actual
 * sums, the suggested value and the auditor's decision. Follows edits incrementally (rows
 * inserted and removed, never a reset).
 *
 * For a report of the workspace, a last group lists the decisions in force whose finding is no
 * longer a problem (fixed by an edit, mostly): the history the "fixed" filter shows.
 */
class FindingsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        FindingColumn,
        MessageColumn,
        ExpectedColumn,
        ActualColumn,
        SuggestionColumn,
        DecisionColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        FindingIndexRole =
            Qt::UserRole + 1, ///< index into ValidatedReport::findings(), -1 for groups
        CellsRole,            ///< QList<int>: the cells of the finding (lhs then rhs)
        SeverityRole,         ///< "error" | "warning" | "info"
        StatusRole,           ///< "fail" | "unverifiable"
        HasSuggestionRole,    ///< bool
        RuleRole,             ///< rule id
        DecisionRole,         ///< int(Decision) in force (Open when none)
        FindingIdRole,        ///< Finding::stableId() (decisions are keyed by it)
        ResolvedRole,         ///< bool: a decision row whose finding is gone
    };
    Q_ENUM(Role)

    explicit FindingsModel(ReportDocument *document, QObject *parent = nullptr);
    ReportDocument *document() const { return m_document; }
    ReportAudit *audit() const; ///< nullptr for a document outside the workspace
    /// 待处理 / 确认为原文错误 / 已忽略 / 已更正, translated.
    static QString decisionText(Decision decision);

    /// Model index (column 0) of a finding, invalid when it is not a problem.
    QModelIndex indexOfFinding(int findingIndex) const;
    /// Every finding row in display order (for F8 / Shift+F8).
    QVector<QModelIndex> findingRows() const;
    int findingCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group {
        int id = 0;
        int table = 0;
        QString rule;
        int order = 0; ///< rule's position in the spec
        QVector<int> findings;
        QVector<DecisionRecord> resolved; ///< only in the last group (table ResolvedTable)
        int size() const { return int(table == ResolvedTable ? resolved.size() : findings.size()); }
    };
    static constexpr int ResolvedTable = 99; ///< sorts after every table
    void syncResolved();
    void decisionsChanged();
    QVariant resolvedData(const DecisionRecord &record, int column, int role) const;
    static QBrush decisionBrush(Decision decision);
    int groupRow(int id) const;
    void groupKey(int finding, int *table, QString *rule, int *order) const;
    void sync(const ValidationDelta *delta);
    QString groupTitle(const Group &g) const;

    QPointer<ReportDocument> m_document;
    QPointer<ReportAudit> m_audit;
    QVector<Group> m_groups;
    int m_nextId = 1;
};
