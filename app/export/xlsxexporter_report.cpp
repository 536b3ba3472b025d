// The per-report sheets of XlsxExporter: the three tables in the printed layout.
#include "exportrows.h"
#include "xlsxexporter.h"

#include <QSet>

namespace {
QString valueText(const std::optional<Decimal> &value, CellStatus status, const ExportText &t) {
    return value ? value->toString() : t.cellStatus(status);
}
} // namespace

QString XlsxExporter::editComment(const ExportReport &r, int cell) const {
    const Cell original = r.original(cell);
    const Cell &now = r.current.cells[cell];
    QString text = m_text("原值 %1 → 现值 %2", "was %1 → now %2")
                       .arg(valueText(original.value, original.status, m_text),
                            valueText(now.value, now.status, m_text));
    if (const ExportEdit *e = r.lastEdit(r.current.spec().cell(cell).key)) {
        text += QStringLiteral(", ") + e->user + QStringLiteral(", ") + ExportRows::timeText(e->at);
        if (!e->note.isEmpty())
            text += u'\n' + m_text("备注：", "note: ") + e->note;
    }
    return text;
}

/// A value cell: a number, "/" for a placeholder, empty for blank or missing; coloured by its
/// provenance; comments for an edit, a doubt and the findings it is in.
void XlsxExporter::writeValue(int sheet, int row, int column, const ExportReport &r, int cell,
                              bool failing) {
    const Cell &c = r.current.cells[cell];
    const ValueType type = r.current.spec().cell(cell).type;
    const Look look = lookOf(r, cell);
    if (c.value)
        m_book->number(sheet, row, column, c.value->toDouble(), valueFormat(type, look, failing));
    else if (c.status == CellStatus::Placeholder)
        m_book->text(sheet, row, column, QStringLiteral("/"),
                     valueFormat(type, look, failing, true));
    else
        m_book->blank(sheet, row, column, valueFormat(type, look, failing));
}

const TableLayout &XlsxExporter::layout(Edition edition, int table) {
    const int key = int(edition) * 4 + table;
    auto it = m_layouts.find(key);
    if (it == m_layouts.end())
        it = m_layouts.insert(key, TableLayout::build(Spec::instance().edition(edition), table));
    return *it;
}

void XlsxExporter::writeReportSheet(const ExportReport &r) {
    const ReportMeta &m = r.current.meta;
    QString name = (m.year > 0 ? QString::number(m.year) + u' ' : QString()) +
                   (m.agency.isEmpty() ? r.source.fileName : m.agency);
    const int sheet = m_book->addSheet(name);
    const EditionSpec &spec = r.current.spec();
    int width = 1;
    for (int t = 1; t <= 3; ++t)
        width = qMax(width, layout(m.edition, t).columnCount());

    m_book->setColumnWidth(sheet, 0, 0, 16);
    m_book->setColumnWidth(sheet, 1, 1, 14);
    m_book->setColumnWidth(sheet, 2, 2, 30);
    m_book->setColumnWidth(sheet, 3, width - 1, 11);

    int row = 0;
    m_book->merge(sheet, row, 0, row, width - 1,
                  ExportRows::reportTitle(r, m_text) + u' ' +
                      m_text("政府信息公开工作年度报告",
                             "annual report on government information disclosure"),
                  m_title);
    ++row;
    QStringList info;
    info << m_text("文件：%1", "file: %1")
                .arg(r.source.path.isEmpty() ? r.source.fileName : r.source.path);
    if (!r.source.sha256.isEmpty())
        info << QStringLiteral("SHA-256: ") + r.source.sha256;
    info << m_text("格式：%1 版（%2）", "edition: %1 (%2)")
                .arg(editionName(m.edition), spec.docNumber);
    if (!m.agencyKey.isEmpty())
        info << m_text("机关键：%1", "agency key: %1").arg(m.agencyKey);
    if (!r.reviewState.isEmpty())
        info << m_text("审核状态：%1", "review state: %1").arg(m_text.reviewState(r.reviewState));
    m_book->merge(sheet, row, 0, row, width - 1, info.join(QStringLiteral("    ")), m_subtitle);
    ++row;
    m_book->text(sheet, row, 0, m_text("图例", "legend"), m_section);
    writeLegend(sheet, row, 1);
    row += 2;

    // Cells in open findings are framed; every problem is named in the cell's comment.
    QHash<int, QStringList> failing;
    QSet<int> open;
    for (const ExportFinding &f : r.findings) {
        QString line = f.finding.rule;
        if (const QString d = m_text.ruleDescription(f.finding.rule); !d.isEmpty())
            line += m_text("：", ": ") + d;
        line += u'\n' + m_text.message(f.finding);
        if (!f.isOpen())
            line += m_text("（处理：%1）", " (decision: %1)")
                        .arg(m_text.decision(f.decision->decision));
        for (const QVector<int> *side : {&f.finding.lhs, &f.finding.rhs})
            for (int c : *side) {
                if (c < 0)
                    continue;
                if (!failing.value(c).contains(line))
                    failing[c] << line;
                if (f.isOpen())
                    open.insert(c);
            }
    }
    QHash<int, QStringList> marks;
    for (auto it = failing.cbegin(); it != failing.cend(); ++it)
        marks.insert(open.contains(it.key()) ? it.key() : -2 - it.key(), it.value());
    for (int t = 1; t <= 3; ++t)
        row = writeTable(sheet, row, r, t, marks) + 1;
    m_book->printSetup(sheet, -1, -1);
    if (m_set.reports.size() == 1)
        m_book->activate(sheet);
}

