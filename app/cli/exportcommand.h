#pragma once

#include <QStringList>

/**
 * `nianbao-cli export WS|FILE... --format xlsx|csv|json -o OUT [--reports ID,...] [--lang zh|en]
 * [--user NAME]`. One workspace (all its reports, or those named by --reports, ids or file
 * names) or report files checked directly (extraction = current, no edits, no decisions).
 * Exit status as for `check`: 0 clean, 1 an error finding is open (not dismissed), 2 a file could
 * not be read, the arguments are wrong or OUT cannot be written.
 */
int runExportCommand(const QStringList &args);
