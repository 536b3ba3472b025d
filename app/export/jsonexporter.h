#pragma once

#include "exporttext.h"
#include "model/exportset.h"

#include <functional>

class QIODevice;

/**
 * The export as JSON, written directly with a stable key order: the "关于" facts, then per
 * report its file, metadata, every cell (the long table's content plus raw text and note), its
 * findings with decisions, decisions whose finding is gone, and its edit log. The schema is
 * docs/export-schema.md (JSON Schema: docs/export-schema.json). Values follow NumberPolicy:
 * counts are integers, 万元 amounts exact decimal strings.
 */
class JsonExporter {
public:
    using Progress = std::function<bool(int done, int total)>;
    static constexpr int SchemaVersion = 1;
    /// False when the device refused bytes (@p error set) or @p progress cancelled (empty).
    static bool write(const ExportSet &set, const ExportText &text, QIODevice *device,
                      const Progress &progress, QString *error);
};
