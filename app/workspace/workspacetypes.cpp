#include "workspacetypes.h"

#include <array>

namespace {
struct Names {
    const char16_t *name;
    const char16_t *label;
};
constexpr std::array<Names, 4> kStates{{
    {u"pending", u"待审"},
    {u"in_review", u"审核中"},
    {u"approved", u"已通过"},
    {u"returned", u"退回"},
}};
constexpr std::array<Names, 4> kDecisions{{
    {u"open", u"待处理"},
    {u"confirmed", u"确认为原文错误"},
    {u"dismissed", u"已忽略"},
    {u"fixed", u"已更正"},
}};
// Same order as EditOrigin in review/celledit.h.
constexpr std::array<const char16_t *, 8> kOrigins{u"typed", u"paste", u"suggestion", u"revert",
                                                   u"undo",  u"redo",  u"cli",        u"accept"};
} // namespace

QString reviewStateName(ReviewState state) {
    return QString::fromUtf16(kStates[size_t(state)].name);
}

QString reviewStateLabel(ReviewState state) {
    return QString::fromUtf16(kStates[size_t(state)].label);
}

std::optional<ReviewState> reviewStateFromName(QStringView name) {
    for (size_t i = 0; i < kStates.size(); ++i)
        if (name == QStringView(kStates[i].name) || name == QStringView(kStates[i].label))
            return ReviewState(i);
    return std::nullopt;
}

QString decisionName(Decision decision) {
    return QString::fromUtf16(kDecisions[size_t(decision)].name);
}

QString decisionLabel(Decision decision) {
    return QString::fromUtf16(kDecisions[size_t(decision)].label);
}

std::optional<Decision> decisionFromName(QStringView name) {
    for (size_t i = 0; i < kDecisions.size(); ++i)
        if (name == QStringView(kDecisions[i].name) || name == QStringView(kDecisions[i].label))
            return Decision(i);
    return std::nullopt;
}

QString workspaceOriginName(int editOrigin) {
    if (editOrigin < 0 || editOrigin >= int(kOrigins.size()))
        return QStringLiteral("typed");
    return QString::fromUtf16(kOrigins[size_t(editOrigin)]);
}
