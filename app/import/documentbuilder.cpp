#include "import/documentbuilder.h"

#include "import/unicodetext.h"

#include <algorithm>

namespace {

bool isLatinWord(QChar c) {
    return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'.' || c == u'%');
}

} // namespace

QString DocumentBuilder::cellText(const QString &text) {
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        // NBSP, full-width space, tabs and line breaks inside a cell are all one space.
        if (c.isSpace() || c == QChar::Nbsp || c == QChar(0x3000) || c == QChar(0x200B)) {
            space = !out.isEmpty();
            continue;
        }
        if (c.category() == QChar::Other_Control || c == QChar::ByteOrderMark)
            continue;
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

void DocumentBuilder::appendPart(QString *cell, const QString &part) {
    const QString p = cellText(part);
    if (p.isEmpty())
        return;
    if (!cell->isEmpty() && isLatinWord(cell->back()) && isLatinWord(p.front()))
        *cell += u' ';
    *cell += p;
}

void DocumentBuilder::addParagraph(const QString &text, int page, const QRectF &rect) {
    const QString line = cellText(text);
    if (line.isEmpty())
        return;
    if (page >= 0)
        addBox(position(), int(line.size()), page, rect);
    m_text += line;
    m_text += u'\n';
}

void DocumentBuilder::addLine(const QString &text, const QVector<SourceBox> &words) {
    if (text.isEmpty())
        return;
    const int start = position();
    for (const SourceBox &w : words)
        addBox(start + w.start, w.length, w.page, w.rect);
    m_text += text;
    m_text += u'\n';
}

void DocumentBuilder::addTable(const QVector<Row> &rows) {
    // The HTML table model: a cell takes the first free column of its row; spans reserve the
    // positions below and to the right.
    QVector<PlacedCell> placed;
    QVector<QVector<int>> owner; // [row][column] → index into placed, -1 free
    auto ensure = [&](int r, int c) {
        while (owner.size() <= r)
            owner.append(QVector<int>());
        if (owner[r].size() <= c)
            owner[r].resize(c + 1, -1);
    };
    const int rowCount = int(rows.size());
    int columns = 0;
    for (int r = 0; r < rowCount; ++r) {
        int c = 0;
        ensure(r, 0);
        for (const RowCell &cell : rows[r]) {
            while (c < owner[r].size() && owner[r][c] >= 0)
                ++c;
            if (cell.continuesAbove && r > 0 && c < owner[r - 1].size() && owner[r - 1][c] >= 0) {
                // DOCX vMerge continue: the cell above grows by one row.
                PlacedCell &above = placed[owner[r - 1][c]];
                if (above.row + above.rowSpan == r) {
                    ++above.rowSpan;
                    for (int k = 0; k < above.columnSpan; ++k) {
                        ensure(r, c + k);
                        owner[r][c + k] = owner[r - 1][c];
                    }
                    appendPart(&above.text, cell.text);
                    c += above.columnSpan;
                    columns = std::max(columns, c);
                    continue;
                }
            }
            const int rs = cell.rowSpan <= 0 ? rowCount - r : std::min(cell.rowSpan, rowCount - r);
            const int cs = std::clamp(cell.columnSpan, 1, 1000);
            const int index = int(placed.size());
            placed.append({r, c, std::max(rs, 1), cs, cellText(cell.text), -1, {}, {}});
            for (int dr = 0; dr < std::max(rs, 1); ++dr)
                for (int dc = 0; dc < cs; ++dc) {
                    ensure(r + dr, c + dc);
                    if (owner[r + dr][c + dc] < 0)
                        owner[r + dr][c + dc] = index;
                }
            c += cs;
            columns = std::max(columns, c);
        }
    }
    if (placed.isEmpty())
        return;
    addGrid(rowCount, columns, placed);
}

void DocumentBuilder::addGrid(int rows, int columns, const QVector<PlacedCell> &cells) {
    if (rows <= 0 || columns <= 0)
        return;
    SourceTable table;
    table.rows = rows;
    table.columns = columns;
    table.grid.fill(-1, rows * columns);
    QVector<int> order(cells.size());
    for (int i = 0; i < cells.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return std::pair(cells[a].row, cells[a].column) < std::pair(cells[b].row, cells[b].column);
    });
    // Origins by grid position, so that each line prints its cells in column order.
    QVector<int> originAt(rows * columns, -1);
    for (int i : order) {
        const PlacedCell &p = cells[i];
        if (p.row < 0 || p.column < 0 || p.row >= rows || p.column >= columns)
            continue;
        SourceCell sc;
        sc.row = p.row;
        sc.column = p.column;
        sc.rowSpan = std::clamp(p.rowSpan, 1, rows - p.row);
        sc.columnSpan = std::clamp(p.columnSpan, 1, columns - p.column);
        sc.page = p.page;
        sc.rect = p.rect;
        const int index = int(table.cells.size());
        table.cells.append(sc);
        originAt[p.row * columns + p.column] = index;
        for (int dr = 0; dr < sc.rowSpan; ++dr)
            for (int dc = 0; dc < sc.columnSpan; ++dc) {
                int &g = table.grid[(p.row + dr) * columns + p.column + dc];
                if (g < 0)
                    g = index;
            }
    }
    QVector<QString> texts(table.cells.size());
    QVector<const PlacedCell *> source(table.cells.size(), nullptr);
    for (int i : order) {
        const PlacedCell &p = cells[i];
        if (p.row >= 0 && p.column >= 0 && p.row < rows && p.column < columns) {
            const int index = originAt[p.row * columns + p.column];
            if (index >= 0 && !source[index]) {
                texts[index] = p.words.isEmpty() ? cellText(p.text) : p.text;
                source[index] = &p;
            }
        }
    }
    table.start = position();
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                m_text += u'\t';
            const int index = originAt[r * columns + c];
            if (index < 0)
                continue;
            SourceCell &sc = table.cells[index];
            sc.start = position();
            sc.length = int(texts[index].size());
            m_text += texts[index];
            if (source[index] && !source[index]->words.isEmpty()) {
                for (const SourceBox &w : source[index]->words)
                    addBox(sc.start + w.start, w.length, w.page, w.rect);
            } else if (sc.page >= 0 && sc.length > 0) {
                addBox(sc.start, sc.length, sc.page, sc.rect);
            }
        }
        m_text += u'\n';
    }
    table.end = position();
    m_tables.append(std::move(table));
}

void DocumentBuilder::addBox(int start, int length, int page, const QRectF &rect) {
    m_boxes.append({start, length, page, rect});
}

SourceDocument DocumentBuilder::finish(const QString &fileName, const QString &path,
                                       const QString &format, const QString &encoding,
                                       const QByteArray &original) {
    SourceDocument doc;
    doc.fileName = fileName;
    doc.path = path;
    doc.format = format;
    doc.encoding = encoding;
    doc.displayText = std::move(m_text);
    UnicodeText::Normalized normalized = UnicodeText::nfkcWithMap(doc.displayText);
    doc.matchText = std::move(normalized.text);
    doc.matchToDisplay = std::move(normalized.toInput);
    doc.tables = std::move(m_tables);
    std::stable_sort(m_boxes.begin(), m_boxes.end(),
                     [](const SourceBox &a, const SourceBox &b) { return a.start < b.start; });
    doc.boxes = std::move(m_boxes);
    doc.original = original;
    return doc;
}
