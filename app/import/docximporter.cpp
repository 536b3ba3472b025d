#include "import/docximporter.h"

#include "import/documentbuilder.h"
#include "import/zipreader.h"

#include <QXmlStreamReader>

namespace {

using Row = DocumentBuilder::Row;

/// Reads the WordprocessingML body into a DocumentBuilder.
class BodyReader {
public:
    BodyReader(QXmlStreamReader *xml, DocumentBuilder *builder)
        : m_xml(*xml)
        , m_builder(builder) {}

    /// Reads the children of the current element, up to its end.
    void readContainer() {
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (n == u"p") {
                m_builder->addParagraph(readParagraph().join(u' '));
            } else if (n == u"tbl") {
                const QVector<Row> rows = readTable();
                if (!rows.isEmpty())
                    m_builder->addTable(rows);
            } else if (n == u"sectPr" || n == u"pPr" || n == u"rPr") {
                m_xml.skipCurrentElement();
            } else {
                readContainer(); // body, sdt, sdtContent, customXml, …
            }
        }
    }

private:
    /// The text of one paragraph, split at explicit line breaks.
    QStringList readParagraph() {
        QStringList parts{QString()};
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (n == u"t") {
                parts.last() += m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (n == u"tab") {
                parts.last() += u' ';
                m_xml.skipCurrentElement();
            } else if (n == u"br" || n == u"cr") {
                parts << QString();
                m_xml.skipCurrentElement();
            } else if (n == u"noBreakHyphen") {
                parts.last() += u'-';
                m_xml.skipCurrentElement();
            } else if (n == u"delText" || n == u"instrText" || n == u"pPr" || n == u"rPr" ||
                       n == u"del" || n == u"drawing" || n == u"pict" || n == u"object") {
                m_xml.skipCurrentElement();
            } else {
                const QStringList inner = readParagraph(); // r, hyperlink, ins, smartTag, …
                parts.last() += inner.first();
                for (qsizetype i = 1; i < inner.size(); ++i)
                    parts << inner[i];
            }
        }
        return parts;
    }

    QVector<Row> readTable() {
        QVector<Row> rows;
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (n == u"tr")
                rows.append(readRow());
            else if (n == u"tblPr" || n == u"tblGrid")
                m_xml.skipCurrentElement();
            else
                rows += readTable(); // sdt around rows
        }
        return rows;
    }

    static int intValue(const QXmlStreamReader &xml) {
        return xml.attributes().value(QStringLiteral("w:val")).toInt();
    }

    Row readRow() {
        Row row;
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (n == u"trPr") {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"gridBefore" && intValue(m_xml) > 0)
                        row.append({QString(), 1, intValue(m_xml), false});
                    m_xml.skipCurrentElement();
                }
            } else if (n == u"tc") {
                row.append(readCell());
            } else if (n == u"tblPrEx") {
                m_xml.skipCurrentElement();
            } else {
                row += readRow(); // sdt around cells
            }
        }
        return row;
    }

    DocumentBuilder::RowCell readCell() {
        DocumentBuilder::RowCell cell;
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (n == u"tcPr") {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"gridSpan") {
                        cell.columnSpan = std::max(1, intValue(m_xml));
                    } else if (m_xml.name() == u"vMerge") {
                        // <w:vMerge/> or val="continue" joins the cell above; "restart" opens.
                        cell.continuesAbove = m_xml.attributes().value(QStringLiteral("w:val")) !=
                                              QLatin1String("restart");
                    }
                    m_xml.skipCurrentElement();
                }
            } else if (n == u"p") {
                for (const QString &part : readParagraph())
                    DocumentBuilder::appendPart(&cell.text, part);
            } else if (n == u"tbl") {
                for (const Row &r : readTable()) // a nested table: its text, row by row
                    for (const auto &c : r)
                        DocumentBuilder::appendPart(&cell.text, c.text);
            } else {
                const auto inner = readCell(); // sdt, customXml around paragraphs
                DocumentBuilder::appendPart(&cell.text, inner.text);
            }
        }
        return cell;
    }

    QXmlStreamReader &m_xml;
    DocumentBuilder *m_builder;
};

} // namespace

ImportResult DocxImporter::importBytes(const QByteArray &bytes, const QString &fileName,
                                       const QString &path) {
    const QString name = fileName.isEmpty() ? tr("(未命名)") : fileName;
    const QString corrupt =
        tr("%1: DOCX 文件已损坏（无法解压） / corrupt DOCX (cannot unzip)").arg(name);
    ZipReader zip(bytes);
    const auto entries = zip.entries();
    if (!zip.isOpen() || !entries)
        return ImportResult::failure(corrupt);
    // The declared sizes first: a zip bomb is refused before anything is inflated.
    qint64 declared = 0;
    bool found = false;
    for (const ZipReader::Entry &e : *entries) {
        declared += e.uncompressedSize;
        found = found || e.name == u"word/document.xml";
    }
    const QString bomb =
        tr("%1: DOCX 解压后超过 200 MB（疑似压缩炸弹），已拒绝 / DOCX expands past "
           "200 MB (zip bomb?), refused")
            .arg(name);
    if (declared > MaxUncompressed)
        return ImportResult::failure(bomb);
    const QString notWord = tr("%1: 不是 Word 文档（缺少 word/document.xml） / not a Word "
                               "document (no word/document.xml)")
                                .arg(name);
    if (!found)
        return ImportResult::failure(notWord);
    // The declared size can lie: the reader counts what is actually inflated.
    ZipReader::ReadError readError = ZipReader::ReadError::None;
    const QByteArray xmlBytes =
        zip.read(QStringLiteral("word/document.xml"), MaxUncompressed, &readError);
    switch (readError) {
    case ZipReader::ReadError::None:
        break;
    case ZipReader::ReadError::TooLarge:
        return ImportResult::failure(bomb);
    case ZipReader::ReadError::Missing:
        return ImportResult::failure(notWord);
    case ZipReader::ReadError::Corrupt:
        return ImportResult::failure(corrupt);
    }

    DocumentBuilder builder;
    QXmlStreamReader xml(xmlBytes);
    BodyReader reader(&xml, &builder);
    // Into the root element first: reading past its end would be an error in Qt 6.4.
    if (xml.readNextStartElement())
        reader.readContainer();
    if (xml.hasError())
        return ImportResult::failure(tr("%1: DOCX 内容已损坏（%2） / corrupt DOCX content (%2)")
                                         .arg(name, xml.errorString()));
    const bool noTable = builder.tableCount() == 0;
    SourceDocument doc =
        builder.finish(name, path, QStringLiteral("docx"), QStringLiteral("UTF-8"), bytes);
    if (doc.displayText.trimmed().isEmpty())
        return ImportResult::failure(tr("%1: 文档没有正文 / the document has no text").arg(name));
    if (noTable)
        doc.warnings << tr("文档中没有表格 / no table in the document");
    ImportResult result;
    result.document = std::move(doc);
    return result;
}
