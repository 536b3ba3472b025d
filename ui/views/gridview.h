#pragma once

#include <QTableView>

class QMenu;
class TableModel;

/**
 * The grid of one table, keyboard-first: type a number to replace a cell, Enter moves down,
 * Tab right (only value cells are visited), Delete clears to blank, Ctrl+C copies the selection
 * as tab-separated text, Ctrl+V pastes a block from Excel or WPS. Ctrl + wheel / zoom() scale it.
 * Space or Ctrl+Enter accepts the suspect values of the selection as read (确认读数). The context
 * menu has the same actions plus placeholder, apply suggestion and the cell's history.
 */
class GridView : public QTableView {
    Q_OBJECT
public:
    explicit GridView(QWidget *parent = nullptr);

    void setTableModel(TableModel *model);
    TableModel *tableModel() const { return m_model; }

    /// Selects the given cells of this table and makes the first one current.
    void selectCells(const QList<int> &cells);
    int currentCell() const;
    /// True while a cell editor is open (typing into a cell).
    bool isEditing() const { return state() == EditingState; }

    void copySelection();
    void pasteClipboard();
    void clearSelectedCells();
    void placeholderSelectedCells();
    /// 确认读数 on the selection: suspect values become read, unchanged (one undo step).
    void acceptSelectedCells();
    /// The context menu of a cell (built for `cell`; shown by contextMenuEvent).
    QMenu *cellMenu(QWidget *parent);
    void setZoom(double factor);
    double zoom() const { return m_zoom; }

Q_SIGNALS:
    void currentCellChanged(int cell);
    void zoomRequested(int steps); ///< Ctrl + wheel
    void applySuggestionRequested(int cell);
    void historyRequested(int cell);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    QModelIndex step(const QModelIndex &from, int dRow, int dColumn) const;
    QModelIndex stepLinear(const QModelIndex &from, int direction) const;
    bool isValueCell(int row, int column) const;
    void applySizes();

    TableModel *m_model = nullptr;
    double m_zoom = 1.0;
    int m_baseFontPt = 10;
};
