#include "reportrenderer.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace testgen {

namespace {

QString rowKey(int table, const QString &rowId) {
    return QStringLiteral("t%1.%2").arg(table).arg(rowId);
}

} // namespace

ReportRenderer::ReportRenderer(const GeneratedReport &report, Layout layout, Damage damage,
                               quint32 seed)
    : m_report(report)
    , m_ed(Spec::instance().edition(report.edition))
    , m_layout(layout)
    , m_damage(damage)
    , m_rng(seed * 2654435761u + quint32(layout) * 97u + quint32(damage) * 7919u) {
    m_expect.agency = report.agency;
    m_expect.year = report.year;
    m_expect.edition = report.edition;
    m_expect.cells.resize(m_ed.cellCount());
    m_rowStart.fill(-1, m_ed.cellCount());
    for (int c = 0; c < m_ed.cellCount(); ++c)
        m_expect.cells[c].allowed = {{report.values[c], CellStatus::Read}};
}

RenderedReport ReportRenderer::run() {
    planDamage();
    planTokens();
    emitNarrativeStart();
    m_lines << sectionHeading(1);
    if (m_missingTable == 1)
        m_lines << QStringLiteral("本年度主动公开情况详见政府信息公开专栏。");
    else
        emitTable1();
    m_lines << QString() << sectionHeading(2);
    emitTable2();
    m_lines << QString() << sectionHeading(3);
    if (m_missingTable == 3)
        m_lines << QStringLiteral("本年度未发生政府信息公开行政复议、行政诉讼案件。");
    else
        emitTable3();
    m_lines << QString() << sectionHeading(4)
            << QStringLiteral("一是公开内容还不够全面；二是政策解读形式较为单一。下一步，将进一步"
                              "加强业务培训，提升政府信息公开工作质量。")
            << sectionHeading(5)
            << QStringLiteral("本年度未收取信息处理费。本报告所列数据的统计期限自%1年1月1日起至%1"
                              "年12月31日止。如对本报告有疑问，请与%2联系。")
                   .arg(m_report.year)
                   .arg(m_report.agency);
    // A missing table 1 leaves its cells missing; table 3 replaced by "未发生…行政复议、行政诉讼
    // 案件" is inferred 0 from that sentence, with a note quoting it.
    if (m_missingTable == 1)
        for (const CellSpec &c : m_ed.cells)
            if (c.table == 1)
                m_expect.cells[c.index] = {{{std::nullopt, CellStatus::Missing}}, false, {}, -1};
    if (m_missingTable == 3)
        for (const CellSpec &c : m_ed.cells)
            if (c.table == 3)
                m_expect.cells[c.index] = {
                    {{Decimal::fromInteger(0), CellStatus::Inferred}}, true, {}, -1};
    if (m_damage == Damage::Truncated)
        applyTruncation();
    inferZeros();

    for (int t = 1; t <= 3; ++t) {
        int located = 0, total = 0;
        for (const CellSpec &c : m_ed.cells) {
            if (c.table != t)
                continue;
            ++total;
            located += m_expect.cells[c.index].allowed[0].status != CellStatus::Missing;
        }
        m_expect.tables[size_t(t - 1)] = located == 0       ? TableState::Missing
                                         : located == total ? TableState::Found
                                                            : TableState::Partial;
    }
    return {m_lines.join(u'\n') + u'\n', m_expect};
}

