#include "workspacecommand.h"

#include "export/auditjson.h"
#include "model/displaytext.h"
#include "model/spec.h"
#include "review/cellinput.h"
#include "review/reportdocument.h"
#include "workspace/reportaudit.h"
#include "workspace/workspace.h"
#include "workspace/workspacecheck.h"
#include "workspace/workspaceexport.h"
#include "workspace/workspaceimporter.h"
#include "workspace/workspacerecovery.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QUndoStack>
#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#define NB_ISATTY _isatty
#define NB_FILENO _fileno
#else
#include <unistd.h>
#define NB_ISATTY isatty
#define NB_FILENO fileno
#endif

namespace {

class Cmd {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommand)
public:
    QTextStream out{stdout};
    QTextStream err{stderr};
    QStringList positional;
    QString note;
    QString user;
    qint64 editOption = -1;

    int usage(const QString &why = {}) {
        if (!why.isEmpty())
            err << "nianbao-cli workspace: " << why << '\n';
        err << "usage: nianbao-cli workspace create WS\n"
               "       nianbao-cli workspace import WS FILE...\n"
               "       nianbao-cli workspace list WS\n"
               "       nianbao-cli workspace set WS REPORT KEY VALUE [--note TEXT] [--user NAME]\n"
               "            (KEY: a cell key, or agency | agency_key | year | edition | state;"
               " VALUE null clears a cell)\n"
               "       nianbao-cli workspace decide WS REPORT FINDING "
               "confirm|dismiss|fix|reopen [--note TEXT] [--user NAME] [--edit ID]\n"
               "       nianbao-cli workspace log WS [REPORT]\n"
               "       nianbao-cli workspace check WS\n"
               "       nianbao-cli workspace recover WS OUT\n";
        return 2;
    }
    int fail(const QString &message) {
        err << DisplayText::line(message) << '\n';
        return 2;
    }
    /// Stored text on one line of text output: control characters escaped (see DisplayText).
    static QString safe(const QString &text) { return DisplayText::line(text); }

    bool parse(const QStringList &args, QString *why) {
        for (int i = 0; i < args.size(); ++i) {
            const QString &a = args[i];
            auto value = [&](QString *target) {
                if (i + 1 >= args.size()) {
                    *why = tr("%1 needs a value").arg(a);
                    return false;
                }
                *target = args[++i];
                return true;
            };
            if (a == u"--note") {
                if (!value(&note))
                    return false;
            } else if (a == u"--user") {
                if (!value(&user))
                    return false;
            } else if (a == u"--edit") {
                QString v;
                if (!value(&v))
                    return false;
                bool ok = false;
                editOption = v.toLongLong(&ok);
                if (!ok) {
                    *why = tr("--edit needs an edit id");
                    return false;
                }
            } else if (a.startsWith(u"--") && a.size() > 2) {
                *why = tr("unknown option %1").arg(a);
                return false;
            } else {
                positional << a;
            }
        }
        return true;
    }

    bool open(Workspace &ws, Workspace::Mode mode) {
        QString error;
        if (!ws.open(positional.value(1), mode, &error)) {
            fail(error);
            return false;
        }
        if (!user.isEmpty() && !ws.setUser(user)) {
            fail(tr("--user 过长（最多 %1 字）/ --user is too long (at most %1 characters)")
                     .arg(Workspace::MaxNameLength));
            return false;
        }
        if (ws.isReadOnly() && mode == Workspace::Mode::ReadWrite)
            fail(ws.givenPath() + QStringLiteral(": ") + ws.notice());
        return true;
    }

    qint64 report(Workspace &ws, const QString &name) {
        const qint64 id = ws.findReport(name);
        if (id < 0)
            fail(tr("%1: 工作区中没有报告 %2（或名称不唯一，请用编号）/ no report %2 in the "
                    "workspace (or the name is ambiguous: use its id)")
                     .arg(ws.givenPath(), name));
        return id;
    }

