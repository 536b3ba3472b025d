#include "import/pdflayout.h"

#include "import/documentbuilder.h"
#include "import/textcleaner.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace {

bool isDigit(QChar c) {
    return c.isDigit(); // ASCII and full-width digits
}

bool isLatin(QChar c) {
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

/// 1-D clusters of sorted positions: a new cluster where the gap exceeds `tolerance`.
QVector<double> clusterCentres(QVector<double> xs, double tolerance) {
    std::sort(xs.begin(), xs.end());
    QVector<double> centres;
    QVector<int> counts;
    double sum = 0;
    int n = 0;
    double last = -1e9;
    for (double x : xs) {
        if (n > 0 && x - last > tolerance) {
            centres << sum / n;
            sum = 0;
            n = 0;
        }
        sum += x;
        ++n;
        last = x;
    }
    if (n > 0)
        centres << sum / n;
    return centres;
}

int nearest(const QVector<double> &centres, double x) {
    int best = -1;
    double bestDistance = 1e18;
    for (int i = 0; i < centres.size(); ++i) {
        const double d = std::abs(centres[i] - x);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

int valueCount(const PdfLine &line) {
    return int(std::count_if(line.segments.cbegin(), line.segments.cend(),
                             [](const PdfSegment &s) { return s.value; }));
}

} // namespace

QString PdfLine::text() const {
    QString out;
    for (const PdfSegment &s : segments) {
        if (!out.isEmpty())
            out += u' ';
        out += s.text;
    }
    return out;
}

bool PdfLayout::isValueLike(QStringView text) {
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return false;
    static const QStringList placeholders{"/", "-", "—", "－", "--", "——", "无", "／", "\u2014"};
    if (placeholders.contains(t.toString()))
        return true;
    qsizetype i = 0;
    if (t[0] == u'-' || t[0] == u'+' || t[0] == u'－' || t[0] == u'＋')
        ++i;
    qsizetype digits = 0;
    for (; i < t.size(); ++i) {
        const QChar c = t[i];
        if (isDigit(c))
            ++digits;
        else if (c != u',' && c != u'，' && c != u'.' && c != u'．')
            break;
    }
    if (digits == 0)
        return false;
    // A number followed by a unit or a note: "3件", "251000元", "22（其中修订16件）".
    const QStringView rest = t.mid(i).trimmed();
    return rest.isEmpty() || rest.startsWith(u'(') || rest.startsWith(u'（') || rest == u"件" ||
           rest == u"元" || rest == u"万元" || rest == u"个" || rest == u"条";
}

QVector<PdfLine> PdfLayout::lines(QVector<PdfWord> words, const QSizeF &size, int page) {
    QVector<PdfLine> out;
    words.removeIf([](const PdfWord &w) { return w.text.trimmed().isEmpty(); });
    if (words.isEmpty() || size.isEmpty())
        return out;
    std::sort(words.begin(), words.end(), [](const PdfWord &a, const PdfWord &b) {
        return a.box.center().y() < b.box.center().y();
    });
    // Rows from y: a word joins the line whose vertical centre is within half its height.
    QVector<QVector<const PdfWord *>> rows;
    QVector<QRectF> rowBoxes;
    for (const PdfWord &w : words) {
        const double cy = w.box.center().y();
        const double h = std::max(w.box.height(), 1.0);
        if (!rows.isEmpty()) {
            const QRectF &r = rowBoxes.last();
            if (std::abs(r.center().y() - cy) < 0.5 * std::min(h, r.height()) + 0.5) {
                rows.last() << &w;
                rowBoxes.last() = rowBoxes.last().united(w.box);
                continue;
            }
        }
        rows.append({&w});
        rowBoxes << w.box;
    }
    for (int r = 0; r < rows.size(); ++r) {
        auto &row = rows[r];
        std::sort(row.begin(), row.end(),
                  [](const PdfWord *a, const PdfWord *b) { return a->box.left() < b->box.left(); });
        PdfLine line;
        line.page = page;
        line.box = rowBoxes[r];
        // Median word height: the unit of gaps on this line.
        QVector<double> heights;
        for (const PdfWord *w : row)
            heights << w->box.height();
        std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
        const double em = std::max(heights[heights.size() / 2], 4.0);
        PdfSegment seg;
        const PdfWord *prev = nullptr;
        auto flush = [&] {
            if (!seg.text.isEmpty())
                line.segments << seg;
            seg = PdfSegment();
        };
        for (const PdfWord *w : row) {
            if (prev) {
                const double gap = w->box.left() - prev->box.right();
                if (gap > 0.8 * em) {
                    flush();
                } else if ((prev->spaceAfter || gap > 0.15 * em) && isLatin(seg.text.back()) &&
                           isLatin(w->text.front())) {
                    seg.text += u' ';
                }
            }
            const QString t = DocumentBuilder::cellText(w->text);
            const QRectF norm(w->box.left() / size.width(), w->box.top() / size.height(),
                              w->box.width() / size.width(), w->box.height() / size.height());
            seg.words.append({int(seg.text.size()), int(t.size()), page, norm});
            seg.text += t;
            seg.box = seg.box.isNull() ? w->box : seg.box.united(w->box);
            prev = w;
        }
        flush();
        for (PdfSegment &s : line.segments)
            s.value = isValueLike(s.text);
        if (!line.segments.isEmpty())
            out << line;
    }
    return out;
}

int PdfLayout::dropRunningLines(QVector<QVector<PdfLine>> *pages, const QVector<QSizeF> &sizes) {
    // Candidates: up to two lines in the top and bottom 8 % of each page.
    auto isMargin = [&](const PdfLine &l) {
        const double h = sizes[l.page].height();
        return l.box.bottom() < 0.08 * h || l.box.top() > 0.92 * h;
    };
    auto key = [](const PdfLine &l) {
        QString k = l.text();
        k.removeIf([](QChar c) { return c.isDigit() || c.isSpace(); });
        return k;
    };
    QHash<QString, int> seen;
    for (const auto &page : *pages) {
        QSet<QString> onPage;
        for (const PdfLine &l : page)
            if (isMargin(l))
                onPage.insert(key(l));
        for (const QString &k : onPage)
            ++seen[k];
    }
    const int pageCount = int(pages->size());
    int dropped = 0;
    for (auto &page : *pages) {
        const qsizetype before = page.size();
        page.removeIf([&](const PdfLine &l) {
            if (!isMargin(l))
                return false;
            if (TextCleaner::isPageFooter(l.text()))
                return true;
            const QString k = key(l);
            return pageCount >= 3 && (k.isEmpty() || seen.value(k) * 2 >= pageCount);
        });
        dropped += int(before - page.size());
    }
    return dropped;
}

int PdfLayout::build(const QVector<PdfLine> &lines, DocumentBuilder *builder) {
    // A table: a run of lines with two or more segments; a one-segment line inside the run (a
    // label wrapped onto the next line) stays in it when a multi-segment line follows closely.
    const int n = int(lines.size());
    auto multi = [&](int i) { return lines[i].segments.size() >= 2; };
    int numericCells = 0;
    int i = 0;
    while (i < n) {
        if (!multi(i)) {
            const PdfLine &l = lines[i];
            QString text;
            QVector<SourceBox> words;
            for (const PdfSegment &s : l.segments) {
                if (!text.isEmpty())
                    text += u' ';
                for (SourceBox w : s.words) {
                    w.start += int(text.size());
                    words << w;
                }
                text += s.text;
            }
            builder->addLine(text, words);
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < n) {
            if (multi(end)) {
                ++end;
                continue;
            }
            // Up to three wrapped label lines, then the table must go on.
            int k = end;
            while (k < n && k < end + 3 && !multi(k))
                ++k;
            if (k < n && multi(k) &&
                lines[end].box.width() < 0.5 * (lines[end - 1].box.width() + 1)) {
                end = k + 1;
                continue;
            }
            break;
        }
        // Columns: value columns from the x centres of numbers, label columns from the left
        // edges of texts left of the first value column.
        QVector<double> valueX, labelX;
        double em = 0;
        int segments = 0;
        for (int r = i; r < end; ++r)
            for (const PdfSegment &s : lines[r].segments) {
                (s.value ? valueX : labelX) << (s.value ? s.box.center().x() : s.box.left());
                em += s.box.height();
                ++segments;
            }
        em = segments ? em / segments : 10;
        const QVector<double> valueCols = clusterCentres(valueX, 1.5 * em);
        const double firstValue = valueCols.isEmpty() ? 1e18 : valueCols.first() - 1.0 * em;
        labelX.removeIf([&](double x) { return x >= firstValue; });
        const QVector<double> labelCols = clusterCentres(labelX, 1.5 * em);
        const int labelCount = int(labelCols.size());
        const int columns = labelCount + int(valueCols.size());
        QVector<DocumentBuilder::PlacedCell> cells;
        const int rows = end - i;
        for (int r = 0; r < rows; ++r) {
            const PdfLine &l = lines[i + r];
            QVector<int> used(columns, -1);
            const bool hasValues = valueCount(l) > 0;
            for (const PdfSegment &s : l.segments) {
                int c;
                if (s.value && !valueCols.isEmpty()) {
                    c = labelCount + nearest(valueCols, s.box.center().x());
                } else if (s.box.left() < firstValue || valueCols.isEmpty()) {
                    c = std::max(0, nearest(labelCols, s.box.left()));
                } else {
                    c = labelCount + nearest(valueCols, s.box.center().x());
                }
                if (c < 0 || c >= columns)
                    continue;
                const QRectF norm = s.words.isEmpty() ? QRectF() : [&] {
                    QRectF u;
                    for (const SourceBox &w : s.words)
                        u = u.isNull() ? w.rect : u.united(w.rect);
                    return u;
                }();
                if (used[c] >= 0) {
                    // Two pieces in one column: one cell ("1.属于" "国家秘密").
                    auto &cell = cells[used[c]];
                    const int offset = int(cell.text.size());
                    for (SourceBox w : s.words) {
                        w.start += offset;
                        cell.words << w;
                    }
                    cell.text += s.text;
                    cell.rect = cell.rect.united(norm);
                    continue;
                }
                used[c] = int(cells.size());
                cells.append({r, c, 1, 1, s.text, l.page, norm, s.words});
                numericCells += s.value;
            }
            if (hasValues) // a printed row: the value columns it leaves empty are blank cells
                for (int c = labelCount; c < columns; ++c)
                    if (used[c] < 0)
                        cells.append({r, c, 1, 1, QString(), l.page, QRectF(), {}});
        }
        builder->addGrid(rows, columns, cells);
        i = end;
    }
    return numericCells;
}