void ReportRenderer::planDamage() {
    const BlockSpec &t2 = m_ed.table(2).blocks[0];
    QStringList t2Rows;
    for (const RowSpec &row : t2.rows)
        if (row.dataRow)
            t2Rows << row.id;
    auto pick = [&](const QStringList &from, int count) {
        QSet<QString> out;
        while (out.size() < qMin(count, int(from.size())))
            out.insert(from[m_rng.bounded(int(from.size()))]);
        return out;
    };

    switch (m_damage) {
    case Damage::FewerValues:
        m_fewerRows = pick(t2Rows, 1 + m_rng.bounded(3));
        for (const QString &id : std::as_const(m_fewerRows))
            m_dropIndex.insert(id, m_rng.bounded(int(t2.columns.size())));
        break;
    case Damage::BrokenLabels: {
        QStringList longRows;
        for (const RowSpec &row : t2.rows)
            if (row.dataRow && row.label.size() >= 8)
                longRows << row.id;
        m_brokenRows = pick(longRows, 1 + m_rng.bounded(4));
        break;
    }
    case Damage::VerticalGroupLabel:
        m_vertical = m_layout != Layout::MarkdownPipe && coin(60);
        break;
    case Damage::LabelVariants: {
        m_variantNumberComma = coin(50);
        m_variantHalfBrackets = coin(50);
        m_variantSpec = coin(50);
        m_variantSections = coin(50);
        if (!m_variantNumberComma && !m_variantHalfBrackets && !m_variantSpec)
            m_variantSpec = true;
        QStringList candidates;
        for (const RowSpec &row : t2.rows) {
            static const QRegularExpression prefix(QStringLiteral("^([一二三四]、|（.）|\\d\\.)"));
            // Seven characters or more: one dropped from a shorter stem ("属于家秘密") is a
            // one-in-six edit that a threshold may fairly refuse.
            if (row.dataRow && QString(row.label).remove(prefix).size() >= 7)
                candidates << row.id;
        }
        if (coin(60))
            m_droppedCharRows = pick(candidates, 1 + m_rng.bounded(2));
        break;
    }
    case Damage::MissingTable:
        m_missingTable = coin(50) ? 1 : 3;
        break;
    case Damage::RunTogether: {
        QStringList candidates;
        for (const BlockSpec &block : m_ed.table(1).blocks) {
            bool allIntegers = block.columns.size() >= 2;
            for (const ColumnSpec &col : block.columns)
                allIntegers = allIntegers && col.type == ValueType::Integer;
            if (allIntegers)
                for (const RowSpec &row : block.rows)
                    candidates << rowKey(1, row.id);
        }
        for (const QString &id : t2Rows)
            candidates << rowKey(2, id);
        m_runRows = pick(candidates, 1 + m_rng.bounded(3));
        break;
    }
    case Damage::ThousandsSeparators:
        m_thousandsSep = coin(50) ? u',' : u'，';
        break;
    default:
        break;
    }
}

void ReportRenderer::planTokens() {
    m_tokens.resize(m_ed.cellCount());
    for (int c = 0; c < m_ed.cellCount(); ++c)
        m_tokens[c] = formatValue(c);
    if (m_damage != Damage::Placeholders)
        return;
    static const QStringList markers = {QStringLiteral("/"),  QStringLiteral("-"),
                                        QStringLiteral("—"),  QStringLiteral("无"),
                                        QStringLiteral("--"), QStringLiteral("－")};
    for (const CellSpec &c : m_ed.cells) {
        if (!m_report.values[c.index].isZero() || !coin(c.table == 2 ? 35 : 50))
            continue;
        const int columns = int(m_ed.table(c.table).blocks[c.block].columns.size());
        // A blank is only unambiguous between two printed values: leading and trailing empty
        // fields are layout padding in real tab rows (sample 001).
        const bool interior = c.column > 0 && c.column < columns - 1;
        if (interior && m_layout != Layout::SpaceAligned && coin(35)) {
            m_tokens[c.index].clear();
            m_expect.cells[c.index].allowed = {{std::nullopt, CellStatus::Blank}};
        } else {
            m_tokens[c.index] = markers[m_rng.bounded(int(markers.size()))];
            m_expect.cells[c.index].allowed = {{std::nullopt, CellStatus::Placeholder}};
        }
    }
}

QString ReportRenderer::formatValue(int cell) {
    const CellSpec &c = m_ed.cell(cell);
    const Decimal v = m_report.values[cell];
    QString text = v.toString();
    if (c.type == ValueType::SignedInteger && !v.isNegative() && !v.isZero() && coin(30))
        text.prepend(u'+');
    if (c.type == ValueType::Decimal && !v.isInteger() && coin(40) &&
        v.micros() % (Decimal::Scale / 10) == 0)
        text += u'0'; // "12.50"
    switch (m_damage) {
    case Damage::FullWidthDigits:
        return fullWidth(text);
    case Damage::ThousandsSeparators:
        return withSeparators(text);
    case Damage::UnitsAndNotes:
        if (c.type == ValueType::Decimal) {
            m_expect.cells[cell].noteRequired = true; // 原文单位：元
            return QString::number(v.micros() / (Decimal::Scale / 10000)) + u'元';
        }
        if (c.type == ValueType::Integer && c.table == 1 && !v.isZero() && coin(60)) {
            static const QStringList notes = {QStringLiteral("其中修订%1件"),
                                              QStringLiteral("其中网上办理%1件"),
                                              QStringLiteral("含延续%1件")};
            m_expect.cells[cell].noteRequired = true;
            const int part = m_rng.bounded(int(v.integerPart()) + 1);
            return text + u'（' + notes[m_rng.bounded(int(notes.size()))].arg(part) + u'）';
        }
        return text;
    default:
        return text;
    }
}

