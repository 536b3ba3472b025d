#include "decimal.h"

#include <limits>

std::optional<Decimal> Decimal::parse(QStringView text) {
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'+' || text[0] == u'-') {
        negative = text[0] == u'-';
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i) {
        if (whole > (std::numeric_limits<qint64>::max() / Scale - 9) / 10)
            return std::nullopt;
        whole = whole * 10 + (text[i].unicode() - u'0');
        ++wholeDigits;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i) {
            if (++fractionDigits > 6)
                return std::nullopt;
            fraction = fraction * 10 + (text[i].unicode() - u'0');
        }
        if (fractionDigits == 0)
            return std::nullopt;
    }
    if (i != text.size() || wholeDigits == 0)
        return std::nullopt;
    for (int d = fractionDigits; d < 6; ++d)
        fraction *= 10;
    const qint64 micros = whole * Scale + fraction;
    return Decimal::fromMicros(negative ? -micros : micros);
}

QString Decimal::toString() const {
    const bool negative = m_micros < 0;
    const quint64 abs = negative ? quint64(-(m_micros + 1)) + 1 : quint64(m_micros);
    QString text = QString::number(abs / Scale);
    quint64 fraction = abs % Scale;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(6, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return negative ? u'-' + text : text;
}
