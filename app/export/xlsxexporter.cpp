#include "xlsxexporter.h"

#include "exportrows.h"
#include "model/numberpolicy.h"

#include <QSet>

namespace {
constexpr quint32 kHeaderFill = 0xD9E1F2;
constexpr quint32 kLabelFill = 0xF6F7F9;
constexpr quint32 kEditedFill = 0xBDD7EE; // blue: the auditor changed it
constexpr quint32 kDoubtFill = 0xFFF2CC;  // yellow: suspect, missing or inferred
constexpr quint32 kFailing = 0xC00000;    // red frame and digits: an open finding
constexpr int kMaxRows = 1048576;         // rows of one sheet in Excel

/// One row per report on the summary sheets: id, agency, agency key, year, edition.
constexpr int kSummaryLeadColumns = 5;
} // namespace

XlsxExporter::XlsxExporter(const ExportSet &set, const ExportText &text)
    : m_set(set)
    , m_text(text) {}

void XlsxExporter::addFormats() {
    XlsxStyle header;
    header.bold = header.wrap = header.vcenter = true;
    header.align = XlsxStyle::Center;
    header.fill = kHeaderFill;
    header.border = 1;
    m_header = m_book->addFormat(header);
    XlsxStyle title;
    title.bold = true;
    title.fontSize = 14;
    m_title = m_book->addFormat(title);
    XlsxStyle subtitle;
    subtitle.fontColor = 0x595959;
    m_subtitle = m_book->addFormat(subtitle);
    XlsxStyle section;
    section.bold = true;
    m_section = m_book->addFormat(section);
    XlsxStyle label;
    label.wrap = label.vcenter = true;
    label.fill = kLabelFill;
    label.border = 1;
    m_label = m_book->addFormat(label);
    label.align = XlsxStyle::Center;
    m_group = m_book->addFormat(label);
    XlsxStyle wrap;
    wrap.wrap = true;
    wrap.vcenter = true;
    m_wrap = m_book->addFormat(wrap);
    m_plain = -1;

    const quint32 fills[LookCount] = {XlsxStyle::None, kEditedFill, kDoubtFill};
    for (int kind = 0; kind < KindCount; ++kind)
        for (int look = 0; look < LookCount; ++look)
            for (int failing = 0; failing < 2; ++failing) {
                XlsxStyle s;
                s.border = failing ? 2 : 1;
                if (failing)
                    s.borderColor = s.fontColor = kFailing;
                s.fill = fills[look];
                s.vcenter = true;
                if (kind == IntegerValue)
                    s.numberFormat = QStringLiteral("0");
                else if (kind == DecimalValue)
                    s.numberFormat = QStringLiteral("0.00####");
                else
                    s.align = XlsxStyle::Center;
                m_values[kind][look][failing] = m_book->addFormat(s);
            }
}

int XlsxExporter::valueFormat(ValueType type, Look look, bool failing, bool isText) const {
    const Kind kind = isText ? TextValue : type == ValueType::Decimal ? DecimalValue : IntegerValue;
    return m_values[kind][look][failing ? 1 : 0];
}

XlsxExporter::Look XlsxExporter::lookOf(const ExportReport &report, int cell) const {
    if (report.isEdited(cell))
        return EditedLook;
    switch (report.current.cells[cell].status) {
    case CellStatus::Suspect:
    case CellStatus::Missing:
    case CellStatus::Inferred:
        return DoubtLook;
    default:
        return Plain;
    }
}

void XlsxExporter::writeField(int sheet, int row, int column, const ExportField &field,
                              int textFormat) {
    switch (field.kind) {
    case ExportField::Empty:
        break;
    case ExportField::Text:
        m_book->text(sheet, row, column, field.text, textFormat);
        break;
    case ExportField::Number:
        m_book->number(sheet, row, column, field.number.toDouble(),
                       valueFormat(field.type, Plain, false));
        break;
    }
}

void XlsxExporter::writeHeaderRow(int sheet, int row, const QStringList &headers) {
    for (int c = 0; c < headers.size(); ++c)
        m_book->text(sheet, row, c, headers[c], m_header);
}

