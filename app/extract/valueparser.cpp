#include "valueparser.h"

#include "labeltext.h"

namespace {

/// Units a count or an amount may carry inside its cell.
int unitLength(QStringView tail, bool *yuan) {
    *yuan = false;
    if (tail.isEmpty()) // nearly every number: no out-of-line comparison
        return 0;
    if (tail.startsWith(u"万元"))
        return 2;
    if (tail.startsWith(u'元')) {
        *yuan = true;
        return 1;
    }
    if (tail.startsWith(u'件') || tail.startsWith(u'个') || tail.startsWith(u'项') ||
        tail.startsWith(u'条') || tail.startsWith(u'次'))
        return 1;
    return 0;
}

} // namespace

bool ValueParser::isPlaceholder(QStringView text) {
    // Fast reject: every mark is one or two characters and none starts with a digit.
    if (text.isEmpty() || text.size() > 2 || LabelText::isAsciiDigit(text[0]))
        return false;
    // The marks "/", "-", "—", "－", "无", "–", "―", "\\" and "--", "——", "—-", compared by
    // character (a string comparison per mark called out of line for every short word).
    const char16_t a = text[0].unicode();
    if (text.size() == 1)
        return a == u'/' || a == u'-' || a == u'—' || a == u'－' || a == u'无' || a == u'–' ||
               a == u'―' || a == u'\\';
    const char16_t b = text[1].unicode();
    return (a == u'-' && b == u'-') || (a == u'—' && (b == u'—' || b == u'-'));
}

ParsedValue ValueParser::parse(QStringView input) {
    ParsedValue out;
    qsizetype lead = 0;
    while (lead < input.size() && input[lead].unicode() <= u' ')
        ++lead;
    qsizetype end = input.size();
    while (end > lead && input[end - 1].unicode() <= u' ')
        --end;
    const QStringView text = input.mid(lead, end - lead);
    if (text.isEmpty()) {
        out.kind = ParsedValue::Empty;
        return out;
    }
    if (isPlaceholder(text)) {
        out.kind = ParsedValue::Placeholder;
        out.numberStart = int(lead);
        out.numberLength = int(text.size());
        return out;
    }
    // Accumulate the number directly (no allocation): whole part and up to six decimals.
    qsizetype i = 0;
    bool negative = false;
    if (LabelText::isSign(text[0])) {
        negative = text[0] != u'+';
        ++i;
    }
    qint64 whole = 0, fraction = 0;
    int wholeDigits = 0, fractionDigits = 0;
    int groupDigits = 0;
    bool sawComma = false, sawPoint = false;
    qsizetype lastDigit = -1;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (LabelText::isAsciiDigit(c)) {
            const int d = c.unicode() - u'0';
            if (sawPoint) {
                if (++fractionDigits > 6)
                    return out;
                fraction = fraction * 10 + d;
            } else {
                if (++wholeDigits <= 12) // beyond that: out of range, digits still consumed
                    whole = whole * 10 + d;
                ++groupDigits;
            }
            lastDigit = i;
            continue;
        }
        const bool afterDigit = lastDigit == i - 1;
        if (c == u',' && !sawPoint && afterDigit) {
            // A thousands separator: 1-3 digits before the first, exactly three after each.
            bool ok = true;
            for (int k = 1; k <= 3 && ok; ++k)
                ok = i + k < text.size() && LabelText::isAsciiDigit(text[i + k]);
            if (!ok || (i + 4 < text.size() && LabelText::isAsciiDigit(text[i + 4])) ||
                (sawComma ? groupDigits != 3 : groupDigits > 3))
                return out;
            sawComma = true;
            groupDigits = 0;
            continue;
        }
        if (c == u'.' && !sawPoint && afterDigit && i + 1 < text.size() &&
            LabelText::isAsciiDigit(text[i + 1])) {
            sawPoint = true;
            continue;
        }
        break;
    }
    if (lastDigit < 0)
        return out;
    const qsizetype numberEnd = lastDigit + 1;
    QStringView tail = text.mid(numberEnd);
    bool yuan = false;
    if (const int u = unitLength(tail, &yuan))
        tail = tail.mid(u);
    QString note;
    if (!tail.isEmpty()) {
        // "22(其中修订16件)": a parenthetical note after the number is kept as the cell's note.
        if (tail.size() < 2 || tail.front() != u'(' || tail.back() != u')')
            return out;
        note = tail.mid(1, tail.size() - 2).trimmed().toString();
    }
    for (int d = fractionDigits; d < 6; ++d)
        fraction *= 10;
    const qint64 micros = whole * Decimal::Scale + fraction;
    out.kind = wholeDigits > 12 ? ParsedValue::OutOfRange : ParsedValue::Number;
    out.value = wholeDigits > 12 ? Decimal() : Decimal::fromMicros(negative ? -micros : micros);
    out.inYuan = yuan;
    if (!note.isEmpty())
        out.note = std::move(note);
    out.numberStart = int(lead);
    out.numberLength = int(numberEnd);
    return out;
}
