#include "runsplitter.h"

namespace {

struct Search {
    const QString &digits;
    int parts;
    const std::function<bool(const QVector<qint64> &)> &accept;
    QVector<std::pair<int, int>> current;
    QVector<qint64> values;
    QVector<std::pair<int, int>> found;
    int accepted = 0;

    void run(int pos) {
        if (accepted > 1)
            return;
        const int left = parts - int(current.size());
        const int remaining = int(digits.size()) - pos;
        if (left == 0) {
            if (remaining == 0 && accept(values) && ++accepted == 1)
                found = current;
            return;
        }
        if (remaining < left)
            return;
        const int maxLen = digits[pos] == u'0' ? 1 : std::min(remaining - (left - 1), 15);
        for (int len = 1; len <= maxLen; ++len) {
            current.append({pos, len});
            values.append(QStringView(digits).mid(pos, len).toLongLong());
            run(pos + len);
            current.removeLast();
            values.removeLast();
            if (accepted > 1)
                return;
        }
    }
};

} // namespace

QVector<std::pair<int, int>>
RunSplitter::uniqueSplit(const QString &digits, int parts,
                         const std::function<bool(const QVector<qint64> &)> &accept) {
    if (parts < 1 || digits.isEmpty() || digits.size() > kMaxDigits || digits.size() < parts)
        return {};
    for (QChar c : digits)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return {};
    Search s{digits, parts, accept, {}, {}, {}, 0};
    s.run(0);
    return s.accepted == 1 ? s.found : QVector<std::pair<int, int>>{};
}
