#include "import/pdflayout.h"

#include "import/documentbuilder.h"
#include "import/pdfcolumns.h"
#include "import/pdflabelcells.h"
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

/// PDF fonts often map CJK glyphs to the Kangxi radicals (⼈ U+2F08) or the radicals supplement
/// (⺠ U+2EA0) instead of the ideographs: NFKC folds the first block, this table the second.
QString unifyRadicals(const QString &text) {
    static const QHash<char16_t, char16_t> supplement = {
        {0x2E8C, u'小'}, {0x2E8D, u'小'}, {0x2E95, u'彐'}, {0x2E9D, u'月'}, {0x2EA0, u'民'},
        {0x2EA3, u'灬'}, {0x2EA7, u'牛'}, {0x2EAA, u'疋'}, {0x2EAE, u'竹'}, {0x2EB3, u'网'},
        {0x2EB7, u'羊'}, {0x2EBB, u'聿'}, {0x2EC0, u'虎'}, {0x2EC4, u'西'}, {0x2EC5, u'见'},
        {0x2EC6, u'角'}, {0x2EC8, u'讠'}, {0x2EC9, u'贝'}, {0x2ECB, u'车'}, {0x2ECF, u'阝'},
        {0x2ED3, u'长'}, {0x2ED4, u'长'}, {0x2ED6, u'阝'}, {0x2ED7, u'雨'}, {0x2ED8, u'青'},
        {0x2EDA, u'页'}, {0x2EDB, u'风'}, {0x2EDC, u'飞'}, {0x2EDD, u'食'}, {0x2EDF, u'饣'},
        {0x2EE0, u'饣'}, {0x2EE2, u'马'}, {0x2EE3, u'骨'}, {0x2EE4, u'鬼'}, {0x2EE5, u'鱼'},
        {0x2EE6, u'鸟'}, {0x2EE7, u'卤'}, {0x2EE8, u'麦'}, {0x2EE9, u'黄'}, {0x2EEA, u'黾'},
        {0x2EEB, u'齐'}, {0x2EEC, u'齐'}, {0x2EED, u'齿'}, {0x2EEF, u'齿'}, {0x2EF0, u'龙'},
        {0x2EF3, u'龟'}, {0x2E9F, u'母'}, {0x2EA9, u'王'}, {0x2EAB, u'目'}, {0x2EAC, u'示'},
        {0x2EB6, u'羊'}, {0x2E94, u'彐'}, {0x2E8A, u'卜'}, {0x2E97, u'心'}, {0x2E98, u'扌'},
        {0x2EA8, u'犭'}, {0x2EB9, u'耂'}, {0x2EBC, u'月'}, {0x2EBE, u'艹'}, {0x2ECA, u'足'},
        {0x2ECC, u'辶'}, {0x2ECD, u'辶'}, {0x2ED0, u'钅'}, {0x2ED1, u'长'}, {0x2ED2, u'长'},
        {0x2ED5, u'门'}, {0x2EDE, u'食'}, {0x2EE1, u'首'}};
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0x2F00 && u <= 0x2FD5) {
            const QString folded = QString(c).normalized(QString::NormalizationForm_KC);
            if (folded.size() == 1)
                c = folded[0];
        } else if (u >= 0x2E80 && u <= 0x2EF3) {
            c = QChar(supplement.value(u, u));
        }
    }
    return out;
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
    // "3." alone is the numbering of a label broken over lines, not a number.
    if (digits == 0 || t[i - 1] == u'.' || t[i - 1] == u'．' || t[i - 1] == u',' ||
        t[i - 1] == u'，')
        return false;
    // A number followed by a unit or a note: "3件", "251000元", "22（其中修订16件）".
    const QStringView rest = t.mid(i).trimmed();
    return rest.isEmpty() || rest.startsWith(u'(') || rest.startsWith(u'（') || rest == u"件" ||
           rest == u"元" || rest == u"万元" || rest == u"个" || rest == u"条";
}

