#include "rowplacer.h"

#include "extractnotes.h"
#include "model/spec.h"

QString RowPlacer::displayOf(const SourceDocument &doc, int start, int end) {
    const int s = doc.displayOffset(start);
    const QStringView text =
        QStringView(doc.displayText).mid(s, doc.displayOffset(end) - s).trimmed();
    // Most cells print one digit ("0" above all): a view of a static digit, so that the ~200
    // cells of a report need no allocation and their copies no reference counting.
    static constexpr char16_t kDigits[10][2] = {u"0", u"1", u"2", u"3", u"4",
                                                u"5", u"6", u"7", u"8", u"9"};
    if (text.size() == 1 && LabelText::isAsciiDigit(text.front()))
        return QString::fromRawData(
            reinterpret_cast<const QChar *>(kDigits[text.front().unicode() - u'0']), 1);
    return text.toString();
}

Anchor RowPlacer::anchorOf(const SourceDocument &doc, int start, int end) {
    Anchor a;
    a.start = doc.displayOffset(start);
    a.length = doc.displayOffset(end) - a.start;
    return a;
}

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
    const QString fuzzy = !row.labelConfident ? ExtractNotes::fuzzyLabel(row.label)
                          : row.pairedApart   ? ExtractNotes::pairedApart()
                                              : QString();

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
        }
        addNote(&cell, countNote);
        addNote(&cell, fuzzy);
    }
}
