#include "reportloader.h"

#include "import/importpipeline.h"
#include "model/spec.h"
#include "review/reportdocument.h"
#include "workspace/reportaudit.h"
#include "workspace/workspaceimporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <exception>

LoadedReport ReportLoader::load(const QString &path) {
    LoadedReport out;
    out.path = path;
    try {
        PipelineResult result = ImportPipeline::run(path); // resources (":/…") read like files
        if (!result.ok()) {
            out.error = result.error;
            return out;
        }
        out.validated = std::move(result.report);
        out.source = std::move(result.document);
    } catch (const std::exception &e) { // a broken file must never take the desk down
        out.source.reset();
        out.error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(),
                                                 QString::fromLocal8Bit(e.what()));
    }
    return out;
}

PreparedImport ReportLoader::prepare(const QString &path) {
    PreparedImport out;
    out.path = path;
    try {
        out.item = WorkspaceImporter::prepare(path, &out.error);
    } catch (const std::exception &e) { // a broken file must never take the desk down
        out.error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(),
                                                 QString::fromLocal8Bit(e.what()));
    }
    return out;
}

QVector<ImportOutcome> ReportLoader::store(Workspace &workspace,
                                           const QList<PreparedImport> &prepared, QString *error) {
    QVector<ImportItem> items;
    for (const PreparedImport &p : prepared)
        if (p.error.isEmpty())
            items << p.item;
    const QVector<ImportOutcome> stored =
        items.isEmpty() ? QVector<ImportOutcome>() : workspace.store(items, error);
    if (stored.size() != items.size())
        return {};
    QVector<ImportOutcome> out;
    int next = 0;
    for (const PreparedImport &p : prepared) {
        if (p.error.isEmpty()) {
            out << stored[next++];
            continue;
        }
        ImportOutcome failed;
        failed.path = p.path;
        failed.error = p.error;
        out << failed;
    }
    return out;
}

ReportDocument *ReportLoader::openStored(Workspace &workspace, qint64 reportId, QString *error) {
    try {
        const std::optional<StoredReport> stored = workspace.loadReport(reportId, error);
        if (!stored)
            return nullptr;
        const std::optional<DocumentRecord> record = workspace.document(stored->summary.documentId);
        if (!record) {
            if (error)
                *error = tr("报告 %1 的原始文件不在工作区中 / the source of report %1 is missing")
                             .arg(reportId);
            return nullptr;
        }
        // The same pipeline as the first import, from the stored bytes: the anchors match.
        ImportResult imported =
            ImportPipeline::importBytes(record->bytes, record->fileName, record->originalPath);
        if (!imported.document) {
            if (error)
                *error = imported.error;
            return nullptr;
        }
        return ReportAudit::open(workspace, *stored, std::move(*imported.document));
    } catch (const std::exception &e) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(reportId).arg(QString::fromLocal8Bit(e.what()));
        return nullptr;
    }
}

QStringList ReportLoader::findReports(const QString &folder) {
    QStringList out;
    QDirIterator it(folder, FormatSniffer::nameFilters(), QDir::Files,
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
