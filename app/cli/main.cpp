// nianbao-cli: parses the command line and calls the core. See `nianbao-cli --help`.

#include "checkcommand.h"
#include "exportcommand.h"
#include "statscommand.h"
#include "workspacecommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

const char *const kUsage =
    "用法 / usage:\n"
    "  nianbao-cli check [--json] [--lang zh|en] FILE...   检查报告 / check reports\n"
    "  nianbao-cli export WS|FILE... --format xlsx|csv|json -o OUT [--reports ID,...]\n"
    "                     [--lang zh|en] [--user NAME]     导出 / export reports\n"
    "  nianbao-cli stats [--json] [--lang zh|en] WS|FILE... 按机关和年度统计 / figures by agency "
    "and year\n"
    "  nianbao-cli workspace COMMAND ...                   工作区 / workspace commands:\n"
    "      create WS | import WS FILE... | list WS | log WS [REPORT] | check WS\n"
    "      set WS REPORT KEY VALUE [--note TEXT] [--user NAME]\n"
    "      decide WS REPORT FINDING confirm|dismiss|reopen [--note TEXT]\n"
    "  nianbao-cli --version | --help\n"
    "\n"
    "退出码 / exit status: 0 正常 / ok, 1 有错误级问题 / error findings,\n"
    "  2 文件无法读取或参数错误 / unreadable file or bad arguments\n";

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.value(0);
    if (command == u"--version" || command == u"-v") {
        QTextStream(stdout) << "nianbao-cli " << NIANBAO_VERSION << '\n';
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        QTextStream(stdout) << QString::fromUtf8(kUsage);
        return 0;
    }
    if (command == u"check")
        return runCheckCommand(args.mid(1));
    if (command == u"export")
        return runExportCommand(args.mid(1));
    if (command == u"stats")
        return runStatsCommand(args.mid(1));
    if (command == u"workspace")
        return runWorkspaceCommand(args.mid(1));
    QTextStream err(stderr);
    if (!command.isEmpty())
        err << "nianbao-cli: " << command << ": 未知命令 / unknown command\n";
    err << QString::fromUtf8(kUsage);
    return 2;
}
