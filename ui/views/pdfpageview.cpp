#include "pdfpageview.h"

#include <poppler-qt6.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

PdfPageView::PdfPageView(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_canvas(new QLabel)
    , m_pageBox(new QSpinBox(this))
    , m_pageTotal(new QLabel(this)) {
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    auto button = [&](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(QStringLiteral("◀"), tr("上一页"), [this] { setPage(m_page - 1); });
    bar->addWidget(m_pageBox);
    bar->addWidget(m_pageTotal);
    button(QStringLiteral("▶"), tr("下一页"), [this] { setPage(m_page + 1); });
    bar->addStretch();
    button(QStringLiteral("－"), tr("缩小"), [this] { zoom(-1); });
    button(QStringLiteral("＋"), tr("放大"), [this] { zoom(1); });
    m_pageBox->setMinimum(1);
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int v) {
        if (v - 1 != m_page)
            setPage(v - 1);
    });
    m_canvas->setAlignment(Qt::AlignCenter);
    m_canvas->installEventFilter(this);
    m_canvas->setCursor(Qt::PointingHandCursor);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll);
}

PdfPageView::~PdfPageView() = default;

bool PdfPageView::setPdf(const QByteArray &bytes) {
    m_cache.clear();
    m_sizes.clear();
    m_marks.clear();
    m_highlight = QRectF();
    m_page = 0;
    m_pdf = Poppler::Document::loadFromData(bytes);
    if (!m_pdf || m_pdf->isLocked()) {
        m_pdf.reset();
        m_canvas->clear();
        return false;
    }
    m_pdf->setRenderHint(Poppler::Document::Antialiasing);
    m_pdf->setRenderHint(Poppler::Document::TextAntialiasing);
    for (int p = 0; p < m_pdf->numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page = m_pdf->page(p);
        m_sizes << (page ? page->pageSizeF() : QSizeF(595, 842));
    }
    m_pageBox->setMaximum(std::max(1, pageCount()));
    m_pageTotal->setText(QStringLiteral("/ %1").arg(pageCount()));
    updatePage();
    return true;
}

void PdfPageView::setMarks(const QVector<Mark> &marks) {
    m_marks = marks;
    updatePage();
}

const QImage &PdfPageView::rendered(int page) {
    // Cached per page and zoom: turning back and moving the highlight never re-render.
    const qint64 key = (qint64(page) << 20) | qint64(m_zoom * 1000);
    if (QImage *hit = m_cache.object(key))
        return *hit;
    const double dpr = devicePixelRatioF();
    const double dpi = 96.0 * m_zoom * dpr;
    QImage image;
    if (std::unique_ptr<Poppler::Page> p = m_pdf->page(page))
        image = p->renderToImage(dpi, dpi);
    if (image.isNull()) {
        const QSizeF s = m_sizes.value(page, QSizeF(595, 842)) * (dpi / 72.0);
        image = QImage(s.toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
    }
    image.setDevicePixelRatio(dpr);
    auto *stored = new QImage(std::move(image));
    m_cache.insert(key, stored);
    return *stored;
}

QImage PdfPageView::pageImage() const {
    if (!m_pdf || pageCount() == 0)
        return {};
    QImage image = const_cast<PdfPageView *>(this)->rendered(m_page).copy();
    QPainter p(&image);
    const QSizeF size = image.deviceIndependentSize();
    auto toPixels = [&](const QRectF &r) {
        return QRectF(r.x() * size.width(), r.y() * size.height(), r.width() * size.width(),
                      r.height() * size.height())
            .adjusted(-2, -1, 2, 1);
    };
    p.setPen(QPen(QColor(0x2f, 0x6f, 0xd0, 150), 1, Qt::DotLine));
    for (const Mark &m : m_marks)
        if (m.page == m_page)
            p.drawRect(toPixels(m.rect));
    if (!m_highlight.isNull()) {
        p.setPen(QPen(QColor(0xb0, 0x1c, 0x1c), 2));
        p.setBrush(QColor(0xff, 0xb3, 0x1a, 110));
        p.drawRect(toPixels(m_highlight));
    }
    return image;
}

void PdfPageView::updatePage() {
    if (!m_pdf || pageCount() == 0)
        return;
    m_page = std::clamp(m_page, 0, pageCount() - 1);
    const QSignalBlocker block(m_pageBox);
    m_pageBox->setValue(m_page + 1);
    const QImage image = pageImage();
    m_canvas->setPixmap(QPixmap::fromImage(image));
    m_canvas->resize(image.deviceIndependentSize().toSize());
}

void PdfPageView::setPage(int page) {
    if (!m_pdf || page < 0 || page >= pageCount() || page == m_page)
        return;
    m_page = page;
    m_highlight = QRectF();
    updatePage();
    m_scroll->verticalScrollBar()->setValue(0);
}

void PdfPageView::showRect(int page, const QRectF &rect) {
    if (!m_pdf || page < 0 || page >= pageCount())
        return;
    m_page = page;
    m_highlight = rect;
    updatePage();
    const QSize s = m_canvas->size();
    const QPointF centre(rect.center().x() * s.width(), rect.center().y() * s.height());
    m_scroll->ensureVisible(int(centre.x()), int(centre.y()), 80, 120);
}

void PdfPageView::clearHighlight() {
    if (m_highlight.isNull())
        return;
    m_highlight = QRectF();
    updatePage();
}

void PdfPageView::zoom(int steps) {
    const double z = std::clamp(m_zoom * std::pow(1.2, steps), 0.3, 5.0);
    if (qFuzzyCompare(z, m_zoom))
        return;
    m_zoom = z;
    updatePage();
}

bool PdfPageView::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_canvas && event->type() == QEvent::MouseButtonRelease) {
        const auto *me = static_cast<QMouseEvent *>(event);
        const QSize s = m_canvas->size();
        if (me->button() == Qt::LeftButton && s.width() > 0 && s.height() > 0)
            Q_EMIT clicked(
                m_page, QPointF(me->position().x() / s.width(), me->position().y() / s.height()));
    }
    if (watched == m_canvas && event->type() == QEvent::Wheel) {
        const auto *we = static_cast<QWheelEvent *>(event);
        if (we->modifiers() & Qt::ControlModifier) {
            zoom(we->angleDelta().y() > 0 ? 1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
