#include "exportcommand.h"

#include "checkcommand.h"
#include "export/exporter.h"
#include "export/fileexport.h"
#include "subcommandparser.h"
#include "validate/crossyearvalidator.h"
#include "workspace/workspace.h"
#include "workspace/workspaceexport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

namespace {

/// A workspace is an SQLite file; anything else is a report to check.
bool isWorkspaceFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool hasOpenErrors(const ExportSet &set) {
    for (const ExportReport &r : set.reports)
        for (const ExportFinding &f : r.findings)
            if (f.finding.severity == Severity::Error &&
                (!f.decision || f.decision->decision != u"dismissed"))
                return true;
    return false;
}

} // namespace

int runExportCommand(const QStringList &args) {
    QTextStream err(stderr);
    SubcommandParser cli(
        err, QStringLiteral("export"),
        QStringLiteral("导出报告为 xlsx、CSV 或 JSON / export reports as xlsx, CSV or JSON"),
        QStringLiteral("表头与说明的语言 / language of headers"));
    QCommandLineParser &parser = cli.parser();
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("格式 / format"),
                                          QStringLiteral("xlsx|csv|json"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       QStringLiteral("输出文件 / output file"),
                                       QStringLiteral("OUT"));
    const QCommandLineOption reportsOption(
        QStringLiteral("reports"),
        QStringLiteral("只导出这些报告（编号或文件名）/ only these reports"),
        QStringLiteral("ID,..."));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("审核人（作者）/ reviewer (author)"),
                                        QStringLiteral("NAME"));
    for (const auto &o :
         {formatOption, outOption, reportsOption, cli.langOption, userOption, cli.helpOption})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("WS|FILE"),
                                 QStringLiteral("工作区或报告文件 / a workspace or report files"),
                                 QStringLiteral("WS|FILE..."));
    auto usage = [&](const QString &why) { return cli.usage(why); };
    if (const std::optional<int> exitCode = cli.parse(args))
        return *exitCode;
    const QString lang = cli.lang();
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return usage(QStringLiteral("未指定 -o OUT / no -o OUT given"));
    std::optional<Exporter::Format> format =
        parser.isSet(formatOption) ? Exporter::formatFromName(parser.value(formatOption))
                                   : Exporter::formatOfPath(out);
    if (!format)
        return usage(parser.isSet(formatOption)
                         ? QStringLiteral("--format %1: 应为 xlsx、csv 或 json / must be xlsx, csv "
                                          "or json")
                               .arg(parser.value(formatOption))
                         : QStringLiteral("未指定 --format / no --format given"));
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        return usage(QStringLiteral("未指定工作区或文件 / no WS or FILE given"));
    const QStringList wanted = parser.value(reportsOption).split(u',', Qt::SkipEmptyParts);
    const ExportText::Language language = lang == u"en" ? ExportText::En : ExportText::Zh;

    int exitCode = 0;
    std::optional<ExportSet> set;
    if (inputs.size() == 1 && isWorkspaceFile(inputs.first())) {
        Workspace ws;
        QString error;
        if (!ws.open(inputs.first(), Workspace::Mode::ReadOnly, &error)) {
            err << "nianbao-cli: " << error << '\n';
            return 2;
        }
        if (parser.isSet(userOption))
            ws.setUser(parser.value(userOption));
        QVector<qint64> ids;
        for (const QString &name : wanted) {
            const qint64 id = ws.findReport(name.trimmed());
            if (id < 0) {
                err << "nianbao-cli: " << inputs.first() << ": "
                    << QStringLiteral("工作区中没有报告 %1（或名称不唯一，请用编号）/ no report %1 "
                                      "in the workspace (or the name is ambiguous: use its id)")
                           .arg(name)
                    << '\n';
                return 2;
            }
            ids << id;
        }
        set = WorkspaceExport::build(ws, ids, &error);
        if (!set) {
            err << "nianbao-cli: " << inputs.first() << ": " << error << '\n';
            return 2;
        }
    } else {
        if (!wanted.isEmpty())
            return usage(QStringLiteral("--reports 只用于工作区 / --reports needs a workspace"));
        const QVector<CheckedFile> checked =
            QtConcurrent::blockingMapped<QVector<CheckedFile>>(inputs, checkFile);
        QVector<ExportReport> reports;
        for (const CheckedFile &c : checked) {
            if (!c.ok()) {
                err << "nianbao-cli: " << c.error << '\n';
                exitCode = 2;
                continue;
            }
            reports << FileExport::report(c.file, c.document ? &*c.document : nullptr, c.report);
        }
        if (reports.isEmpty())
            return 2;
        // Files of one agency and consecutive years: their cross-year findings, after their own.
        QVector<CrossYearSlice> slices;
        for (const ExportReport &r : std::as_const(reports))
            slices << CrossYearValidator::slice(r.current);
        const auto cross = CrossYearValidator::findingsOfSet(slices);
        for (int i = 0; i < reports.size(); ++i)
            for (const Finding &f : cross[i])
                if (f.isProblem())
                    reports[i].findings
                        << ExportFinding{f, f.stableId(reports[i].current.spec()), std::nullopt};
        set =
            FileExport::set(std::move(reports), parser.isSet(userOption) ? parser.value(userOption)
                                                                         : Workspace::osUserName());
    }

    QString error;
    if (!Exporter::write(*set, *format, out, language, &error)) {
        err << "nianbao-cli: " << error << '\n';
        return 2;
    }
    QTextStream(stdout) << out << ": " << set->reports.size() << ' '
                        << (language == ExportText::Zh ? QStringLiteral("份报告")
                                                       : QStringLiteral("reports"))
                        << '\n';
    if (exitCode == 0 && hasOpenErrors(*set))
        exitCode = 1;
    return exitCode;
}
