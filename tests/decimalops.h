#pragma once

// Arithmetic operators on Decimal for test code only. The core has none (it uses the checked
// Decimal::add/subtract and reports an out-of-range sum as a finding); tests and generators work
// with small values, so an overflow here is a bug in the test and aborts it.

#include "model/decimal.h"

#include <QtGlobal>

inline Decimal operator+(Decimal a, Decimal b) {
    const auto r = Decimal::add(a, b);
    if (!r)
        qFatal("test arithmetic: Decimal overflow");
    return *r;
}
inline Decimal operator-(Decimal a, Decimal b) {
    const auto r = Decimal::subtract(a, b);
    if (!r)
        qFatal("test arithmetic: Decimal overflow");
    return *r;
}
inline Decimal &operator+=(Decimal &a, Decimal b) {
    return a = a + b;
}
inline Decimal &operator-=(Decimal &a, Decimal b) {
    return a = a - b;
}
