#pragma once

#include "import/formatsniffer.h"
#include "import/importresult.h"
#include "validate/validatedreport.h"

#include <QCoreApplication>

/// A file imported, extracted and validated — or the one-line reason why it could not be.
struct PipelineResult {
    std::optional<SourceDocument> document;
    ValidatedReport report;
    QString error; ///< one line naming the file and the reason (zh / en); empty when ok
    bool ok() const { return document.has_value() && error.isEmpty(); }
};

/**
 * The one way in for a report file: import (the importer chosen by content from a small
 * registry, see FormatSniffer) → extract → validate. The desk, the workspace import and the CLI
 * all go through here, so a stored report re-imported from its bytes gets the same anchors.
 * Every function is reentrant and never throws: bad input becomes `error`.
 */
class ImportPipeline {
    Q_DECLARE_TR_FUNCTIONS(ImportPipeline)
public:
    /// Larger files are refused without being read.
    static constexpr qint64 MaxFileSize = 200LL * 1024 * 1024;

    /// Reads @p path (kept in @p bytes when given) and imports it.
    static ImportResult importFile(const QString &path, QByteArray *bytes = nullptr);
    /// Imports @p bytes as the file @p fileName (messages) at @p path (stored as given).
    static ImportResult importBytes(const QByteArray &bytes, const QString &fileName,
                                    const QString &path = {});
    /// importFile() → extract → validate.
    static PipelineResult run(const QString &path, QByteArray *bytes = nullptr);
    /// importBytes() → extract → validate.
    static PipelineResult runBytes(const QByteArray &bytes, const QString &fileName,
                                   const QString &path = {});
    /// Extract and validate an imported document.
    static PipelineResult finish(ImportResult imported);
};
