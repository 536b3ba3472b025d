#pragma once

#include "model/report.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

class Workspace;

/**
 * One agency across its years: the rows of a chosen table (its cells, by key, both editions),
 * one column per year from the first to the last (a year without a report is an empty column,
 * said, not filled), each value with its difference to the year before, the cells of cross-year
 * findings highlighted with their message. Reads the reports' current cells from the workspace.
 */
class AcrossYearsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// What the rows are.
    enum class Rows { Table1, Table2Totals, Table2, Table3 };
    enum Role {
        ReportIdRole = Qt::UserRole + 1, ///< qint64: the year's report, -1 for a gap year
        CellRole,                        ///< int: the cell index in that report's edition
        DifferenceRole,                  ///< QVariant(qint64 micros) or invalid
        CrossYearRole,                   ///< QString: the cross-year finding's message, or empty
    };
    Q_ENUM(Role)

    explicit AcrossYearsModel(QObject *parent = nullptr);

    /// The reports of the agency by year (one per year); loads their current cells.
    void setReports(const Workspace *workspace, const QVector<std::pair<int, qint64>> &years);
    void setRows(Rows rows);
    Rows rows() const { return m_rowsKind; }
    /// Re-reads the reports (after an edit of one of them).
    void reload();
    int yearOfColumn(int column) const { return m_firstYear + column; }
    int rowOfKey(const QString &key) const { return int(m_keys.indexOf(key)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Year {
        qint64 reportId = -1;
        Report report;
        QString fileName;
        QHash<QString, QString> crossYear; ///< cell key → message of a cross-year problem
        QString gapMessage;
    };
    void buildRows();
    const Year *yearAt(int column) const;
    const Cell *cellAt(int row, int column, int *index = nullptr) const;

    const Workspace *m_workspace = nullptr;
    QVector<std::pair<int, qint64>> m_years;
    Rows m_rowsKind = Rows::Table2Totals;
    int m_firstYear = 0;
    QVector<Year> m_columns; ///< by year, gaps included (reportId −1)
    QStringList m_keys;
    QStringList m_labels;
};
