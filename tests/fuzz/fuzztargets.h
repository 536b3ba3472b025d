#pragma once

// The fuzzed entry points, shared by the libFuzzer targets (NIANBAO_FUZZ=ON, clang, ASan/UBSan)
// and by the regression test that replays tests/fuzz/regression in every build.

#include <QByteArray>

namespace fuzz {

/// Any bytes through the import function as a file, then extraction, validation and the JSON
/// of `check --json`. Today the import function is the text importer; the HTML, DOCX and PDF
/// importers join here when they exist (the bytes decide the format, not the name).
void importBytes(const QByteArray &bytes);

/// Any bytes as UTF-8 text straight into the extractor (skipping encoding detection and
/// cleaning, so more inputs reach the table reader), then validation.
void extractText(const QByteArray &bytes);

} // namespace fuzz
