#pragma once

#include <QStringList>

/**
 * `nianbao-cli stats [--json] [--lang zh|en] WS|FILE...`: the figures of every agency key and
 * year (app/stats) from a workspace's current cells or from report files checked directly, as a
 * table or as JSON (StatsJson). Returns 0, or 2 when an input cannot be read or the arguments
 * are wrong.
 */
int runStatsCommand(const QStringList &args);
