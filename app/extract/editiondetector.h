#pragma once

#include "tokenizer.h"

#include "model/report.h"

#include <array>

/**
 * Decides the edition (spec edition_detection): table 1 headers, rows and blocks that exist in
 * only one edition and table 2 rows that exist in only one edition are decisive; the report
 * year is the prior. When table 1 and table 2 disagree the report is marked editionMixed and
 * the year (else table 2) decides.
 */
class EditionDetector {
public:
    /// `tokens[t]` are the tokens of table t+1's region; sets edition, editionBasis, editionMixed.
    static void detect(QStringView matchText, const std::array<QVector<Token>, 3> &tokens,
                       ReportMeta *meta);
    /// The signal of one table's tokens: E2019, E2021 or nullopt when it says nothing.
    static std::optional<Edition> tableSignal(QStringView matchText, int table,
                                              const QVector<Token> &tokens);
};
