#include "gridview.h"

#include "delegates/celldelegate.h"
#include "models/tablemodel.h"
#include "review/reportdocument.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSet>
#include <QWheelEvent>

GridView::GridView(QWidget *parent)
    : QTableView(parent) {
    setItemDelegate(new CellDelegate(this));
    horizontalHeader()->hide(); // the model carries the printed multi-level header
    verticalHeader()->hide();
    setWordWrap(true);
    setEditTriggers(AnyKeyPressed | DoubleClicked | EditKeyPressed);
    setSelectionMode(ExtendedSelection);
    setTabKeyNavigation(true);
    setStyleSheet(
        QStringLiteral("QTableView { gridline-color: #9aa4b1; }"
                       "QTableView::item:selected { background: #2f6fd0; color: white; }"));
    m_baseFontPt = qMax(9, font().pointSize());
}

void GridView::setTableModel(TableModel *model) {
    m_model = model;
    setModel(model);
    clearSpans();
    for (const GridSpan &s : model->layout().spans())
        setSpan(s.row, s.column, s.rowSpan, s.columnSpan);
    applySizes();
}

bool GridView::isValueCell(int row, int column) const {
    return m_model && row >= 0 && column >= 0 && row < m_model->rowCount() &&
           column < m_model->columnCount() && m_model->layout().at(row, column).cell >= 0;
}

int GridView::currentCell() const {
    const QModelIndex i = currentIndex();
    return i.isValid() ? i.data(TableModel::CellIndexRole).toInt() : -1;
}

void GridView::applySizes() {
    if (!m_model)
        return;
    QFont f = font();
    f.setPointSizeF(m_baseFontPt * m_zoom);
    setFont(f);
    const QFontMetrics fm(f);
    const int em = fm.horizontalAdvance(u'中');
    const TableLayout &layout = m_model->layout();
    const int labels = layout.labelColumns();
    // Value columns fit their widest value and the severity icon beside it.
    int valueWidth = int(em * 4.2);
    for (int cell : layout.cells())
        valueWidth =
            qMax(valueWidth,
                 fm.horizontalAdvance(m_model->indexOfCell(cell).data(Qt::DisplayRole).toString()) +
                     int(em * 2.2));
    for (int c = 0; c < layout.columnCount(); ++c) {
        int w = valueWidth;
        if (c < labels) {
            if (m_model->table() == 1)
                w = em * 12;
            else if (labels > 1 && c == 0)
                w = int(em * 2.2); // the vertical group label
            else if (c == labels - 1)
                w = em * 14;
            else
                w = em * 7;
        }
        setColumnWidth(c, w);
    }
    // Rows grow until every label and header reads in full, wrapped in its (merged) area.
    QVector<int> heights(layout.rowCount(), int(fm.height() * 1.7));
    for (int r = 0; r < layout.headerRows(); ++r)
        heights[r] = int(fm.height() * 1.6);
    QHash<QPoint, QSize> spanned; // top-left → (columns, rows)
    QSet<QPoint> covered;         // inside a merged area, not its top-left
    for (const GridSpan &sp : layout.spans()) {
        spanned.insert(QPoint(sp.column, sp.row), QSize(sp.columnSpan, sp.rowSpan));
        for (int r = sp.row; r < sp.row + sp.rowSpan; ++r)
            for (int c = sp.column; c < sp.column + sp.columnSpan; ++c)
                if (r != sp.row || c != sp.column)
                    covered.insert(QPoint(c, r));
    }
    for (int r = 0; r < layout.rowCount(); ++r)
        for (int c = 0; c < layout.columnCount(); ++c) {
            const GridItem &item = layout.at(r, c);
            if (item.kind == GridItem::Value || item.text.isEmpty() || covered.contains({c, r}))
                continue;
            const QSize span = spanned.value(QPoint(c, r), QSize(1, 1));
            int width = 0;
            for (int k = c; k < c + span.width(); ++k)
                width += columnWidth(k);
            QFont itemFont = f;
            itemFont.setBold(item.kind == GridItem::Title);
            const QFontMetrics ifm(itemFont);
            const int need = ifm.boundingRect(QRect(0, 0, qMax(em, width - 10), 100000),
                                              Qt::TextWordWrap, item.text)
                                 .height() +
                             int(fm.height() * 0.7);
            int have = 0;
            for (int k = r; k < r + span.height(); ++k)
                have += heights[k];
            if (need > have) // the extra height goes to the last row of the area
                heights[r + span.height() - 1] += need - have;
        }
    for (int r = 0; r < layout.rowCount(); ++r)
        setRowHeight(r, heights[r]);
}

