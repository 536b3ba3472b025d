#pragma once

#include "import/importresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * Imports plain-text reports (.txt): detects the encoding, removes converter artefacts and web
 * navigation text, and builds the NFKC match text with its map back to the display text.
 *
 * Never throws and never crashes on bad input: every failure becomes ImportResult::error, one
 * line naming the file and the reason (zh / en). Both functions are reentrant: call them from
 * any number of threads at once.
 */
class TextImporter {
    Q_DECLARE_TR_FUNCTIONS(TextImporter)

public:
    /// Files larger than this are refused without being read.
    static constexpr qint64 MaxFileSize = 50LL * 1024 * 1024;

    /// Reads and imports the file at @p path. SourceDocument::path is @p path as given.
    static ImportResult importFile(const QString &path);

    /**
     * Imports @p bytes as if read from a file called @p fileName (used in messages and stored in
     * SourceDocument::fileName); @p path is stored as given.
     */
    static ImportResult importBytes(const QByteArray &bytes, const QString &fileName,
                                    const QString &path = {});
};
