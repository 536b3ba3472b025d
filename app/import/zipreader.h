#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>

/**
 * Reads a zip archive held in memory (a DOCX), through minizip.
 *
 * minizip is the zip library libxlsxwriter already loads; using it here too keeps one zip
 * implementation in the process (QuaZip exports minizip's function names with other meanings,
 * so the two cannot be loaded together — see docs/architecture.md).
 */
class ZipReader {
public:
    struct Entry {
        QString name;
        qint64 uncompressedSize = 0; ///< as the archive declares it (it can lie)
    };

    explicit ZipReader(const QByteArray &bytes);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    /// Every entry with its declared size; nullopt when the directory is damaged.
    std::optional<QVector<Entry>> entries();
    enum class ReadError { None, Missing, Corrupt, TooLarge };
    /// One entry inflated, refusing past `limit` bytes actually inflated.
    QByteArray read(const QString &name, qint64 limit, ReadError *error);

    struct Stream; ///< the archive and the read position minizip's callbacks work on

private:
    std::unique_ptr<Stream> m_stream;
    void *m_zip = nullptr; ///< unzFile
};
