#pragma once

#include "exporttext.h"
#include "model/exportset.h"

#include <functional>

class QIODevice;

/**
 * The long table (ExportRows) as CSV: UTF-8 with a BOM (Excel and WPS then read it as UTF-8),
 * RFC 4180 (CRLF, fields with a comma, quote or line break quoted, quotes doubled). Numbers are
 * exact text ("6944.93"); text cells go through ExportText::safe().
 */
class CsvExporter {
public:
    using Progress = std::function<bool(int done, int total)>;
    /// False when the device refused bytes (@p error set) or @p progress cancelled (empty).
    static bool write(const ExportSet &set, const ExportText &text, QIODevice *device,
                      const Progress &progress, QString *error);
    /// One field as RFC 4180 wants it.
    static void appendField(QByteArray &line, const QString &field);
};
