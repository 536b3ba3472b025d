#include "zipreader.h"

#include <unzip.h>

#include <cstring>

struct ZipReader::Stream {
    QByteArray bytes;
    qint64 position = 0;
};

// minizip reads through these callbacks: the archive is a QByteArray, not a file.
namespace {

using Memory = ZipReader::Stream;

voidpf openMemory(voidpf opaque, const void *, int) {
    return opaque; // the stream is the Memory itself
}

uLong readMemory(voidpf, voidpf stream, void *buf, uLong size) {
    auto *m = static_cast<Memory *>(stream);
    const qint64 left = m->bytes.size() - m->position;
    const qint64 n = std::min<qint64>(qint64(size), std::max<qint64>(left, 0));
    if (n > 0)
        std::memcpy(buf, m->bytes.constData() + m->position, size_t(n));
    m->position += n;
    return uLong(n);
}

uLong writeMemory(voidpf, voidpf, const void *, uLong) {
    return 0; // read only
}

ZPOS64_T tellMemory(voidpf, voidpf stream) {
    return ZPOS64_T(static_cast<Memory *>(stream)->position);
}

long seekMemory(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    auto *m = static_cast<Memory *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = m->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = m->bytes.size();
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > m->bytes.size())
        return -1;
    m->position = target;
    return 0;
}

int closeMemory(voidpf, voidpf) {
    return 0;
}

int errorMemory(voidpf, voidpf) {
    return 0;
}

} // namespace

ZipReader::ZipReader(const QByteArray &bytes)
    : m_stream(std::make_unique<Stream>()) {
    m_stream->bytes = bytes;
    zlib_filefunc64_def io{};
    io.zopen64_file = openMemory;
    io.zread_file = readMemory;
    io.zwrite_file = writeMemory;
    io.ztell64_file = tellMemory;
    io.zseek64_file = seekMemory;
    io.zclose_file = closeMemory;
    io.zerror_file = errorMemory;
    io.opaque = m_stream.get();
    m_zip = unzOpen2_64("memory", &io);
}

ZipReader::~ZipReader() {
    if (m_zip)
        unzClose(m_zip);
}

std::optional<QVector<ZipReader::Entry>> ZipReader::entries() {
    QVector<Entry> out;
    if (!m_zip)
        return std::nullopt;
    for (int rc = unzGoToFirstFile(m_zip); rc == UNZ_OK; rc = unzGoToNextFile(m_zip)) {
        unz_file_info64 info{};
        char name[1024];
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) !=
            UNZ_OK)
            return std::nullopt;
        out.append({QString::fromUtf8(name), qint64(info.uncompressed_size)});
        if (out.size() > 100000)
            return std::nullopt; // no document has that many parts
    }
    return out;
}

QByteArray ZipReader::read(const QString &name, qint64 limit, ReadError *error) {
    *error = ReadError::None;
    if (!m_zip) {
        *error = ReadError::Corrupt;
        return {};
    }
    if (unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK) {
        *error = ReadError::Missing;
        return {};
    }
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
        *error = ReadError::Corrupt;
        return {};
    }
    QByteArray out;
    char chunk[1 << 16];
    while (true) {
        const int n = unzReadCurrentFile(m_zip, chunk, sizeof chunk);
        if (n < 0) {
            *error = ReadError::Corrupt;
            break;
        }
        if (n == 0)
            break;
        // The declared size can lie: what is actually inflated counts.
        if (out.size() + n > limit) {
            *error = ReadError::TooLarge;
            break;
        }
        out.append(chunk, n);
    }
    if (unzCloseCurrentFile(m_zip) != UNZ_OK && *error == ReadError::None)
        *error = ReadError::Corrupt; // a CRC error
    return *error == ReadError::None ? out : QByteArray();
}
