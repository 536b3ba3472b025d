#include "exporttext.h"

#include "model/spec.h"

#include <array>

namespace {
struct Pair {
    const char16_t *name;
    const char *zh;
    const char *en;
};

constexpr std::array<Pair, 4> kDecisions{{
    {u"open", "待处理", "open"},
    {u"confirmed", "确认为原文错误", "confirmed error in the source"},
    {u"dismissed", "已忽略", "dismissed"},
    {u"fixed", "已更正", "fixed"},
}};
constexpr std::array<Pair, 4> kStates{{
    {u"pending", "待审", "pending"},
    {u"in_review", "审核中", "in review"},
    {u"approved", "已通过", "approved"},
    {u"returned", "退回", "returned"},
}};
constexpr std::array<Pair, 8> kOrigins{{
    {u"typed", "录入", "typed"},
    {u"paste", "粘贴", "pasted"},
    {u"suggestion", "采纳建议", "suggestion applied"},
    {u"revert", "撤回修改", "revert"},
    {u"undo", "撤销", "undo"},
    {u"redo", "重做", "redo"},
    {u"cli", "命令行", "command line"},
    {u"import", "导入", "import"},
}};

template <size_t N> QString lookup(const std::array<Pair, N> &table, const QString &name, bool zh) {
    for (const Pair &p : table)
        if (name == QStringView(p.name))
            return QString::fromUtf8(zh ? p.zh : p.en);
    return name;
}
} // namespace

QString ExportText::cellStatus(CellStatus status) const {
    switch (status) {
    case CellStatus::Read:
        return (*this)("已读取", "read");
    case CellStatus::Suspect:
        return (*this)("存疑", "suspect");
    case CellStatus::Inferred:
        return (*this)("推断", "inferred");
    case CellStatus::Blank:
        return (*this)("空白", "blank");
    case CellStatus::Placeholder:
        return (*this)("占位符", "placeholder");
    case CellStatus::Missing:
        return (*this)("缺失", "missing");
    case CellStatus::Edited:
        break;
    }
    return (*this)("已修改", "edited");
}

QString ExportText::cellStatus(const QString &name) const {
    const auto status = cellStatusFromName(name);
    return status ? cellStatus(*status) : name;
}

QString ExportText::decision(const QString &name) const {
    return lookup(kDecisions, name, isZh());
}

QString ExportText::reviewState(const QString &name) const {
    return lookup(kStates, name, isZh());
}

QString ExportText::origin(const QString &name) const {
    return lookup(kOrigins, name, isZh());
}

QString ExportText::severity(Severity severity) const {
    switch (severity) {
    case Severity::Error:
        return (*this)("错误", "error");
    case Severity::Warning:
        return (*this)("警告", "warning");
    case Severity::Info:
        break;
    }
    return (*this)("提示", "info");
}

QString ExportText::findingStatus(FindingStatus status) const {
    switch (status) {
    case FindingStatus::Fail:
        return (*this)("不成立", "fail");
    case FindingStatus::Unverifiable:
        return (*this)("无法核验", "unverifiable");
    case FindingStatus::Empty:
        return (*this)("无数据", "empty");
    case FindingStatus::Pass:
        break;
    }
    return (*this)("成立", "pass");
}

QString ExportText::message(const Finding &finding) const {
    const QString &first = isZh() ? finding.zh : finding.en;
    return first.isEmpty() ? (isZh() ? finding.en : finding.zh) : first;
}

QString ExportText::ruleDescription(const QString &ruleId) const {
    const Spec &spec = Spec::instance();
    const int index = spec.ruleIndex(ruleId);
    if (index < 0)
        return QString();
    const RuleSpec &rule = spec.rule(index);
    return isZh() || rule.en.isEmpty() ? rule.zh : rule.en;
}

QString ExportText::tableName(int table) const {
    static const char *const zh[] = {"表一", "表二", "表三"};
    if (table < 1 || table > 3)
        return QString();
    return isZh() ? QString::fromUtf8(zh[table - 1]) : QStringLiteral("Table %1").arg(table);
}

QString ExportText::safe(const QString &text) {
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return u'\'' + text;
    default:
        return text;
    }
}
