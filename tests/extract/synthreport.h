#pragma once

// Test helper: renders a known report (values that obey the spec's rules) into the layouts the
// extractor must read, so tests can compare every cell with what was rendered.

#include "model/spec.h"

#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <functional>

namespace Synth {

enum class Layout { Tabs, OnePerLine, Spaces, Markdown };

struct Values {
    Edition edition = Edition::E2021;
    QHash<int, QString> text; ///< cell index → printed text (default: the number)
    QHash<int, qint64> value; ///< cell index → value
};

/// Recomputes the dependent cells so that every rule holds: （七）总计 from the outcome rows,
/// 一 from the balance (carried over and carried forward kept where they can be), every row's
/// 总计 and table 3's totals. Call it after changing base values of `v`.
inline void complete(Values *v) {
    const EditionSpec &spec = Spec::instance().edition(v->edition);
    auto idx = [&](const QString &key) { return spec.indexOf(key); };
    const BlockSpec &t2 = spec.table(2).blocks.first();
    QStringList outcomeRows;
    bool inResults = false;
    for (const RowSpec &r : t2.rows) {
        if (r.id == u"results_total")
            inResults = false;
        if (inResults && r.dataRow)
            outcomeRows << r.id;
        if (r.id == u"carried_over")
            inResults = true;
    }
    const QStringList cols{"natural_person",     "commercial_enterprise", "research_institution",
                           "social_welfare_org", "legal_service_org",     "other_org"};
    for (const QString &col : cols) {
        qint64 results = 0;
        for (const QString &row : outcomeRows)
            results += v->value[idx("t2.r." + row + ".c." + col)];
        v->value[idx("t2.r.results_total.c." + col)] = results;
        const qint64 carried = v->value[idx("t2.r.carried_over.c." + col)];
        const qint64 forward = v->value[idx("t2.r.carry_forward.c." + col)];
        // new + carried = results + forward, with every count ≥ 0.
        v->value[idx("t2.r.new_received.c." + col)] =
            std::max<qint64>(0, results + forward - carried);
        if (results + forward - carried < 0)
            v->value[idx("t2.r.carried_over.c." + col)] = results + forward;
    }
    for (const RowSpec &r : t2.rows) {
        if (!r.dataRow)
            continue;
        qint64 sum = 0;
        for (const QString &col : cols)
            sum += v->value[idx("t2.r." + r.id + ".c." + col)];
        v->value[idx("t2.r." + r.id + ".c.total")] = sum;
    }
    for (const QString &g : {QStringLiteral("review"), QStringLiteral("lit_direct"),
                             QStringLiteral("lit_after_review")}) {
        qint64 sum = 0;
        for (const char *res : {"maintained", "corrected", "other", "pending"})
            sum += v->value[idx("t3.r.cases.c." + g + "_" + QLatin1String(res))];
        v->value[idx("t3.r.cases.c." + g + "_total")] = sum;
    }
    for (const CellSpec &c : spec.cells)
        v->text[c.index] = QString::number(v->value[c.index]);
}

/// Consistent random values: row totals, （七）总计, the balance and table 3 totals hold.
inline Values randomValues(Edition edition, quint32 seed, int maxValue = 9) {
    const EditionSpec &spec = Spec::instance().edition(edition);
    QRandomGenerator rng(seed);
    Values v;
    v.edition = edition;
    for (const CellSpec &c : spec.cells)
        v.value[c.index] = rng.bounded(maxValue + 1);
    for (const CellSpec &c : spec.cells)
        if (c.rowId == u"carry_forward")
            v.value[c.index] = rng.bounded(3);
    complete(&v);
    return v;
}

/// Sets the cells of one row (t2: the six applicant columns; the total follows) and completes.
inline void setRow(Values *v, const QString &rowId, const QVector<qint64> &values) {
    const EditionSpec &spec = Spec::instance().edition(v->edition);
    int k = 0;
    for (const CellSpec &c : spec.cells)
        if (c.rowId == rowId && k < values.size())
            v->value[c.index] = values[k++];
    complete(v);
}

/// The whole report on one line with nothing between cells, as a crawler that joins a page's
/// text nodes saves it: "一、本年新收政府信息公开申请数量801000081二、…". Paragraphs keep the
/// full-width spaces that indent them.
inline QString flatten(const QString &rendered) {
    QString out;
    for (const QString &line : rendered.split(u'\n')) {
        QString l = line;
        l.remove(u'\t');
        l.remove(u'|');
        if (l.trimmed().isEmpty() || l.startsWith(QStringLiteral("---")))
            continue;
        static const QString headings = QStringLiteral("一二三四五六");
        if (l.size() > 1 && headings.contains(l[0]) && l[1] == u'、')
            out += QStringLiteral("\u3000\u3000");
        out += l;
    }
    return out;
}

struct Options {
    Layout layout = Layout::Tabs;
    int year = 2023;
    QString agency = QStringLiteral("测试市测试区人民政府办公室");
    bool renameHeaders = false; ///< wrong / renamed column headers
    /// Optional hook to change a row's printed cells (label + values) before rendering.
    std::function<void(const QString &rowId, QStringList *cells)> editRow;
    bool withT3 = true;
};

inline QString renderLine(Layout layout, const QStringList &cells) {
    switch (layout) {
    case Layout::Tabs:
        return cells.join(u'\t');
    case Layout::OnePerLine: {
        QString out;
        for (const QString &c : cells)
            out += u'\t' + c + u'\n';
        return out; // followed by a blank line (added by the caller)
    }
    case Layout::Spaces:
        return cells.join(QStringLiteral("    "));
    case Layout::Markdown:
        return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    }
    return {};
}

/// Renders one table: a header line then rows; markdown gets its separator line.
inline void renderTable(const Options &o, const QStringList &header,
                        const QVector<QStringList> &rows, QString *out) {
    *out += renderLine(o.layout, header) + u'\n';
    if (o.layout == Layout::OnePerLine)
        *out += u'\n';
    if (o.layout == Layout::Markdown) {
        QStringList sep;
        for (int i = 0; i < header.size(); ++i)
            sep << QStringLiteral("---");
        *out += renderLine(o.layout, sep) + u'\n';
    }
    for (const QStringList &r : rows) {
        *out += renderLine(o.layout, r) + u'\n';
        if (o.layout == Layout::OnePerLine)
            *out += u'\n';
    }
}

inline QString render(const Values &v, const Options &o) {
    const EditionSpec &spec = Spec::instance().edition(v.edition);
    QString out;
    out += o.agency + QString::number(o.year) + QStringLiteral("年政府信息公开工作年度报告\n\n");
    out +=
        QStringLiteral("一、总体情况\n本机关认真贯彻落实《中华人民共和国政府信息公开条例》。\n\n");
    out += QStringLiteral("二、主动公开政府信息情况\n");
    for (int b = 0; b < spec.table(1).blocks.size(); ++b) {
        const BlockSpec &block = spec.table(1).blocks[b];
        QStringList header{QStringLiteral("信息内容")};
        for (const ColumnSpec &c : block.columns)
            header << (o.renameHeaders ? QStringLiteral("列%1").arg(header.size()) : c.label);
        QVector<QStringList> rows;
        rows << QStringList{block.title};
        for (int r = 0; r < block.rows.size(); ++r) {
            QStringList cells{block.rows[r].label};
            for (int c = 0; c < block.columns.size(); ++c)
                cells << v.text.value(spec.cellAt(1, b, r, c));
            if (o.editRow)
                o.editRow(block.rows[r].id, &cells);
            rows << cells;
        }
        renderTable(o, header, rows, &out);
    }
    out += QStringLiteral("\n三、收到和处理政府信息公开申请情况\n");
    const BlockSpec &t2 = spec.table(2).blocks.first();
    QStringList header{spec.table(2).headerNote};
    for (const ColumnSpec &c : t2.columns)
        header << (o.renameHeaders ? QStringLiteral("甲%1").arg(header.size())
                                   : c.headerPath.last());
    QVector<QStringList> rows;
    QString pendingGroup;
    for (int r = 0; r < t2.rows.size(); ++r) {
        const RowSpec &row = t2.rows[r];
        if (!row.dataRow) {
            pendingGroup += (pendingGroup.isEmpty() ? QString() : QStringLiteral("\t")) + row.label;
            continue;
        }
        QStringList cells;
        if (!pendingGroup.isEmpty())
            cells += pendingGroup.split(u'\t');
        pendingGroup.clear();
        cells << row.label;
        for (int c = 0; c < t2.columns.size(); ++c)
            cells << v.text.value(spec.cellAt(2, 0, r, c));
        if (o.editRow)
            o.editRow(row.id, &cells);
        rows << cells;
    }
    renderTable(o, header, rows, &out);
    if (o.withT3) {
        out += QStringLiteral("\n四、政府信息公开行政复议、行政诉讼情况\n");
        const BlockSpec &t3 = spec.table(3).blocks.first();
        QStringList h1, h2;
        for (const ColumnSpec &c : t3.columns) {
            h1 << c.headerPath.first();
            h2 << (o.renameHeaders ? QStringLiteral("乙") : c.headerPath.last());
        }
        QStringList values;
        for (int c = 0; c < t3.columns.size(); ++c)
            values << v.text.value(spec.cellAt(3, 0, 0, c));
        if (o.editRow)
            o.editRow(QStringLiteral("cases"), &values);
        renderTable(o, h1, {h2, values}, &out);
    }
    out += QStringLiteral(
        "\n五、存在的主要问题及改进情况\n一是公开质量有待提高。\n六、其他需要报告的事项\n无。\n");
    return out;
}

} // namespace Synth
