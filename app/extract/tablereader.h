#pragma once

#include "gapmodel.h"
#include "tokenizer.h"

#include <functional>

#include "model/report.h"
#include "model/sourcedocument.h"

/**
 * Reads the cells of one table from the tokens of its region.
 *
 * Tables 1 and 2 are label-driven: the label cells before each run of values are matched against
 * the spec's row labels (the shortest suffix that matches exactly, else the best fuzzy suffix),
 * so group labels, labels broken over lines and spaced-out labels all resolve to one row.
 * Table 3 is the one unlabelled row of values after its header.
 */
class TableReader {
public:
    static void readLabelled(const SourceDocument &doc, int table, const QVector<Token> &tokens,
                             const GapModel &gaps, Report *report);
    /// `rest` gives the tokens after the tables, where reading-order text may have put the
    /// right part of table 3 (read only when the row is short).
    static void readHeaderRow(const SourceDocument &doc, int table, const QVector<Token> &tokens,
                              const GapModel &gaps, Report *report,
                              const std::function<QVector<Token>()> &rest = {});
};
