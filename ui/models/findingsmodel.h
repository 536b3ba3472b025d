#pragma once

#include <QAbstractItemModel>
#include <QPointer>

#include "review/reportdocument.h"
struct ValidationDelta;

/**
 * The problems (fail / unverifiable) of one report as a two-level tree: a group per table and
 * rule, then one row per finding with its severity, formula with numbers, expected and actual
 * sums and the suggested value. Follows edits incrementally (rows inserted and removed, never a
 * reset).
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
    };
    Q_ENUM(Role)

    explicit FindingsModel(ReportDocument *document, QObject *parent = nullptr);
    ReportDocument *document() const { return m_document; }

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
    };
    int groupRow(int id) const;
    void groupKey(int finding, int *table, QString *rule, int *order) const;
    void sync(const ValidationDelta *delta);
    QString groupTitle(const Group &g) const;

    QPointer<ReportDocument> m_document;
    QVector<Group> m_groups;
    int m_nextId = 1;
};
