#include "workspacecommand.h"

#include <QTextStream>

// Replaced by the workspace layer (issue 4).
int runWorkspaceCommand(const QStringList &) {
    QTextStream(stderr) << "nianbao-cli workspace: not available in this build\n";
    return 2;
}
