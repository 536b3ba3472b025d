#pragma once

#include "import/importresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * Imports Word documents (.docx): word/document.xml read from the zip (ZipReader, minizip) with
 * QXmlStreamReader — paragraphs, and tables as explicit grids (gridSpan, vMerge, gridBefore),
 * a cell's paragraphs joined. Corrupt zips and zip bombs (more than MaxUncompressed bytes
 * declared or actually inflated) are refused with a clear message. Reentrant.
 */
class DocxImporter {
    Q_DECLARE_TR_FUNCTIONS(DocxImporter)
public:
    static constexpr qint64 MaxUncompressed = 200LL * 1024 * 1024;

    static ImportResult importBytes(const QByteArray &bytes, const QString &fileName,
                                    const QString &path = {});
};