    int create() {
        if (positional.size() != 2)
            return usage();
        QString error;
        if (!Workspace::create(positional[1], &error))
            return fail(error);
        out << QFileInfo(positional[1]).absoluteFilePath() << '\n';
        return 0;
    }

    int import() {
        if (positional.size() < 3)
            return usage();
        Workspace ws;
        if (!open(ws, Workspace::Mode::ReadWrite))
            return 2;
        if (ws.isReadOnly())
            return 2;
        const bool tty = NB_ISATTY(NB_FILENO(stderr));
        QString error;
        const auto outcomes =
            WorkspaceImporter::importFiles(ws, positional.mid(2), &error, [&](int done, int total) {
                if (tty)
                    err << "\r" << done << "/" << total << Qt::flush;
            });
        if (tty)
            err << "\n";
        if (!error.isEmpty())
            return fail(error);
        int rc = 0;
        for (const ImportOutcome &o : outcomes) {
            switch (o.kind) {
            case ImportOutcome::Added:
                out << o.reportId << "\tadded\t" << safe(o.path) << '\n';
                break;
            case ImportOutcome::Unchanged:
                out << o.reportId << "\tunchanged\t" << safe(o.path) << '\n';
                break;
            case ImportOutcome::Updated:
                out << o.reportId << "\tupdated\t" << safe(o.path) << "\tkept " << o.keptEdits
                    << " edits, " << o.conflicts.size() << " conflicts\n";
                for (const ReimportConflict &c : o.conflicts)
                    out << "\tconflict\t" << c.key << "\textracted "
                        << (c.oldExtracted.value ? c.oldExtracted.value->toString() : "null")
                        << " -> "
                        << (c.newExtracted.value ? c.newExtracted.value->toString() : "null")
                        << "\tkept " << (c.current.value ? c.current.value->toString() : "null")
                        << '\n';
                break;
            case ImportOutcome::Duplicate:
                out << o.reportId << "\tduplicate\t" << safe(o.path) << "\tsame bytes as "
                    << safe(o.duplicateOf) << '\n';
                break;
            case ImportOutcome::Failed:
                fail(o.error);
                rc = 2;
                break;
            }
        }
        return rc;
    }

    int list() {
        if (positional.size() != 2)
            return usage();
        // Read-only: listing never takes the writer's lock (stale counts are computed, not
        // stored), so it never refuses a concurrent `set`.
        Workspace ws;
        if (!open(ws, Workspace::Mode::ReadOnly))
            return 2;
        QString error;
        QVector<ReportSummary> reports = ws.reports(&error);
        if (!error.isEmpty())
            return fail(error);
        for (ReportSummary &s : reports) {
            WorkspaceCheck::fillStaleCounts(ws, s); // stale after an edit or decision
            out << s.id << '\t' << reviewStateName(s.state) << '\t' << s.openErrors << '\t'
                << s.openWarnings << '\t' << s.year << '\t' << editionName(s.edition) << '\t'
                << safe(s.agency) << '\t' << safe(s.fileName) << '\n';
        }
        return 0;
    }

    int set() {
        if (positional.size() != 5)
            return usage();
        Workspace ws;
        if (!open(ws, Workspace::Mode::ReadWrite))
            return 2;
        const qint64 id = report(ws, positional[2]);
        if (id < 0)
            return 2;
        const QString key = positional[3];
        const QString text = positional[4];
        QString error;
        qint64 editId = -1;
        bool ok = false;
        if (key == u"agency" || key == u"agency_key" || key == u"year" || key == u"edition") {
            const auto field = key == u"agency"       ? Workspace::MetaField::Agency
                               : key == u"agency_key" ? Workspace::MetaField::AgencyKey
                               : key == u"year"       ? Workspace::MetaField::Year
                                                      : Workspace::MetaField::Edition;
            ok = ws.setMeta(id, field, text, EditOrigin::Cli, note, &error, &editId);
        } else if (key == u"state") {
            const auto state = reviewStateFromName(text);
            if (!state)
                return fail(tr("无效的审核状态 %1（pending|in_review|approved|returned）/ invalid "
                               "state")
                                .arg(text));
            ok = ws.setReviewState(id, *state, note, &error);
        } else {
            return setCell(ws, id, key, text);
        }
        if (!ok)
            return fail(error);
        if (!ws.isReadOnly())
            WorkspaceCheck::refresh(ws, id, nullptr);
        out << "edit " << editId << '\n';
        return 0;
    }