bool XlsxExporter::write(const QString &path, const Progress &progress, QString *error) {
    XlsxBook book(path);
    if (!book.isValid()) {
        *error = QStringLiteral("libxlsxwriter");
        return false;
    }
    m_book = &book;
    addFormats();
    const int n = int(m_set.reports.size());
    book.setProperties(
        m_text("年报导出", "Nianbao export") + QStringLiteral(" — ") +
            (n == 1 ? ExportRows::reportTitle(m_set.reports.first(), m_text)
                    : m_text("%1 份报告", "%1 reports").arg(n)),
        m_set.reviewer,
        m_text("政府信息公开工作年度报告", "Government information disclosure annual reports"),
        QStringLiteral("nianbao %1").arg(m_set.toolVersion));

    int step = 0;
    const int total = 2 * n;
    if (!writeLongSheet(progress, &step, total, error))
        return false;
    for (int t = 1; t <= 3; ++t)
        writeSummarySheet(t);
    writeFindingsSheet();
    writeEditLogSheet();
    writeAboutSheet();
    for (const ExportReport &r : m_set.reports) {
        writeReportSheet(r);
        if (progress && !progress(++step, total)) {
            error->clear();
            return false;
        }
    }
    m_book = nullptr;
    return book.close(error);
}

bool XlsxExporter::writeLongSheet(const Progress &progress, int *step, int total, QString *error) {
    qint64 rows = 1;
    for (const ExportReport &r : m_set.reports)
        rows += r.current.spec().cellCount();
    if (rows > kMaxRows) {
        *error = m_text("数据明细超过一张工作表的 1,048,576 行，请改用 CSV 或分批导出",
                        "the data sheet would pass the 1,048,576 rows of one sheet; export CSV or "
                        "fewer reports");
        return false;
    }
    const int sheet = m_book->addSheet(m_text("数据明细", "Data"), nullptr, true);
    const QStringList headers = ExportRows::headers(m_text);
    writeHeaderRow(sheet, 0, headers);
    const double widths[] = {8, 28, 22, 6, 8, 6, 44, 32, 36, 12, 6, 8, 10, 10, 18, 36};
    for (int c = 0; c < headers.size(); ++c)
        m_book->setColumnWidth(sheet, c, c, widths[c]);
    int row = 1;
    for (const ExportReport &r : m_set.reports) {
        ExportRows::forEachCell(r, m_text, [&](int cell, const QVector<ExportField> &fields) {
            for (int c = 0; c < fields.size(); ++c) {
                if (c == ExportRows::Value && fields[c].kind == ExportField::Number)
                    m_book->number(sheet, row, c, fields[c].number.toDouble(),
                                   valueFormat(fields[c].type, lookOf(r, cell), false));
                else
                    writeField(sheet, row, c, fields[c], m_plain);
            }
            ++row;
        });
        if (progress && !progress(++*step, total)) {
            error->clear();
            return false;
        }
    }
    m_book->freeze(sheet, 1, 0);
    m_book->autofilter(sheet, 0, 0, qMax(1, row - 1), int(headers.size()) - 1);
    m_book->printSetup(sheet, 0, 0);
    if (m_set.reports.size() != 1)
        m_book->activate(sheet);
    return true;
}

