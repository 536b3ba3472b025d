#pragma once

#include "model/sourcedocument.h"
#include "validate/validatedreport.h"

#include <QString>
#include <QStringList>
#include <optional>

/// A report read, extracted and validated, ready to become a ReportDocument on the UI thread.
struct LoadedReport {
    QString path;
    std::optional<SourceDocument> source;
    ValidatedReport validated;
    QString error; ///< one line naming the file and the reason

    bool ok() const { return source.has_value() && error.isEmpty(); }
};

/// Import + extraction + validation of one file. Reentrant: runs on any thread (QtConcurrent).
class ReportLoader {
public:
    static LoadedReport load(const QString &path);
    /// Report files (*.txt) below `folder`, recursively, sorted.
    static QStringList findReports(const QString &folder);
    /// The five sample reports compiled into the application (":/samples/…").
    static QStringList bundledSamples();
};
