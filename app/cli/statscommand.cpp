#include "statscommand.h"

#include "checkcommand.h"
#include "model/displaytext.h"
#include "stats/agencyseries.h"
#include "stats/measure.h"
#include "stats/reportstats.h"
#include "stats/statsjson.h"
#include "subcommandparser.h"
#include "workspace/workspace.h"
#include "workspace/workspacestats.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>
#include <cstdio>

namespace {

bool isWorkspaceFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}

struct FilePoint {
    QString error;
    StatsPoint point;
};

FilePoint filePoint(const QString &path) {
    FilePoint out;
    const CheckedFile c = checkFile(path);
    if (!c.ok()) {
        out.error = c.error;
        return out;
    }
    const Report &report = c.report.report();
    out.point = ReportStats::point(
        report, ReportStats::openErrorCells(report, c.report.problems())); // no decisions
    out.point.report = path;
    return out;
}

/// Columns a text takes in a terminal (CJK characters take two).
int displayWidth(const QString &text) {
    int cols = 0;
    for (const QChar c : text)
        cols += c.unicode() >= 0x2E80 ? 2 : 1;
    return cols;
}

QString padLeft(const QString &text, int width) {
    return QString(std::max(1, width - displayWidth(text)), u' ') + text;
}

QString figure(const StatsValue &v) {
    if (!v.value)
        return QStringLiteral("—");
    return v.value->toString() + (v.isUncertain() ? QStringLiteral("*") : QString());
}

/// One agency: a row per measure, a column per year (gap years said).
void printAgency(QTextStream &out, const AgencySeries &s, bool zh) {
    out << DisplayText::line(s.agency.isEmpty() ? s.agencyKey : s.agency) << "  ["
        << (zh ? "机关键 " : "agency key ") << DisplayText::line(s.agencyKey) << "]\n";
    QVector<int> years;
    for (int y = s.points.first().year; y <= s.points.last().year; ++y)
        years << y;
    const int labelWidth = 14;
    const int width = 10;
    out << QString(labelWidth, u' ');
    for (int y : years)
        out << padLeft(QString::number(y), width);
    out << '\n';
    out << QString(labelWidth, u' ');
    for (int y : years) {
        const int i = s.indexOfYear(y);
        out << (i < 0 ? (zh ? QStringLiteral("无报告") : QStringLiteral("no report"))
                      : editionName(s.points[i].edition) +
                            (zh ? QStringLiteral("版") : QStringLiteral(" ed.")))
                   .rightJustified(width);
    }
    out << '\n';
    for (int m : Measures::core()) {
        const QString label = Measures::label(m, zh);
        out << label << QString(std::max(1, labelWidth - displayWidth(label)), u' ');
        for (int y : years) {
            const int i = s.indexOfYear(y);
            out << padLeft(i < 0 ? QStringLiteral("—") : figure(s.points[i].at(m)), width);
        }
        out << '\n';
    }
    for (const StatsPoint &p : s.points) {
        const QVector<UncertainCell> u = p.uncertain();
        if (u.isEmpty())
            continue;
        QStringList cells;
        for (const UncertainCell &c : u)
            cells << c.key + u'(' + uncertainReasonName(c.reason) + u')';
        out << "  * " << p.year << ' ' << DisplayText::line(p.report) << ": " << cells.join(u", ")
            << '\n';
    }
    for (const StatsPoint &p : s.duplicates)
        out << "  "
            << (zh ? "同年另一份报告（未计入）: "
                   : "another report of the same year (not counted): ")
            << p.year << ' ' << DisplayText::line(p.report) << '\n';
    out << '\n';
}

} // namespace

int runStatsCommand(const QStringList &args) {
    QTextStream err(stderr);
    SubcommandParser cli(
        err, QStringLiteral("stats"),
        QStringLiteral("按机关和年度统计申请办理情况 / request figures by agency and year"),
        QStringLiteral("表格语言 / language of the table"));
    QCommandLineParser &parser = cli.parser();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON 输出 / JSON"));
    for (const auto &o : {jsonOption, cli.langOption, cli.helpOption})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("WS|FILE"),
                                 QStringLiteral("工作区或报告文件 / workspaces or report files"),
                                 QStringLiteral("WS|FILE..."));
    auto usage = [&](const QString &why) { return cli.usage(why); };
    if (const std::optional<int> exitCode = cli.parse(args))
        return *exitCode;
    const QString lang = cli.lang();
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        return usage(QStringLiteral("未指定工作区或文件 / no WS or FILE given"));

    int exitCode = 0;
    QVector<StatsPoint> points;
    QStringList files;
    for (const QString &input : inputs) {
        if (!isWorkspaceFile(input)) {
            files << input;
            continue;
        }
        Workspace ws;
        QString error;
        if (!ws.open(input, Workspace::Mode::ReadOnly, &error)) {
            err << "nianbao-cli: " << error << '\n';
            return 2;
        }
        const auto wsPoints = WorkspaceStats::points(ws, {}, &error);
        if (!wsPoints) {
            err << "nianbao-cli: " << DisplayText::fileError(error, input) << '\n';
            return 2;
        }
        points += *wsPoints;
    }
    const QVector<FilePoint> checked =
        QtConcurrent::blockingMapped<QVector<FilePoint>>(files, filePoint);
    for (int i = 0; i < checked.size(); ++i) {
        if (!checked[i].error.isEmpty()) {
            err << "nianbao-cli: " << checked[i].error << '\n';
            exitCode = 2;
            continue;
        }
        points << checked[i].point;
        points.last().reportId = i; // argument order decides between two files of one year
    }

    QVector<StatsPoint> skipped;
    const QVector<AgencySeries> agencies = AgencySeriesBuilder::build(points, &skipped);
    for (const StatsPoint &p : skipped)
        err << "nianbao-cli: " << DisplayText::line(p.report) << ": "
            << QStringLiteral("未识别机关或年度，不计入统计 / agency or year not found: left out")
            << '\n';
    if (parser.isSet(jsonOption)) {
        const QByteArray json = StatsJson::write(agencies);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return exitCode;
    }
    QTextStream out(stdout);
    const bool zh = lang == u"zh";
    for (const AgencySeries &s : agencies)
        printAgency(out, s, zh);
    if (!agencies.isEmpty())
        out << (zh ? "* "
                     "该数字所用单元格存疑（可疑、推断、缺失、有未处理错误，或总计为空而以各列之和"
                     "代替）\n"
                   : "* the figure uses an uncertain cell (suspect, inferred, missing, in an open "
                     "error, or a blank total replaced by the sum of its columns)\n");
    out.flush();
    return exitCode;
}
