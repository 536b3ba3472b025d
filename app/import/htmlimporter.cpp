#include "import/htmlimporter.h"

#include "import/documentbuilder.h"
#include "import/textcleaner.h"
#include "import/unicodetext.h"

#include <gumbo.h>

#include <cctype>
#include <memory>

namespace {

using Row = DocumentBuilder::Row;

GumboTag tagOf(const GumboNode *n) {
    return n->type == GUMBO_NODE_ELEMENT ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}

const GumboVector &childrenOf(const GumboNode *n) {
    return n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
}

QByteArray attribute(const GumboNode *n, const char *name) {
    if (n->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? QByteArray(a->value) : QByteArray();
}

bool containsTable(const GumboNode *n) {
    const GumboVector &children = childrenOf(n);
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *c = static_cast<const GumboNode *>(children.data[i]);
        if (c->type != GUMBO_NODE_ELEMENT)
            continue;
        if (tagOf(c) == GUMBO_TAG_TABLE || containsTable(c))
            return true;
    }
    return false;
}

/// Elements whose text is never part of a report: code, chrome, controls.
bool isNoise(const GumboNode *n) {
    switch (tagOf(n)) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
        return true;
    default:
        break;
    }
    if (n->type != GUMBO_NODE_ELEMENT)
        return n->type == GUMBO_NODE_COMMENT;
    const QByteArray style = attribute(n, "style").toLower().replace(' ', "");
    if (style.contains("display:none") || style.contains("visibility:hidden"))
        return true;
    // Site chrome by its usual class or id names (gov sites rarely use the HTML5 elements); an
    // element holding a table is content whatever its name ("share_content" around the report).
    if (containsTable(n))
        return false;
    const QByteArray names = (attribute(n, "class") + ' ' + attribute(n, "id")).toLower();
    for (const char *chrome : {"nav", "menu", "breadcrumb", "crumb", "footer", "share", "toolbar",
                               "copyright", "sidebar", "topbar"})
        if (names.contains(chrome))
            return true;
    return false;
}

bool isBlock(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

int spanOf(const GumboNode *n, const char *name) {
    bool ok = false;
    const int v = attribute(n, name).trimmed().toInt(&ok);
    if (!ok)
        return 1;
    return v < 0 ? 1 : v; // rowspan="0": to the end of the table
}

/// The text of a cell: its <p>, <div> and <br> parts joined (DocumentBuilder::appendPart).
class CellText {
public:
    QString text() {
        flush();
        return m_text;
    }
    void walk(const GumboNode *n) {
        if (isNoise(n))
            return;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
            n->type == GUMBO_NODE_WHITESPACE) {
            m_part += QString::fromUtf8(n->v.text.text);
            return;
        }
        if (n->type != GUMBO_NODE_ELEMENT)
            return;
        const bool block = isBlock(tagOf(n));
        if (block)
            flush();
        const GumboVector &children = n->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode *>(children.data[i]));
        if (block)
            flush();
    }

private:
    void flush() {
        DocumentBuilder::appendPart(&m_text, m_part);
        m_part.clear();
    }
    QString m_text, m_part;
};

/// Walks the page in document order: paragraphs and data tables into the builder.
class PageWalker {
public:
    explicit PageWalker(DocumentBuilder *builder)
        : m_builder(builder) {}

    void walk(const GumboNode *n) {
        if (isNoise(n))
            return;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
            n->type == GUMBO_NODE_WHITESPACE) {
            m_paragraph += QString::fromUtf8(n->v.text.text);
            return;
        }
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)
            return;
        const GumboTag tag = tagOf(n);
        if (tag == GUMBO_TAG_HEAD)
            return; // metadata, scripts and styles; the body carries the report's title
        if (tag == GUMBO_TAG_TABLE && !containsTable(n)) {
            flush();
            readTable(n);
            return;
        }
        const bool block = isBlock(tag) || tag == GUMBO_TAG_TABLE;
        if (block)
            flush();
        const GumboVector &children = childrenOf(n);
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode *>(children.data[i]));
        if (block)
            flush();
    }

    void finish() { flush(); }
    int paragraphs() const { return m_paragraphs; }

