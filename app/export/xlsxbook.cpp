#include "xlsxbook.h"

#include "exporttext.h"

#include <QSet>
#include <xlsxwriter.h>

namespace {
/// Excel keeps at most 32,767 characters in a cell.
QByteArray cellText(const QString &text) {
    return ExportText::safe(text).left(32000).toUtf8();
}
} // namespace

struct XlsxBook::Private {
    lxw_workbook *book = nullptr;
    QVector<lxw_worksheet *> sheets;
    QVector<lxw_format *> formats;
    QSet<QString> names; ///< lower-case: Excel compares sheet names without case
    QByteArray title, author, subject, comments;

    lxw_worksheet *sheet(int i) const { return sheets.value(i); }
    lxw_format *format(int i) const { return i >= 0 ? formats.value(i) : nullptr; }
};

XlsxBook::XlsxBook(const QString &path)
    : d(std::make_unique<Private>()) {
    lxw_workbook_options options{};
    options.use_zip64 = LXW_TRUE; // a whole workspace may pass 4 GB of XML in theory
    d->book = workbook_new_opt(path.toLocal8Bit().constData(), &options);
}

XlsxBook::~XlsxBook() {
    if (d->book) {
        // Never closed (a cancelled export): workbook_close is the only way to free it; the
        // file it writes is the caller's temporary one.
        workbook_close(d->book);
    }
}

bool XlsxBook::isValid() const {
    return d->book != nullptr;
}

void XlsxBook::setProperties(const QString &title, const QString &author, const QString &subject,
                             const QString &comments) {
    d->title = title.toUtf8();
    d->author = author.toUtf8();
    d->subject = subject.toUtf8();
    d->comments = comments.toUtf8();
    lxw_doc_properties properties{};
    properties.title = d->title.data();
    properties.author = d->author.data();
    properties.subject = d->subject.data();
    properties.comments = d->comments.data();
    workbook_set_properties(d->book, &properties);
}

int XlsxBook::addFormat(const XlsxStyle &s) {
    lxw_format *f = workbook_add_format(d->book);
    if (s.bold)
        format_set_bold(f);
    if (s.italic)
        format_set_italic(f);
    if (s.wrap)
        format_set_text_wrap(f);
    if (s.vcenter)
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    switch (s.align) {
    case XlsxStyle::Left:
        format_set_align(f, LXW_ALIGN_LEFT);
        break;
    case XlsxStyle::Center:
        format_set_align(f, LXW_ALIGN_CENTER);
        break;
    case XlsxStyle::Right:
        format_set_align(f, LXW_ALIGN_RIGHT);
        break;
    case XlsxStyle::Default:
        break;
    }
    if (s.fontSize > 0)
        format_set_font_size(f, s.fontSize);
    if (s.fontColor != XlsxStyle::None)
        format_set_font_color(f, s.fontColor);
    if (s.fill != XlsxStyle::None) {
        format_set_pattern(f, LXW_PATTERN_SOLID);
        format_set_bg_color(f, s.fill);
    }
    if (s.border > 0) {
        format_set_border(f, s.border == 1 ? LXW_BORDER_THIN : LXW_BORDER_MEDIUM);
        if (s.borderColor != XlsxStyle::None)
            format_set_border_color(f, s.borderColor);
    }
    if (!s.numberFormat.isEmpty())
        format_set_num_format(f, s.numberFormat.toUtf8().constData());
    d->formats << f;
    return int(d->formats.size() - 1);
}