/// Writes table @p table at @p row; returns the first row after it. @p marks: cell → problem
/// lines, keyed by the cell for open findings and by -2 - cell for decided ones only.
int XlsxExporter::writeTable(int sheet, int row, const ExportReport &r, int table,
                             const QHash<int, QStringList> &marks) {
    const EditionSpec &spec = r.current.spec();
    const TableLayout &grid = layout(r.current.meta.edition, table);
    const TableSpec &ts = spec.table(table);
    m_book->text(sheet, row, 0, ts.section.isEmpty() ? ts.title : ts.section, m_section);
    ++row;
    QSet<qint64> covered; // positions inside a merged area, other than its top-left
    QHash<qint64, GridSpan> spanAt;
    auto pos = [&](int rr, int cc) { return (qint64(rr) << 16) | cc; };
    for (const GridSpan &s : grid.spans()) {
        spanAt.insert(pos(s.row, s.column), s);
        for (int rr = s.row; rr < s.row + s.rowSpan; ++rr)
            for (int cc = s.column; cc < s.column + s.columnSpan; ++cc)
                if (rr != s.row || cc != s.column)
                    covered.insert(pos(rr, cc));
    }
    for (int gr = 0; gr < grid.rowCount(); ++gr) {
        for (int gc = 0; gc < grid.columnCount(); ++gc) {
            if (covered.contains(pos(gr, gc)))
                continue;
            const GridItem &item = grid.at(gr, gc);
            const int format =
                item.kind == GridItem::Title || item.kind == GridItem::ColumnHeader ? m_header
                : item.kind == GridItem::RowLabel ? (item.text.contains(u'\n') ? m_group : m_label)
                                                  : -1;
            const auto span = spanAt.constFind(pos(gr, gc));
            if (item.kind == GridItem::Value) {
                const int cell = item.cell;
                const bool failing = marks.contains(cell);
                writeValue(sheet, row + gr, gc, r, cell, failing);
                QStringList comment;
                if (r.isEdited(cell))
                    comment << editComment(r, cell);
                const Cell &c = r.current.cells[cell];
                if (c.status == CellStatus::Suspect || c.status == CellStatus::Inferred ||
                    c.status == CellStatus::Missing) {
                    QString line = m_text.cellStatus(c.status);
                    if (!c.note.isEmpty())
                        line += m_text("：", ": ") + c.note;
                    else if (!c.raw.isEmpty())
                        line += m_text("：原文“%1”", ": printed \"%1\"").arg(c.raw);
                    comment << line;
                }
                comment << marks.value(cell) << marks.value(-2 - cell);
                if (!comment.isEmpty())
                    m_book->comment(sheet, row + gr, gc, comment.join(u'\n'), m_set.reviewer);
            } else if (span != spanAt.cend()) {
                m_book->merge(sheet, row + gr, gc, row + gr + span->rowSpan - 1,
                              gc + span->columnSpan - 1, item.text, format);
            } else if (item.kind != GridItem::Empty) {
                m_book->text(sheet, row + gr, gc, item.text, format);
            }
        }
    }
    return row + grid.rowCount();
}
