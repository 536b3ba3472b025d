#include "rowplacer.h"

#include "extractnotes.h"
#include "model/spec.h"

#include "runsplitter.h"
#include <QVarLengthArray>

namespace {

QString displayOf(const SourceDocument &doc, int start, int end) {
    const int s = doc.displayOffset(start);
    return QStringView(doc.displayText).mid(s, doc.displayOffset(end) - s).trimmed().toString();
}

Anchor anchorOf(const SourceDocument &doc, int start, int end) {
    Anchor a;
    a.start = doc.displayOffset(start);
    a.length = doc.displayOffset(end) - a.start;
    return a;
}

bool isDigitRun(const Token &t, QStringView text) {
    if (t.kind != Token::Value || t.end - t.start < 2)
        return false;
    for (QChar c : text.mid(t.start, t.end - t.start))
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    return true;
}

/// A rule over positions of one row: sum(lhs) (==|<=) sum(rhs).
struct RowRule {
    QVarLengthArray<int, 8> lhs, rhs;
    bool equal = true;
};

/// Rule instances of the edition whose cells all lie in `row` (row totals, t3 group totals).
QVector<RowRule> rowRules(const EditionSpec &spec, const QVector<int> &row) {
    QVector<RowRule> out;
    const Spec &all = Spec::instance();
    for (const RuleInstance &inst : spec.instances) {
        if (all.rule(inst.rule).kind == RuleKind::Type || inst.rhs.isEmpty())
            continue;
        RowRule r;
        r.equal = inst.comparison == RuleComparison::Equal;
        bool inside = true;
        for (int c : inst.lhs)
            inside = inside && row.contains(c) && (r.lhs.append(int(row.indexOf(c))), true);
        for (int c : inst.rhs)
            inside = inside && row.contains(c) && (r.rhs.append(int(row.indexOf(c))), true);
        if (inside)
            out << r;
    }
    return out;
}

} // namespace

void RowPlacer::addNote(Cell *cell, const QString &note) {
    if (note.isEmpty() || cell->note.contains(note))
        return;
    cell->note = cell->note.isEmpty() ? note : cell->note + QStringLiteral("；") + note;
}

Cell RowPlacer::cellFromToken(const SourceDocument &doc, const Token &t, int cellIndex,
                              const EditionSpec &spec) {
    Cell cell;
    if (t.kind == Token::Empty) {
        cell.status = CellStatus::Blank;
        cell.anchor = anchorOf(doc, t.start, t.start);
        return cell;
    }
    cell.raw = displayOf(doc, t.start, t.end);
    if (t.value.kind != ParsedValue::Number && t.value.kind != ParsedValue::Placeholder &&
        t.value.kind != ParsedValue::OutOfRange)
        return cell; // digits that are no number we can hold (a run too long to split): missing
    const int numberStart = t.start + t.value.numberStart;
    cell.anchor = anchorOf(doc, numberStart, numberStart + t.value.numberLength);
    if (t.value.kind == ParsedValue::OutOfRange) { // printed, but no value we could check
        cell.status = CellStatus::Suspect;
        addNote(&cell, ExtractNotes::outOfRange());
        return cell;
    }
    if (t.value.kind == ParsedValue::Placeholder) {
        cell.status = CellStatus::Placeholder;
        return cell;
    }
    cell.status = CellStatus::Read;
    Decimal v = t.value.value;
    if (t.value.inYuan && spec.cell(cellIndex).type == ValueType::Decimal) {
        v = Decimal::fromMicros(v.micros() / 10000); // 元 → 万元
        addNote(&cell, ExtractNotes::unitYuan());
    }
    cell.value = v;
    if (!t.value.note.isEmpty()) {
        // The note as printed, not its NFKC form.
        const int open = int(doc.matchText.indexOf(u'(', numberStart));
        addNote(&cell,
                open >= 0 && open < t.end ? displayOf(doc, open + 1, t.end - 1) : t.value.note);
    }
    return cell;
}

