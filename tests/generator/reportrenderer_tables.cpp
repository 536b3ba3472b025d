// ReportRenderer, second half: the three tables, row formatting per layout, truncation and the
// zero inference the contract allows.
#include "decimalops.h"
#include "reportrenderer.h"

#include "splitcounter.h"

#include <QJsonArray>

namespace testgen {

namespace {

const QString kOtherHandlingGroup = QStringLiteral("（六）其他处理");
const QString kResultsGroup = QStringLiteral("三、本年度办理结果");

QVector<QStringList> headerGrid(const HeaderLayoutSpec &layout, int columns) {
    QVector<QStringList> grid;
    QVector<int> busyUntil(columns, 0);
    for (int level = 0; level < qMin(3, int(layout.levels.size())); ++level) {
        QStringList row(columns, QString());
        int col = 0;
        for (const HeaderCellSpec &e : layout.levels[level]) {
            while (col < columns && busyUntil[col] > level)
                ++col;
            if (col >= columns)
                break;
            row[col] = e.text;
            const int span = e.columnSpan;
            const int rows = e.rowSpan;
            for (int k = col; k < qMin(columns, col + span); ++k)
                busyUntil[k] = level + rows;
            col += span;
        }
        grid << row;
    }
    return grid;
}

} // namespace

void ReportRenderer::emitRow(const Row &row) {
    m_lines << row.preLines;
    const int first = int(m_lines.size());
    const bool broken = row.breakAt > 0 && row.ownField >= 0;
    const QString own = row.ownField >= 0 ? row.labels[row.ownField] : QString();
    switch (m_layout) {
    case Layout::OneCellPerLine:
        for (int i = 0; i < row.labels.size(); ++i) {
            // Merged label cells come out as empty lines before a label, never after it.
            if (row.ownField >= 0 && i > row.ownField && row.labels[i].isEmpty())
                continue;
            if (broken && i == row.ownField)
                m_lines << u'\t' + own.left(row.breakAt) << own.mid(row.breakAt);
            else
                m_lines << u'\t' + row.labels[i];
        }
        for (const QString &v : row.values)
            m_lines << u'\t' + v;
        m_lines << QString();
        break;
    case Layout::TabRows: {
        if (broken) {
            QStringList labels = row.labels;
            labels[row.ownField] = own.left(row.breakAt);
            m_lines << labels.join(u'\t') << own.mid(row.breakAt) << row.values.join(u'\t');
            break;
        }
        QStringList fields = row.labels + row.values;
        while (fields.size() < row.padTo)
            fields << QString();
        m_lines << fields.join(u'\t');
        break;
    }
    case Layout::SpaceAligned: {
        QStringList labels;
        for (const QString &l : row.labels)
            if (!l.isEmpty())
                labels << l;
        QString values;
        for (const QString &v : row.values)
            values += QStringLiteral("  ") + v.rightJustified(6);
        if (broken) {
            m_lines << QStringLiteral("  ") + own.left(row.breakAt)
                    << QStringLiteral("  ") + own.mid(row.breakAt) << QString(24, u' ') + values;
        } else {
            const QString label = labels.join(QStringLiteral("  "));
            m_lines << QStringLiteral("  ") +
                           (row.values.isEmpty() ? label : label.leftJustified(22)) + values;
        }
        break;
    }
    case Layout::MarkdownPipe: {
        QStringList fields = row.labels + row.values;
        while (fields.size() < row.padTo)
            fields << QString();
        m_lines << QStringLiteral("| ") + fields.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        break;
    }
    }
    for (int c : row.cells)
        m_expect.cells[c].line = first;
}

void ReportRenderer::emitMarkdownRule(int columns) {
    if (m_layout == Layout::MarkdownPipe)
        m_lines << u'|' + QStringLiteral("---|").repeated(columns);
}

void ReportRenderer::emitHeader(const QVector<QStringList> &rows, int padTo) {
    for (int i = 0; i < rows.size(); ++i) {
        Row r;
        r.labels = rows[i];
        r.padTo = padTo;
        emitRow(r);
        if (i == 0)
            emitMarkdownRule(int(rows[i].size()));
    }
}

void ReportRenderer::setRunTogether(Row &row, const QVector<int> &cells,
                                    const QVector<Decimal> &values) {
    QString digits;
    for (const Decimal &v : values)
        digits += v.toString();
    row.labels[row.ownField] += digits;
    row.values.clear();
    row.padTo = 0;
    const bool t2 = row.table == 2;
    const QVector<QVector<qint64>> splits = allSplits(digits, int(cells.size()), t2);
    for (int i = 0; i < cells.size(); ++i) {
        ExpectedCell &e = m_expect.cells[cells[i]];
        e.rawContains = digits;
        if (splits.size() == 1) {
            // Unique within the row: read, with a note that it was split.
            e.allowed = {{values[i], CellStatus::Read}};
            e.noteRequired = true;
            continue;
        }
        // Not unique within the row: the table's own arithmetic (table 2's column sums) may
        // still make it unique — then read —; otherwise suspect, with any value a split allows
        // and a note listing the others. Never read with a wrong value.
        e.allowed = {{values[i], CellStatus::Read}, {values[i], CellStatus::Suspect}};
        e.noteRequired = true;
        for (const QVector<qint64> &split : splits) {
            const ExpectedOutcome o{Decimal::fromInteger(split[i]), CellStatus::Suspect};
            if (!e.allowed.contains(o))
                e.allowed << o;
        }
    }
}

void ReportRenderer::emitTable1() {
    const TableSpec &table = m_ed.table(1);
    int width = 0;
    for (const BlockSpec &block : table.blocks)
        width = qMax(width, int(block.columns.size()) + 1);
    for (int bi = 0; bi < table.blocks.size(); ++bi) {
        const BlockSpec &block = table.blocks[bi];
        Row title;
        title.labels = {m_variantHalfBrackets ? groupLabel(block.title) : block.title};
        title.padTo = width;
        emitRow(title);
        if (bi == 0)
            emitMarkdownRule(width);
        Row header;
        header.labels = block.header;
        header.padTo = width;
        emitRow(header);
        for (int ri = 0; ri < block.rows.size(); ++ri) {
            Row r;
            r.table = 1;
            bool fuzzy = false;
            r.labels = {rowLabel(1, block.rows[ri], &fuzzy)};
            r.ownField = 0;
            r.padTo = width;
            QVector<Decimal> values;
            for (int ci = 0; ci < block.columns.size(); ++ci) {
                const int c = m_ed.cellAt(1, bi, ri, ci);
                r.cells << c;
                r.values << m_tokens[c];
                values << m_report.values[c];
            }
            if (m_runRows.contains(QStringLiteral("t1.") + block.rows[ri].id))
                setRunTogether(r, r.cells, values);
            emitRow(r);
        }
    }
}

void ReportRenderer::emitTable2() {
    const TableSpec &table = m_ed.table(2);
    const BlockSpec &block = table.blocks[0];
    const int columns = int(block.columns.size());
    const bool specVariants = m_damage == Damage::LabelVariants && m_variantSpec;
    QVector<QStringList> grid = headerGrid(table.headerLayout, columns);
    if (specVariants) {
        const bool socialOrg = coin(70), sumTotal = coin(50);
        for (QStringList &row : grid)
            for (QString &text : row) {
                if (socialOrg && text == u"社会公益组织")
                    text = QStringLiteral("社会组织"); // sample 002
                if (sumTotal && text == u"总计")
                    text = QStringLiteral("合计");
            }
    }
    const QString note = m_variantHalfBrackets ? groupLabel(table.headerNote) : table.headerNote;
    QVector<QStringList> header;
    for (int i = 0; i < grid.size(); ++i)
        header << (QStringList{i == 0 ? note : QString(), QString(), QString()} + grid[i]);
    m_cutPoints << int(m_lines.size());
    emitHeader(header, 0);

    QStringList pending(2);
    for (int ri = 0; ri < block.rows.size(); ++ri) {
        const RowSpec &spec = block.rows[ri];
        if (!spec.dataRow && m_damage == Damage::SingleOtherRow &&
            spec.label == kOtherHandlingGroup) {
            Row r;
            r.table = 2;
            r.labels = {QString(), spec.label, QString()};
            r.ownField = 1;
            for (const ColumnSpec &col : block.columns) {
                Decimal sum;
                for (const RowSpec &sub : block.rows) {
                    if (!sub.parents.contains(kOtherHandlingGroup))
                        continue;
                    const int c = m_ed.indexOf(QStringLiteral("t2.r.%1.c.%2").arg(sub.id, col.id));
                    sum += m_report.values[c];
                    m_expect.cells[c].allowed = {{std::nullopt, CellStatus::Missing}};
                }
                r.values << sum.toString();
                m_expect.extraCells.insert(QStringLiteral("t2.r.other_handling.c.") + col.id, sum);
            }
            m_expect.requiredRemarks << QStringLiteral("EXTRACT_OTHER_HANDLING_SINGLE_ROW");
            emitRow(r);
            continue;
        }
        if (!spec.dataRow) {
            pending[qBound(0, spec.level - 1, 1)] = spec.label;
            continue;
        }
        if (m_damage == Damage::SingleOtherRow && spec.parents.contains(kOtherHandlingGroup))
            continue;

        Row r;
        r.table = 2;
        const int start = int(m_lines.size());
        bool fuzzy = false;
        const QString own = rowLabel(2, spec, &fuzzy);
        const int ownField = qBound(0, spec.level - 1, 2);
        r.labels = QStringList(3, QString());
        r.labels[ownField] = own;
        r.ownField = ownField;
        QStringList groups; // pending group labels this row opens, outermost first
        for (int l = 0; l < qMin(ownField, 2); ++l) {
            if (pending[l].isEmpty())
                continue;
            QString label = groupLabel(pending[l]);
            if (m_damage == Damage::VerticalGroupLabel) {
                if (pending[l] == kResultsGroup && m_vertical) {
                    for (QChar ch : label)
                        r.preLines << (m_layout == Layout::OneCellPerLine ? u'\t' + QString(ch)
                                                                          : QString(ch));
                    pending[l].clear();
                    continue;
                }
                if (pending[l] == kResultsGroup || coin(50)) {
                    QString spaced;
                    for (int k = 0; k < label.size(); ++k)
                        spaced += label[k] + QString(k % 2 == 1 || k + 1 == label.size()
                                                         ? QString()
                                                         : QStringLiteral(" "));
                    label = spaced;
                }
            }
            groups << label;
            if (m_damage != Damage::GroupAndItemOnOneLine) {
                if (m_layout == Layout::SpaceAligned)
                    r.preLines << QStringLiteral("  ") + label;
                else
                    r.labels[l] = label;
            }
            pending[l].clear();
        }
        if (m_damage == Damage::GroupAndItemOnOneLine && !groups.isEmpty())
            r.labels[ownField] = (groups + QStringList{own}).join(QStringLiteral("  "));
        QVector<Decimal> values;
        for (int ci = 0; ci < columns; ++ci) {
            const int c = m_ed.cellAt(2, 0, ri, ci);
            r.cells << c;
            r.values << m_tokens[c];
            values << m_report.values[c];
            if (fuzzy) // a dropped character may score below the confident threshold
                m_expect.cells[c].allowed << ExpectedOutcome{values.last(), CellStatus::Suspect};
        }
        if (m_fewerRows.contains(spec.id)) {
            const int drop = m_dropIndex.value(spec.id);
            r.values.removeAt(drop);
            for (int ci = 0; ci < columns; ++ci) {
                ExpectedCell &e = m_expect.cells[r.cells[ci]];
                e.noteRequired = true;
                if (ci < columns - 1)
                    e.allowed = {{values[ci < drop ? ci : ci + 1], CellStatus::Suspect}};
                else
                    e.allowed = {{std::nullopt, CellStatus::Missing}};
            }
        }
        if (m_brokenRows.contains(spec.id)) {
            const QString &label = r.labels[ownField];
            r.breakAt = int(label.size()) - int(own.size()) + 3 +
                        int(m_rng.bounded(qMax(1, int(own.size()) - 5)));
        }
        if (m_runRows.contains(QStringLiteral("t2.") + spec.id))
            setRunTogether(r, r.cells, values);
        for (int c : std::as_const(r.cells))
            m_rowStart[c] = start;
        m_cutPoints << start;
        m_cutLabels.insert(start, own);
        emitRow(r);
    }
}

void ReportRenderer::emitTable3() {
    const TableSpec &table = m_ed.table(3);
    const int columns = int(table.blocks[0].columns.size());
    m_cutPoints << int(m_lines.size());
    emitHeader(headerGrid(table.headerLayout, columns), 0);
    Row r;
    r.table = 3;
    const int start = int(m_lines.size());
    for (int ci = 0; ci < columns; ++ci) {
        const int c = m_ed.cellAt(3, 0, 0, ci);
        r.cells << c;
        r.values << m_tokens[c];
        m_rowStart[c] = start;
    }
    m_cutPoints << start;
    emitRow(r);
}

void ReportRenderer::applyTruncation() {
    const int cut = m_cutPoints[m_rng.bounded(int(m_cutPoints.size()))];
    m_lines = m_lines.mid(0, cut);
    const QString label = m_cutLabels.value(cut);
    if (!label.isEmpty() && coin(50)) {
        const QString part = label.left(qMax(2, int(label.size()) / 2));
        switch (m_layout) {
        case Layout::OneCellPerLine:
            m_lines << u'\t' + part;
            break;
        case Layout::MarkdownPipe:
            m_lines << QStringLiteral("| ") + part;
            break;
        default:
            m_lines << part;
        }
    }
    for (int c = 0; c < m_ed.cellCount(); ++c) {
        if (m_rowStart[c] >= cut || (m_rowStart[c] < 0 && m_ed.cell(c).table == 3)) {
            m_expect.cells[c].allowed = {{std::nullopt, CellStatus::Missing}};
            m_expect.cells[c].line = -1;
            m_expect.cells[c].noteRequired = false;
        }
    }
}

void ReportRenderer::inferZeros() {
    // The contract: a total of zero forces its non-negative addends to zero, so a missing cell
    // whose true value is 0 may come back `inferred` 0 when some zero total covers it. We accept
    // that, and chains of it, but never a non-zero inference or a change of a suspect cell.
    auto &cells = m_expect.cells;
    auto knownZero = [&](int c) {
        for (int i = 0; i < cells[c].allowed.size(); ++i) {
            const ExpectedOutcome &o = cells[c].allowed[i];
            const bool sure =
                o.status == CellStatus::Inferred || (i == 0 && o.status == CellStatus::Read);
            if (sure && o.value && o.value->isZero())
                return true;
        }
        return false;
    };
    auto allowInferred = [&](int c) {
        ExpectedCell &e = cells[c];
        const ExpectedOutcome zero{Decimal(), CellStatus::Inferred};
        if (e.allowed[0].status != CellStatus::Missing || !m_report.values[c].isZero() ||
            e.allowed.contains(zero))
            return false;
        e.allowed << zero;
        return true;
    };
    const Spec &spec = Spec::instance();
    for (bool changed = true; changed;) {
        changed = false;
        for (const RuleInstance &inst : m_ed.instances) {
            const RuleKind kind = spec.rule(inst.rule).kind;
            if (kind == RuleKind::Structural && knownZero(inst.lhs[0])) {
                for (int c : inst.rhs)
                    changed |= allowInferred(c);
            } else if (kind == RuleKind::Printed) {
                auto allZero = [&](const QVector<int> &side) {
                    return std::all_of(side.begin(), side.end(), knownZero);
                };
                if (allZero(inst.lhs))
                    for (int c : inst.rhs)
                        changed |= allowInferred(c);
                if (allZero(inst.rhs))
                    for (int c : inst.lhs)
                        changed |= allowInferred(c);
            }
        }
        for (const DerivedSpec &d : m_ed.derived) {
            const auto it = m_expect.extraCells.constFind(d.key);
            if (it != m_expect.extraCells.constEnd() && it->isZero())
                for (int c : d.addends)
                    changed |= allowInferred(c);
        }
    }
}

} // namespace testgen
