#include "cell.h"

#include <array>

namespace {
constexpr std::array<std::pair<CellStatus, const char16_t *>, 7> kNames{{
    {CellStatus::Read, u"read"},
    {CellStatus::Suspect, u"suspect"},
    {CellStatus::Inferred, u"inferred"},
    {CellStatus::Blank, u"blank"},
    {CellStatus::Placeholder, u"placeholder"},
    {CellStatus::Missing, u"missing"},
    {CellStatus::Edited, u"edited"},
}};
}

QString cellStatusName(CellStatus status) {
    for (const auto &[s, name] : kNames)
        if (s == status)
            return QString::fromUtf16(name);
    return QStringLiteral("missing");
}

std::optional<CellStatus> cellStatusFromName(QStringView name) {
    for (const auto &[s, text] : kNames)
        if (name == QStringView(text))
            return s;
    return std::nullopt;
}