    /// A stored report as a document under audit: the desk's edit path (the same input parser,
    /// the automatic 已更正 decisions and the open counts in the edit's transaction).
    std::unique_ptr<ReportDocument> document(Workspace &ws, qint64 id, QString *error) {
        const auto stored = ws.loadReport(id, error);
        if (!stored)
            return nullptr;
        SourceDocument source; // the CLI needs no text
        source.fileName = stored->summary.fileName;
        return std::unique_ptr<ReportDocument>(ReportAudit::open(ws, *stored, source));
    }

    int setCell(Workspace &ws, qint64 id, const QString &key, const QString &text) {
        QString error;
        const auto doc = document(ws, id, &error);
        if (!doc)
            return fail(error);
        const int cell = doc->spec().indexOf(key);
        if (cell < 0)
            return fail(tr("%1: 报告 %2 没有单元格 %3 / no cell %3 in this report's edition")
                            .arg(ws.givenPath())
                            .arg(id)
                            .arg(key));
        if (text.trimmed().isEmpty())
            return fail(tr("%1: 值为空；清空单元格请写 null / empty value: write null to clear "
                           "the cell")
                            .arg(ws.givenPath()));
        // "null" clears (blank); everything else is read as the desk reads what is typed:
        // placeholders, full-width digits, separators; no negative counts.
        const CellInput in = text == u"null"
                                 ? CellInput::parse(QString(), doc->spec().cell(cell).type)
                                 : CellInput::parse(text, doc->spec().cell(cell).type);
        if (!in.ok)
            return fail(ws.givenPath() + QStringLiteral(": ") + key + QStringLiteral(": ") +
                        in.error);
        const int before = doc->undoStack()->count();
        if (!doc->setCellValue(cell, in.value, in.status, EditOrigin::Cli, &error, note))
            return fail(error);
        if (doc->undoStack()->count() == before)
            return fail(tr("%1: 报告 %2 的 %3 已是 %4，未记录修改 / %3 of report %2 is "
                           "already %4: nothing recorded")
                            .arg(ws.givenPath())
                            .arg(id)
                            .arg(key, text));
        out << "edit " << ReportAudit::of(doc.get())->lastEditId() << '\n';
        return 0;
    }

    int decide() {
        if (positional.size() != 5)
            return usage();
        const auto decision = positional[4] == u"confirm"   ? std::optional(Decision::Confirmed)
                              : positional[4] == u"dismiss" ? std::optional(Decision::Dismissed)
                              : positional[4] == u"fix"     ? std::optional(Decision::Fixed)
                              : positional[4] == u"reopen"  ? std::optional(Decision::Open)
                                                            : std::nullopt;
        if (!decision)
            return usage(tr("decision must be confirm, dismiss, fix or reopen"));
        Workspace ws;
        if (!open(ws, Workspace::Mode::ReadWrite))
            return 2;
        const qint64 id = report(ws, positional[2]);
        if (id < 0)
            return 2;
        const QString finding = positional[3];
        QString error;
        const auto doc = document(ws, id, &error);
        if (!doc)
            return fail(error);
        ReportAudit *audit = ReportAudit::of(doc.get());
        // A new decision must name a current finding; reopen may target an orphaned one.
        if (*decision != Decision::Open) {
            bool found = false;
            for (const Finding &f : doc->validated().problems())
                found = found || audit->findingId(f) == finding;
            if (!found)
                return fail(tr("%1: 报告 %2 没有发现 %3 / report %2 has no finding %3")
                                .arg(ws.givenPath())
                                .arg(id)
                                .arg(finding));
        }
        if (!audit->decide(finding, *decision, note, &error, editOption))
            return fail(error);
        out << decisionName(*decision) << '\t' << finding << '\n';
        return 0;
    }

