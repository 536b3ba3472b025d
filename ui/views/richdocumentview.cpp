#include "richdocumentview.h"

#include <QTextTable>
#include <algorithm>

RichDocumentView::RichDocumentView(QWidget *parent)
    : QTextBrowser(parent) {
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void RichDocumentView::addText(QTextCursor *cursor, const SourceDocument &source, int from,
                               int to) {
    // One block per line of displayText between tables.
    int pos = from;
    while (pos < to) {
        int end = int(source.displayText.indexOf(u'\n', pos));
        if (end < 0 || end > to)
            end = to;
        if (end > pos) {
            if (cursor->position() > 0)
                cursor->insertBlock();
            m_segments.append({pos, cursor->position(), end - pos});
            cursor->insertText(source.displayText.mid(pos, end - pos));
        }
        pos = end + 1;
    }
}

void RichDocumentView::setSource(const SourceDocument &source) {
    m_segments.clear();
    auto *doc = new QTextDocument(this);
    doc->setUndoRedoEnabled(false);
    QTextCursor cursor(doc);
    QTextTableFormat tableFormat;
    tableFormat.setBorder(1);
    tableFormat.setBorderBrush(QColor(0x88, 0x88, 0x88));
    tableFormat.setBorderCollapse(true);
    tableFormat.setCellPadding(3);
    tableFormat.setCellSpacing(0);
    int pos = 0;
    for (const SourceTable &t : source.tables) {
        if (t.rows <= 0 || t.columns <= 0 || t.start < pos)
            continue;
        addText(&cursor, source, pos, t.start);
        if (cursor.position() > 0)
            cursor.insertBlock();
        QTextTable *table = cursor.insertTable(t.rows, t.columns, tableFormat);
        for (const SourceCell &c : t.cells)
            if (c.rowSpan > 1 || c.columnSpan > 1)
                table->mergeCells(c.row, c.column, c.rowSpan, c.columnSpan);
        // Row-major insertion: every insert lands after the positions already recorded.
        for (const SourceCell &c : t.cells) {
            if (c.length <= 0)
                continue;
            QTextCursor cell = table->cellAt(c.row, c.column).firstCursorPosition();
            m_segments.append({c.start, cell.position(), c.length});
            cell.insertText(source.displayText.mid(c.start, c.length));
        }
        cursor.movePosition(QTextCursor::End);
        pos = t.end;
    }
    addText(&cursor, source, pos, int(source.displayText.size()));
    setDocument(doc);
    std::sort(m_segments.begin(), m_segments.end(),
              [](const Segment &a, const Segment &b) { return a.display < b.display; });
}

int RichDocumentView::toDocument(int displayOffset) const {
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), displayOffset,
                               [](int off, const Segment &s) { return off < s.display; });
    if (it == m_segments.cbegin())
        return -1;
    --it;
    if (displayOffset > it->display + it->length)
        return -1;
    return it->document + (displayOffset - it->display);
}

int RichDocumentView::toDisplay(int documentPosition) const {
    for (const Segment &s : m_segments)
        if (documentPosition >= s.document && documentPosition <= s.document + s.length)
            return s.display + (documentPosition - s.document);
    return -1;
}

QTextCursor RichDocumentView::cursorFor(int start, int length) const {
    const int from = toDocument(start);
    const int to = toDocument(start + length);
    QTextCursor c(document());
    if (from < 0)
        return c;
    c.setPosition(from);
    if (to >= from)
        c.setPosition(to, QTextCursor::KeepAnchor);
    return c;
}
