#pragma once

#include <QStringList>

/// `nianbao-cli workspace …` subcommands (issue 4). `args` are the arguments after "workspace".
/// Returns the process exit code (0 ok, 1 error findings, 2 bad input or arguments).
int runWorkspaceCommand(const QStringList &args);