private:
    void flush() {
        const QString line = DocumentBuilder::cellText(m_paragraph);
        m_paragraph.clear();
        if (line.isEmpty())
            return;
        // Navigation lines before the report starts (breadcrumbs, font-size switches).
        if (!m_started && TextCleaner::isNavigationLine(line))
            return;
        m_started = m_started || TextCleaner::isReportStart(line);
        m_builder->addParagraph(line);
        ++m_paragraphs;
    }

    void collectRows(const GumboNode *n, QVector<Row> *rows) {
        const GumboVector &children = n->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *c = static_cast<const GumboNode *>(children.data[i]);
            const GumboTag t = tagOf(c);
            if (t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TBODY || t == GUMBO_TAG_TFOOT) {
                collectRows(c, rows);
            } else if (t == GUMBO_TAG_TR) {
                Row row;
                const GumboVector &cells = c->v.element.children;
                for (unsigned k = 0; k < cells.length; ++k) {
                    const auto *cell = static_cast<const GumboNode *>(cells.data[k]);
                    const GumboTag ct = tagOf(cell);
                    if (ct != GUMBO_TAG_TD && ct != GUMBO_TAG_TH)
                        continue;
                    CellText text;
                    const GumboVector &parts = cell->v.element.children;
                    for (unsigned p = 0; p < parts.length; ++p)
                        text.walk(static_cast<const GumboNode *>(parts.data[p]));
                    row.append(
                        {text.text(), spanOf(cell, "rowspan"), spanOf(cell, "colspan"), false});
                }
                rows->append(row);
            } else if (t == GUMBO_TAG_CAPTION) {
                CellText text;
                text.walk(c);
                m_builder->addParagraph(text.text());
            }
        }
    }

    void readTable(const GumboNode *table) {
        QVector<Row> rows;
        collectRows(table, &rows);
        bool any = false;
        for (const Row &r : rows)
            for (const auto &c : r)
                any = any || !c.text.isEmpty();
        if (any) {
            m_builder->addTable(rows);
            m_started = true;
        }
    }

    DocumentBuilder *m_builder;
    QString m_paragraph;
    bool m_started = false;
    int m_paragraphs = 0;
};

struct OutputDeleter {
    void operator()(GumboOutput *o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

} // namespace

QByteArray HtmlImporter::declaredCharset(const QByteArray &bytes) {
    // The HTML prescan looks at the first 1024 bytes; saved pages often put the meta later.
    const QByteArray head = bytes.left(8192).toLower();
    qsizetype from = 0;
    while (true) {
        const qsizetype at = head.indexOf("charset", from);
        if (at < 0)
            return {};
        qsizetype i = at + 7;
        while (i < head.size() && (head[i] == ' ' || head[i] == '\t'))
            ++i;
        if (i < head.size() && head[i] == '=') {
            ++i;
            while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\''))
                ++i;
            qsizetype e = i;
            while (e < head.size() && (std::isalnum(uchar(head[e])) || head[e] == '-' ||
                                       head[e] == '_' || head[e] == ':' || head[e] == '.'))
                ++e;
            if (e > i)
                return head.mid(i, e - i);
        }
        from = at + 7;
    }
}

ImportResult HtmlImporter::importBytes(const QByteArray &bytes, const QString &fileName,
                                       const QString &path) {
    const QString name = fileName.isEmpty() ? tr("(未命名)") : fileName;
    if (bytes.trimmed().isEmpty())
        return ImportResult::failure(tr("%1: 文件为空 / file is empty").arg(name));

    // BOM first, then the declared charset, then detection; a page declaring one charset but
    // written in another (common: gb2312 declared, UTF-8 sent) keeps the decode with fewer errors.
    std::optional<UnicodeText::Decoded> decoded;
    const bool bom = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") ||
                     bytes.startsWith("\xFE\xFF");
    const QByteArray declared = bom ? QByteArray() : declaredCharset(bytes);
    if (!declared.isEmpty())
        decoded = UnicodeText::decodeAs(bytes, declared);
    if (!decoded || decoded->replacementCount > 0) {
        auto detected = UnicodeText::decode(bytes);
        if (detected && (!decoded || detected->replacementCount < decoded->replacementCount))
            decoded = std::move(detected);
    }
    if (!decoded)
        return ImportResult::failure(
            tr("%1: 无法识别网页的文本编码 / unknown text encoding of the web page").arg(name));

    const QByteArray utf8 = decoded->text.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are normal on real pages; do not collect them
    std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
    if (!output)
        return ImportResult::failure(tr("%1: 无法解析网页 / cannot parse the page").arg(name));

    DocumentBuilder builder;
    PageWalker walker(&builder);
    walker.walk(output->document);
    walker.finish();
    if (builder.tableCount() == 0)
        return ImportResult::failure(
            tr("%1: 网页中没有表格（年报的三张统计表缺失或为图片） / no table in the page (the "
               "report's tables are missing or images)")
                .arg(name));
    QString encoding = decoded->encoding;
    if (!declared.isEmpty() && !encoding.contains(QString::fromLatin1(declared).toUpper()))
        encoding += QStringLiteral(" (meta %1)").arg(QString::fromLatin1(declared));
    SourceDocument doc = builder.finish(name, path, QStringLiteral("html"), encoding, bytes);
    if (decoded->replacementCount > 0)
        doc.warnings << tr("按 %1 解码时有 %n 处无效字节，已替换为 U+FFFD / %n invalid byte "
                           "sequence(s) for %1 replaced by U+FFFD",
                           nullptr, decoded->replacementCount)
                            .arg(decoded->encoding);
    ImportResult result;
    result.document = std::move(doc);
    return result;
}