int XlsxBook::addSheet(const QString &wanted, QString *usedName, bool streamed) {
    QString base;
    for (QChar c : wanted)
        base += QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20 ? u' ' : c;
    base = base.simplified();
    while (base.startsWith(u'\'') || base.endsWith(u'\''))
        base = base.startsWith(u'\'') ? base.mid(1) : base.chopped(1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    QString name = base.left(31);
    for (int n = 2; d->names.contains(name.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    // constant_memory is a workbook option that each worksheet copies when it is added: set it
    // for this sheet only, so the long sheet streams to disk and the others keep merges and
    // comments (libxlsxwriter has no per-sheet switch).
    d->book->options.constant_memory = streamed ? LXW_TRUE : LXW_FALSE;
    lxw_worksheet *sheet = workbook_add_worksheet(d->book, name.toUtf8().constData());
    d->book->options.constant_memory = LXW_FALSE;
    if (!sheet) { // a name libxlsxwriter still refuses: a plain numbered one
        name = QStringLiteral("Sheet%1").arg(d->sheets.size() + 1);
        sheet = workbook_add_worksheet(d->book, name.toUtf8().constData());
    }
    d->names.insert(name.toLower());
    d->sheets << sheet;
    if (usedName)
        *usedName = name;
    return int(d->sheets.size() - 1);
}

void XlsxBook::text(int sheet, int row, int column, const QString &text, int format) {
    if (text.isEmpty()) {
        if (format >= 0)
            blank(sheet, row, column, format);
        return;
    }
    worksheet_write_string(d->sheet(sheet), lxw_row_t(row), lxw_col_t(column),
                           cellText(text).constData(), d->format(format));
}

void XlsxBook::number(int sheet, int row, int column, double value, int format) {
    worksheet_write_number(d->sheet(sheet), lxw_row_t(row), lxw_col_t(column), value,
                           d->format(format));
}

void XlsxBook::blank(int sheet, int row, int column, int format) {
    worksheet_write_blank(d->sheet(sheet), lxw_row_t(row), lxw_col_t(column), d->format(format));
}

void XlsxBook::merge(int sheet, int firstRow, int firstColumn, int lastRow, int lastColumn,
                     const QString &text, int format) {
    worksheet_merge_range(d->sheet(sheet), lxw_row_t(firstRow), lxw_col_t(firstColumn),
                          lxw_row_t(lastRow), lxw_col_t(lastColumn), cellText(text).constData(),
                          d->format(format));
}

void XlsxBook::comment(int sheet, int row, int column, const QString &text, const QString &author) {
    const QByteArray authorBytes = author.toUtf8();
    lxw_comment_options options{};
    options.author = const_cast<char *>(authorBytes.constData());
    options.width = 300;
    options.height = 110;
    worksheet_write_comment_opt(d->sheet(sheet), lxw_row_t(row), lxw_col_t(column),
                                cellText(text).constData(), &options);
}

void XlsxBook::setColumnWidth(int sheet, int firstColumn, int lastColumn, double width) {
    worksheet_set_column(d->sheet(sheet), lxw_col_t(firstColumn), lxw_col_t(lastColumn), width,
                         nullptr);
}

void XlsxBook::setRowHeight(int sheet, int row, double height) {
    worksheet_set_row(d->sheet(sheet), lxw_row_t(row), height, nullptr);
}

void XlsxBook::freeze(int sheet, int row, int column) {
    worksheet_freeze_panes(d->sheet(sheet), lxw_row_t(row), lxw_col_t(column));
}

void XlsxBook::autofilter(int sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {
    worksheet_autofilter(d->sheet(sheet), lxw_row_t(firstRow), lxw_col_t(firstColumn),
                         lxw_row_t(lastRow), lxw_col_t(lastColumn));
}

void XlsxBook::printSetup(int sheet, int repeatFirstRow, int repeatLastRow) {
    lxw_worksheet *ws = d->sheet(sheet);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_fit_to_pages(ws, 1, 0);
    if (repeatFirstRow >= 0 && repeatLastRow >= repeatFirstRow)
        worksheet_repeat_rows(ws, lxw_row_t(repeatFirstRow), lxw_row_t(repeatLastRow));
}

void XlsxBook::activate(int sheet) {
    worksheet_activate(d->sheet(sheet));
}

bool XlsxBook::close(QString *error) {
    const lxw_error result = workbook_close(d->book);
    d->book = nullptr;
    if (result != LXW_NO_ERROR) {
        if (error)
            *error = QString::fromUtf8(lxw_strerror(result));
        return false;
    }
    return true;
}