void RowPlacer::place(const SourceDocument &doc, const EditionSpec &spec, const RowInput &row,
                      QVector<Cell> *cells) {
    const int want = int(row.cells.size());
    const QVector<const Token *> &vals = row.values;
    const int have = int(vals.size());
    const QString fuzzy = row.labelConfident ? QString() : ExtractNotes::fuzzyLabel(row.label);

    if (have == 0) {
        for (int c : row.cells) {
            Cell &cell = (*cells)[c];
            cell = Cell{};
            if (row.blankCells >= want) {
                cell.status = CellStatus::Blank;
            } else {
                addNote(&cell, ExtractNotes::noValues());
            }
        }
        return;
    }

    // Digits run together: a run glued to the label, or a whole row printed as one number.
    if (have < want) {
        int runIdx = -1;
        for (int i = 0; i < have && runIdx < 0; ++i)
            if (isDigitRun(*vals[i], doc.matchText) && (vals[i]->runIn || have == 1))
                runIdx = i;
        if (runIdx >= 0) {
            const Token &run = *vals[runIdx];
            const QString digits = doc.matchText.mid(run.start, run.end - run.start);
            const int parts = want - (have - 1);
            const QVector<RowRule> rules = rowRules(spec, row.cells);
            auto accept = [&](const QVector<qint64> &split) {
                QVarLengthArray<qint64, 32> value(want, 0);
                for (int i = 0, col = 0; i < have; ++i) {
                    if (i == runIdx) {
                        for (qint64 v : split)
                            value[col++] = v;
                    } else {
                        const Token &t = *vals[i];
                        value[col++] = t.kind == Token::Value && t.value.kind == ParsedValue::Number
                                           ? t.value.value.integerPart()
                                           : 0;
                    }
                }
                for (const RowRule &r : rules) {
                    qint64 l = 0, rr = 0;
                    for (int p : r.lhs)
                        l += value[p];
                    for (int p : r.rhs)
                        rr += value[p];
                    if (r.equal ? l != rr : l > rr)
                        return false;
                }
                return true;
            };
            const auto split = RunSplitter::uniqueSplit(digits, parts, accept);
            const QString raw = displayOf(doc, run.start, run.end);
            for (int i = 0, col = 0; i < have; ++i) {
                if (i != runIdx) {
                    const int c = row.cells[col++];
                    (*cells)[c] = cellFromToken(doc, *vals[i], c, spec);
                    if (split.isEmpty() && i > runIdx) {
                        // Where this value belongs depends on the unknown split.
                        (*cells)[c] = Cell{};
                        (*cells)[c].raw = raw;
                        addNote(&(*cells)[c], ExtractNotes::runUnsplit(raw));
                    } else if (split.isEmpty()) {
                        (*cells)[c].status = CellStatus::Suspect;
                    }
                    continue;
                }
                for (int p = 0; p < parts; ++p) {
                    const int c = row.cells[col++];
                    Cell &cell = (*cells)[c];
                    cell = Cell{};
                    cell.raw = raw;
                    if (split.isEmpty()) {
                        addNote(&cell, ExtractNotes::runUnsplit(raw));
                        continue;
                    }
                    const auto [off, len] = split[p];
                    cell.status = CellStatus::Inferred;
                    cell.value = Decimal::fromInteger(digits.mid(off, len).toLongLong());
                    cell.anchor = anchorOf(doc, run.start + off, run.start + off + len);
                    addNote(&cell, ExtractNotes::runSplit(raw));
                }
            }
            return;
        }
    }

    const QString countNote = have < want   ? ExtractNotes::tooFewValues(have, want)
                              : have > want ? ExtractNotes::tooManyValues(have, want)
                                            : QString();
    for (int col = 0; col < want; ++col) {
        const int c = row.cells[col];
        Cell &cell = (*cells)[c];
        if (col >= have) {
            cell = Cell{};
            addNote(&cell, countNote);
            continue;
        }
        cell = cellFromToken(doc, *vals[col], c, spec);
        if (cell.status == CellStatus::Read) {
            if (!countNote.isEmpty() || !fuzzy.isEmpty())
                cell.status = CellStatus::Suspect;
            else if (vals[col]->runIn && vals[col]->end - vals[col]->start > 1) {
                cell.status = CellStatus::Suspect;
                addNote(&cell, ExtractNotes::runIn());
            }
        }
        addNote(&cell, countNote);
        addNote(&cell, fuzzy);
    }
}
