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
#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

/// The CLI prints one language, chosen by --lang; the core keeps both in every finding.
struct Lang {
    bool zh = true;
    QStringView operator()(const char16_t *zhText, const char16_t *enText) const {
        return zh ? zhText : enText;
    }
};

/// Appends to a QString. QTextStream converted every piece on its own (UTF-8 literals decoded
/// per call): the text summary of a batch spent more on formatting than on validating.
struct TextOut {
    QString &text;
    TextOut &operator<<(QStringView s) {
        text += s;
        return *this;
    }
    TextOut &operator<<(const char16_t *s) { return *this << QStringView(s); }
    TextOut &operator<<(const QString &s) { return *this << QStringView(s); }
    TextOut &operator<<(char16_t c) {
        text += QChar(c);
        return *this;
    }
    TextOut &operator<<(qsizetype n) {
        text += QString::number(n);
        return *this;
    }
    TextOut &operator<<(int n) { return *this << qsizetype(n); }
};

QStringView severityText(Severity s, const Lang &tr) {
    switch (s) {
    case Severity::Error:
        return tr(u"错误", u"error");
    case Severity::Warning:
        return tr(u"警告", u"warning");
    case Severity::Info:
        break;
    }
    return tr(u"提示", u"info");
}

void printSummary(TextOut &out, const CheckedFile &checked, const Lang &tr) {
    const Report &report = checked.report.report();
    out << DisplayText::line(checked.file) << u'\n';
    out << u"  " << tr(u"机关", u"agency") << u": ";
    if (report.meta.agency.isEmpty())
        out << tr(u"（未识别）", u"(not found)");
    else
        out << DisplayText::line(report.meta.agency);
    out << u"  " << tr(u"年度", u"year") << u": ";
    if (report.meta.year > 0)
        out << report.meta.year;
    else
        out << u"—";
    out << u"  " << tr(u"格式版本", u"edition") << u": " << editionName(report.meta.edition);
    if (checked.document)
        out << u"  " << tr(u"编码", u"encoding") << u": "
            << DisplayText::line(checked.document->encoding);
    out << u'\n';
    out << u"  " << tr(u"表格", u"tables") << u':';
    for (int t = 0; t < 3; ++t)
        out << u' ' << tr(u"表", u"t") << (t + 1) << u' '
            << tableStateName(report.tables[size_t(t)]);
    out << u'\n';
    // Provenance at a glance: damaged rows show up as suspect / missing cells, not as findings.
    int statuses[int(CellStatus::Edited) + 1] = {};
    for (const Cell &c : report.cells)
        ++statuses[int(c.status)];
    out << u"  " << tr(u"单元格", u"cells") << u':';
    for (int s = 0; s <= int(CellStatus::Edited); ++s)
        if (statuses[s] > 0)
            out << u' ' << cellStatusName(CellStatus(s)) << u' ' << statuses[s];
    out << u'\n';

    // The problems, read in place (problems() copies them).
    const QVector<Finding> &findings = checked.report.findings();
    int counts[3] = {0, 0, 0};
    for (const Finding &f : findings)
        if (f.isProblem())
            ++counts[int(f.severity)];
    const int problemCount = counts[0] + counts[1] + counts[2];
    if (problemCount == 0) {
        out << u"  " << tr(u"未发现问题", u"no findings") << u'\n';
        return;
    }
    out << u"  " << tr(u"问题", u"findings") << u' ' << problemCount << u" ("
        << severityText(Severity::Error, tr) << u' ' << counts[0] << u", "
        << severityText(Severity::Warning, tr) << u' ' << counts[1] << u", "
        << severityText(Severity::Info, tr) << u' ' << counts[2] << u")\n";
    const CellNames &names = CellNames::forEdition(report.meta.edition);
    for (const Finding &f : findings) {
        if (!f.isProblem())
            continue;
        const QString &message = tr.zh ? f.zh : f.en;
        out << u"   [" << severityText(f.severity, tr) << u"] " << f.rule << u"  ";
        if (message.isEmpty())
            out << findingStatusName(f.status);
        else
            out << DisplayText::line(message);
        if (f.suggestion)
            out << u"  → " << tr(u"建议", u"suggest") << u' '
                << (tr.zh ? names.cellZh(f.suggestion->cell) : names.cellEn(f.suggestion->cell))
                << u" = " << f.suggestion->value.toString();
        out << u'\n';
    }
}

bool isTerminal(FILE *stream) {
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stream));
#else
    return isatty(fileno(stream));
#endif
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
    // Into a file or a pipe, output goes in blocks of 64 KB rather than stdio's 4 KB (a batch
    // wrote once per report or two); a terminal keeps its line-by-line progress. Errors flush
    // stdout first, so the two streams stay in order.
    static char outputBuffer[1 << 16];
    if (!isTerminal(stdout))
        std::setvbuf(stdout, outputBuffer, _IOFBF, sizeof outputBuffer);
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
                TextOut out{text};
                if (c.ok())
                    printSummary(out, c, tr);
                else
                    out << DisplayText::line(c.file) << u"\n  " << c.error << u'\n';
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
