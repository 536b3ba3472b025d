#pragma once

#include <QCache>
#include <QImage>
#include <QRectF>
#include <QScrollArea>
#include <QSizeF>
#include <QVector>
#include <memory>

namespace Poppler {
class Document;
}
class QLabel;
class QSpinBox;

/**
 * A PDF report's pages rendered with poppler (the library the importer reads the text with),
 * one page at a time: page navigation, zoom, the source rectangles of cells outlined, the
 * selected one filled. Rendered pages are cached, so moving the highlight only repaints.
 */
class PdfPageView : public QWidget {
    Q_OBJECT
public:
    /// A rectangle to outline, in normalised page coordinates.
    struct Mark {
        int page;
        QRectF rect;
        int cell;
    };

    explicit PdfPageView(QWidget *parent = nullptr);
    ~PdfPageView() override;

    /// Loads the PDF; false when poppler cannot open it.
    bool setPdf(const QByteArray &bytes);
    void setMarks(const QVector<Mark> &marks);
    /// Turns to @p page, fills @p rect and scrolls it into view.
    void showRect(int page, const QRectF &rect);
    void clearHighlight();
    void setPage(int page);
    int page() const { return m_page; }
    int pageCount() const { return int(m_sizes.size()); }
    void zoom(int steps);
    double zoomFactor() const { return m_zoom; }
    /// The rendered page with its marks, as on screen (tests, screenshots).
    QImage pageImage() const;
    QRectF highlight() const { return m_highlight; }

Q_SIGNALS:
    /// A click on the page, in normalised page coordinates.
    void clicked(int page, const QPointF &position);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const QImage &rendered(int page);
    void updatePage();

    std::unique_ptr<Poppler::Document> m_pdf;
    QVector<QSizeF> m_sizes;
    QVector<Mark> m_marks;
    QCache<qint64, QImage> m_cache{8};
    int m_page = 0;
    double m_zoom = 1.0;
    QRectF m_highlight;
    QScrollArea *m_scroll;
    QLabel *m_canvas;
    QSpinBox *m_pageBox;
    QLabel *m_pageTotal;
};