    int log() {
        if (positional.size() != 2 && positional.size() != 3)
            return usage();
        Workspace ws;
        if (!open(ws, Workspace::Mode::ReadOnly))
            return 2;
        qint64 id = -1;
        if (positional.size() == 3 && (id = report(ws, positional[2])) < 0)
            return 2;
        auto value = [](const std::optional<Decimal> &v, const QString &status) {
            return v ? v->toString() + u' ' + status : status;
        };
        for (const EditRecord &e : ws.log(id))
            out << e.id << '\t' << e.at.toString(Qt::ISODateWithMs) << '\t' << safe(e.user) << '\t'
                << e.reportId << '\t' << safe(e.key) << '\t' << safe(value(e.oldValue, e.oldStatus))
                << '\t' << safe(value(e.newValue, e.newStatus)) << '\t' << safe(e.origin) << '\t'
                << safe(e.note) << '\n';
        return 0;
    }

    int check() {
        if (positional.size() != 2)
            return usage();
        Workspace ws;
        if (!open(ws, Workspace::Mode::ReadOnly))
            return 2;
        QStringList problems;
        if (!ws.integrityCheck(&problems))
            return fail(ws.givenPath() + QStringLiteral(": ") +
                        tr("工作区文件已损坏，请用 nianbao-cli workspace recover 复制可读部分 / "
                           "the workspace file is damaged: copy what is readable with "
                           "nianbao-cli workspace recover") +
                        QStringLiteral(" [") + problems.value(0) + u']');
        QString error;
        const QVector<ReportSummary> reports = ws.reports(&error);
        if (!error.isEmpty())
            return fail(error);
        QJsonArray all;
        bool anyErrors = false;
        for (const ReportSummary &s : reports) {
            QString error;
            const auto report = WorkspaceExport::report(ws, s.id, &error);
            if (!report)
                return fail(error);
            bool errors = false;
            all.append(AuditJson::reportObject(*report, &errors));
            anyErrors = anyErrors || errors;
        }
        out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return anyErrors ? 1 : 0;
    }

    int recover() {
        if (positional.size() != 3)
            return usage();
        WorkspaceRecovery::Result result;
        QString error;
        if (!WorkspaceRecovery::recover(positional[1], positional[2], &result, &error))
            return fail(error);
        int lost = 0;
        for (auto it = result.tables.cbegin(); it != result.tables.cend(); ++it) {
            out << it.key() << '\t' << tr("copied") << ' ' << it->copied << '\t' << tr("lost")
                << ' ' << it->lost << '\n';
            lost += it->lost;
        }
        if (!result.lostReports.isEmpty())
            out << tr("lost reports") << '\t' << result.lostReports.join(u' ') << '\n';
        out << QFileInfo(positional[2]).absoluteFilePath() << '\n';
        return lost > 0 ? 1 : 0;
    }
};

} // namespace

int runWorkspaceCommand(const QStringList &args) {
    Cmd cmd;
    QString why;
    if (!cmd.parse(args, &why))
        return cmd.usage(why);
    const QString sub = cmd.positional.value(0);
    if (cmd.positional.size() < 2)
        return cmd.usage(sub.isEmpty() ? QString() : QStringLiteral("missing WS"));
    if (sub == u"create")
        return cmd.create();
    if (sub == u"import")
        return cmd.import();
    if (sub == u"list")
        return cmd.list();
    if (sub == u"set")
        return cmd.set();
    if (sub == u"decide")
        return cmd.decide();
    if (sub == u"log")
        return cmd.log();
    if (sub == u"check")
        return cmd.check();
    if (sub == u"recover")
        return cmd.recover();
    return cmd.usage(QStringLiteral("unknown subcommand %1").arg(sub));
}
