#pragma once

#include "tablelocator.h"

#include "model/report.h"
#include "model/sourcedocument.h"

/**
 * Table 3 replaced by a sentence: "2020年…未发生涉及政府信息公开的行政复议、行政诉讼案件。"
 *
 * Agencies with no case print such a sentence instead of the table. Its cells are not silently
 * zero: when table 3 yields no cell and its section (or, without a heading, the text after
 * table 2) says that no administrative review or litigation occurred, every cell of table 3 is
 * `inferred` 0 with a note quoting the sentence, anchored on it, and a warning remark
 * EXTRACT_T3_FROM_SENTENCE lets the auditor accept or reject the reading.
 */
class Table3Sentence {
public:
    static void apply(const SourceDocument &doc, const TableRegions &regions, Report *report);
};
