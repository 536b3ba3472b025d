#include "import/importpipeline.h"

#include "extract/extractor.h"
#include "import/docximporter.h"
#include "import/htmlimporter.h"
#include "import/pdfimporter.h"
#include "import/textimporter.h"

#include <QFile>
#include <QFileInfo>
#include <exception>
#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

using ImportFunction = ImportResult (*)(const QByteArray &, const QString &, const QString &);

/// The registry: one importer per format the sniffer can name.
struct Importer {
    SourceFormat format;
    ImportFunction import;
};
constexpr Importer kImporters[] = {
    {SourceFormat::Text, &TextImporter::importBytes},
    {SourceFormat::Html, &HtmlImporter::importBytes},
    {SourceFormat::Docx, &DocxImporter::importBytes},
    {SourceFormat::Pdf, &PdfImporter::importBytes},
};

/// Fills `bytes` (sized to what the file should hold) by calls of `readSome(into, max)` until it
/// is full or a call gives 0 or less; keeps what was read (a file that shrank meanwhile gives
/// what it still holds).
template <typename ReadSome> void readInto(QByteArray *bytes, ReadSome readSome) {
    qint64 got = 0;
    while (got < bytes->size()) {
        const qint64 n = readSome(bytes->data() + got, bytes->size() - got);
        if (n <= 0)
            break;
        got += n;
    }
    bytes->truncate(got);
}

#ifdef Q_OS_UNIX
enum class ReadOutcome { Read, Failed };

/// Reads `fd` (a regular file of `size` bytes) into `bytes`; false with `error` set on failure.
bool readDescriptor(int fd, qint64 size, QByteArray *bytes, QString *error) {
    bytes->resize(size);
    readInto(bytes, [&](char *into, qint64 max) -> qint64 {
        for (;;) {
            const ssize_t n = ::read(fd, into, size_t(max));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                *error = qt_error_string(errno);
            return n;
        }
    });
    return error->isEmpty();
}

/// The common case of a batch in four system calls and one walk of the path: open, a stat of
/// the open file, read, close (a stat of the path first walked it twice, and QFileInfo's
/// bookkeeping came on top). Nothing when `path` is not an openable regular file within the
/// size limit: the caller then finds out why, with the messages for each cause. O_NONBLOCK: a
/// FIFO given as a report must not block the open.
std::optional<ReadOutcome> readIfRegular(const QString &path, QByteArray *bytes, QString *error) {
    if (path.startsWith(u':')) // compiled-in resources are no file system paths
        return std::nullopt;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return std::nullopt;
    struct stat st;
    std::optional<ReadOutcome> outcome;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= ImportPipeline::MaxFileSize)
        outcome =
            readDescriptor(fd, st.st_size, bytes, error) ? ReadOutcome::Read : ReadOutcome::Failed;
    ::close(fd);
    return outcome;
}
#endif

/// Reads a regular file of known `size` (from the stat that checked it is one).
bool readRegularFile(const QString &path, qint64 size, QByteArray *bytes, QString *error) {
#ifdef Q_OS_UNIX
    if (!path.startsWith(u':')) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            *error = qt_error_string(errno);
            return false;
        }
        const bool ok = readDescriptor(fd, size, bytes, error);
        ::close(fd);
        return ok;
    }
#endif
    bytes->resize(size);
    QFile file(path);
    // Unbuffered: the bytes go straight into the array, without QIODevice's buffer.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = file.errorString();
        return false;
    }
    readInto(bytes, [&](char *into, qint64 max) { return file.read(into, max); });
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