void GridView::setZoom(double factor) {
    m_zoom = qBound(0.5, factor, 3.0);
    applySizes();
}

QModelIndex GridView::step(const QModelIndex &from, int dRow, int dColumn) const {
    if (!from.isValid() || !m_model)
        return from;
    int r = from.row() + dRow, c = from.column() + dColumn;
    while (r >= 0 && c >= 0 && r < m_model->rowCount() && c < m_model->columnCount()) {
        if (isValueCell(r, c))
            return m_model->index(r, c);
        r += dRow;
        c += dColumn;
    }
    return from;
}

QModelIndex GridView::stepLinear(const QModelIndex &from, int direction) const {
    if (!from.isValid() || !m_model)
        return from;
    const int columns = m_model->columnCount(), total = m_model->rowCount() * columns;
    for (int p = from.row() * columns + from.column() + direction; p >= 0 && p < total;
         p += direction)
        if (isValueCell(p / columns, p % columns))
            return m_model->index(p / columns, p % columns);
    return from;
}

QModelIndex GridView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) {
    QModelIndex from = currentIndex();
    if (!from.isValid() || !m_model) {
        const QVector<int> &cells = m_model ? m_model->layout().cells() : QVector<int>();
        return cells.isEmpty() ? QTableView::moveCursor(action, modifiers)
                               : m_model->indexOfCell(cells.first());
    }
    switch (action) {
    case MoveUp:
        return step(from, -1, 0);
    case MoveDown:
        return step(from, 1, 0);
    case MoveLeft:
        return step(from, 0, -1);
    case MoveRight:
        return step(from, 0, 1);
    case MoveNext:
        return stepLinear(from, 1);
    case MovePrevious:
        return stepLinear(from, -1);
    default:
        return QTableView::moveCursor(action, modifiers);
    }
}

void GridView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) {
    // Enter commits and moves down, as in a spreadsheet.
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        const QModelIndex next = step(currentIndex(), 1, 0);
        setCurrentIndex(next);
        return;
    }
    if (hint == QAbstractItemDelegate::EditNextItem ||
        hint == QAbstractItemDelegate::EditPreviousItem) {
        // Tab moves without reopening an editor: typing then replaces the next cell.
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        setCurrentIndex(
            stepLinear(currentIndex(), hint == QAbstractItemDelegate::EditNextItem ? 1 : -1));
        return;
    }
    QTableView::closeEditor(editor, hint);
}

bool GridView::event(QEvent *event) {
    // The grid's own keys win over the window's shortcuts of the same keys (Edit › Copy/Paste,
    // Review › 确认读数): the event then arrives in keyPressEvent below.
    if (event->type() == QEvent::ShortcutOverride && state() != EditingState) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        if (key == QKeySequence::Copy || key == QKeySequence::Paste ||
            (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) ||
            (ctrl && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter))) {
            event->accept();
            return true;
        }
    }
    return QTableView::event(event);
}

