#include "documentpane.h"

#include "extract/boxanchors.h"
#include "findbar.h"
#include "model/spec.h"
#include "pdfpageview.h"
#include "review/reportdocument.h"
#include "richdocumentview.h"

#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>
#include <algorithm>

namespace {

QTextCharFormat subtleFormat() {
    QTextCharFormat subtle;
    subtle.setUnderlineStyle(QTextCharFormat::DotLine);
    subtle.setUnderlineColor(QColor(0x2f, 0x6f, 0xd0));
    subtle.setBackground(QColor(0xee, 0xf3, 0xfb));
    return subtle;
}

QTextCharFormat strongFormat() {
    QTextCharFormat f;
    f.setBackground(QColor(0xff, 0xb3, 0x1a));
    f.setForeground(Qt::black);
    f.setFontWeight(QFont::Bold);
    f.setProperty(QTextFormat::OutlinePen, QPen(QColor(0xb0, 0x1c, 0x1c)));
    return f;
}

} // namespace

DocumentPane::DocumentPane(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_find(new FindBar(this))
    , m_stack(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_rich(new RichDocumentView(this))
    , m_pdf(new PdfPageView(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; color: #5a4300; padding: 4px 8px; border-bottom: 1px solid "
        "#e0c070; }"));
    m_banner->hide();
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    for (QWidget *view :
         {static_cast<QWidget *>(m_text->viewport()), static_cast<QWidget *>(m_rich->viewport())}) {
        view->installEventFilter(this);
        view->setCursor(Qt::IBeamCursor);
    }
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_rich);
    m_stack->addWidget(m_pdf);
    layout->addWidget(m_banner);
    layout->addWidget(m_find);
    layout->addWidget(m_stack);
    connect(m_pdf, &PdfPageView::clicked, this, [this](int page, const QPointF &point) {
        const int cell = cellAtPoint(page, point);
        if (cell >= 0)
            Q_EMIT cellClicked(cell);
    });
    auto *findKey = new QShortcut(QKeySequence::Find, this);
    findKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findKey, &QShortcut::activated, m_find, &FindBar::activate);
    auto *close = new QShortcut(Qt::Key_Escape, m_find);
    close->setContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QShortcut::activated, m_find, &QWidget::hide);
    connect(m_find, &FindBar::findRequested, this,
            [this](const QString &text, bool backward) { find(text, backward); });
}

void DocumentPane::setDocument(ReportDocument *document) {
    m_document = document;
    m_current = Anchor();
    m_spans.clear();
    m_boxes.clear();
    m_findPos = -1;
    m_banner->hide();
    if (!document) {
        m_text->clear();
        m_rich->clear();
        m_stack->setCurrentWidget(m_text);
        return;
    }
    const SourceDocument &source = document->source();
    m_mode = source.isPaged() ? Mode::Pdf : source.tables.isEmpty() ? Mode::Text : Mode::Rich;
    if (m_mode == Mode::Pdf && !m_pdf->setPdf(source.original))
        m_mode = Mode::Text; // the original is unreadable here: its text still is
    const QVector<Cell> &cells = document->report().cells;
    for (int i = 0; i < cells.size(); ++i) {
        const Anchor &a = cells[i].anchor;
        if (a.start >= 0 && a.length > 0)
            m_spans << Span{a.start, a.start + a.length, i};
    }
    std::sort(m_spans.begin(), m_spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    switch (m_mode) {
    case Mode::Text:
        m_text->setPlainText(source.displayText);
        m_text->setTabStopDistance(m_text->fontMetrics().horizontalAdvance(u' ') * 4);
        m_stack->setCurrentWidget(m_text);
        break;
    case Mode::Rich:
        m_rich->setSource(source);
        m_stack->setCurrentWidget(m_rich);
        break;
    case Mode::Pdf: {
        QVector<PdfPageView::Mark> marks;
        for (const Span &s : m_spans) {
            const Anchor a = pageAnchor(cells[s.cell].anchor);
            if (a.page >= 0) {
                m_boxes << Box{a.page, a.rect, s.cell};
                marks << PdfPageView::Mark{a.page, a.rect, s.cell};
            }
        }
        m_pdf->setMarks(marks);
        m_stack->setCurrentWidget(m_pdf);
        break;
    }
    }
    updateSelections();
}

Anchor DocumentPane::pageAnchor(const Anchor &anchor) const {
    if (anchor.page >= 0 && !anchor.rect.isEmpty())
        return anchor;
    return m_document ? BoxAnchors::resolve(m_document->source(), anchor.start, anchor.length)
                      : anchor;
}

int DocumentPane::cellAtPosition(int position) const {
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), position,
                               [](int pos, const Span &s) { return pos < s.start; });
    // Check the span just before (and one more, for a click on a span's last character).
    for (int k = 0; k < 2 && it != m_spans.begin(); ++k) {
        --it;
        if (position >= it->start && position <= it->end)
            return it->cell;
    }
    return -1;
}

int DocumentPane::cellAtPoint(int page, const QPointF &point) const {
    for (const Box &b : m_boxes) {
        // A little margin: numbers are small targets.
        const QRectF r = b.rect.adjusted(-0.004, -0.003, 0.004, 0.003);
        if (b.page == page && r.contains(point))
            return b.cell;
    }
    return -1;
}

