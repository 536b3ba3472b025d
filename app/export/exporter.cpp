#include "exporter.h"

#include "csvexporter.h"
#include "jsonexporter.h"
#include "xlsxexporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace {

QString cause(const QSaveFile &file, const QString &path) {
    const QFileInfo info(path);
    if (info.isDir())
        return QStringLiteral("是一个文件夹 / is a folder");
    if (!info.absoluteDir().exists())
        return QStringLiteral("文件夹不存在 / the folder does not exist");
    switch (file.error()) {
    case QFileDevice::PermissionsError:
        return QStringLiteral("没有写入权限 / permission denied");
    case QFileDevice::ResourceError:
        return QStringLiteral("磁盘已满或资源不足 / disk full or out of resources (%1)")
            .arg(file.errorString());
    default:
        return QStringLiteral("无法写入 / cannot write (%1)").arg(file.errorString());
    }
}

} // namespace

std::optional<Exporter::Format> Exporter::formatFromName(QStringView name) {
    if (name.compare(u"xlsx", Qt::CaseInsensitive) == 0)
        return Format::Xlsx;
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(u"json", Qt::CaseInsensitive) == 0)
        return Format::Json;
    return std::nullopt;
}

QString Exporter::formatName(Format format) {
    switch (format) {
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        break;
    }
    return QStringLiteral("json");
}

std::optional<Exporter::Format> Exporter::formatOfPath(const QString &path) {
    return formatFromName(QFileInfo(path).suffix());
}

bool Exporter::write(const ExportSet &set, Format format, const QString &path,
                     ExportText::Language language, QString *error, const Progress &progress) {
    const ExportText text(language);
    QString why;
    // Open the target first: an unwritable path fails before any work is done.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = path + QStringLiteral(": ") + cause(out, path);
        return false;
    }
    bool ok = false;
    if (format == Format::Csv) {
        ok = CsvExporter::write(set, text, &out, progress, &why);
    } else if (format == Format::Json) {
        ok = JsonExporter::write(set, text, &out, progress, &why);
    } else {
        // libxlsxwriter writes to a file name: build the workbook in a private temporary
        // folder, then copy it into the save file.
        QTemporaryDir temp;
        const QString book = temp.filePath(QStringLiteral("export.xlsx"));
        ok = temp.isValid() && XlsxExporter(set, text).write(book, progress, &why);
        if (!temp.isValid())
            why = QStringLiteral("无法创建临时文件夹 / cannot create a temporary folder");
        if (ok) {
            QFile built(book);
            ok = built.open(QIODevice::ReadOnly);
            while (ok && !built.atEnd()) {
                const QByteArray chunk = built.read(1 << 20);
                ok = out.write(chunk) == chunk.size();
            }
            if (!ok)
                why = out.errorString();
        }
    }
    if (!ok) {
        out.cancelWriting();
        if (why.isEmpty()) { // cancelled
            error->clear();
            return false;
        }
        *error = path + QStringLiteral(": ") +
                 (out.error() != QFileDevice::NoError
                      ? cause(out, path)
                      : QStringLiteral("导出失败 / export failed (%1)").arg(why));
        return false;
    }
    if (!out.commit()) {
        *error = path + QStringLiteral(": ") + cause(out, path);
        return false;
    }
    return true;
}
