#pragma once

#include <QtNumeric>

/// A sum of cell values in micros for the extractor's rule checks. Junk input can hold digit runs
/// long enough that a plain sum would wrap (undefined behaviour, found by fuzzing); this one stops
/// at the first overflow and remembers it, and a check with an overflowed side decides nothing.
class MicroSum {
public:
    explicit MicroSum(qint64 start = 0)
        : m_value(start) {}

    MicroSum &operator+=(qint64 micros) {
        if (!m_overflow && qAddOverflow(m_value, micros, &m_value))
            m_overflow = true;
        return *this;
    }
    qint64 value() const { return m_value; }
    bool overflow() const { return m_overflow; }

    /// Whether both sums are exact, so comparing their values means something.
    static bool comparable(const MicroSum &a, const MicroSum &b) {
        return !a.overflow() && !b.overflow();
    }

private:
    qint64 m_value;
    bool m_overflow = false;
};
