#pragma once

#include "agencyseries.h"

#include <QByteArray>

/**
 * The JSON of `nianbao-cli stats --json`:
 * `{"agencies":[{"agency_key","agency","years":[{"year","edition","report","new_received",
 * "carried_over","granted","partially_granted","denied","unable","not_processed",
 * "other_handling","results_total","carry_forward","review_total","litigation_total",
 * "uncertain":[cell keys]}]}]}` — keys in that order, counts as JSON integers, null where a
 * figure has no value (a non-integer count, which the type rule flags, as exact text).
 */
class StatsJson {
public:
    static QByteArray write(const QVector<AgencySeries> &agencies);
};
