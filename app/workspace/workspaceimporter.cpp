#include "workspaceimporter.h"

#include "reportaudit.h"
#include "workspacecheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include "import/importpipeline.h"
#include "model/displaytext.h"

ImportItem WorkspaceImporter::makeItem(const QString &path, const QByteArray &bytes,
                                       const Report &report, const QString &encoding) {
    return makeItem(path, bytes, ValidatedReport(report), encoding);
}

ImportItem WorkspaceImporter::makeItem(const QString &path, const QByteArray &bytes,
                                       const ValidatedReport &validated, const QString &encoding) {
    const Report &report = validated.report();
    ImportItem item;
    const QFileInfo fi(path);
    item.document.fileName = fi.fileName();
    item.document.originalPath = fi.absoluteFilePath();
    item.document.size = bytes.size();
    item.document.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    item.document.format =
        fi.suffix().toLower().isEmpty() ? QStringLiteral("txt") : fi.suffix().toLower();
    item.document.encoding = encoding;
    item.document.importedAt = QDateTime::currentDateTimeUtc();
    item.document.bytes = bytes;
    item.report = report;
    const auto counts = ReportAudit::openCounts(validated, {});
    item.openErrors = counts.first;
    item.openWarnings = counts.second;
    return item;
}

ImportItem WorkspaceImporter::prepare(const QString &path, QString *error) {
    // The bytes are read once and kept, because the workspace stores a copy of the original.
    QByteArray bytes;
    PipelineResult result = ImportPipeline::run(path, &bytes);
    if (!result.ok()) {
        *error = DisplayText::fileError(
            result.error.isEmpty() ? tr("无法导入 / cannot import") : result.error, path);
        return {};
    }
    // Validated once, by the pipeline: the counts come from that validation.
    ImportItem item = makeItem(path, bytes, result.report, result.document->encoding);
    item.document.format = result.document->format;
    return item;
}

QVector<ImportOutcome> WorkspaceImporter::importFiles(Workspace &workspace,
                                                      const QStringList &paths, QString *error,
                                                      const Progress &progress, int batchSize) {
    struct Prepared {
        ImportItem item;
        QString error;
    };
    QVector<ImportOutcome> outcomes;
    const int total = int(paths.size());
    // Extraction is CPU-bound and independent per file: all cores; SQLite stays on this thread.
    // The next batch is extracted while this one is stored.
    auto extract = [&](int start) {
        return QtConcurrent::mapped(paths.mid(start, batchSize), [](const QString &path) {
            Prepared p;
            p.item = prepare(path, &p.error);
            return p;
        });
    };
    QFuture<Prepared> next = extract(0);
    for (int start = 0; start < total; start += batchSize) {
        const QStringList batch = paths.mid(start, batchSize);
        const QList<Prepared> done = next.results();
        if (start + batchSize < total)
            next = extract(start + batchSize);
        QVector<ImportItem> items;
        for (const Prepared &p : done)
            if (p.error.isEmpty())
                items << p.item;
        QString storeError;
        const QVector<ImportOutcome> stored = workspace.store(items, &storeError);
        if (stored.size() != items.size()) {
            if (error)
                *error = storeError;
            next.waitForFinished();
            return {};
        }
        int storedIndex = 0;
        for (int i = 0; i < done.size(); ++i) {
            if (done[i].error.isEmpty()) {
                outcomes << stored[storedIndex++];
            } else {
                ImportOutcome o;
                o.path = batch[i];
                o.kind = ImportOutcome::Failed;
                o.error = done[i].error;
                outcomes << o;
            }
        }
        if (progress)
            progress(int(outcomes.size()), total);
    }
    return outcomes;
}