void GridView::keyPressEvent(QKeyEvent *event) {
    if (state() != EditingState) {
        if (event == QKeySequence::Copy) {
            copySelection();
            return;
        }
        if (event == QKeySequence::Paste) {
            pasteClipboard();
            return;
        }
        const bool ctrl = event->modifiers() & Qt::ControlModifier;
        if (event->key() == Qt::Key_Space ||
            (ctrl && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter))) {
            acceptSelectedCells();
            return;
        }
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            setCurrentIndex(
                step(currentIndex(), event->modifiers() & Qt::ShiftModifier ? -1 : 1, 0));
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            clearSelectedCells();
            return;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

void GridView::wheelEvent(QWheelEvent *event) {
    if (event->modifiers() & Qt::ControlModifier) {
        Q_EMIT zoomRequested(event->angleDelta().y() > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QTableView::wheelEvent(event);
}

void GridView::currentChanged(const QModelIndex &current, const QModelIndex &previous) {
    QTableView::currentChanged(current, previous);
    Q_EMIT currentCellChanged(current.isValid() ? current.data(TableModel::CellIndexRole).toInt()
                                                : -1);
}

void GridView::selectCells(const QList<int> &cells) {
    if (!m_model)
        return;
    QItemSelection selection;
    QModelIndex first;
    for (int cell : cells) {
        const QModelIndex i = m_model->indexOfCell(cell);
        if (!i.isValid())
            continue;
        selection.select(i, i);
        if (!first.isValid())
            first = i;
    }
    if (!first.isValid())
        return;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(first);
}

void GridView::copySelection() {
    const QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        return;
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &i : indexes) {
        top = qMin(top, i.row());
        bottom = qMax(bottom, i.row());
        left = qMin(left, i.column());
        right = qMax(right, i.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList fields;
        for (int c = left; c <= right; ++c) {
            const QModelIndex i = m_model->index(r, c);
            fields << (selectionModel()->isSelected(i) ? i.data(Qt::EditRole).toString()
                                                       : QString());
        }
        lines << fields.join(u'\t');
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void GridView::pasteClipboard() {
    if (!m_model || !currentIndex().isValid())
        return;
    QString text = QApplication::clipboard()->text();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QVector<QStringList> rows;
    for (const QString &line : lines)
        rows << line.split(u'\t');
    if (!rows.isEmpty())
        m_model->paste(currentIndex(), rows);
}

void GridView::clearSelectedCells() {
    if (m_model)
        m_model->clear(selectionModel()->selectedIndexes());
}

void GridView::placeholderSelectedCells() {
    if (m_model)
        m_model->setPlaceholder(selectionModel()->selectedIndexes());
}

void GridView::acceptSelectedCells() {
    if (!m_model)
        return;
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && currentIndex().isValid())
        indexes << currentIndex();
    m_model->accept(indexes);
}

QMenu *GridView::cellMenu(QWidget *parent) {
    auto *menu = new QMenu(parent);
    const int cell = currentCell();
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    bool suspect = false;
    for (const QModelIndex &i : selected)
        suspect = suspect ||
                  CellStatus(i.data(TableModel::CellStatusRole).toInt()) == CellStatus::Suspect;
    const bool editable = cell >= 0;
    menu->addAction(tr("复制"), QKeySequence::Copy, this, &GridView::copySelection)
        ->setEnabled(!selected.isEmpty());
    menu->addAction(tr("粘贴"), QKeySequence::Paste, this, &GridView::pasteClipboard)
        ->setEnabled(editable);
    menu->addSeparator();
    menu->addAction(tr("清空（空白）"), QKeySequence(Qt::Key_Delete), this,
                    &GridView::clearSelectedCells)
        ->setEnabled(editable);
    menu->addAction(tr("设为占位符 /"), this, &GridView::placeholderSelectedCells)
        ->setEnabled(editable);
    menu->addAction(tr("确认读数"), QKeySequence(Qt::Key_Space), this,
                    &GridView::acceptSelectedCells)
        ->setEnabled(suspect);
    const int suggestions = editable && m_model && m_model->document()
                                ? int(TableModel::suggestionsFor(*m_model->document(), cell).size())
                                : 0;
    menu->addAction(tr("采用建议值"), this, [this, cell] { Q_EMIT applySuggestionRequested(cell); })
        ->setEnabled(suggestions == 1);
    menu->addSeparator();
    menu->addAction(tr("修改记录…"), this, [this, cell] { Q_EMIT historyRequested(cell); })
        ->setEnabled(editable);
    return menu;
}

void GridView::contextMenuEvent(QContextMenuEvent *event) {
    const QModelIndex at = indexAt(event->pos());
    if (!at.isValid() || at.data(TableModel::CellIndexRole).toInt() < 0)
        return;
    if (!selectionModel()->isSelected(at))
        setCurrentIndex(at);
    else
        selectionModel()->setCurrentIndex(at, QItemSelectionModel::NoUpdate);
    QMenu *menu = cellMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}
