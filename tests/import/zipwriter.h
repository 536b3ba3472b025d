#pragma once

// Test helper: a zip archive written with minizip (the zip library the product uses), entries
// given as name → bytes; an entry may be written several times over (a zip bomb).

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <QVector>

#include <zip.h>

#include <utility>

namespace testformats {

struct ZipPart {
    QByteArray name;
    QByteArray data;
    qint64 repeat = 1; ///< the data written this many times
};

inline QByteArray writeZip(const QVector<ZipPart> &parts) {
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("archive.zip")).toLocal8Bit();
    zipFile zip = zipOpen64(path.constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return {};
    for (const ZipPart &p : parts) {
        zip_fileinfo info{};
        zipOpenNewFileInZip64(zip, p.name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                              Z_DEFLATED, Z_BEST_SPEED, p.repeat > 1 ? 1 : 0);
        for (qint64 i = 0; i < p.repeat; ++i)
            zipWriteInFileInZip(zip, p.data.constData(), unsigned(p.data.size()));
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
    QFile f(QString::fromLocal8Bit(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace testformats