void XlsxExporter::writeSummarySheet(int table) {
    const int sheet = m_book->addSheet(m_text("%1汇总", "%1 summary").arg(m_text.tableName(table)));
    // Columns: the cells of the table in spec order, 2021 first, then what only 2019 has.
    QSet<Edition> editions;
    for (const ExportReport &r : m_set.reports)
        editions.insert(r.current.meta.edition);
    QStringList keys;
    QHash<QString, CellLabels> labels;
    for (Edition e : {Edition::E2021, Edition::E2019}) {
        if (!editions.contains(e) && !(editions.isEmpty() && e == Edition::E2021))
            continue;
        const EditionSpec &spec = Spec::instance().edition(e);
        for (const CellSpec &c : spec.cells)
            if (c.table == table && !labels.contains(c.key)) {
                keys << c.key;
                labels.insert(c.key, ExportRows::labels(e)[c.index]);
            }
    }
    const QStringList lead{m_text("报告编号", "report id"), m_text("机关", "agency"),
                           m_text("机关键", "agency key"), m_text("年度", "year"),
                           m_text("格式版本", "edition")};
    for (int c = 0; c < lead.size(); ++c) {
        m_book->merge(sheet, 0, c, 2, c, lead[c], m_header);
        m_book->setColumnWidth(sheet, c, c, c == 1 || c == 2 ? 24 : 8);
    }
    for (int k = 0; k < keys.size(); ++k) {
        const int c = kSummaryLeadColumns + k;
        const CellLabels &l = labels[keys[k]];
        m_book->text(sheet, 0, c, l.row.isEmpty() ? m_text.tableName(table) : l.row, m_header);
        m_book->text(sheet, 1, c, l.unit.isEmpty() ? l.column : l.column + u'（' + l.unit + u'）',
                     m_header);
        m_book->text(sheet, 2, c, keys[k], m_subtitle);
    }
    m_book->setColumnWidth(sheet, kSummaryLeadColumns, kSummaryLeadColumns + int(keys.size()), 14);
    m_book->setRowHeight(sheet, 0, 64);
    m_book->setRowHeight(sheet, 1, 48);
    int row = 3;
    for (const ExportReport &r : m_set.reports) {
        const ReportMeta &m = r.current.meta;
        if (r.id >= 0)
            m_book->number(sheet, row, 0, double(r.id));
        m_book->text(sheet, row, 1, m.agency);
        m_book->text(sheet, row, 2, m.agencyKey);
        if (m.year > 0)
            m_book->number(sheet, row, 3, m.year);
        m_book->text(sheet, row, 4, editionName(m.edition));
        const EditionSpec &spec = r.current.spec();
        for (int k = 0; k < keys.size(); ++k) {
            const int cell = spec.indexOf(keys[k]);
            if (cell >= 0)
                writeValue(sheet, row, kSummaryLeadColumns + k, r, cell, false);
        }
        ++row;
    }
    m_book->freeze(sheet, 3, kSummaryLeadColumns);
    m_book->autofilter(sheet, 2, 0, qMax(3, row - 1), kSummaryLeadColumns + int(keys.size()) - 1);
    m_book->printSetup(sheet, 0, 2);
}

void XlsxExporter::writeFindingsSheet() {
    const int sheet = m_book->addSheet(m_text("问题清单", "Findings"));
    const QStringList headers{
        m_text("报告编号", "report id"),     m_text("报告", "report"),
        m_text("规则说明", "rule"),          m_text("规则编号", "rule id"),
        m_text("严重程度", "severity"),      m_text("状态", "status"),
        m_text("问题说明", "message"),       m_text("涉及单元格", "cells"),
        m_text("应为", "expected"),          m_text("实为", "actual"),
        m_text("建议值", "suggested value"), m_text("处理决定", "decision"),
        m_text("处理人", "decided by"),      m_text("处理时间", "decided at"),
        m_text("处理说明", "note"),          m_text("问题编号", "finding id")};
    writeHeaderRow(sheet, 0, headers);
    const double widths[] = {8, 26, 48, 26, 8, 10, 48, 36, 10, 10, 10, 14, 10, 18, 30, 40};
    for (int c = 0; c < headers.size(); ++c)
        m_book->setColumnWidth(sheet, c, c, widths[c]);
    int row = 1;
    auto decision = [&](const ExportDecision &d) {
        m_book->text(sheet, row, 11, m_text.decision(d.decision));
        m_book->text(sheet, row, 12, d.user);
        m_book->text(sheet, row, 13, ExportRows::timeText(d.at));
        m_book->text(sheet, row, 14, d.note, m_wrap);
    };
    for (const ExportReport &r : m_set.reports) {
        const EditionSpec &spec = r.current.spec();
        for (const ExportFinding &ef : r.findings) {
            const Finding &f = ef.finding;
            if (r.id >= 0)
                m_book->number(sheet, row, 0, double(r.id));
            m_book->text(sheet, row, 1, ExportRows::reportTitle(r, m_text));
            m_book->text(sheet, row, 2, m_text.ruleDescription(f.rule), m_wrap);
            m_book->text(sheet, row, 3, f.rule);
            m_book->text(sheet, row, 4, m_text.severity(f.severity));
            m_book->text(sheet, row, 5, m_text.findingStatus(f.status));
            m_book->text(sheet, row, 6, m_text.message(f), m_wrap);
            QStringList cells;
            for (const QVector<int> *side : {&f.lhs, &f.rhs})
                for (int c : *side)
                    if (c >= 0 && c < spec.cellCount())
                        cells << spec.cell(c).key;
            m_book->text(sheet, row, 7, cells.join(QStringLiteral("; ")), m_wrap);
            const ValueType type = NumberPolicy::typeOf(spec, f.lhs.value(0, -1));
            writeField(sheet, row, 8, ExportField::fromValue(f.expected, type), -1);
            writeField(sheet, row, 9, ExportField::fromValue(f.actual, type), -1);
            if (f.suggestion)
                writeField(sheet, row, 10,
                           ExportField::fromValue(f.suggestion->value,
                                                  NumberPolicy::typeOf(spec, f.suggestion->cell)),
                           -1);
            if (ef.decision)
                decision(*ef.decision);
            else
                m_book->text(sheet, row, 11, m_text.decision(QStringLiteral("open")));
            m_book->text(sheet, row, 15, ef.id);
            ++row;
        }
        // Decisions whose finding is gone (typically 已更正 after an edit) stay visible.
        for (const ExportDecision &d : r.orphanedDecisions) {
            if (r.id >= 0)
                m_book->number(sheet, row, 0, double(r.id));
            m_book->text(sheet, row, 1, ExportRows::reportTitle(r, m_text));
            const QString rule = d.finding.section(u':', 0, 0);
            m_book->text(sheet, row, 2, m_text.ruleDescription(rule), m_wrap);
            m_book->text(sheet, row, 3, rule);
            m_book->text(sheet, row, 5, m_text("已不存在", "no longer present"));
            m_book->text(sheet, row, 7, d.finding.section(u':', 1));
            decision(d);
            m_book->text(sheet, row, 15, d.finding);
            ++row;
        }
    }
    m_book->freeze(sheet, 1, 0);
    m_book->autofilter(sheet, 0, 0, qMax(1, row - 1), int(headers.size()) - 1);
    m_book->printSetup(sheet, 0, 0);
}

