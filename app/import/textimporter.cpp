#include "import/textimporter.h"

#include "import/textcleaner.h"
#include "import/unicodetext.h"

#include <QFile>
#include <QFileInfo>

namespace {

bool isBlank(QStringView s) {
    for (QChar c : s) {
        if (!c.isSpace() && c != QChar::ByteOrderMark)
            return false;
    }
    return true;
}

/// Well-known binary formats, named so that the message can say what the file is.
const char *binaryFormat(const QByteArray &bytes) {
    struct Magic {
        QByteArrayView magic;
        const char *name;
    };
    static const Magic magics[] = {
        {"%PDF-", "PDF"},
        {"PK\x03\x04", "ZIP/DOCX/XLSX"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "DOC/XLS"},
        {"\x89PNG", "PNG"},
        {"\xFF\xD8\xFF", "JPEG"},
        {"GIF8", "GIF"},
        {"\x7F"
         "ELF",
         "ELF"},
    };
    for (const Magic &m : magics) {
        if (bytes.startsWith(m.magic))
            return m.name;
    }
    return nullptr;
}

/// One pass over the decoded text: NUL characters, other control characters, U+FFFD.
struct TextScan {
    qsizetype nul = 0;
    qsizetype junk = 0; ///< controls a text file does not contain, noncharacters, U+FFFD
    qsizetype replacement = 0;

    /// Text that is more than 1% junk, or has NULs, is not text.
    bool binary(qsizetype size) const { return nul > 0 || junk * 100 > size; }
};

TextScan scan(const QString &text) {
    const char16_t *p = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    // Controls that text files do contain: \t \n \v \f \r and the DOS end-of-file mark.
    constexpr quint32 allowed =
        (1u << 9) | (1u << 10) | (1u << 11) | (1u << 12) | (1u << 13) | (1u << 26);
    TextScan r;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i];
        if (u >= 0xA0 && u < 0xFFFD) [[likely]]
            continue;
        if (u < 0x20) {
            r.nul += u == 0;
            r.junk += !((allowed >> u) & 1);
        } else if (u >= 0xFFFD) {
            r.junk += 1;
            r.replacement += u == 0xFFFD;
        } else {
            r.junk += u >= 0x7F; // DEL and C1 controls
        }
    }
    return r;
}

} // namespace

ImportResult TextImporter::importFile(const QString &path) {
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (path.isEmpty())
        return ImportResult::failure(tr("(无文件名): 文件不存在 / file not found"));
    if (!info.exists() && info.isSymLink())
        return ImportResult::failure(tr("%1: 符号链接无法解析（循环或目标不存在） / symbolic link "
                                        "cannot be resolved (a loop or a missing target)")
                                         .arg(name));
    if (!info.exists())
        return ImportResult::failure(tr("%1: 文件不存在 / file not found").arg(name));
    if (info.isDir())
        return ImportResult::failure(
            tr("%1: 这是一个文件夹，不是文件 / is a directory, not a file").arg(name));
    // Pipes and devices can block or never end: only regular files are read.
    if (!info.isFile())
        return ImportResult::failure(tr("%1: 不是普通文件 / not a regular file").arg(name));
    if (info.size() > MaxFileSize)
        return ImportResult::failure(
            tr("%1: 文件过大（%2 MB，上限 50 MB） / file too large (%2 MB, limit 50 MB)")
                .arg(name)
                .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportResult::failure(
            tr("%1: 无法读取文件（%2） / cannot read file (%2)").arg(name, file.errorString()));
    // A regular file of known size: readAll() allocates once (read(max) would allocate max).
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return ImportResult::failure(
            tr("%1: 无法读取文件（%2） / cannot read file (%2)").arg(name, file.errorString()));
    return importBytes(bytes, name, path);
}

ImportResult TextImporter::importBytes(const QByteArray &bytes, const QString &fileName,
                                       const QString &path) {
    const QString name = fileName.isEmpty() ? tr("(未命名)") : fileName;
    if (bytes.size() > MaxFileSize)
        return ImportResult::failure(
            tr("%1: 文件过大（%2 MB，上限 50 MB） / file too large (%2 MB, limit 50 MB)")
                .arg(name)
                .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1));
    if (bytes.isEmpty())
        return ImportResult::failure(tr("%1: 文件为空 / file is empty").arg(name));
    if (const char *format = binaryFormat(bytes))
        return ImportResult::failure(
            tr("%1: 不是文本文件（看起来是 %2 文件） / not a text file (looks like %2)")
                .arg(name, QLatin1String(format)));

    UnicodeText::DecodeError decodeError = UnicodeText::DecodeError::None;
    auto decoded = UnicodeText::decode(bytes, &decodeError);
    // Made only when needed: translating and formatting it cost more than a cell's extraction.
    auto binaryMessage = [&name] {
        return tr("%1: 不是文本文件（含二进制数据） / not a text file (binary data)").arg(name);
    };
    if (!decoded) {
        if (decodeError == UnicodeText::DecodeError::Binary)
            return ImportResult::failure(binaryMessage());
        return ImportResult::failure(tr("%1: 无法识别文本编码（支持 UTF-8、UTF-16、GB18030） / "
                                        "unknown text encoding (UTF-8, UTF-16 and GB18030 are "
                                        "supported)")
                                         .arg(name));
    }
    if (isBlank(decoded->text))
        return ImportResult::failure(
            tr("%1: 文件为空（只有空白字符） / file is empty (whitespace only)").arg(name));
    const TextScan textScan = scan(decoded->text);
    if (textScan.binary(decoded->text.size()))
        return ImportResult::failure(binaryMessage());

    SourceDocument doc;
    doc.fileName = name;
    doc.path = path;
    doc.format = QStringLiteral("txt");
    doc.encoding = decoded->encoding;
    TextCleaner::Stats stats;
    doc.displayText = TextCleaner::clean(decoded->text, &stats);
    const int badBytes = decoded->replacementCount;
    decoded.reset(); // the decoded copy is no longer needed: free it before normalising
    if (isBlank(doc.displayText))
        return ImportResult::failure(
            tr("%1: 文件没有正文（只有转换残留） / file has no text (converter artefacts only)")
                .arg(name));

    UnicodeText::Normalized normalized = UnicodeText::nfkcWithMap(doc.displayText);
    doc.matchText = std::move(normalized.text);
    doc.matchToDisplay = std::move(normalized.toInput);

    if (badBytes > 0)
        doc.warnings << tr("按 %1 解码时有 %n 处无效字节，已替换为 U+FFFD / %n invalid byte "
                           "sequence(s) for %1 replaced by U+FFFD",
                           nullptr, badBytes)
                            .arg(doc.encoding);
    const int unreadable = qMax(0, int(textScan.replacement) - badBytes);
    if (unreadable > 0)
        doc.warnings << tr("文本含 %n 个无法识别的字符（U+FFFD） / %n unreadable character(s) "
                           "(U+FFFD) in the text",
                           nullptr, unreadable);
    if (stats.navigationLines > 0)
        doc.warnings << tr("已删除报告前的 %n 行网页导航 / removed %n line(s) of web navigation "
                           "before the report",
                           nullptr, stats.navigationLines);

    ImportResult result;
    result.document = std::move(doc);
    return result;
}