QString ReportRenderer::fullWidth(const QString &text) const {
    QString out;
    for (QChar ch : text) {
        if (ch.isDigit())
            out += QChar(0xFF10 + ch.digitValue());
        else if (ch == u'.')
            out += QChar(0xFF0E);
        else if (ch == u'-')
            out += QChar(0xFF0D);
        else if (ch == u'+')
            out += QChar(0xFF0B);
        else
            out += ch;
    }
    return out;
}

QString ReportRenderer::withSeparators(const QString &text) const {
    int start = text.startsWith(u'-') || text.startsWith(u'+') ? 1 : 0;
    int end = text.indexOf(u'.');
    if (end < 0)
        end = int(text.size());
    QString out = text;
    for (int pos = end - 3; pos > start; pos -= 3)
        out.insert(pos, m_thousandsSep);
    return out;
}

QString ReportRenderer::sectionHeading(int index) const {
    QString heading = m_ed.sections.value(index).heading;
    if (m_variantSections) {
        static const QStringList digits = {QStringLiteral("1"), QStringLiteral("2"),
                                           QStringLiteral("3"), QStringLiteral("4"),
                                           QStringLiteral("5"), QStringLiteral("6")};
        if (index == 4)
            heading = QStringLiteral("五、政府信息公开工作存在的主要问题及改进情况");
        else if (index == 2 || index == 3) // sample 000: "3、 收到和处理…"
            heading = digits[index] + QStringLiteral("、 ") + heading.mid(2);
    }
    return heading;
}

void ReportRenderer::emitNarrativeStart() {
    const QString agency = m_report.agency;
    const int year = m_report.year;
    m_lines << agency + QString::number(year) + QStringLiteral("年政府信息公开工作年度报告")
            << QString()
            << QStringLiteral("本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）"
                              "编制，由总体情况、主动公开政府信息情况等六部分组成。")
            << sectionHeading(0)
            << QStringLiteral("%1年，%2认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，"
                              "不断提升政府信息公开工作质量。")
                   .arg(year)
                   .arg(agency)
            << QStringLiteral("（一）主动公开。全年通过政府网站主动公开政府信息%1条。")
                   .arg(10 + m_rng.bounded(300))
            << QStringLiteral("（二）依申请公开。全年共收到政府信息公开申请%1件，均已按时答复。")
                   .arg(m_report.value(QStringLiteral("t2.r.new_received.c.total")).toString());
    if (coin(50))
        m_lines << QStringLiteral("（三）政府信息管理。严格落实信息发布审核制度，确保公开内容准确"
                                  "规范。");
}

QString ReportRenderer::groupLabel(const QString &label) {
    QString text = label;
    if (m_variantHalfBrackets)
        text.replace(u'（', u'(').replace(u'）', u')');
    return text;
}

QString ReportRenderer::rowLabel(int table, const RowSpec &row, bool *fuzzy) {
    QString text = row.label;
    *fuzzy = false;
    if (m_damage != Damage::LabelVariants)
        return text;
    if (m_variantSpec) {
        if (row.id == u"partially_granted")
            text = QStringLiteral("（二）部分公开");
        else if (row.id == u"denied_three_security_one_stability")
            text = QStringLiteral("3.危及\"三安全一稳定\"");
        else if (row.id.startsWith(u"other_") && table == 2 && text.contains(u'、'))
            text.replace(u'、', u'，');
        else if (row.id == u"normative_docs" && m_report.edition == Edition::E2021)
            text = QStringLiteral("规范性文件"); // sample 004
    }
    if (m_droppedCharRows.contains(row.id) && table == 2) {
        static const QRegularExpression prefix(QStringLiteral("^([一二三四]、|（.）|\\d\\.)"));
        const int stemStart = int(prefix.match(text).capturedLength());
        const int stemLength = int(text.size()) - stemStart;
        if (stemLength >= 6) {
            text.remove(stemStart + 1 + m_rng.bounded(stemLength - 2), 1);
            *fuzzy = true;
        }
    }
    if (m_variantNumberComma && text.size() > 1 && text[0].isDigit() && text[1] == u'.')
        text[1] = u'、';
    if (m_variantHalfBrackets)
        text.replace(u'（', u'(').replace(u'）', u')');
    return text;
}

} // namespace testgen
