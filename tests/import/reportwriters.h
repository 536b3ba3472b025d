#pragma once
// Test helper: writes the parts of reportgrid.h as the files agencies publish — a government web
// page (nested layout tables, GB2312, split header cells, vertical group labels, &nbsp; cells,
// scripts and navigation), Qt's own HTML (QTextDocument::toHtml), a DOCX (minizip, vMerge and
// gridSpan) and a PDF (QTextDocument printed through QPdfWriter).

#include "encodebytes.h"
#include "reportgrid.h"

#include "zipwriter.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace testformats {

inline QString escaped(const QString &s) {
    return s.toHtmlEscaped();
}

struct GovStyle {
    bool gb2312 = true;         ///< declare and encode GB2312 (GB18030 bytes)
    bool verticalGroups = true; ///< rowspan group labels one character per line (<br>)
    bool splitHeaders = true;   ///< "商业<p>企业"
};

/// A government web page: the report's tables inside page-layout tables.
inline QByteArray govHtml(const QVector<Part> &parts, const GovStyle &style = {}) {
    QString h;
    h += QStringLiteral("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html>"
                        "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%1\">"
                        "<title>%2_政府信息公开</title>"
                        "<script>var t = '<table><tr><td>99</td></tr></table>';</script>"
                        "<style>td { font-size: 14px; }</style></head><body>\n")
             .arg(style.gb2312 ? QStringLiteral("gb2312") : QStringLiteral("utf-8"),
                  escaped(parts.first().paragraph));
    h += QStringLiteral("<div class=\"nav\">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>\n"
                        "<table width=\"100%\" border=\"0\"><tr><td width=\"200\">"
                        "<ul class=\"menu\"><li>机构概况</li><li>政策文件 2023</li></ul></td><td>\n"
                        "<table width=\"100%\"><tr><td class=\"title\" align=\"center\">");
    h += escaped(parts.first().paragraph) + QStringLiteral("</td></tr><tr><td>\n");
    for (int i = 1; i < parts.size(); ++i) {
        const Part &p = parts[i];
        if (p.rows.isEmpty()) {
            h += QStringLiteral("<p style=\"text-indent:2em\"><span>%1</span></p>\n")
                     .arg(escaped(p.paragraph));
            continue;
        }
        h += QStringLiteral("<table class=\"MsoNormalTable\" border=\"1\" cellspacing=\"0\">\n");
        for (const GridRow &row : p.rows) {
            h += QStringLiteral("<tr>");
            for (const GridCell &c : row) {
                QString text = escaped(c.text);
                if (c.text.isEmpty()) {
                    text = QStringLiteral("&nbsp;");
                } else if (c.rowSpan > 1 && style.verticalGroups && !c.header) {
                    QStringList chars;
                    for (QChar ch : c.text)
                        chars << escaped(QString(ch));
                    text = chars.join(QStringLiteral("<br/>"));
                } else if (c.header && style.splitHeaders && c.text.size() == 4) {
                    text = QStringLiteral("<p>%1</p><p>%2</p>")
                               .arg(escaped(c.text.left(2)), escaped(c.text.mid(2)));
                } else if (c.cell >= 0) {
                    text = QStringLiteral("<p align=\"center\"><span lang=\"EN-US\">%1</span></p>")
                               .arg(text);
                }
                h += QStringLiteral("<td%1%2>%3</td>")
                         .arg(c.rowSpan > 1 ? QStringLiteral(" rowspan=\"%1\"").arg(c.rowSpan)
                                            : QString(),
                              c.columnSpan > 1 ? QStringLiteral(" colspan=\"%1\"").arg(c.columnSpan)
                                               : QString(),
                              text);
            }
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</td></tr></table></td></tr></table>\n"
                        "<div class=\"footer\">版权所有：某某区人民政府 电话：0431-12345678</div>"
                        "</body></html>\n");
    return style.gb2312 ? EncodeBytes::encode(h, QStringLiteral("GB18030")) : h.toUtf8();
}

/// Plain HTML of the parts (what QTextDocument can read). With @p wordStyle cells are centred
/// (vertically and horizontally) and group labels printed one character per line, as Word/WPS
/// tables often are.
inline QString simpleHtml(const QVector<Part> &parts, bool wordStyle = false) {
    QString h = QStringLiteral("<html><body>");
    for (const Part &p : parts) {
        if (p.rows.isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(escaped(p.paragraph));
            continue;
        }
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
        for (const GridRow &row : p.rows) {
            h += QStringLiteral("<tr>");
            for (const GridCell &c : row) {
                QString text = escaped(c.text);
                if (wordStyle && c.rowSpan > 2 && !c.header) {
                    QStringList chars;
                    for (QChar ch : c.text)
                        chars << escaped(QString(ch));
                    text = chars.join(QStringLiteral("<br/>"));
                }
                h += QStringLiteral("<td rowspan=\"%1\" colspan=\"%2\"%3>%4</td>")
                         .arg(c.rowSpan)
                         .arg(c.columnSpan)
                         .arg(wordStyle ? QStringLiteral(" valign=\"middle\" align=\"center\"")
                                        : QString(),
                              text);
            }
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
    return h + QStringLiteral("</body></html>");
}

/// Qt's own HTML export of the document (QTextDocument → HTML).
inline QByteArray qtHtml(const QVector<Part> &parts) {
    QTextDocument doc;
    doc.setHtml(simpleHtml(parts));
    return doc.toHtml().toUtf8();
}

/// A PDF printed by Qt from the same document; @p padPages adds pages of text after it.
inline QByteArray pdf(const QVector<Part> &parts, int padPages = 0, bool wordStyle = false) {
    QString html = simpleHtml(parts, wordStyle);
    if (padPages > 0) {
        QString pad;
        for (int i = 0; i < padPages; ++i)
            pad += QStringLiteral("<p style=\"page-break-after:always\">附件第%1页</p>").arg(i + 1);
        html.replace(QStringLiteral("</body>"), pad + QStringLiteral("</body>"));
    }
    QTextDocument doc;
    doc.setHtml(html);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    doc.setDefaultFont(QFont(QStringLiteral("Noto Sans CJK SC"), 9));
    doc.print(&writer);
    return bytes;
}

inline QString docxRun(const QString &text) {
    return QStringLiteral("<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r>").arg(escaped(text));
}

/// A DOCX: paragraphs and tables, merged cells as gridSpan and vMerge (restart/continue).
inline QByteArray docx(const QVector<Part> &parts) {
    QString body;
    for (const Part &p : parts) {
        if (p.rows.isEmpty()) {
            body += QStringLiteral("<w:p><w:pPr><w:ind w:firstLine=\"420\"/></w:pPr>%1</w:p>")
                        .arg(docxRun(p.paragraph));
            continue;
        }
        // Grid positions: which cell starts where, which positions continue a cell above.
        QVector<QVector<int>> covered(p.rows.size(), QVector<int>(p.columns, 0));
        body += QStringLiteral("<w:tbl><w:tblPr><w:tblBorders/></w:tblPr><w:tblGrid>");
        for (int c = 0; c < p.columns; ++c)
            body += QStringLiteral("<w:gridCol w:w=\"800\"/>");
        body += QStringLiteral("</w:tblGrid>");
        for (int r = 0; r < p.rows.size(); ++r) {
            body += QStringLiteral("<w:tr>");
            int col = 0;
            auto continuation = [&]() {
                // A vMerge continue cell for a position covered from above.
                const int span = covered[r][col];
                body += QStringLiteral("<w:tc><w:tcPr>%1<w:vMerge/></w:tcPr><w:p/></w:tc>")
                            .arg(span > 1 ? QStringLiteral("<w:gridSpan w:val=\"%1\"/>").arg(span)
                                          : QString());
                col += span;
            };
            for (const GridCell &c : p.rows[r]) {
                while (col < p.columns && covered[r][col] > 0)
                    continuation();
                QString pr;
                if (c.columnSpan > 1)
                    pr += QStringLiteral("<w:gridSpan w:val=\"%1\"/>").arg(c.columnSpan);
                if (c.rowSpan > 1) {
                    pr += QStringLiteral("<w:vMerge w:val=\"restart\"/>");
                    for (int k = 1; k < c.rowSpan && r + k < p.rows.size(); ++k)
                        covered[r + k][col] = c.columnSpan;
                }
                QString paras;
                if (c.header && c.text.size() == 4) // two paragraphs in one cell
                    paras = QStringLiteral("<w:p>%1</w:p><w:p>%2</w:p>")
                                .arg(docxRun(c.text.left(2)), docxRun(c.text.mid(2)));
                else
                    paras = QStringLiteral("<w:p>%1</w:p>").arg(docxRun(c.text));
                body += QStringLiteral("<w:tc><w:tcPr>%1</w:tcPr>%2</w:tc>").arg(pr, paras);
                col += c.columnSpan;
            }
            while (col < p.columns && covered[r][col] > 0)
                continuation();
            body += QStringLiteral("</w:tr>");
        }
        body += QStringLiteral("</w:tbl>");
    }
    const QString document =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                       "2006/main\"><w:body>%1<w:sectPr/></w:body></w:document>")
            .arg(body);
    const QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats."
        "org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
        "vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document."
        "main+xml\"/></Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
        "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
        "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>";
    return writeZip({{"[Content_Types].xml", types},
                     {"_rels/.rels", rels},
                     {"word/document.xml", document.toUtf8()}});
}

} // namespace testformats