ImportResult ImportPipeline::importFile(const QString &path, QByteArray *bytesOut) {
#ifdef Q_OS_UNIX
    {
        QByteArray bytes;
        QString readError;
        if (const auto outcome = readIfRegular(path, &bytes, &readError)) {
            const QString name = path.sliced(path.lastIndexOf(u'/') + 1);
            if (*outcome == ReadOutcome::Failed)
                return ImportResult::failure(
                    tr("%1: 无法读取文件（%2） / cannot read file (%2)").arg(name, readError));
            if (bytesOut)
                *bytesOut = bytes;
            return importBytes(bytes, name, path);
        }
    }
#endif
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (path.isEmpty())
        return ImportResult::failure(tr("(无文件名): 文件不存在 / file not found"));
    // Compiled-in resources (":/samples/…") are read like files. isFile() first: one stat
    // answers it, and the causes of a refusal are looked up only then (a batch of small
    // files spent a tenth of its time in system calls).
    if (!info.isFile()) {
        if (!info.exists() && info.isSymLink())
            return ImportResult::failure(tr("%1: 符号链接无法解析（循环或目标不存在） / symbolic "
                                            "link cannot be resolved (a loop or a missing target)")
                                             .arg(name));
        if (!info.exists())
            return ImportResult::failure(tr("%1: 文件不存在 / file not found").arg(name));
        if (info.isDir())
            return ImportResult::failure(
                tr("%1: 这是一个文件夹，不是文件 / is a directory, not a file").arg(name));
        return ImportResult::failure(tr("%1: 不是普通文件 / not a regular file").arg(name));
    }
    if (info.size() > MaxFileSize)
        return ImportResult::failure(
            tr("%1: 文件过大（%2 MB，上限 200 MB） / file too large (%2 MB, limit 200 MB)")
                .arg(name)
                .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1));
    QByteArray bytes;
    QString readError;
    if (!readRegularFile(path, info.size(), &bytes, &readError))
        return ImportResult::failure(
            tr("%1: 无法读取文件（%2） / cannot read file (%2)").arg(name, readError));
    if (bytesOut)
        *bytesOut = bytes;
    return importBytes(bytes, name, path);
}

ImportResult ImportPipeline::importBytes(const QByteArray &bytes, const QString &fileName,
                                         const QString &path) {
    const QString name = fileName.isEmpty() ? tr("(未命名)") : fileName;
    try {
        const SourceFormat format = FormatSniffer::sniff(bytes, name);
        if (format == SourceFormat::LegacyDoc)
            return ImportResult::failure(
                tr("%1: 旧版 Word (.doc) 文件无法读取，请另存为 .docx 或 PDF / old Word .doc files "
                   "are not supported: save it as .docx or PDF")
                    .arg(name));
        if (format == SourceFormat::Zip)
            return ImportResult::failure(
                tr("%1: 压缩文件中没有 Word 文档（word/document.xml） / a zip archive that is not "
                   "a Word .docx document")
                    .arg(name));
        for (const Importer &importer : kImporters)
            if (importer.format == format) {
                ImportResult result = importer.import(bytes, name, path);
                if (result.document) {
                    result.document->format = FormatSniffer::formatName(format);
                    result.document->original = bytes;
                }
                return result;
            }
    } catch (const std::exception &e) { // a broken file must never take the caller down
        return ImportResult::failure(tr("%1: 无法导入（%2） / cannot import (%2)")
                                         .arg(name, QString::fromLocal8Bit(e.what())));
    }
    return ImportResult::failure(tr("%1: 无法识别的文件格式 / unknown file format").arg(name));
}

PipelineResult ImportPipeline::finish(ImportResult imported) {
    PipelineResult out;
    if (!imported.ok()) {
        out.error = imported.error;
        return out;
    }
    out.report = ValidatedReport(Extractor::extract(*imported.document));
    out.document = std::move(imported.document);
    return out;
}

PipelineResult ImportPipeline::run(const QString &path, QByteArray *bytes) {
    return finish(importFile(path, bytes));
}

PipelineResult ImportPipeline::runBytes(const QByteArray &bytes, const QString &fileName,
                                        const QString &path) {
    return finish(importBytes(bytes, fileName, path));
}
