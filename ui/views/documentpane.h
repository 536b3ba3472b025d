#pragma once

#include "model/anchor.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
#include "review/reportdocument.h"

/**
 * The report's text as the importer normalised it (original characters). Every extracted cell's
 * source is subtly underlined; showCell() scrolls to a cell's source and highlights it strongly;
 * clicking a marked number emits cellClicked(). Works on Anchor so that a PDF page view with a
 * highlight rectangle can take the text view's place later.
 */
class DocumentPane : public QWidget {
    Q_OBJECT
public:
    explicit DocumentPane(QWidget *parent = nullptr);

    void setDocument(ReportDocument *document);
    /// Scrolls to the cell's source and highlights it; a cell without a source says so.
    void showCell(int cell);
    /// The anchor that is highlighted now (invalid when none).
    Anchor highlightedAnchor() const { return m_current; }
    /// The text under the strong highlight.
    QString highlightedText() const;
    /// Cell whose source covers the text position, or -1.
    int cellAtPosition(int position) const;
    QPlainTextEdit *textView() const { return m_text; }
    QString bannerText() const;
    void zoom(int steps);

Q_SIGNALS:
    void cellClicked(int cell);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSelections();

    QPointer<ReportDocument> m_document;
    QLabel *m_banner;
    QPlainTextEdit *m_text;
    struct Span {
        int start, end, cell;
    };
    QVector<Span> m_spans; ///< sorted by start
    Anchor m_current;
};
