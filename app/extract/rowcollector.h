#pragma once

#include "rowplacer.h"
#include "tokenizer.h"

#include "model/report.h"
#include "model/sourcedocument.h"

#include <QHash>
#include <QSet>
#include <QVector>

class LabelMatcher;

/**
 * Reads a labelled table's tokens into rows: each row label with the values that follow it.
 *
 * The row label is the shortest run of label cells before the values that matches a row of the
 * spec exactly, else the best fuzzy match (group labels before it give context to numbered
 * sub-rows). A data-row label with no values becomes a row with none (printed empty, or its
 * values printed elsewhere). Beyond one label → its values:
 * - a label wrapped over two lines with values between its parts ("（二）部分公开（区分处理的，
 *   只计这一情" 0 "形，不计其他情形）" 3 0 …, reading-order PDF text) continues the row before;
 * - values printed apart from their labels (reading-order text puts a block of values before
 *   the labels; a converter loses a label) are paired with the rows that have none, in order,
 *   where the count and the row's own sums fit, or with the one unread row between two read
 *   ones; such rows are suspect (RowInput::pairedApart). Nothing else is guessed.
 * A group label carrying values is a printed subtotal and goes to Report::extraCells.
 */
class RowCollector {
public:
    RowCollector(const SourceDocument &doc, int table, const QVector<Token> &tokens,
                 Report *report);
    /// The rows of the table, in the order they were printed.
    QVector<RowInput> collect();

    /// Cell indices by (block, row, column) of one table, built once per edition.
    static const QVector<QVector<QVector<int>>> &cellGrid(Edition edition, int table);

private:
    struct Orphan {
        QVector<const Token *> values;
        int seq = 0; ///< order of appearance among rows and orphans
    };
    void addLabelOnly(int block, int row, int breaksAfter);
    /// Values after the rest of a wrapped label go to the row before; the ones it does not
    /// need are left in `values`.
    bool continueWrapped(const QVector<int> &texts, QVector<const Token *> *values);
    void addSubtotal(int block, int groupRow, const QVector<const Token *> &values);
    void splitLines(QVector<const Token *> *values, int want,
                    QVector<QVector<const Token *>> *later);
    void pairOrphans();
    bool fits(const RowInput &row, const QVector<const Token *> &values) const;

    const SourceDocument &m_doc;
    const EditionSpec &m_spec;
    const LabelMatcher &m_matcher;
    const QVector<QVector<QVector<int>>> &m_grid;
    const QVector<Token> &m_tokens;
    Report *m_report;
    int m_table;
    QSet<qint64> m_done; ///< (block << 16) | row of rows already read
    QVector<RowInput> m_rows;
    QVector<int> m_seq;             ///< order of appearance of each row
    QHash<qint64, int> m_labelOnly; ///< rows printed with no value yet: index into m_rows
    QVector<Orphan> m_orphans;
    int m_counter = 0;
    int m_group = -1;
    int m_lastRead = -1; ///< index into m_rows of the last row read with values
    QString m_lastLabel; ///< its label's match text, for a label wrapped around values
    std::pair<int, int> m_lastLabelTexts{0, -1}; ///< the tokens of that label (first, last)
    qint64 m_lastKey = -1;
};
