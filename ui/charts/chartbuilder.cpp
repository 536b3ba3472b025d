#include "chartbuilder.h"

#include "stats/measure.h"
#include "validate/cellnames.h"

#include <QLocale>
#include <limits>

namespace {

QString reasonText(UncertainReason reason) {
    switch (reason) {
    case UncertainReason::Suspect:
        return ChartBuilder::tr("存疑，原文行不完整");
    case UncertainReason::Inferred:
        return ChartBuilder::tr("推断，原文未印");
    case UncertainReason::Missing:
        return ChartBuilder::tr("缺失");
    case UncertainReason::OpenError:
        return ChartBuilder::tr("有未处理的错误");
    case UncertainReason::BlankTotal:
        return ChartBuilder::tr("总计为空，以各列之和代替");
    case UncertainReason::Overflow:
        return ChartBuilder::tr("数值超出范围");
    }
    return {};
}

QString number(const Decimal &d) {
    return d.toString();
}

} // namespace

bool ChartBuilder::chineseUi() {
    return tr("图表") == QStringLiteral("图表");
}

QString ChartBuilder::kindName(Kind kind) {
    switch (kind) {
    case Kind::Outcomes:
        return tr("办理结果（件数）");
    case Kind::OutcomeShares:
        return tr("办理结果（占总计的比例）");
    case Kind::Requests:
        return tr("新收与上年结转申请");
    case Kind::ReviewResults:
        return tr("行政复议结果");
    case Kind::LitigationResults:
        return tr("行政诉讼结果");
    }
    return {};
}

const QVector<QColor> &ChartBuilder::palette() {
    // Okabe, M. & Ito, K., Color Universal Design (2008).
    static const QVector<QColor> colours{
        QColor(0x00, 0x9E, 0x73), // bluish green
        QColor(0x56, 0xB4, 0xE9), // sky blue
        QColor(0xD5, 0x5E, 0x00), // vermillion
        QColor(0xE6, 0x9F, 0x00), // orange
        QColor(0xCC, 0x79, 0xA7), // reddish purple
        QColor(0x00, 0x72, 0xB2), // blue
        QColor(0xF0, 0xE4, 0x42), // yellow
        QColor(0x00, 0x00, 0x00), // black
    };
    return colours;
}

QVector<int> ChartBuilder::measuresOf(Kind kind) {
    QVector<int> out;
    auto add = [&](std::initializer_list<const char *> ids) {
        for (const char *id : ids)
            out << Measures::indexOf(QLatin1String(id));
    };
    switch (kind) {
    case Kind::Outcomes:
    case Kind::OutcomeShares:
        out = Measures::ofGroup(MeasureGroup::Outcome);
        break;
    case Kind::Requests:
        add({"new_received", "carried_over"});
        break;
    case Kind::ReviewResults:
        add({"review_maintained", "review_corrected", "review_other", "review_pending"});
        break;
    case Kind::LitigationResults:
        add({"litigation_maintained", "litigation_corrected", "litigation_other",
             "litigation_pending"});
        break;
    }
    return out;
}

QString ChartBuilder::describe(const AggregateSource &source) {
    const CellNames &names = CellNames::forEdition(source.edition);
    const QString cell =
        chineseUi() ? names.cellZh(source.cell.cell) : names.cellEn(source.cell.cell);
    return tr("%1（%2）")
        .arg(cell.isEmpty() ? source.cell.key : cell, reasonText(source.cell.reason));
}

ChartData ChartBuilder::build(Kind kind, const QVector<YearPoint> &years, const QString &subject) {
    const bool zh = chineseUi();
    ChartData data;
    data.kind = kind == Kind::Requests ? ChartData::Kind::Lines : ChartData::Kind::StackedBars;
    data.percent = kind == Kind::OutcomeShares;
    data.title = tr("%1 — %2").arg(subject, kindName(kind));
    data.valueTitle = data.percent ? tr("占（七）总计 %") : tr("件");
    data.uncertainLabel = tr("斜线：数字存疑（悬停查看单元格）");
    const int total = Measures::indexOf(QStringLiteral("results_total"));
    int maxReports = 0;
    for (const YearPoint &y : years)
        maxReports = std::max(maxReports, int(y.reportIds.size()));
    for (const YearPoint &y : years) {
        QString label = QString::number(y.year);
        if (y.isGap())
            label += tr("\n无报告");
        else if (maxReports > 1)
            label += tr("\n%n 份", nullptr, int(y.reportIds.size()));
        data.categories << label;
    }
    const QVector<int> measures = measuresOf(kind);
    for (int i = 0; i < measures.size(); ++i) {
        const int m = measures[i];
        ChartSeriesData s;
        s.measure = m;
        s.name = Measures::label(m, zh);
        s.color = palette()[i % palette().size()];
        for (const YearPoint &y : years) {
            const AggregateValue &v = y.values.value(m);
            double value = std::numeric_limits<double>::quiet_NaN();
            QStringList tip;
            tip << QStringLiteral("<b>%1 %2</b>").arg(y.year).arg(s.name.toHtmlEscaped());
            if (y.isGap()) {
                tip << tr("本年度没有报告（不推算）");
            } else if (!v.value) {
                tip << tr("未填报");
            } else if (data.percent) {
                if (const auto share = YearAggregate::share(y, m, total)) {
                    value = *share * 100.0;
                    tip << tr("%1%（%2 / （七）总计 %3）")
                               .arg(QLocale().toString(value, 'f', 1), number(*v.value),
                                    number(*y.values.value(total).value));
                } else {
                    tip << tr("%1，（七）总计为空或为 0，无法计算比例").arg(number(*v.value));
                }
            } else {
                value = v.value->toDouble();
                tip << tr("%1 件").arg(number(*v.value));
            }
            if (!y.isGap()) {
                if (y.reportIds.size() == 1)
                    tip << tr("报告：%1").arg(y.reports.value(0).toHtmlEscaped());
                else
                    tip << tr("%1 份报告合计（%2 份填报此项）")
                               .arg(y.reportIds.size())
                               .arg(v.reports);
                if (v.isUncertain()) {
                    tip << tr("存疑的单元格：");
                    for (const AggregateSource &u : v.uncertain.mid(0, 8))
                        tip << QStringLiteral("· ") +
                                   (y.reportIds.size() > 1
                                        ? u.report.toHtmlEscaped() + QStringLiteral("：")
                                        : QString()) +
                                   describe(u).toHtmlEscaped();
                    if (v.uncertain.size() > 8)
                        tip << tr("……另有 %1 处").arg(v.uncertain.size() - 8);
                }
                tip << tr("<i>单击打开报告并选中这些单元格</i>");
            }
            s.values << value;
            s.uncertain << v.isUncertain();
            s.tooltips << tip.join(QStringLiteral("<br>"));
        }
        data.series << s;
    }
    data.note = tr("数字取自各报告的当前值（含人工修改）；斜线表示所用单元格存疑。");
    return data;
}
