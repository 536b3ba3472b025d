#pragma once

#include <QString>
#include <QVector>
#include <memory>

/// How a cell looks; XlsxBook::addFormat turns it into a workbook format.
struct XlsxStyle {
    static constexpr quint32 None = 0xFFFFFFFF;
    enum Align { Default, Left, Center, Right };
    bool bold = false;
    bool italic = false;
    bool wrap = false;
    bool vcenter = false;
    Align align = Default;
    double fontSize = 0; ///< 0: the default size
    quint32 fontColor = None;
    quint32 fill = None; ///< solid background colour (0xRRGGBB)
    int border = 0;      ///< 0 none, 1 thin, 2 medium
    quint32 borderColor = None;
    QString numberFormat; ///< "0", "0.00####"
};

/**
 * The one adapter to libxlsxwriter (the only file that includes it). Plain calls by sheet and
 * format handles; every text goes through ExportText::safe() here, so no text cell of any
 * workbook can start like a formula, and nothing writes a formula.
 *
 * The workbook is written by close(); the file it writes to should be a temporary one that the
 * caller moves into place (Exporter does, through QSaveFile).
 */
class XlsxBook {
public:
    explicit XlsxBook(const QString &path);
    ~XlsxBook();
    XlsxBook(const XlsxBook &) = delete;
    XlsxBook &operator=(const XlsxBook &) = delete;

    bool isValid() const;
    void setProperties(const QString &title, const QString &author, const QString &subject,
                       const QString &comments);
    int addFormat(const XlsxStyle &style); ///< a handle; -1 is "no format"
    /// Adds a sheet; @p name is made valid (≤ 31 characters, no []:*?/\, unique) and returned.
    /// A @p streamed sheet is written in constant memory (libxlsxwriter's constant_memory mode,
    /// for this sheet only): its rows must be written in order, without merges or comments.
    int addSheet(const QString &name, QString *usedName = nullptr, bool streamed = false);

    void text(int sheet, int row, int column, const QString &text, int format = -1);
    void number(int sheet, int row, int column, double value, int format = -1);
    void blank(int sheet, int row, int column, int format);
    void merge(int sheet, int firstRow, int firstColumn, int lastRow, int lastColumn,
               const QString &text, int format);
    void comment(int sheet, int row, int column, const QString &text, const QString &author);

    void setColumnWidth(int sheet, int firstColumn, int lastColumn, double width);
    void setRowHeight(int sheet, int row, double height);
    void freeze(int sheet, int row, int column);
    void autofilter(int sheet, int firstRow, int firstColumn, int lastRow, int lastColumn);
    /// Landscape A4, fit to one page wide, rows [firstRow, lastRow] repeated on every page.
    void printSetup(int sheet, int repeatFirstRow = -1, int repeatLastRow = -1);
    void activate(int sheet);

    /// Writes the file; false and @p error (libxlsxwriter's reason) on failure.
    bool close(QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
