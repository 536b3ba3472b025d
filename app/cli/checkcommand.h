#pragma once

#include "model/sourcedocument.h"
#include "validate/validatedreport.h"

#include <QString>
#include <QStringList>
#include <optional>

/// One file through the pipeline: import → extract → validate.
struct CheckedFile {
    QString file;  ///< the path as given on the command line
    QString error; ///< one line naming the file; empty when the file was read
    std::optional<SourceDocument> document; ///< format/encoding/warnings (texts dropped)
    ValidatedReport report;

    bool ok() const { return error.isEmpty(); }
};

/// Runs the pipeline on one file (thread-safe; used in parallel by the check command).
CheckedFile checkFile(const QString &path);

/**
 * `nianbao-cli check [--json] [--lang zh|en] FILE...`. @p args are the arguments after "check".
 * Prints a readable summary per file, or with --json one JSON array (one object per FILE, in
 * argument order; see ReportJson). Errors go to stderr, one line naming the file.
 * Returns 0 when every file was read and no finding has severity error, 1 when some finding has
 * severity error, 2 when a file could not be read or the arguments are wrong.
 */
int runCheckCommand(const QStringList &args);
