#include "splitcounter.h"

namespace testgen {

namespace {

int count(const QString &digits, int pos, int partsLeft, bool lastIsSum, QVector<qint64> &taken,
          int limit, QVector<QVector<qint64>> *splits = nullptr) {
    const int remaining = int(digits.size()) - pos;
    if (partsLeft == 0) {
        if (remaining != 0)
            return 0;
        qint64 sum = 0;
        for (int i = 0; i + 1 < taken.size(); ++i)
            sum += taken[i];
        if (lastIsSum && sum != taken.last())
            return 0;
        if (splits)
            splits->append(taken);
        return 1;
    }
    if (remaining < partsLeft)
        return 0;
    QVector<QVector<qint64>> *out = splits;
    int found = 0;
    // A part is "0" or starts with a non-zero digit; 12 digits at most keep qint64 safe.
    const int maxLength = digits[pos] == u'0' ? 1 : qMin(12, remaining - partsLeft + 1);
    for (int len = 1; len <= maxLength && found < limit; ++len) {
        taken << digits.mid(pos, len).toLongLong();
        found += count(digits, pos + len, partsLeft - 1, lastIsSum, taken, limit - found, out);
        taken.removeLast();
    }
    return found;
}

} // namespace

int countSplits(const QString &digits, int parts, bool lastIsSum, int limit) {
    QVector<qint64> taken;
    return count(digits, 0, parts, lastIsSum, taken, limit);
}

QVector<QVector<qint64>> allSplits(const QString &digits, int parts, bool lastIsSum, int limit) {
    QVector<qint64> taken;
    QVector<QVector<qint64>> splits;
    count(digits, 0, parts, lastIsSum, taken, limit, &splits);
    return splits;
}

} // namespace testgen