void XlsxExporter::writeEditLogSheet() {
    const int sheet = m_book->addSheet(m_text("修改记录", "Edit log"));
    const QStringList headers{m_text("报告编号", "report id"),
                              m_text("报告", "report"),
                              m_text("修改编号", "edit id"),
                              m_text("时间", "at"),
                              m_text("修改人", "by"),
                              m_text("单元格或字段", "cell or field"),
                              m_text("行", "row"),
                              m_text("列", "column"),
                              m_text("原值", "old value"),
                              m_text("新值", "new value"),
                              m_text("来源", "origin"),
                              m_text("备注", "note")};
    writeHeaderRow(sheet, 0, headers);
    const double widths[] = {8, 26, 8, 18, 10, 34, 40, 28, 12, 12, 10, 36};
    for (int c = 0; c < headers.size(); ++c)
        m_book->setColumnWidth(sheet, c, c, widths[c]);
    int row = 1;
    for (const ExportReport &r : m_set.reports) {
        const EditionSpec &spec = r.current.spec();
        const QVector<CellLabels> &labels = ExportRows::labels(r.current.meta.edition);
        for (const ExportEdit &e : r.edits) {
            const int cell = spec.indexOf(e.key);
            const ValueType type = NumberPolicy::typeOf(spec, cell);
            if (r.id >= 0)
                m_book->number(sheet, row, 0, double(r.id));
            m_book->text(sheet, row, 1, ExportRows::reportTitle(r, m_text));
            m_book->number(sheet, row, 2, double(e.id));
            m_book->text(sheet, row, 3, ExportRows::timeText(e.at));
            m_book->text(sheet, row, 4, e.user);
            m_book->text(sheet, row, 5, e.key);
            if (cell >= 0) {
                m_book->text(sheet, row, 6, labels[cell].row, m_wrap);
                m_book->text(sheet, row, 7, labels[cell].column, m_wrap);
            }
            writeField(sheet, row, 8,
                       e.oldValue ? ExportField::fromValue(e.oldValue, type)
                                  : ExportField::fromText(m_text.cellStatus(e.oldStatus)),
                       -1);
            writeField(sheet, row, 9,
                       e.newValue ? ExportField::fromValue(e.newValue, type)
                                  : ExportField::fromText(m_text.cellStatus(e.newStatus)),
                       -1);
            m_book->text(sheet, row, 10, m_text.origin(e.origin));
            m_book->text(sheet, row, 11, e.note, m_wrap);
            ++row;
        }
    }
    m_book->freeze(sheet, 1, 0);
    m_book->autofilter(sheet, 0, 0, qMax(1, row - 1), int(headers.size()) - 1);
    m_book->printSetup(sheet, 0, 0);
}

