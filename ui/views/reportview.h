#pragma once

#include <QPointer>
#include <QWidget>
#include <array>

class DocumentPane;
class FindingsModel;
class FindingsPanel;
class GridView;
class HistoryPanel;
class QLabel;
class QSplitter;
class QTabWidget;
#include "review/reportdocument.h"
class TableModel;

/**
 * Everything about one open report: the document pane beside the three grids (tabs), and under
 * them the findings and (for a workspace report) the edit history. Keeps them in step.
 */
class ReportView : public QWidget {
    Q_OBJECT
public:
    explicit ReportView(ReportDocument *document, QWidget *parent = nullptr);

    ReportDocument *document() const { return m_document; }
    GridView *grid(int table) const { return m_grids[size_t(table - 1)]; }
    TableModel *tableModel(int table) const { return m_models[size_t(table - 1)]; }
    FindingsModel *findingsModel() const { return m_findings; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    /// The report's edit log (only for a report of the workspace: nullptr otherwise).
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    /// "⚠ N re-import conflicts" above the grids (hidden when there are none).
    QLabel *conflictsLabel() const { return m_conflicts; }
    /// Lists the conflicts, with a button to mark them looked at.
    void showConflicts();
    /// Brings the findings (0) or the history (1) to the front of the lower pane.
    void showLowerTab(int tab);
    DocumentPane *documentPane() const { return m_pane; }
    GridView *currentGrid() const;

    /// Shows the cell's table, makes the cell current and highlights its source.
    void selectCell(int cell);
    /// Selects the cells (those of the first cell's table) and shows the first one's source.
    /// `focus`: the grid takes the keyboard focus (not when a finding was merely clicked).
    void selectCells(const QList<int> &cells, bool focus = true);
    /// Shows table 1–3 (its tab).
    void showTable(int table);
    int currentTable() const;
    /// The first table with an open problem (1 when none): where a report opens.
    int firstTableWithProblem() const;
    /// Applies the one suggestion that targets `cell`; false (and a message) when there is
    /// none or several.
    bool applySuggestionAt(int cell);
    /// The History tab, filtered to the cell's edits.
    void showHistoryOf(int cell);
    /// Zooms the pane when it has focus, else the grids.
    void zoom(int steps);
    void resetZoom();

    QByteArray saveSplitters() const;
    void restoreSplitters(const QByteArray &state);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateHeader();
    void updateConflicts();
    void updateTabTitles();

    QPointer<ReportDocument> m_document;
    DocumentPane *m_pane;
    QTabWidget *m_tabs;
    QLabel *m_header;
    QLabel *m_conflicts;
    QSplitter *m_outer;
    QSplitter *m_inner;
    FindingsModel *m_findings;
    FindingsPanel *m_findingsPanel;
    HistoryPanel *m_historyPanel = nullptr;
    QTabWidget *m_lower;
    std::array<GridView *, 3> m_grids{};
    std::array<TableModel *, 3> m_models{};
};
