#include "findingtext.h"

#include "model/finding.h"
#include "model/spec.h"
#include "uilanguage.h"
#include "validate/cellnames.h"

namespace {
const char *const kTables[] = {QT_TRANSLATE_NOOP("FindingText", "表一"),
                               QT_TRANSLATE_NOOP("FindingText", "表二"),
                               QT_TRANSLATE_NOOP("FindingText", "表三")};
} // namespace

QString FindingText::severityWord(const Finding &f) {
    switch (f.severity) {
    case Severity::Error:
        return tr("错误");
    case Severity::Warning:
        return tr("警告");
    case Severity::Info:
        break;
    }
    return tr("提示");
}

QString FindingText::severity(const Finding &f) {
    if (f.status == FindingStatus::Unverifiable)
        return tr("? %1 · 无法核验").arg(severityWord(f));
    switch (f.severity) {
    case Severity::Error:
        return tr("✖ 错误");
    case Severity::Warning:
        return tr("▲ 警告");
    case Severity::Info:
        break;
    }
    return tr("ℹ 提示");
}

QString FindingText::rule(const QString &id) {
    if (id == u"EXTRACT_SUSPECT_ROW")
        return tr("提取存疑：本行原文受损或行标签仅模糊匹配，数值须对照原文核对");
    if (id == u"EXTRACT_TABLE_MISSING")
        return tr("提取：原文中找不到此表");
    if (id == u"EXTRACT_TABLE_PARTIAL")
        return tr("提取：此表只找到一部分");
    if (id.startsWith(u"EXTRACT_"))
        return tr("提取时的说明");
    const int idx = Spec::instance().ruleIndex(id);
    if (idx < 0)
        return tr("其他检查");
    const RuleSpec &r = Spec::instance().rule(idx);
    return UiLanguage::pick(r.zh, r.en);
}

QString FindingText::ruleTitle(const QString &id) {
    QString text = rule(id);
    // The spec's descriptions are paragraphs; a header takes their first clause.
    for (const QChar stop : {u'。', u'；', u'（', u'('}) {
        const qsizetype at = text.indexOf(stop);
        if (at > 8)
            text.truncate(at);
    }
    if (!UiLanguage::isChinese()) {
        const qsizetype dot = text.indexOf(QStringLiteral(". "));
        if (dot > 8)
            text.truncate(dot);
    }
    return text.trimmed();
}

QString FindingText::message(const Finding &f) {
    QString text = UiLanguage::half(UiLanguage::pick(f.zh, f.en));
    if (f.rule == u"EXTRACT_SUSPECT_ROW" && f.isProblem())
        text += tr(" — 对照原文：读数无误请按空格键“确认读数”，否则改正数值");
    return text;
}

QString FindingText::technical(const Finding &f) {
    return tr("规则 %1").arg(f.rule);
}

QString FindingText::cell(const EditionSpec &spec, int cell) {
    if (cell < 0 || cell >= spec.cellCount())
        return {};
    const CellSpec &c = spec.cell(cell);
    const CellNames &names = CellNames::forEdition(spec.edition);
    const bool zh = UiLanguage::isChinese();
    QStringList parts{tr(kTables[qBound(1, c.table, 3) - 1])};
    if (c.table == 1 && !spec.table(1).blocks[c.block].title.isEmpty())
        parts << spec.table(1).blocks[c.block].title;
    const QString column = zh ? names.columnZh(cell) : names.columnEn(cell);
    const QString group = zh ? names.groupZh(cell) : names.groupEn(cell);
    if (c.table == 3 && !group.isEmpty())
        parts << group;
    parts << column << (zh ? names.rowZh(cell) : names.rowEn(cell));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QString FindingText::legend() {
    return tr("<span style='color:#b01c1c'>✖</span> 错误　<span style='color:#b07000'>▲</span> "
              "警告　ℹ 提示　<span style='color:#204a8a'>?</span> 无法核验（斜线）　"
              "<span style='background:#f6c4c4'>&nbsp;深色&nbsp;</span> 建议改正或已修改的格　"
              "<span style='background:#fbe8e8'>&nbsp;浅色&nbsp;</span> 同一规则的其他格　"
              "<span style='color:#1f5fbf'>◥</span> 已修改（粗体）　<span "
              "style='color:#c07000'>┅</span> 存疑　<i>斜体</i> 推算　▦ 缺失　"
              "<span style='color:#4a7a4a'>✓</span> 已处理");
}
