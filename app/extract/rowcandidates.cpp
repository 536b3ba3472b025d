#include "rowcandidates.h"

#include "labeltext.h"
#include "microsum.h"

#include "model/spec.h"

#include <algorithm>

// Plausibility, for choosing among readings the table's arithmetic leaves open (never to override
// it). Costs are small and additive; a dropped cell costs far more than any preference between
// splits, so a reading that prints every cell always wins over one that drops cells.
namespace {

constexpr double kDropCost = 1.0;
constexpr double kDropFirstColumnCost = 0.05; ///< the first column (自然人) is rarely the empty one
constexpr double kSoftRuleCost = 0.5; ///< a soft rule of the spec broken (新公开 ≤ 总数)
constexpr double kDigitOutsideLastCost = 0.01; ///< totals and stocks (last column) are the largest
constexpr double kKnownPatternBonus = 0.05; ///< 2019: 新制作 = 新公开; 上一年 + 增/减 = 处理决定
constexpr double kDashPlaceholderCost = 0.3; ///< "-" read as an empty-cell mark, not a sign
constexpr int kMaxPartDigits = 15;

/// A glued piece: the number characters, and what follows them (a unit, a note).
struct PieceText {
    int numberEnd = 0; ///< matchText offset where the digits, signs and points end
    bool yuan = false; ///< followed by 元 (not 万元): amounts are converted to 万元
};

PieceText analysePiece(QStringView text, const Token &t) {
    PieceText p;
    int i = t.start;
    while (i < t.end &&
           (LabelText::isAsciiDigit(text[i]) || LabelText::isSign(text[i]) || text[i] == u'.'))
        ++i;
    p.numberEnd = i;
    p.yuan = i < t.end && text[i] == u'元';
    return p;
}

/// The longest text partValue() accepts for a cell of `type`: 12 whole digits, a sign, a point
/// and six decimals.
int maxPartChars(ValueType type) {
    switch (type) {
    case ValueType::SignedInteger:
        return 13;
    case ValueType::Decimal:
        return 19;
    default:
        return 12;
    }
}

/// The value of `part` as one cell of type `type`, or nullopt when it cannot be one.
std::optional<Decimal> partValue(QStringView part, ValueType type, bool yuan) {
    if (part.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (LabelText::isSign(part[0])) {
        if (type != ValueType::SignedInteger || part.size() < 2)
            return std::nullopt;
        negative = part[0] != u'+';
        i = 1;
    }
    const QStringView digits = part.mid(i);
    const qsizetype point = digits.indexOf(u'.');
    const QStringView whole = point < 0 ? digits : digits.left(point);
    if (whole.isEmpty() || (whole.size() > 1 && whole[0] == u'0') || whole.size() > 12)
        return std::nullopt;
    for (QChar c : whole)
        if (!LabelText::isAsciiDigit(c))
            return std::nullopt;
    qint64 micros = whole.toLongLong() * Decimal::Scale;
    if (point >= 0) {
        const QStringView fraction = digits.mid(point + 1);
        if (type != ValueType::Decimal || fraction.isEmpty() || fraction.size() > 6)
            return std::nullopt;
        qint64 f = 0;
        for (QChar c : fraction) {
            if (!LabelText::isAsciiDigit(c))
                return std::nullopt;
            f = f * 10 + (c.unicode() - u'0');
        }
        for (qsizetype d = fraction.size(); d < 6; ++d)
            f *= 10;
        micros += f;
    }
    if (yuan && type == ValueType::Decimal)
        micros /= 10000; // 元 → 万元
    return Decimal::fromMicros(negative ? -micros : micros);
}

struct Generator {
    Generator(QStringView text, const EditionSpec &spec, const QVector<int> &cells,
              const QVector<const Token *> &pieces, bool mayDrop)
        : text(text)
        , spec(spec)
        , cells(cells)
        , pieces(pieces)
        , mayDrop(mayDrop) {}
    QStringView text;
    const EditionSpec &spec;
    const QVector<int> &cells;
    const QVector<const Token *> &pieces;
    bool mayDrop;
    QVector<RowCandidates::LocalRule> rules;
    QVector<QVector<int>> rulesEndingAt; ///< position → rules whose last position it is
    QVector<PieceText> pieceText;
    QVector<bool> splittable;
    QVector<int> charsFrom; ///< position → the most characters the cells from it on can take
    int prevColumn = -1, changeColumn = -1, decisionsColumn = -1; // 2019 (五)(六)
    int madeColumn = -1, publishedColumn = -1;                    // 2019 (一)
    RowCandidate current;
    QVector<RowCandidate> out;
    QVector<RowCandidate> broken; ///< readings that break a row rule (kept for the fallback)
    bool truncated = false;
    bool keepBroken = false; ///< second pass: keep readings that break a row rule

    int n() const { return int(cells.size()); }

    qint64 valueAt(int pos) const {
        const auto &v = current.cells[pos].value;
        return v ? v->micros() : 0;
    }

    bool rulesHold(int pos, bool *breaks) const {
        for (int r : rulesEndingAt[pos]) {
            const RowCandidates::LocalRule &rule = rules[r];
            if (rule.soft)
                continue;
            MicroSum l, rr;
            for (int p : rule.lhs)
                l += valueAt(p);
            for (int p : rule.rhs)
                rr += valueAt(p);
            if (MicroSum::comparable(l, rr) &&
                (rule.equal ? l.value() != rr.value() : l.value() > rr.value())) {
                if (!keepBroken)
                    return false;
                *breaks = true;
            }
        }
        // 2019: this year's item count 上一年项目数量 + 本年增/减 cannot be negative.
        if (pos == std::max(prevColumn, changeColumn) && prevColumn >= 0 && changeColumn >= 0 &&
            current.cells[prevColumn].value && current.cells[changeColumn].value &&
            (MicroSum(valueAt(prevColumn)) += valueAt(changeColumn)).value() < 0)
            return false;
        return true;
    }

    double cost() const {
        double c = 0;
        int outsideLast = 0;
        for (int pos = 0; pos < n(); ++pos) {
            const CellReading &r = current.cells[pos];
            if (r.dropped)
                c += kDropCost + (pos == 0 ? kDropFirstColumnCost : 0);
            if (r.placeholder)
                c += kDashPlaceholderCost;
            if (r.split && pos != n() - 1)
                outsideLast += r.end - r.start;
        }
        c += kDigitOutsideLastCost * outsideLast;
        for (const RowCandidates::LocalRule &rule : rules) {
            if (!rule.soft)
                continue;
            MicroSum l, rr;
            for (int p : rule.lhs)
                l += valueAt(p);
            for (int p : rule.rhs)
                rr += valueAt(p);
            if (MicroSum::comparable(l, rr) &&
                (rule.equal ? l.value() != rr.value() : l.value() > rr.value()))
                c += kSoftRuleCost;
        }
        auto present = [&](int pos) { return pos >= 0 && current.cells[pos].value.has_value(); };
        if (present(madeColumn) && present(publishedColumn) &&
            valueAt(madeColumn) == valueAt(publishedColumn))
            c -= kKnownPatternBonus;
        if (present(prevColumn) && present(changeColumn) && present(decisionsColumn) &&
            (MicroSum(valueAt(prevColumn)) += valueAt(changeColumn)).value() ==
                valueAt(decisionsColumn))
            c -= kKnownPatternBonus;
        return c;
    }

    void finish(bool breaks) {
        current.cost = cost();
        current.breaksRowRule = breaks;
        (breaks ? broken : out).append(current);
    }

    /// Fills cell `c` onwards; `p` is the next piece, `pos` the offset reached inside it.
    /// Search steps so far. Real rows take at most a few hundred (211 over the dev corpus and
    /// its variants), generated crawler text with values up to 200 up to 2.1 million; junk can
    /// take any number (a run of 100 digits over the 15 cells of table 3).
    int steps = 0;

    void run(int c, int p, int pos, bool breaks) {
        if (++steps > RowCandidates::kMaxSearchSteps ||
            out.size() + broken.size() >= RowCandidates::kMaxCandidates) {
            truncated = true;
            return;
        }
        const int piecesLeft = int(pieces.size()) - p;
        if (piecesLeft == 0) {
            if (c < n() && !mayDrop)
                return;
            for (int k = c; k < n(); ++k) {
                current.cells[k] = CellReading{};
                current.cells[k].dropped = true;
                if (!rulesHold(k, &breaks))
                    return;
            }
            finish(breaks);
            return;
        }
        if (n() - c < piecesLeft)
            return;
        // This cell is not printed at all.
        if (mayDrop && n() - c - 1 >= piecesLeft) {
            current.cells[c] = CellReading{};
            current.cells[c].dropped = true;
            bool b = breaks;
            if (rulesHold(c, &b))
                run(c + 1, p, pos, b);
        }
        const Token *t = pieces[p];
        if (!splittable[p]) {
            CellReading r;
            r.token = t;
            r.start = t->start;
            r.end = t->end;
            if (t->kind == Token::Value && t->value.kind == ParsedValue::Number) {
                Decimal v = t->value.value;
                if (t->value.inYuan && spec.cell(cells[c]).type == ValueType::Decimal)
                    v = Decimal::fromMicros(v.micros() / 10000);
                r.value = v;
            }
            current.cells[c] = r;
            bool b = breaks;
            if (rulesHold(c, &b))
                run(c + 1, p + 1, 0, b);
            return;
        }
        const int begin = t->start + pos;
        const int numberEnd = pieceText[p].numberEnd;
        // The rest of this run must fit into the cells left (junk runs of 40 digits otherwise
        // make the search try every split of its first parts before failing at the end).
        if (numberEnd - begin > charsFrom[c])
            return;
        // "1-10": the dash may be an empty-cell mark between two numbers.
        if (text[begin] == u'-' && begin + 1 < numberEnd && pos > 0) {
            CellReading r;
            r.token = t;
            r.start = begin;
            r.end = begin + 1;
            r.split = true;
            r.placeholder = true;
            current.cells[c] = r;
            bool b = breaks;
            if (rulesHold(c, &b))
                run(c + 1, p, pos + 1, b);
        }
        const int maxLen = std::min(numberEnd - begin, kMaxPartDigits + 8);
        const ValueType type = spec.cell(cells[c]).type;
        for (int len = 1; len <= maxLen; ++len) {
            const int partEnd = begin + len;
            // A part ends before a sign or a digit, never inside "1.5" or right after a sign.
            if (partEnd < numberEnd &&
                (text[partEnd] == u'.' || LabelText::isSign(text[partEnd - 1])))
                continue;
            const auto v = partValue(text.mid(begin, len), type, pieceText[p].yuan);
            if (!v)
                continue;
            const bool last = partEnd == numberEnd;
            CellReading r;
            r.value = v;
            r.token = t;
            r.start = begin;
            r.end = partEnd;
            r.split = !(pos == 0 && last);
            current.cells[c] = r;
            bool b = breaks;
            if (!rulesHold(c, &b))
                continue;
            run(c + 1, last ? p + 1 : p, last ? 0 : pos + len, b);
        }
    }
};

int columnIndex(const EditionSpec &spec, const QVector<int> &cells, const char16_t *id) {
    for (int i = 0; i < cells.size(); ++i)
        if (spec.cell(cells[i]).columnId == QStringView(id))
            return i;
    return -1;
}

} // namespace

QVector<RowCandidates::LocalRule> RowCandidates::localRules(const EditionSpec &spec,
                                                            const QVector<int> &cells) {
    QVector<LocalRule> out;
    const Spec &all = Spec::instance();
    for (const RuleInstance &inst : spec.instances) {
        const RuleKind kind = all.rule(inst.rule).kind;
        if (kind == RuleKind::Type || kind == RuleKind::CrossYear || inst.rhs.isEmpty())
            continue;
        LocalRule r;
        r.equal = inst.comparison == RuleComparison::Equal;
        r.soft = kind == RuleKind::Soft;
        bool inside = true;
        for (int c : inst.lhs) {
            const qsizetype at = cells.indexOf(c);
            inside = inside && at >= 0;
            r.lhs.append(int(at));
        }
        for (int c : inst.rhs) {
            const qsizetype at = cells.indexOf(c);
            inside = inside && at >= 0;
            r.rhs.append(int(at));
        }
        if (inside)
            out << r;
    }
    return out;
}

QVector<RowCandidate> RowCandidates::generate(QStringView text, const EditionSpec &spec,
                                              const QVector<int> &cells,
                                              const QVector<const Token *> &pieces, bool mayDrop,
                                              bool *truncated) {
    Generator g{text, spec, cells, pieces, mayDrop};
    g.rules = localRules(spec, cells);
    g.rulesEndingAt.resize(cells.size());
    for (int r = 0; r < g.rules.size(); ++r) {
        int last = 0;
        for (int p : g.rules[r].lhs)
            last = std::max(last, p);
        for (int p : g.rules[r].rhs)
            last = std::max(last, p);
        g.rulesEndingAt[last] << r;
    }
    for (const Token *t : pieces) {
        g.pieceText << analysePiece(text, *t);
        // A glued piece may hold several cells, and so does a row's only value when the row has
        // several cells ("1000001" printed alone); any other number printed on its own holds one.
        const bool alone = pieces.size() == 1 && cells.size() > 1;
        g.splittable << (t->kind == Token::Value && (t->glued || alone) &&
                         g.pieceText.last().numberEnd > t->start);
    }
    g.prevColumn = columnIndex(spec, cells, u"prev_year_items");
    g.changeColumn = columnIndex(spec, cells, u"change");
    g.decisionsColumn = columnIndex(spec, cells, u"decisions");
    g.madeColumn = columnIndex(spec, cells, u"made_this_year");
    g.publishedColumn = columnIndex(spec, cells, u"published_this_year");
    g.charsFrom.resize(cells.size() + 1);
    for (qsizetype k = cells.size() - 1; k >= 0; --k)
        g.charsFrom[k] = g.charsFrom[k + 1] + maxPartChars(spec.cell(cells[k]).type);
    g.current.cells.resize(cells.size());
    g.run(0, 0, 0, false);
    if (g.out.isEmpty() && !g.truncated) {
        g.keepBroken = true;
        g.run(0, 0, 0, false);
    }
    if (truncated)
        *truncated = g.truncated;
    QVector<RowCandidate> &result = g.out.isEmpty() ? g.broken : g.out;
    std::stable_sort(result.begin(), result.end(),
                     [](const RowCandidate &a, const RowCandidate &b) { return a.cost < b.cost; });
    return result;
}

bool RowCandidates::fitsRow(const EditionSpec &spec, const QVector<int> &cells,
                            const QVector<const Token *> &values) {
    if (values.size() != cells.size())
        return false;
    QVector<qint64> v;
    for (const Token *t : values) {
        if (t->kind != Token::Value || t->glued)
            return false;
        v << (t->value.kind == ParsedValue::Number ? t->value.value.micros() : 0);
    }
    for (const LocalRule &r : localRules(spec, cells)) {
        if (r.soft)
            continue;
        MicroSum l, rr;
        for (int p : r.lhs)
            l += v[p];
        for (int p : r.rhs)
            rr += v[p];
        if (!MicroSum::comparable(l, rr) ||
            (r.equal ? l.value() != rr.value() : l.value() > rr.value()))
            return false;
    }
    return true;
}
