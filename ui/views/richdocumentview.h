#pragma once

#include "model/sourcedocument.h"

#include <QTextBrowser>
#include <QVector>

/**
 * An HTML or DOCX report shown as a document: its paragraphs, and its tables drawn as tables
 * (merged cells merged), built from the importer's grid (SourceDocument::tables). Positions map
 * both ways between SourceDocument::displayText (where anchors point) and this QTextDocument.
 */
class RichDocumentView : public QTextBrowser {
    Q_OBJECT
public:
    explicit RichDocumentView(QWidget *parent = nullptr);

    void setSource(const SourceDocument &source);
    /// The document position of a displayText offset (-1 when it is not shown).
    int toDocument(int displayOffset) const;
    /// The displayText offset of a document position (-1 outside any text).
    int toDisplay(int documentPosition) const;
    /// A cursor selecting [start, start+length) of displayText.
    QTextCursor cursorFor(int start, int length) const;

private:
    void addText(QTextCursor *cursor, const SourceDocument &source, int from, int to);

    struct Segment {
        int display; ///< start in displayText
        int document;
        int length;
    };
    QVector<Segment> m_segments; ///< sorted by display and by document position
};
