#pragma once

#include "model/report.h"
#include "model/sourcedocument.h"

/**
 * Agency and report year from the text around the tables.
 *
 * Agency: the title line ("<agency>2023年政府信息公开工作年度报告", or the agency alone on the
 * line before a title that starts with the year); else the contact sentence "请与…联系" (a
 * trailing 办公室 is dropped only there); else the issuing body in the opening paragraph
 * ("现公布<agency>2023年度…"). Year: the title, else the statistics period ("统计期限自2023年1月
 * 1日…"). The edition is decided elsewhere (EditionDetector).
 */
class MetadataExtractor {
public:
    static void extract(const SourceDocument &doc, ReportMeta *meta);
};
