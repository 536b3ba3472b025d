#pragma once

#include "model/anchor.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

class FindBar;
class PdfPageView;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class RichDocumentView;
#include "review/reportdocument.h"

/**
 * The report's source beside the grid, in the form it was published: plain text in a text
 * view, HTML and DOCX as a document with its tables (RichDocumentView), PDF as rendered pages
 * (PdfPageView). Every extracted cell's source is subtly marked; showCell() scrolls (or turns the
 * page) to a cell's source and highlights it strongly; clicking a marked number or inside a
 * marked rectangle emits cellClicked(). Ctrl+F searches the document in every form.
 */
class DocumentPane : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Text, Rich, Pdf };

    explicit DocumentPane(QWidget *parent = nullptr);

    void setDocument(ReportDocument *document);
    Mode mode() const { return m_mode; }
    /// Scrolls to the cell's source and highlights it; a cell without a source says so.
    void showCell(int cell);
    /// The anchor that is highlighted now (invalid when none).
    Anchor highlightedAnchor() const { return m_current; }
    /// The text under the strong highlight.
    QString highlightedText() const;
    /// Cell whose source covers the displayText position, or -1.
    int cellAtPosition(int position) const;
    /// Cell whose rectangle on @p page contains @p point (normalised), or -1.
    int cellAtPoint(int page, const QPointF &point) const;
    QPlainTextEdit *textView() const { return m_text; }
    RichDocumentView *richView() const { return m_rich; }
    PdfPageView *pdfView() const { return m_pdf; }
    FindBar *findBar() const { return m_find; }
    QString bannerText() const;
    /// Zooms the document in its form (text size, rendered page scale); resetZoom() undoes it.
    void zoom(int steps);
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }
    /// Finds @p text in the document after (before) the last match; false when absent.
    bool find(const QString &text, bool backward = false);

Q_SIGNALS:
    void cellClicked(int cell);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSelections();
    /// The page and rectangle of a displayText range (from the anchor, else from the boxes).
    Anchor pageAnchor(const Anchor &anchor) const;
    void select(int start, int length);

    QPointer<ReportDocument> m_document;
    Mode m_mode = Mode::Text;
    QLabel *m_banner;
    FindBar *m_find;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_text;
    RichDocumentView *m_rich;
    PdfPageView *m_pdf;
    struct Span {
        int start, end, cell;
    };
    QVector<Span> m_spans; ///< sorted by start
    struct Box {
        int page;
        QRectF rect;
        int cell;
    };
    QVector<Box> m_boxes; ///< PDF: every cell's rectangle
    Anchor m_current;
    int m_findPos = -1; ///< displayText offset of the last match
    int m_zoomSteps = 0;
};
