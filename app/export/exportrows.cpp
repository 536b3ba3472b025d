#include "exportrows.h"

#include <array>

namespace {
const QString kSeparator = QStringLiteral(" / ");

QVector<CellLabels> buildLabels(const EditionSpec &spec) {
    QVector<CellLabels> out;
    out.reserve(spec.cellCount());
    for (const CellSpec &c : spec.cells) {
        const TableSpec &table = spec.table(c.table);
        const BlockSpec &block = table.blocks[c.block];
        const RowSpec &row = block.rows[c.row];
        QStringList rowPath;
        if (!block.title.isEmpty())
            rowPath << block.title;
        rowPath << row.parents;
        if (!row.label.isEmpty())
            rowPath << row.label;
        out << CellLabels{rowPath.join(kSeparator),
                          block.columns[c.column].headerPath.join(kSeparator), c.unit};
    }
    return out;
}
} // namespace

QStringList ExportRows::headers(const ExportText &t) {
    return {t("报告编号", "report id"),
            t("机关", "agency"),
            t("机关键", "agency key"),
            t("年度", "year"),
            t("格式版本", "edition"),
            t("表", "table"),
            t("行", "row"),
            t("列", "column"),
            t("单元格键", "cell key"),
            t("数值", "value"),
            t("单位", "unit"),
            t("状态", "status"),
            t("原值", "original value"),
            t("修改人", "edited by"),
            t("修改时间", "edited at"),
            t("未处理问题", "open findings")};
}

const QVector<CellLabels> &ExportRows::labels(Edition edition) {
    static const std::array<QVector<CellLabels>, 2> all{
        buildLabels(Spec::instance().edition(Edition::E2019)),
        buildLabels(Spec::instance().edition(Edition::E2021))};
    return all[edition == Edition::E2019 ? 0 : 1];
}

QHash<int, QStringList> ExportRows::openFindingsByCell(const ExportReport &report) {
    QHash<int, QStringList> out;
    for (const ExportFinding &f : report.findings) {
        if (!f.isOpen())
            continue;
        for (const QVector<int> *side : {&f.finding.lhs, &f.finding.rhs})
            for (int c : *side)
                if (c >= 0 && !out.value(c).contains(f.id))
                    out[c] << f.id;
    }
    return out;
}

QString ExportRows::timeText(const QDateTime &at) {
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : QString();
}

QString ExportRows::reportTitle(const ExportReport &r, const ExportText &t) {
    QString title = !r.current.meta.agency.isEmpty() ? r.current.meta.agency
                    : !r.source.fileName.isEmpty()   ? r.source.fileName
                                                     : t("（未识别）", "(unknown)");
    if (r.current.meta.year > 0)
        title += u' ' + QString::number(r.current.meta.year);
    return title;
}

void ExportRows::forEachCell(const ExportReport &report, const ExportText &text,
                             const std::function<void(int, const QVector<ExportField> &)> &row) {
    const EditionSpec &spec = report.current.spec();
    const QVector<CellLabels> &cellLabels = labels(report.current.meta.edition);
    const QHash<int, QStringList> open = openFindingsByCell(report);
    const ReportMeta &meta = report.current.meta;

    QVector<ExportField> fields(ColumnCount);
    fields[ReportId] = report.id >= 0 ? ExportField::fromInteger(report.id) : ExportField{};
    fields[Agency] = ExportField::fromText(meta.agency);
    fields[AgencyKeyColumn] = ExportField::fromText(meta.agencyKey);
    fields[Year] = meta.year > 0 ? ExportField::fromInteger(meta.year) : ExportField{};
    fields[EditionColumn] = ExportField::fromText(editionName(meta.edition));
    for (int i = 0; i < spec.cellCount() && i < report.current.cells.size(); ++i) {
        const CellSpec &cs = spec.cell(i);
        const Cell &cell = report.current.cells[i];
        fields[Table] = ExportField::fromText(text.tableName(cs.table));
        fields[RowLabel] = ExportField::fromText(cellLabels[i].row);
        fields[ColumnLabel] = ExportField::fromText(cellLabels[i].column);
        fields[CellKey] = ExportField::fromText(cs.key);
        fields[Value] = ExportField::fromValue(cell.value, cs.type);
        fields[Unit] = ExportField::fromText(cellLabels[i].unit);
        fields[Status] = ExportField::fromText(text.cellStatus(cell.status));
        fields[OriginalValue] = fields[EditedBy] = fields[EditedAt] = ExportField{};
        if (report.isEdited(i)) {
            const Cell original = report.original(i);
            fields[OriginalValue] = original.value
                                        ? ExportField::fromValue(original.value, cs.type)
                                        : ExportField::fromText(text.cellStatus(original.status));
            if (const ExportEdit *edit = report.lastEdit(cs.key)) {
                fields[EditedBy] = ExportField::fromText(edit->user);
                fields[EditedAt] = ExportField::fromText(timeText(edit->at));
            }
        }
        fields[OpenFindings] = ExportField::fromText(open.value(i).join(QStringLiteral("; ")));
        row(i, fields);
    }
}
