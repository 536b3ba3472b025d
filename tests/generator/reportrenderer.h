#pragma once

#include "reportgenerator.h"

#include "model/spec.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

namespace testgen {

/**
 * Renders one GeneratedReport in one layout with one damage, and derives the expectation from the
 * same plan: every choice (which rows lose a value, which zeros become "/") is made first and both
 * the text and the expected cells follow from it.
 */
class ReportRenderer {
public:
    ReportRenderer(const GeneratedReport &report, Layout layout, Damage damage, quint32 seed);
    RenderedReport run();

private:
    /// One printed table row: label fields (t2 has three label columns) and value fields.
    struct Row {
        int table = 0;
        QStringList labels;
        QStringList values;
        QVector<int> cells;   ///< cells whose row this is (for line numbers)
        QStringList preLines; ///< lines printed before the row (vertical group label)
        int ownField = -1;    ///< index in labels of the row's own label
        int breakAt = -1;     ///< BrokenLabels: split the own label here
        int padTo = 0;        ///< total field count to pad to (tab rows / markdown)
    };

    void planDamage();
    void planTokens();
    void emitNarrativeStart();
    void emitTable1();
    void emitTable2();
    void emitTable3();
    void emitHeader(const QVector<QStringList> &rows, int padTo);
    void emitRow(const Row &row);
    void emitMarkdownRule(int columns);
    void applyTruncation();
    void inferZeros();

    QString rowLabel(int table, const RowSpec &row, bool *fuzzy);
    QString groupLabel(const QString &label);
    QString sectionHeading(int index) const;
    QString formatValue(int cell);
    QString fullWidth(const QString &text) const;
    QString withSeparators(const QString &text) const;
    bool coin(int percent) { return int(m_rng.bounded(100)) < percent; }
    void setRunTogether(Row &row, const QVector<int> &cells, const QVector<Decimal> &values);

    const GeneratedReport &m_report;
    const EditionSpec &m_ed;
    Layout m_layout;
    Damage m_damage;
    QRandomGenerator m_rng;

    QStringList m_lines;
    QVector<QString> m_tokens; ///< printed text per cell
    Expectation m_expect;
    QVector<int> m_rowStart; ///< per cell: first line of its row (truncation), -1 if not printed
    QVector<int> m_cutPoints;
    QHash<int, QString> m_cutLabels; ///< cut line → the label printed from there

    // Plan
    QSet<QString> m_fewerRows, m_brokenRows, m_runRows, m_droppedCharRows;
    QHash<QString, int> m_dropIndex;
    bool m_variantNumberComma = false, m_variantHalfBrackets = false, m_variantSpec = false,
         m_variantSections = false;
    bool m_vertical = true;
    int m_missingTable = 0;
    QChar m_thousandsSep = u',';
};

} // namespace testgen
