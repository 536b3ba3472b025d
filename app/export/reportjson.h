#pragma once

#include "model/finding.h"
#include "model/report.h"
#include "model/sourcedocument.h"
#include "model/spec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <functional>
#include <optional>

class ValidatedReport;

/// What ReportJson adds beyond the CLI shape (the workspace uses it).
struct ReportJsonOptions {
    /// Finding::stableId → decision ("confirmed", "dismissed", "fixed", …). When non-empty,
    /// every finding gets "decision" (null when it has none).
    QHash<QString, QString> decisions;
    /// Include passing and empty rule instances in "findings" too (default: problems only).
    bool allFindings = false;
    /// Called for each cell object after it is filled (cell index in the edition).
    std::function<void(int cell, QJsonObject &object)> decorateCell;
    /// Called for each finding object after it is filled.
    std::function<void(const Finding &finding, QJsonObject &object)> decorateFinding;
};

/**
 * The JSON object of one checked report, as printed by `nianbao-cli check --json` (issue 2):
 *
 *     {"file", "ok": true, "error": null, "format", "encoding", "agency", "year", "edition",
 *      "tables": {"t1","t2","t3"}, "cells": {key: {value, status, raw, note, anchor}},
 *      "findings": [{rule, status, severity, cells, expected, actual, suggestion, message}]}
 *
 * plus: "id" (Finding::stableId) on each finding, "summary" (rule-instance counts per status,
 * "errors"/"warnings"/"infos" problem counts, "cells": cell counts per status), "agency_source",
 * "edition_basis", "edition_mixed", "extra_cells", "warnings" (import remarks). `cells` holds every
 * key of the edition (JSON objects have no order); `findings` holds the problems
 * (fail/unverifiable) in spec order, then the extractor's remarks. Values follow NumberPolicy:
 * counts are JSON integers, 万元 amounts exact decimal strings ("6944.93"); null stays null.
 *
 * The workspace reuses it: Options::decisions adds "decision" to findings by stable id, and the
 * two hooks add anything else (an "edited" block on cells, decision notes).
 */
class ReportJson {
    Q_DECLARE_TR_FUNCTIONS(ReportJson)

public:
    using Options = ReportJsonOptions;

    /// The object of a report that was read. @p document gives format and encoding (may be null).
    static QJsonObject reportObject(const QString &file, const SourceDocument *document,
                                    const ValidatedReport &report, const Options &options = {});
    /// `{"file": …, "ok": false, "error": "…"}` for a file that could not be read.
    static QJsonObject errorObject(const QString &file, const QString &error);

    static QJsonObject cellObject(const Cell &cell, ValueType type = ValueType::Integer);
    static QJsonObject findingObject(const Finding &finding, const EditionSpec &spec,
                                     const Options &options = {});
    /// A count as a JSON integer, a 万元 amount (or a count that is not whole) as exact decimal
    /// text, nullopt as null (NumberPolicy).
    static QJsonValue valueToJson(const std::optional<Decimal> &value,
                                  ValueType type = ValueType::Integer);
    /// Parses what valueToJson wrote (integers and decimal strings, exactly).
    static std::optional<Decimal> valueFromJson(const QJsonValue &value);
};
