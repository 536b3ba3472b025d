#pragma once

#include "model/anchor.h"
#include "model/tablelayout.h"

#include <QAbstractTableModel>
#include <QPointer>

#include "review/reportdocument.h"

class ReportAudit;

/**
 * One of the three tables of a report as a grid in the printed layout: header rows and row
 * labels are items of the model (merged with QTableView::setSpan from spans()), value cells
 * are editable. Edits go setData → ReportDocument; the document's cellsChanged signal comes
 * back as dataChanged for exactly the touched cells.
 */
class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        FindingsRole =
            Qt::UserRole + 1, ///< QVariantList of maps {index, rule, status, severity, zh}
        ProvenanceRole,       ///< QVariantMap {status, raw, note, original}
        SourceAnchorRole,     ///< Anchor of the cell in the source document
        OriginalValueRole,    ///< the extracted value as text ("" when null)
        CellIndexRole,        ///< cell index in the edition, -1 for labels
        MarkRole,             ///< worst problem, a TableModel::Mark
        CellStatusRole,       ///< CellStatus as int
        EditedRole,           ///< bool: differs from the extracted value
        ItemKindRole,         ///< GridItem::Kind
        StrongRole, ///< bool: the likely culprit of its open problems (suggested, edited, suspect)
    };
    Q_ENUM(Role)
    /// The worst problem of a cell, in the order the grid shows them.
    /// The worst open problem of a cell; Decided when the auditor decided on all of them.
    enum Mark { NoMark, Error, Warning, Unverifiable, Decided };
    Q_ENUM(Mark)

    TableModel(ReportDocument *document, int table, QObject *parent = nullptr);

    int table() const { return m_table; }
    const TableLayout &layout() const { return m_layout; }
    ReportDocument *document() const { return m_document; }
    QModelIndex indexOfCell(int cell) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Pastes rows of texts with `topLeft` as the first cell; positions that are not value
    /// cells are skipped. One undo step. Returns the number of cells set, -1 on refusal.
    int paste(const QModelIndex &topLeft, const QVector<QStringList> &rows);
    /// Clears the given value cells to blank (one undo step).
    bool clear(const QModelIndexList &indexes);

    static Mark markOf(const ReportDocument &document, int cell,
                       const ReportAudit *audit = nullptr);
    /// True when the cell is where an open problem most likely lies: a suggestion targets it,
    /// the auditor edited it, or it was read as suspect. The other cells of a failing rule are
    /// painted lightly, so one wrong number does not paint its whole row and column.
    static bool isStrong(const ReportDocument &document, int cell,
                         const ReportAudit *audit = nullptr);
    /// Open problems (no decision) of this table: counted on its tab.
    int openProblemCount() const;
    /// The suggestions that target the cell (finding indexes), for "apply suggestion" from a cell.
    static QVector<int> suggestionsFor(const ReportDocument &document, int cell);
    /// Accepts the suspect values among the indexes as read (确认读数), one undo step.
    bool accept(const QModelIndexList &indexes);
    /// Sets the given value cells to the placeholder "/" (one undo step).
    bool setPlaceholder(const QModelIndexList &indexes);
    /// The cell's tooltip: findings, provenance and, with an audit, its edit history.
    static QString tooltipOf(const ReportDocument &document, int cell,
                             const ReportAudit *audit = nullptr);
    /// The workspace audit of the document: adds the "修改记录" section to cell tooltips.
    void setAudit(ReportAudit *audit);
    ReportAudit *audit() const;

Q_SIGNALS:
    /// Input that was refused (not a number, a decimal in a count, …) or an edit the sink refused.
    void inputRejected(const QString &message);

private:
    int cellAt(const QModelIndex &index) const;
    void onCellsChanged(const QVector<int> &cells);

    QPointer<ReportDocument> m_document;
    QPointer<ReportAudit> m_audit;
    int m_table;
    TableLayout m_layout;
};

Q_DECLARE_METATYPE(Anchor)