void DocumentPane::showCell(int cell) {
    if (!m_document || cell < 0 || cell >= m_document->report().cells.size())
        return;
    const Cell &c = m_document->cell(cell);
    m_current = c.anchor;
    if (!c.anchor.isValid()) {
        m_banner->setText(tr("此单元格在原文中无出处（%1）：%2")
                              .arg(cellStatusName(c.status), m_document->spec().cell(cell).key));
        m_banner->show();
        if (m_mode == Mode::Pdf)
            m_pdf->clearHighlight();
    } else {
        m_banner->hide();
        select(c.anchor.start, c.anchor.length);
    }
    updateSelections();
}

void DocumentPane::select(int start, int length) {
    switch (m_mode) {
    case Mode::Text: {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(start);
        m_text->setTextCursor(cursor);
        m_text->centerCursor();
        break;
    }
    case Mode::Rich: {
        QTextCursor cursor = m_rich->cursorFor(start, 0);
        m_rich->setTextCursor(cursor);
        m_rich->ensureCursorVisible();
        break;
    }
    case Mode::Pdf: {
        Anchor a;
        a.start = start;
        a.length = length;
        if (m_current.start == start && m_current.length == length)
            a = m_current;
        const Anchor p = pageAnchor(a);
        if (p.page >= 0)
            m_pdf->showRect(p.page, p.rect);
        break;
    }
    }
}

QString DocumentPane::highlightedText() const {
    if (!m_document || m_current.start < 0)
        return {};
    return m_document->source().displayText.mid(m_current.start, m_current.length);
}

QString DocumentPane::bannerText() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void DocumentPane::updateSelections() {
    if (m_mode == Mode::Pdf)
        return; // PdfPageView draws its marks and highlight
    QList<QTextEdit::ExtraSelection> selections;
    auto cursorFor = [&](int start, int length) {
        if (m_mode == Mode::Rich)
            return m_rich->cursorFor(start, length);
        QTextCursor c(m_text->document());
        c.setPosition(start);
        c.setPosition(start + length, QTextCursor::KeepAnchor);
        return c;
    };
    const QTextCharFormat subtle = subtleFormat();
    for (const Span &s : m_spans)
        selections << QTextEdit::ExtraSelection{cursorFor(s.start, s.end - s.start), subtle};
    if (m_current.start >= 0 && m_current.length > 0)
        selections << QTextEdit::ExtraSelection{cursorFor(m_current.start, m_current.length),
                                                strongFormat()};
    if (m_mode == Mode::Rich)
        m_rich->setExtraSelections(selections);
    else
        m_text->setExtraSelections(selections);
}

bool DocumentPane::find(const QString &text, bool backward) {
    if (!m_document || text.isEmpty()) {
        m_find->setStatus(0, 0);
        return false;
    }
    const QString &hay = m_document->source().displayText;
    const int total = int(hay.count(text, Qt::CaseInsensitive));
    int at = backward
                 ? int(hay.lastIndexOf(text, std::max(m_findPos - 1, -1) < 0 ? -1 : m_findPos - 1,
                                       Qt::CaseInsensitive))
                 : int(hay.indexOf(text, m_findPos + 1, Qt::CaseInsensitive));
    if (at < 0) // wrap around
        at = backward ? int(hay.lastIndexOf(text, -1, Qt::CaseInsensitive))
                      : int(hay.indexOf(text, 0, Qt::CaseInsensitive));
    if (at < 0) {
        m_find->setStatus(0, 0);
        return false;
    }
    m_findPos = at;
    m_find->setStatus(int(hay.left(at).count(text, Qt::CaseInsensitive)) + 1, total);
    const int length = int(text.size());
    switch (m_mode) {
    case Mode::Text: {
        QTextCursor c(m_text->document());
        c.setPosition(at);
        c.setPosition(at + length, QTextCursor::KeepAnchor);
        m_text->setTextCursor(c);
        m_text->centerCursor();
        break;
    }
    case Mode::Rich: {
        const QTextCursor c = m_rich->cursorFor(at, length);
        m_rich->setTextCursor(c);
        m_rich->ensureCursorVisible();
        break;
    }
    case Mode::Pdf: {
        const Anchor p = BoxAnchors::resolve(m_document->source(), at, length);
        if (p.page >= 0)
            m_pdf->showRect(p.page, p.rect);
        break;
    }
    }
    return true;
}

bool DocumentPane::eventFilter(QObject *watched, QEvent *event) {
    const bool text = watched == m_text->viewport();
    const bool rich = watched == m_rich->viewport();
    if ((text || rich) && event->type() == QEvent::MouseButtonRelease) {
        const auto *me = static_cast<QMouseEvent *>(event);
        const bool selection =
            text ? m_text->textCursor().hasSelection() : m_rich->textCursor().hasSelection();
        if (me->button() == Qt::LeftButton && !selection) {
            const int position =
                text ? m_text->cursorForPosition(me->pos()).position()
                     : m_rich->toDisplay(m_rich->cursorForPosition(me->pos()).position());
            const int cell = position >= 0 ? cellAtPosition(position) : -1;
            if (cell >= 0)
                Q_EMIT cellClicked(cell);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentPane::resetZoom() {
    if (m_zoomSteps != 0)
        zoom(-m_zoomSteps);
}

void DocumentPane::zoom(int steps) {
    m_zoomSteps += steps;
    switch (m_mode) {
    case Mode::Text:
        steps > 0 ? m_text->zoomIn(steps) : m_text->zoomOut(-steps);
        break;
    case Mode::Rich:
        steps > 0 ? m_rich->zoomIn(steps) : m_rich->zoomOut(-steps);
        break;
    case Mode::Pdf:
        m_pdf->zoom(steps);
        break;
    }
}
