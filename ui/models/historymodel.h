#pragma once

#include "workspace/workspacetypes.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

#include "workspace/reportaudit.h"
struct EditionSpec;

/**
 * The edit log of one report as a table, newest edit first: who changed which cell from what to
 * what, when, how and why. Reads ReportAudit::log() and resets on logChanged() (a report's log is
 * small). The decisions on findings are rows of it too (DecisionRole true, no edit id): each one
 * below the edit it followed from, the others by time. Without an audit the model is empty.
 */
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        TimeColumn,
        UserColumn,
        CellColumn,
        ChangeColumn,
        OriginColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        EditIdRole = Qt::UserRole + 1, ///< qint64 id of the edit
        CellRole,                      ///< int cell index in the report's edition, -1 for metadata
        KeyRole,      ///< QString key ("t2.r.granted.c.natural_person", "meta.year")
        DecisionRole, ///< bool: the row is a decision on a finding, not an edit
    };
    Q_ENUM(Role)

    explicit HistoryModel(ReportAudit *audit = nullptr, QObject *parent = nullptr);

    void setAudit(ReportAudit *audit);
    ReportAudit *audit() const { return m_audit; }
    /// The edit shown at `row` (row 0 is the newest).
    const EditRecord &record(int row) const;
    /// The row of an edit, -1 when it is not in the log.
    int rowOfEdit(qint64 editId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Printed name of a key: "表二 · 自然人 · （一）予以公开", or 机关/年度/格式/审核状态.
    static QString keyLabel(const EditionSpec &spec, const QString &key);
    /// One side of an edit as text: the value, "（空）" for a blank, the status name otherwise.
    static QString valueText(const QString &key, const std::optional<Decimal> &value,
                             const QString &status);
    /// "原值 → 新值" of an edit.
    static QString changeText(const EditRecord &edit);
    /// One re-import conflict as the auditor reads it: printed cell, old and new extraction, kept.
    static QString conflictText(const EditionSpec &spec, const ReimportConflict &conflict);
    /// The Chinese name of an edit origin ("typed" → "输入").
    static QString originLabel(const QString &origin);
    /// Local time as yyyy-MM-dd HH:mm:ss.
    static QString timeText(const QDateTime &at);

private:
    void reload();
    void follow();
    void resetAll();
    int cellOf(const EditRecord &edit) const;
    QString decisionCell(const EditRecord &row) const;

    QPointer<ReportAudit> m_audit;
    QVector<EditRecord> m_rows; ///< newest first; decisions have id -1 and key "decision:<id>"
    int m_decisionCount = 0;
};
