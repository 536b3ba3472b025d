#pragma once

#include <QString>
#include <optional>

/// The two editions of the national format: 国办公开办函〔2019〕60号 and 〔2021〕30号.
enum class Edition { E2019, E2021 };

inline QString editionName(Edition e) {
    return e == Edition::E2019 ? QStringLiteral("2019") : QStringLiteral("2021");
}
inline std::optional<Edition> editionFromName(QStringView name) {
    if (name == u"2019")
        return Edition::E2019;
    if (name == u"2021")
        return Edition::E2021;
    return std::nullopt;
}
/// The spec's prior: report years ≤ 2020 use the 2019 edition, later years the 2021 edition.
inline Edition editionForYear(int year) {
    return year <= 2020 ? Edition::E2019 : Edition::E2021;
}
