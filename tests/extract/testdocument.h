#pragma once

// Test helper: SourceDocuments for extractor tests. Samples go through the real importer
// (TextImporter) when NIANBAO_TEST_USE_IMPORTER is defined; synthetic texts are built here with
// a per-character NFKC match text, which is all the extractor relies on.

#include "model/sourcedocument.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QString>

#ifdef NIANBAO_TEST_USE_IMPORTER
#include "import/textimporter.h"
#endif

namespace TestDocument {

/// displayText = text; matchText = NFKC per character, with the map back.
inline SourceDocument fromText(const QString &text,
                               const QString &fileName = QStringLiteral("test.txt")) {
    SourceDocument doc;
    doc.fileName = fileName;
    doc.path = fileName;
    doc.encoding = QStringLiteral("UTF-8");
    doc.displayText = text;
    doc.matchText.reserve(text.size());
    doc.matchToDisplay.reserve(text.size() + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        // Keep surrogate pairs together.
        const qsizetype len = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString folded = text.mid(i, len).normalized(QString::NormalizationForm_KC);
        for (qsizetype k = 0; k < folded.size(); ++k)
            doc.matchToDisplay.append(int(i));
        doc.matchText += folded;
        i += len - 1;
    }
    doc.matchToDisplay.append(int(text.size()));
    return doc;
}

/// Reads a UTF-8 file and strips "[bookmark: …]" / "[image: …]" converter artefacts.
inline SourceDocument fromFileOwn(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    static const QRegularExpression artefact(QStringLiteral("\\[(?:bookmark|image): [^\\]]*\\]"));
    text.remove(artefact);
    SourceDocument doc = fromText(text, QFileInfo(path).fileName());
    doc.path = path;
    return doc;
}

inline SourceDocument fromFile(const QString &path) {
#ifdef NIANBAO_TEST_USE_IMPORTER
    const ImportResult r = TextImporter::importFile(path);
    if (r.document)
        return *r.document;
    return {};
#else
    return fromFileOwn(path);
#endif
}

inline QString samplePath(const QString &baseName) {
    return QStringLiteral(NIANBAO_TEST_DATA "/samples/") + baseName + QStringLiteral(".txt");
}

} // namespace TestDocument
