#pragma once

#include "model/report.h"
#include "model/sourcedocument.h"

/**
 * Agency and report year from the text around the tables, and the file name.
 *
 * Agency, in order of trust (ReportMeta::agencySource says which one it came from):
 * "title" — the title line "<agency>2023年(度)政府信息公开工作年度报告", the agency alone on the
 * line (or paragraph) before a title that starts with the year, or such a title at the start of a
 * report printed as one line; "heading" — the same as a markdown heading (# …); "publisher" — a
 * 发布机构/来源 line; "file_name" — a file saved under its title; "mention" — the title named in
 * the text (《…》 in the opening, "发布…年度报告", an attachment "附件：…"); "signature" — the
 * agency signing above the date at the end; "subject" — the opening sentence "2023年，<agency>
 * 坚持…"; "contact" — "如有疑问，请与…联系" (a trailing 办公室 dropped). The weaker sources
 * (mention onwards) take only full names: "省教育厅" or "区政务服务局" is left empty rather than
 * guessed, and a contact office or a leading group never wins over a title. Year: the title, the
 * file name, the statistics period ("统计期限自2023年1月1日…"), a mention, the opening sentence —
 * never the signature's date. The edition is decided elsewhere (EditionDetector); the agency key
 * is AgencyKey::fromAgency of the agency.
 */
class MetadataExtractor {
public:
    static void extract(const SourceDocument &doc, ReportMeta *meta);
};