void XlsxExporter::writeLegend(int sheet, int row, int column) {
    m_book->text(sheet, row, column,
                 m_text("已修改（批注：原值 → 现值）", "edited (comment: old → new)"),
                 valueFormat(ValueType::Integer, EditedLook, false, true));
    m_book->text(sheet, row, column + 1,
                 m_text("存疑 / 缺失 / 推断", "suspect / missing / inferred"),
                 valueFormat(ValueType::Integer, DoubtLook, false, true));
    m_book->text(sheet, row, column + 2,
                 m_text("未通过校验（批注：规则）", "failing a rule (comment: rule)"),
                 valueFormat(ValueType::Integer, Plain, true, true));
}

void XlsxExporter::writeAboutSheet() {
    const int sheet = m_book->addSheet(m_text("关于", "About"));
    m_book->setColumnWidth(sheet, 0, 0, 22);
    m_book->setColumnWidth(sheet, 1, 2, 30);
    m_book->setColumnWidth(sheet, 3, 11, 16);
    m_book->setColumnWidth(sheet, 7, 7, 66);
    int row = 0;
    m_book->text(sheet, row++, 0, m_text("年报导出", "Nianbao export"), m_title);
    auto line = [&](const QString &key, const QString &value) {
        m_book->text(sheet, row, 0, key, m_section);
        m_book->text(sheet, row++, 1, value);
    };
    line(m_text("导出时间", "exported at"), ExportRows::timeText(m_set.exportedAt));
    line(m_text("工具版本", "tool version"), QStringLiteral("nianbao ") + m_set.toolVersion);
    line(m_text("审核人", "reviewer"), m_set.reviewer);
    line(m_text("工作区", "workspace"),
         m_set.workspace.isEmpty() ? m_text("（直接检查的文件）", "(files checked directly)")
                                   : m_set.workspace);
    line(m_text("报告数", "reports"), QString::number(m_set.reports.size()));
    for (Edition e : {Edition::E2019, Edition::E2021}) {
        int count = 0;
        for (const ExportReport &r : m_set.reports)
            count += r.current.meta.edition == e ? 1 : 0;
        line(m_text("格式规范 %1 版", "format edition %1").arg(editionName(e)),
             m_text("%1（%2 份报告）", "%1 (%2 reports)")
                 .arg(Spec::instance().edition(e).docNumber)
                 .arg(count));
    }
    m_book->text(sheet, row, 0, m_text("图例", "legend"), m_section);
    writeLegend(sheet, row++, 1);
    ++row;
    const QStringList headers{
        m_text("报告编号", "report id"),   m_text("机关", "agency"),
        m_text("机关键", "agency key"),    m_text("年度", "year"),
        m_text("格式版本", "edition"),     m_text("审核状态", "review state"),
        m_text("文件名", "file name"),     m_text("SHA-256", "SHA-256"),
        m_text("原路径", "original path"), m_text("格式", "format"),
        m_text("编码", "encoding"),        m_text("大小（字节）", "size (bytes)"),
        m_text("导入时间", "imported at")};
    const int headerRow = row;
    writeHeaderRow(sheet, row++, headers);
    for (const ExportReport &r : m_set.reports) {
        const ReportMeta &m = r.current.meta;
        if (r.id >= 0)
            m_book->number(sheet, row, 0, double(r.id));
        m_book->text(sheet, row, 1, m.agency);
        m_book->text(sheet, row, 2, m.agencyKey);
        if (m.year > 0)
            m_book->number(sheet, row, 3, m.year);
        m_book->text(sheet, row, 4, editionName(m.edition));
        m_book->text(sheet, row, 5, m_text.reviewState(r.reviewState));
        m_book->text(sheet, row, 6, r.source.fileName);
        m_book->text(sheet, row, 7, r.source.sha256);
        m_book->text(sheet, row, 8, r.source.path);
        m_book->text(sheet, row, 9, r.source.format);
        m_book->text(sheet, row, 10, r.source.encoding);
        m_book->number(sheet, row, 11, double(r.source.size));
        m_book->text(sheet, row, 12, ExportRows::timeText(r.source.importedAt));
        ++row;
    }
    m_book->printSetup(sheet, headerRow, headerRow);
}
