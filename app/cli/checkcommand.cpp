#include "checkcommand.h"

#include "crossyearbatch.h"

#include "export/reportjsonwriter.h"
#include "import/importpipeline.h"
#include "model/displaytext.h"
#include "model/spec.h"
#include "orderedrunner.h"
#include "validate/cellnames.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cstdio>

namespace {

/// The CLI prints one language, chosen by --lang; the core keeps both in every finding.
struct Lang {
    bool zh = true;
    QString operator()(const char *zhText, const char *enText) const {
        return QString::fromUtf8(zh ? zhText : enText);
    }
};

QString severityText(Severity s, const Lang &tr) {
    switch (s) {
    case Severity::Error:
        return tr("错误", "error");
    case Severity::Warning:
        return tr("警告", "warning");
    case Severity::Info:
        break;
    }
    return tr("提示", "info");
}

void printSummary(QTextStream &out, const CheckedFile &checked, const Lang &tr) {
    const Report &report = checked.report.report();
    out << DisplayText::line(checked.file) << '\n';
    out << "  " << tr("机关", "agency") << ": "
        << (report.meta.agency.isEmpty() ? tr("（未识别）", "(not found)")
                                         : DisplayText::line(report.meta.agency))
        << "  " << tr("年度", "year") << ": "
        << (report.meta.year > 0 ? QString::number(report.meta.year) : QStringLiteral("—")) << "  "
        << tr("格式版本", "edition") << ": " << editionName(report.meta.edition);
    if (checked.document)
        out << "  " << tr("编码", "encoding") << ": "
            << DisplayText::line(checked.document->encoding);
    out << '\n';
    out << "  " << tr("表格", "tables") << ":";
    for (int t = 0; t < 3; ++t)
        out << ' ' << tr("表", "t") << (t + 1) << ' ' << tableStateName(report.tables[size_t(t)]);
    out << '\n';
    // Provenance at a glance: damaged rows show up as suspect / missing cells, not as findings.
    int statuses[int(CellStatus::Edited) + 1] = {};
    for (const Cell &c : report.cells)
        ++statuses[int(c.status)];
    out << "  " << tr("单元格", "cells") << ":";
    for (int s = 0; s <= int(CellStatus::Edited); ++s)
        if (statuses[s] > 0)
            out << ' ' << cellStatusName(CellStatus(s)) << ' ' << statuses[s];
    out << '\n';

    const QVector<Finding> problems = checked.report.problems();
    int counts[3] = {0, 0, 0};
    for (const Finding &f : problems)
        ++counts[int(f.severity)];
    if (problems.isEmpty()) {
        out << "  " << tr("未发现问题", "no findings") << '\n';
        return;
    }
    out << "  " << tr("问题", "findings") << ' ' << problems.size() << " ("
        << severityText(Severity::Error, tr) << ' ' << counts[0] << ", "
        << severityText(Severity::Warning, tr) << ' ' << counts[1] << ", "
        << severityText(Severity::Info, tr) << ' ' << counts[2] << ")\n";
    const CellNames &names = CellNames::forEdition(report.meta.edition);
    for (const Finding &f : problems) {
        const QString message = tr.zh ? f.zh : f.en;
        out << "   [" << severityText(f.severity, tr) << "] " << f.rule << "  "
            << (message.isEmpty() ? findingStatusName(f.status) : DisplayText::line(message));
        if (f.suggestion)
            out << "  → " << tr("建议", "suggest") << ' '
                << (tr.zh ? names.cellZh(f.suggestion->cell) : names.cellEn(f.suggestion->cell))
                << " = " << f.suggestion->value.toString();
        out << '\n';
    }
}

} // namespace

