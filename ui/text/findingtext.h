#pragma once

#include <QCoreApplication>
#include <QString>

struct EditionSpec;
struct Finding;

/**
 * How the desk names findings, in one vocabulary for the list, the findings panel, the grid's
 * tooltips and the legend: severities 错误 / 警告 / 提示 with their icons (✖ ▲ ℹ), "无法核验" as
 * the status beside them, rules by their description (never the rule id, which goes into
 * tooltips), cells by their printed labels.
 */
class FindingText {
    Q_DECLARE_TR_FUNCTIONS(FindingText)
public:
    /// "✖ 错误", "▲ 警告", "ℹ 提示"; "? 错误 · 无法核验" when the rule could not be checked.
    static QString severity(const Finding &finding);
    /// The severity word alone: 错误 / 警告 / 提示.
    static QString severityWord(const Finding &finding);
    /// A rule's description in the UI's language ("表二各列收支平衡…"), for extractor remarks
    /// (EXTRACT_…) a description of what the extractor saw. Never the id.
    static QString rule(const QString &ruleId);
    /// A short rule title for group headers: the description cut at its first sentence.
    static QString ruleTitle(const QString &ruleId);
    /// The finding's message with its numbers, in the UI's language, and what to do about it
    /// for a suspect row (confirm the reading or correct it).
    static QString message(const Finding &finding);
    /// "规则 T2_BALANCE" and the other language's message: for tooltips only.
    static QString technical(const Finding &finding);
    /// The printed labels of a cell: "表二 · 自然人 · （一）予以公开" (English glosses in the
    /// English UI: "Table 2 · natural persons · (1) disclosed").
    static QString cell(const EditionSpec &spec, int cell);
    /// The legend under the grids, in the same words and icons.
    static QString legend();
};
