#pragma once

#include "model/sourcedocument.h"

#include <QRectF>
#include <QString>
#include <QVector>

/**
 * Builds the SourceDocument of a structured format (HTML, DOCX, PDF) from its paragraphs and
 * tables, so that every importer lays out displayText the same way: one line per paragraph, one
 * line per grid row with the row's cells separated by tabs (a merged cell's text at its origin,
 * the positions it covers left empty), and the grid described in SourceDocument::tables.
 */
class DocumentBuilder {
public:
    /// One cell as a table row lists it (HTML <td>, DOCX <w:tc>): spans still unexpanded.
    struct RowCell {
        QString text;
        int rowSpan = 1; ///< 0: to the end of the table (HTML rowspan="0")
        int columnSpan = 1;
        bool continuesAbove = false; ///< DOCX vMerge="continue": part of the cell above
    };
    using Row = QVector<RowCell>;

    /// A cell already placed in a grid (PDF), with its page rectangle (normalised).
    struct PlacedCell {
        int row = 0, column = 0, rowSpan = 1, columnSpan = 1;
        QString text; ///< already one line (cellText(text) == text when `words` are given)
        int page = -1;
        QRectF rect;
        QVector<SourceBox> words; ///< PDF words, `start` relative to `text`
    };

    /// Appends one line of text (whitespace collapsed; nothing for a blank paragraph).
    void addParagraph(const QString &text, int page = -1, const QRectF &rect = {});
    /// Appends one line of PDF words (`text` already one line; word starts relative to it).
    void addLine(const QString &text, const QVector<SourceBox> &words);
    /// Expands the spans of @p rows (the HTML table model) and appends the grid.
    void addTable(const QVector<Row> &rows);
    /// Appends a grid of @p rows × @p columns from cells placed by the caller.
    void addGrid(int rows, int columns, const QVector<PlacedCell> &cells);
    /// Records that [start, start+length) of the display text is printed in @p rect on @p page.
    void addBox(int start, int length, int page, const QRectF &rect);
    int position() const { return int(m_text.size()); }
    int tableCount() const { return int(m_tables.size()); }

    /// One line of cell text: tabs, line breaks and runs of spaces become one space, trimmed.
    static QString cellText(const QString &text);
    /// Joins two parts of one cell (<p>, <br>): a space only between two Latin letters/digits.
    static void appendPart(QString *cell, const QString &part);

    /// The finished document: NFKC match text with its map, tables, boxes.
    SourceDocument finish(const QString &fileName, const QString &path, const QString &format,
                          const QString &encoding, const QByteArray &original);

private:
    QString m_text;
    QVector<SourceTable> m_tables;
    QVector<SourceBox> m_boxes;
};
