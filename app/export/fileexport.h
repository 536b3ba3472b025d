#pragma once

#include "model/exportset.h"
#include "model/sourcedocument.h"

class ValidatedReport;

/**
 * The plain value of a file checked outside a workspace (`nianbao-cli export FILE…`), in the
 * same shape as WorkspaceExport's: the extraction is the current state, there are no edits and
 * no decisions.
 */
class FileExport {
public:
    /// @p document gives format, encoding and import warnings (may be null); the SHA-256 is of
    /// the file's bytes as they are on disk now.
    static ExportReport report(const QString &file, const SourceDocument *document,
                               const ValidatedReport &report);
    /// An ExportSet around @p reports with the export time and tool version set.
    static ExportSet set(QVector<ExportReport> reports, const QString &reviewer);
};
