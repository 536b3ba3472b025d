#pragma once

#include "exporttext.h"
#include "model/exportset.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

/**
 * Writes an ExportSet as xlsx, CSV or JSON, atomically: the file is built aside and moved into
 * place through QSaveFile only when the whole export was written, so a failed or cancelled
 * export leaves an existing file at the path untouched. Never reads a workspace: everything it
 * writes is in the ExportSet.
 */
class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    enum class Format { Xlsx, Csv, Json };
    /// Called with (done, total) as reports are written; returns false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    static std::optional<Format> formatFromName(QStringView name); ///< "xlsx", "csv", "json"
    static QString formatName(Format format);
    /// The format a path's suffix names, if any.
    static std::optional<Format> formatOfPath(const QString &path);

    /// False with a one-line error naming @p path (cause in Chinese and English), or false with
    /// an empty error when @p progress cancelled.
    static bool write(const ExportSet &set, Format format, const QString &path,
                      ExportText::Language language, QString *error, const Progress &progress = {});
};
