#pragma once

#include <QString>
#include <QVector>

/**
 * A source file turned into text, ready for extraction and for display.
 *
 * `displayText` is what the document pane shows: the decoded original characters with converter
 * artefacts ([bookmark: …], [image: …], page footers, form feeds, navigation text before the
 * report) removed. Cell anchors are offsets into it.
 *
 * `matchText` is the NFKC form used for matching labels and numbers (full-width digits, spaces
 * and punctuation folded to ASCII). `matchToDisplay[i]` maps an offset in `matchText` back to
 * `displayText`; it has matchText.size() + 1 entries so that end offsets map too.
 */
struct SourceDocument {
    QString fileName; ///< base name, for messages
    QString path;     ///< as given by the user
    QString format = QStringLiteral("txt");
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "GB18030"…
    QString displayText;
    QString matchText;
    QVector<int> matchToDisplay;
    QStringList warnings; ///< non-fatal import remarks (e.g. "3 replacement characters")

    /// Maps a [start, start+length) range of matchText to displayText.
    int displayOffset(int matchOffset) const {
        if (matchToDisplay.isEmpty())
            return matchOffset;
        if (matchOffset < 0)
            return -1;
        return matchToDisplay[qMin(matchOffset, int(matchToDisplay.size()) - 1)];
    }
};