void PdfLayout::splitWord(const QString &text, const QRectF &box, bool spaceAfter,
                          const std::function<QRectF(int)> &charBox, QVector<PdfWord> *words) {
    const int n = int(text.size());
    int start = 0;
    QRectF run;
    for (int i = 0; i < n; ++i) {
        const QRectF c = charBox(i);
        if (i > start && !c.isEmpty() && !run.isEmpty() &&
            c.left() - run.right() > 0.25 * std::max(c.height(), 1.0) &&
            !(isLatin(text[i - 1]) && isLatin(text[i]))) {
            words->append({text.mid(start, i - start), run, false});
            start = i;
            run = QRectF();
        }
        run = run.isEmpty() ? c : run.united(c);
    }
    if (start == 0) {
        words->append({text, box, spaceAfter}); // the common case: one word
        return;
    }
    words->append({text.mid(start), run.isEmpty() ? box : run, spaceAfter});
}

QVector<PdfLine> PdfLayout::lines(QVector<PdfWord> words, const QSizeF &size, int page) {
    QVector<PdfLine> out;
    words.removeIf([](const PdfWord &w) { return w.text.trimmed().isEmpty(); });
    if (words.isEmpty() || size.isEmpty())
        return out;
    std::sort(words.begin(), words.end(), [](const PdfWord &a, const PdfWord &b) {
        return a.box.center().y() < b.box.center().y();
    });
    // Rows from y: a word joins the line whose first word it overlaps vertically by most of its
    // height. Fonts differ in ascent (digits and Chinese on one baseline have different boxes),
    // while a number centred between two lines of its label overlaps either by less than half.
    QVector<QVector<const PdfWord *>> rows;
    QVector<QRectF> rowBoxes, anchors;
    for (const PdfWord &w : words) {
        if (!rows.isEmpty()) {
            const QRectF &a = anchors.last();
            const double overlap =
                std::min(a.bottom(), w.box.bottom()) - std::max(a.top(), w.box.top());
            if (overlap > 0.6 * std::min(std::max(w.box.height(), 1.0), a.height())) {
                rows.last() << &w;
                rowBoxes.last() = rowBoxes.last().united(w.box);
                continue;
            }
        }
        anchors << w.box;
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
                // Cells are separated by padding and a rule; a number next to text by less, and
                // Chinese text never by a space, so any visible gap between two runs of it is
                // a cell border (narrow paddings of LibreOffice/WPS tables).
                const bool latinJoin = isLatin(prev->text.back()) && isLatin(w->text.front());
                if (gap > 0.45 * em || (gap > 0.25 * em && !latinJoin) ||
                    (gap > 0.2 * em && (isValueLike(w->text) || isValueLike(prev->text)))) {
                    flush();
                } else if ((prev->spaceAfter || gap > 0.15 * em) && isLatin(seg.text.back()) &&
                           isLatin(w->text.front())) {
                    seg.text += u' ';
                }
            }
            const QString t = DocumentBuilder::cellText(unifyRadicals(w->text));
            const QRectF norm(w->box.left() / size.width(), w->box.top() / size.height(),
                              w->box.width() / size.width(), w->box.height() / size.height());
            seg.words.append({int(seg.text.size()), int(t.size()), page, norm});
            seg.text += t;
            seg.box = seg.box.isNull() ? w->box : seg.box.united(w->box);
            prev = w;
        }
        flush();
        for (PdfSegment &s : line.segments) {
            s.value = isValueLike(s.text);
            s.numeric = s.value && std::any_of(s.text.cbegin(), s.text.cend(),
                                               [](QChar c) { return c.isDigit(); });
        }
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
            const QString text = l.text();
            // A page number stands alone; a line of several numbers is a table row continued
            // at the top of the page.
            const bool lone = l.segments.size() == 1;
            if (TextCleaner::isPageFooter(text) ||
                (lone && text.size() <= 4 &&
                 std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })))
                return true;
            const QString k = key(l);
            return pageCount >= 3 && (k.isEmpty() ? lone : seen.value(k) * 2 >= pageCount);
        });
        dropped += int(before - page.size());
    }
    return dropped;
}

