#pragma once

#include "model/sourcedocument.h"

#include <QByteArray>
#include <QString>

class ValidatedReport;

/**
 * Writes the JSON object of one checked report straight into bytes: the same object as
 * ReportJson::reportObject() without options (the shape of `nianbao-cli check --json`), compact,
 * without building a QJsonObject tree. A test keeps the two equal.
 */
class ReportJsonWriter {
public:
    static void writeReport(QByteArray *out, const QString &file, const SourceDocument *document,
                            const ValidatedReport &report);
    /// `{"file": …, "ok": false, "error": "…"}` with the error on one line.
    static void writeError(QByteArray *out, const QString &file, const QString &error);
};
