#include "documentpane.h"

#include "model/spec.h"
#include "review/reportdocument.h"

#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>
#include <algorithm>

DocumentPane::DocumentPane(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_text(new QPlainTextEdit(this)) {
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
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setCursor(Qt::IBeamCursor);
    layout->addWidget(m_banner);
    layout->addWidget(m_text);
}

void DocumentPane::setDocument(ReportDocument *document) {
    m_document = document;
    m_current = Anchor();
    m_spans.clear();
    m_banner->hide();
    if (!document) {
        m_text->clear();
        return;
    }
    m_text->setPlainText(document->source().displayText);
    m_text->setTabStopDistance(m_text->fontMetrics().horizontalAdvance(u' ') * 4);
    const QVector<Cell> &cells = document->report().cells;
    for (int i = 0; i < cells.size(); ++i) {
        const Anchor &a = cells[i].anchor;
        if (a.start >= 0 && a.length > 0)
            m_spans << Span{a.start, a.start + a.length, i};
    }
    std::sort(m_spans.begin(), m_spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    updateSelections();
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

void DocumentPane::showCell(int cell) {
    if (!m_document || cell < 0 || cell >= m_document->report().cells.size())
        return;
    const Cell &c = m_document->cell(cell);
    m_current = c.anchor;
    if (!c.anchor.isValid()) {
        m_banner->setText(tr("此单元格在原文中无出处（%1）：%2")
                              .arg(cellStatusName(c.status), m_document->spec().cell(cell).key));
        m_banner->show();
    } else {
        m_banner->hide();
        QTextCursor cursor(m_text->document());
        cursor.setPosition(c.anchor.start);
        m_text->setTextCursor(cursor);
        m_text->centerCursor();
    }
    updateSelections();
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
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat subtle;
    subtle.setUnderlineStyle(QTextCharFormat::DotLine);
    subtle.setUnderlineColor(QColor(0x2f, 0x6f, 0xd0));
    subtle.setBackground(QColor(0xee, 0xf3, 0xfb));
    for (const Span &s : m_spans) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_text->document());
        sel.cursor.setPosition(s.start);
        sel.cursor.setPosition(s.end, QTextCursor::KeepAnchor);
        sel.format = subtle;
        selections << sel;
    }
    if (m_current.start >= 0 && m_current.length > 0) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_text->document());
        sel.cursor.setPosition(m_current.start);
        sel.cursor.setPosition(m_current.start + m_current.length, QTextCursor::KeepAnchor);
        sel.format.setBackground(QColor(0xff, 0xb3, 0x1a));
        sel.format.setForeground(Qt::black);
        sel.format.setFontWeight(QFont::Bold);
        sel.format.setProperty(QTextFormat::OutlinePen, QPen(QColor(0xb0, 0x1c, 0x1c)));
        selections << sel;
    }
    m_text->setExtraSelections(selections);
}

bool DocumentPane::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_text->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() == Qt::LeftButton && !m_text->textCursor().hasSelection()) {
            const int cell = cellAtPosition(m_text->cursorForPosition(me->pos()).position());
            if (cell >= 0)
                Q_EMIT cellClicked(cell);
        }
    }
    if (watched == m_text->viewport() && event->type() == QEvent::Wheel) {
        // QPlainTextEdit zooms read-only text on Ctrl + wheel by itself.
        return false;
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentPane::zoom(int steps) {
    if (steps > 0)
        m_text->zoomIn(steps);
    else if (steps < 0)
        m_text->zoomOut(-steps);
}