namespace {

/// "一、" … "十、": the numbering of a report's sections (and of a few top-level row labels).
bool startsWithSectionNumber(QStringView t) {
    qsizetype i = 0;
    while (i < t.size() && i < 3 && QStringView(u"一二三四五六七八九十").contains(t[i]))
        ++i;
    return i > 0 && i < t.size() && t[i] == u'、';
}

} // namespace

int PdfLayout::build(const QVector<PdfLine> &lines, DocumentBuilder *builder) {
    // A table: a run of lines with two or more segments; one-segment lines inside the run (a
    // label wrapped onto the next line) stay in it when a multi-segment line follows closely.
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
        QRectF extent = lines[i].box; // of the grid's rows so far
        while (end < n) {
            if (multi(end)) {
                extent = extent.united(lines[end].box);
                ++end;
                continue;
            }
            // A label wrapped onto lines of its own, when a row of the table follows; a line
            // before a header row (texts only) is a heading, and a new grid starts.
            int k = end;
            while (k < n && k < end + 12 && !multi(k))
                ++k;
            bool narrow = true;
            bool section = false; // "三、收到和处理…": a section heading before the next table
            for (int j = end; j < k; ++j) {
                narrow = narrow && lines[j].box.width() < 0.5 * extent.width();
                section = section || startsWithSectionNumber(lines[j].text());
            }
            bool headerLike = k < n; // the next table's header: texts only, none numbered
            for (int j = 0; headerLike && j < lines[k].segments.size(); ++j)
                headerLike = !lines[k].segments[j].value &&
                             !PdfLabelCells::startsWithNumbering(lines[k].segments[j].text);
            if (k < n && multi(k) && narrow && !(section && headerLike)) {
                end = k + 1;
                continue;
            }
            break;
        }
        // A header row printed last on a page: its wrapped cells continue at the top of the
        // next page ("信息" / page break / "内容").
        auto wraps = [&](int k) {
            if (lines[k].page == lines[k - 1].page)
                return lines[k].box.top() - lines[k - 1].box.bottom() < 0.6 * lines[k].box.height();
            return multi(k - 1) &&
                   std::none_of(lines[k - 1].segments.cbegin(), lines[k - 1].segments.cend(),
                                [](const PdfSegment &s) { return s.value; });
        };
        // The last row's label wrapped onto lines below it (narrow, close, not numbered).
        while (end < n && !multi(end) && lines[end].box.width() < 0.5 * extent.width() &&
               wraps(end) && !PdfLabelCells::startsWithNumbering(lines[end].text()))
            ++end;
        // A last row whose label wraps around its lone value ("行政事" / 424.36 / "业性收费", the
        // fee row closing table 1): label, value, label, close together, the value right of the
        // label lines, which are aligned.
        if (end + 2 < n) {
            const PdfLine &a = lines[end], &v = lines[end + 1], &b = lines[end + 2];
            auto lone = [](const PdfLine &l, bool numeric) {
                return l.segments.size() == 1 && l.segments[0].numeric == numeric &&
                       (numeric || !l.segments[0].value);
            };
            const double h = v.box.height();
            if (lone(a, false) && lone(v, true) && lone(b, false) &&
                a.page == lines[end - 1].page && v.page == a.page && b.page == a.page &&
                v.box.top() - a.box.bottom() < h && b.box.top() - v.box.bottom() < h &&
                a.box.top() - lines[end - 1].box.bottom() < 2 * h &&
                v.box.left() > std::max(a.box.right(), b.box.right()) &&
                std::abs(a.box.left() - b.box.left()) < h &&
                !PdfLabelCells::startsWithNumbering(a.text()))
                end += 3;
        }
        numericCells += buildGrid(lines, i, end, builder);
        i = end;
    }
    return numericCells;
}

