#include "reportloader.h"

#include "extract/extractor.h"
#include "import/textimporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <exception>

LoadedReport ReportLoader::load(const QString &path) {
    LoadedReport out;
    out.path = path;
    try {
        ImportResult imported;
        if (path.startsWith(u':')) { // compiled-in resource: importFile() reads real files only
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                out.error = QStringLiteral("%1: %2").arg(path, file.errorString());
                return out;
            }
            imported = TextImporter::importBytes(file.readAll(), QFileInfo(path).fileName(), path);
        } else {
            imported = TextImporter::importFile(path);
        }
        if (!imported.ok()) {
            out.error = imported.error;
            return out;
        }
        out.validated = ValidatedReport(Extractor::extract(*imported.document));
        out.source = std::move(imported.document);
    } catch (const std::exception &e) { // a broken file must never take the desk down
        out.source.reset();
        out.error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(),
                                                 QString::fromLocal8Bit(e.what()));
    }
    return out;
}

QStringList ReportLoader::findReports(const QString &folder) {
    QStringList out;
    QDirIterator it(folder, {QStringLiteral("*.txt"), QStringLiteral("*.TXT")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

QStringList ReportLoader::bundledSamples() {
    QStringList out;
    const QDir dir(QStringLiteral(":/samples"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}
