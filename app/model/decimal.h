#pragma once

#include <QString>
#include <QStringView>
#include <QtNumeric>
#include <compare>
#include <optional>

/**
 * An exact fixed-point number with six decimal places, stored as an integer count of millionths.
 *
 * Counts are integers and money (万元) has decimals; both live in one type so that rules and the
 * grid never touch a float. Six places keep 元 → 万元 conversions of amounts written to the fen
 * (0.01 元 = 0.000001 万元) exact.
 */
class Decimal {
public:
    static constexpr qint64 Scale = 1'000'000;

    constexpr Decimal() = default;
    static constexpr Decimal fromInteger(qint64 n) { return Decimal(n * Scale); }
    static constexpr Decimal fromMicros(qint64 micros) { return Decimal(micros); }

    /// Parses "12", "-8", "+1036", "6944.93", "0.5" (ASCII digits only; callers normalise first).
    /// Returns nullopt for anything else, including more than six decimal places or overflow.
    static std::optional<Decimal> parse(QStringView text);

    constexpr qint64 micros() const { return m_micros; }
    constexpr bool isInteger() const { return m_micros % Scale == 0; }
    constexpr qint64 integerPart() const { return m_micros / Scale; }
    constexpr bool isNegative() const { return m_micros < 0; }
    constexpr bool isZero() const { return m_micros == 0; }

    /// Shortest exact text: "12", "-8", "6944.93", "25.1".
    QString toString() const;
    /// For the xlsx writer only: a spreadsheet number is an IEEE double, and any value with at
    /// most 15 significant digits prints back exactly. Text outputs use toString()
    /// (NumberPolicy).
    double toDouble() const { return double(m_micros) / double(Scale); }

    /// a + b, or nullopt when the exact result is out of range (beyond ±9,223,372,036,854.775807).
    /// There are no unchecked operators: a sum of published numbers must never wrap around.
    static std::optional<Decimal> add(Decimal a, Decimal b) {
        qint64 r = 0;
        if (qAddOverflow(a.m_micros, b.m_micros, &r))
            return std::nullopt;
        return Decimal(r);
    }
    /// a − b, or nullopt when out of range.
    static std::optional<Decimal> subtract(Decimal a, Decimal b) {
        qint64 r = 0;
        if (qSubOverflow(a.m_micros, b.m_micros, &r))
            return std::nullopt;
        return Decimal(r);
    }
    constexpr auto operator<=>(const Decimal &) const = default;

private:
    constexpr explicit Decimal(qint64 micros)
        : m_micros(micros) {}
    qint64 m_micros = 0;
};