CheckedFile checkFile(const QString &path) {
    CheckedFile checked;
    checked.file = path;
    PipelineResult imported = ImportPipeline::run(path);
    if (!imported.ok()) {
        checked.error = DisplayText::fileError(
            imported.error.isEmpty() ? QStringLiteral("无法读取 / cannot read") : imported.error,
            path);
        return checked;
    }
    checked.report = std::move(imported.report);
    SourceDocument &doc = *imported.document;
    doc.original.clear();
    doc.tables.clear();
    doc.boxes.clear();
    doc.displayText.clear(); // only the metadata is printed; do not keep every text in memory
    doc.matchText.clear();
    doc.matchToDisplay.clear();
    checked.document = std::move(doc);
    return checked;
}

int runCheckCommand(const QStringList &args) {
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "检查政府信息公开工作年度报告 / check government information disclosure annual reports"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("JSON 输出 / print a JSON array"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("输出语言 / language of the summary"),
                                        QStringLiteral("zh|en"), QStringLiteral("zh"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("帮助 / show this help"));
    parser.addOption(jsonOption);
    parser.addOption(langOption);
    parser.addOption(helpOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("报告文件 / report files"),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(QStringList{QStringLiteral("nianbao-cli check")} + args)) {
        err << "nianbao-cli check: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QString lang = parser.value(langOption);
    if (lang != u"zh" && lang != u"en") {
        err << "nianbao-cli check: --lang " << lang << ": 应为 zh 或 en / must be zh or en\n";
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "nianbao-cli check: 未指定文件 / no FILE given\n" << parser.helpText();
        return 2;
    }

    // Streamed: each file's output is made on a worker thread as soon as it is checked and
    // written in argument order; the checked report is dropped right after. Memory stays that
    // of a few reports whatever the number of files.
    const bool json = parser.isSet(jsonOption);
    const Lang tr{lang == u"zh"};
    const int threads = files.size() > 2 ? QThread::idealThreadCount() : 1;
    int exitCode = 0;
    bool first = true;
    CrossYearBatch crossYear(int(files.size())); // a few values per file, checked at the end
    if (json)
        std::fputs("[\n", stdout);
    OrderedRunner::run(
        int(files.size()), threads, 4 * threads,
        [&](int i) {
            OrderedRunner::Result r;
            const CheckedFile c = checkFile(files[i]);
            if (c.ok())
                crossYear.add(i, c.file, c.report.report());
            if (!c.ok()) {
                r.exitCode = 2;
                r.err = "nianbao-cli: " + c.error.toUtf8() + '\n';
            } else if (c.report.errorCount() > 0) {
                r.exitCode = 1;
            }
            if (json) {
                if (c.ok())
                    ReportJsonWriter::writeReport(&r.out, c.file,
                                                  c.document ? &*c.document : nullptr, c.report);
                else
                    ReportJsonWriter::writeError(&r.out, c.file, c.error);
            } else {
                QString text;
                QTextStream out(&text);
                if (c.ok())
                    printSummary(out, c, tr);
                else
                    out << DisplayText::line(c.file) << "\n  " << c.error << '\n';
                out.flush();
                r.out = text.toUtf8();
            }
            return r;
        },
        [&](OrderedRunner::Result &&r) {
            if (!r.err.isEmpty()) {
                std::fflush(stdout); // keep stdout and stderr in order on a shared terminal
                std::fwrite(r.err.constData(), 1, size_t(r.err.size()), stderr);
            }
            if (json && !first)
                std::fputs(",\n", stdout);
            first = false;
            std::fwrite(r.out.constData(), 1, size_t(r.out.size()), stdout);
            // 2 (unreadable) wins over 1 (error findings).
            exitCode = std::max(exitCode, r.exitCode);
        });
    // Cross-year findings (warnings and infos: the exit status does not change) after the
    // reports: the last element of the JSON array, or a closing section of the summary.
    if (crossYear.hasPairs()) {
        const QByteArray tail =
            json ? (first ? QByteArray() : QByteArrayLiteral(",\n")) + crossYear.jsonElement()
                 : crossYear.textSection(tr.zh).toUtf8();
        std::fwrite(tail.constData(), 1, size_t(tail.size()), stdout);
    }
    if (json)
        std::fputs("\n]\n", stdout);
    std::fflush(stdout);
    return exitCode;
}