int PdfLayout::buildGrid(const QVector<PdfLine> &lines, int from, int to,
                         DocumentBuilder *builder) {
    // Columns: value columns from the x extents of numbers (PdfColumns), label columns from the
    // left edges of the texts left of the first value column.
    QVector<double> labelX;
    double em = 0;
    int segments = 0;
    for (int r = from; r < to; ++r)
        for (const PdfSegment &s : lines[r].segments) {
            if (!s.value)
                labelX << s.box.left();
            em += s.box.height();
            ++segments;
        }
    em = segments ? em / segments : 10;
    const PdfColumns valueCols(lines, from, to, em);
    auto isValue = [&](int line, const PdfSegment &s) {
        return s.numeric || (s.value && valueCols.valueColumn(line, s) >= 0);
    };
    auto valueCount = [&](int line) {
        return int(std::count_if(lines[line].segments.cbegin(), lines[line].segments.cend(),
                                 [&](const PdfSegment &s) { return isValue(line, s); }));
    };
    const double firstValue = valueCols.left() - 0.5 * em;
    labelX.removeIf([&](double x) { return x >= firstValue; });
    // Left-aligned labels share their left edge exactly; a column of one character per line
    // (a vertical group label) is only about 1 em wide.
    const QVector<double> labelCols = clusterCentres(labelX, 0.6 * em);
    const int labelCount = int(labelCols.size());
    const int columns = labelCount + valueCols.count();
    auto columnOf = [&](int line, const PdfSegment &s) {
        if (const int v = valueCols.valueColumn(line, s); v >= 0)
            return labelCount + v;
        if (s.box.left() < firstValue || valueCols.count() == 0)
            return std::max(0, nearest(labelCols, s.box.left()));
        return labelCount + std::max(0, valueCols.nearestColumn(line, s.box.center().x()));
    };

    // Grid rows: every line before the first line with values (the header), then one row per
    // line with values. Label text on lines without values joins the label cell it continues.
    int firstValueLine = to;
    for (int r = from; r < to && firstValueLine == to; ++r)
        if (valueCount(r) > 0)
            firstValueLine = r;
    QVector<int> rowLine; // grid row → line index
    for (int r = from; r < firstValueLine; ++r)
        rowLine << r;
    const int headerRows = int(rowLine.size());
    QVector<DocumentBuilder::PlacedCell> cells;
    QVector<PdfLabelCell> labels;
    QVector<int> open(columns, -1); // column → index into labels of the cell still growing
    QVector<int> floating;          // numbered label cells printed on lines of their own
    auto placeSegment = [&](int row, int c, const PdfSegment &s, int page, QVector<int> *used) {
        QRectF norm;
        for (const SourceBox &w : s.words)
            norm = norm.isNull() ? w.rect : norm.united(w.rect);
        if ((*used)[c] >= 0) {
            auto &cell = cells[(*used)[c]];
            const int offset = int(cell.text.size());
            for (SourceBox w : s.words) {
                w.start += offset;
                cell.words << w;
            }
            cell.text += s.text;
            cell.rect = cell.rect.united(norm);
            return;
        }
        (*used)[c] = int(cells.size());
        cells.append({row, c, 1, 1, s.text, page, norm, s.words});
    };
    for (int r = firstValueLine; r < to; ++r) {
        const PdfLine &l = lines[r];
        const bool valueLine = valueCount(r) > 0;
        QVector<int> used(columns, -1);
        // A label segment continues the open cell of its column when it is close below it,
        // aligned with it, not wider, and not numbered; on a line with values it only continues
        // a cell that is not yet on another row.
        // The open label cell a segment continues: close below it, aligned with it (left edges,
        // or centres for centred text), overlapping it, not wider and not numbered; on a line
        // with values only a cell not yet on another row. Its own column first, then the
        // neighbours (centred text clusters into a neighbouring column).
        auto openFor = [&](const PdfSegment &s, int c, int row) {
            if (isValue(r, s) || PdfLabelCells::startsWithNumbering(s.text) || c < 0 ||
                c >= labelCount)
                return -1;
            for (const int cc : {c, c - 1, c + 1}) {
                const int o = cc >= 0 && cc < labelCount ? open[cc] : -1;
                if (o < 0)
                    continue;
                const PdfLabelCell &cell = labels[o];
                const double overlap = std::min(s.box.right(), cell.box.right()) -
                                       std::max(s.box.left(), cell.box.left());
                const bool aligned = std::abs(s.box.left() - cell.box.left()) < 1.5 * em ||
                                     std::abs(s.box.center().x() - cell.box.center().x()) < em;
                if (cell.page == l.page && s.box.top() - cell.box.bottom() < 0.9 * em && aligned &&
                    overlap > 0.5 * std::min(s.box.width(), cell.box.width()) &&
                    s.box.width() <= cell.box.width() + em &&
                    (row < 0 || cell.firstRow < 0 || cell.lastRow == row ||
                     // a label printed one character per line beside many rows
                     (s.text.size() == 1 && cell.singleCharacters)))
                    return o;
            }
            return -1;
        };
        auto continuesOpen = [&](const PdfSegment &s, int c, int row) {
            return openFor(s, c, row) >= 0;
        };
        // A header row inside the grid (a block of table 1, a repeated header): several texts,
        // reaching into the value columns, or none numbered and none continuing a label above.
        bool header = !valueLine && l.segments.size() >= 2;
        bool plain = true, overValues = false;
        for (const PdfSegment &s : l.segments) {
            plain = plain && !PdfLabelCells::startsWithNumbering(s.text) &&
                    !continuesOpen(s, columnOf(r, s), -1);
            overValues = overValues || columnOf(r, s) >= labelCount;
        }
        if (header && (plain || overValues)) {
            // The line just above a header row is that block's title, not a wrapped label.
            for (int o : open) {
                if (o < 0 || labels[o].tail.line != r - 1)
                    continue;
                PdfLabelCell &cell = labels[o];
                PdfLabelCell title;
                title.column = cell.column;
                title.page = cell.page;
                PdfLabelCells::append(&title, cell.tail.segment);
                cell.text.truncate(cell.tail.textSize);
                cell.words.resize(cell.tail.words);
                cell.box = cell.tail.box;
                cell.norm = cell.tail.norm;
                cell.tail.line = -1;
                labels << title;
            }
            for (const PdfSegment &s : l.segments)
                placeSegment(int(rowLine.size()), columnOf(r, s), s, l.page, &used);
            rowLine << r;
            open.fill(-1);
            continue;
        }
        const int row = valueLine ? int(rowLine.size()) : -1;
        if (valueLine)
            rowLine << r;
        for (const PdfSegment &s : l.segments) {
            int c = columnOf(r, s);
            if (c < 0 || c >= columns)
                continue;
            if (c >= labelCount || isValue(r, s)) {
                if (row >= 0)
                    placeSegment(row, c, s, l.page, &used);
                continue;
            }
            const int continued = openFor(s, c, row);
            const bool continues = continued >= 0;
            if (continues)
                c = labels[continued].column;
            if (!continues) {
                PdfLabelCell cell;
                cell.column = c;
                cell.page = l.page;
                labels << cell;
                open[c] = int(labels.size()) - 1;
                if (row < 0)
                    floating << open[c];
            }
            PdfLabelCell &cell = labels[open[c]];
            if (continues && row < 0 && cell.firstRow >= 0)
                cell.tail = {r,        s,        int(cell.text.size()), int(cell.words.size()),
                             cell.box, cell.norm};
            PdfLabelCells::append(&cell, s);
            if (row >= 0) {
                cell.firstRow = cell.firstRow < 0 ? row : std::min(cell.firstRow, row);
                cell.lastRow = std::max(cell.lastRow, row);
            }
        }
        if (row >= 0) { // a printed row: the value columns it leaves empty are blank cells
            const auto [first, count] = valueCols.bandColumns(r);
            for (int c = labelCount + first; c < labelCount + first + count; ++c)
                if (used[c] < 0)
                    cells.append({row, c, 1, 1, QString(), l.page, QRectF(), {}});
        }
    }
    // Header lines: their segments as they are.
    for (int h = 0; h < headerRows; ++h) {
        const PdfLine &l = lines[rowLine[h]];
        QVector<int> used(columns, -1);
        for (const PdfSegment &s : l.segments) {
            const int c = columnOf(rowLine[h], s);
            if (c < 0 || c >= columns)
                continue;
            QRectF norm;
            for (const SourceBox &w : s.words)
                norm = norm.isNull() ? w.rect : norm.united(w.rect);
            if (used[c] >= 0) {
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
            cells.append({h, c, 1, 1, s.text, l.page, norm, s.words});
        }
    }
    // Label cells onto rows: the value rows whose line lies within the cell's height; a
    // numbered label printed above its numbers (centred vertically) goes to the next value row
    // close below it, else it is a row of its own.
    QVector<bool> isValueRow(rowLine.size(), false);
    for (int row = headerRows; row < rowLine.size(); ++row)
        isValueRow[row] = valueCount(rowLine[row]) > 0;
    QVector<PdfGridRow> gridRows;
    for (int row = 0; row < rowLine.size(); ++row) {
        const PdfLine &l = lines[rowLine[row]];
        gridRows.append({row, l.page, l.box.center().y(), isValueRow[row]});
    }
    PdfLabelCells::joinParagraphs(&labels, gridRows, em);
    for (int li = 0; li < labels.size(); ++li) {
        PdfLabelCell &cell = labels[li];
        if (cell.absorbed)
            continue;
        for (int row = headerRows; row < rowLine.size(); ++row) {
            if (!isValueRow[row])
                continue;
            const PdfLine &l = lines[rowLine[row]];
            if (l.page == cell.page && l.box.center().y() >= cell.box.top() - 0.2 * em &&
                l.box.center().y() <= cell.box.bottom() + 0.2 * em) {
                cell.firstRow = cell.firstRow < 0 ? row : std::min(cell.firstRow, row);
                cell.lastRow = std::max(cell.lastRow, row);
            }
        }
        if (cell.firstRow < 0 && PdfLabelCells::startsWithNumbering(cell.text)) {
            for (int row = headerRows; row < rowLine.size(); ++row) {
                if (!isValueRow[row])
                    continue;
                const PdfLine &l = lines[rowLine[row]];
                if (l.page == cell.page && l.box.top() >= cell.box.top() &&
                    l.box.top() - cell.box.bottom() < 2.0 * em) {
                    cell.firstRow = cell.lastRow = row;
                    break;
                }
            }
        }
        if (cell.firstRow < 0) {
            cell.firstRow = cell.lastRow = int(rowLine.size());
            rowLine << -1 - li; // a title of its own (第二十条第（五）项), ordered by position
            isValueRow << false;
        }
        // Two label cells on one position (a label printed above its row): one cell.
        bool merged = false;
        for (auto &p : cells)
            if (p.row == cell.firstRow && p.column == cell.column && !p.words.isEmpty()) {
                const int offset = int(p.text.size());
                for (SourceBox w : cell.words) {
                    w.start += offset;
                    p.words << w;
                }
                p.text += cell.text;
                p.rect = p.rect.united(cell.norm);
                p.rowSpan = std::max(p.rowSpan, cell.lastRow - cell.firstRow + 1);
                merged = true;
                break;
            }
        if (!merged)
            cells.append({cell.firstRow, cell.column, cell.lastRow - cell.firstRow + 1, 1,
                          cell.text, cell.page, cell.norm, cell.words});
    }
    // Rows in printed order (rows of their own were appended last).
    auto rowTop = [&](int row) {
        const int l = rowLine[row];
        return l >= 0 ? std::pair(lines[l].page, lines[l].box.top())
                      : std::pair(labels[-1 - l].page, labels[-1 - l].box.top());
    };
    const int rows = int(rowLine.size());
    QVector<int> order(rows);
    for (int r = 0; r < rows; ++r)
        order[r] = r;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return rowTop(a) < rowTop(b); });
    QVector<int> newRow(rows);
    for (int r = 0; r < rows; ++r)
        newRow[order[r]] = r;
    for (auto &c : cells) {
        const int last = c.row + c.rowSpan - 1;
        c.row = newRow[c.row];
        c.rowSpan = std::max(1, newRow[last] - c.row + 1);
    }
    builder->addGrid(rows, columns, cells);
    int numbers = 0;
    for (const auto &c : cells)
        numbers += c.column >= labelCount && isValueLike(c.text);
    return numbers;
}
