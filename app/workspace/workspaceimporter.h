#pragma once

#include "workspace.h"

#include "validate/validatedreport.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

/**
 * The import pipeline of a workspace: read each file and run it through ImportPipeline (import in
 * its format, extract, validate) in parallel (QtConcurrent), then store the results batch by batch,
 * one transaction per batch with prepared statements.
 */
class WorkspaceImporter {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceImporter)
public:
    using Progress = std::function<void(int done, int total)>;

    /// Imports `paths` (in order); failures are ImportOutcome::Failed entries naming the reason.
    /// Returns an empty list and sets `error` only when the workspace itself refused to store.
    static QVector<ImportOutcome> importFiles(Workspace &workspace, const QStringList &paths,
                                              QString *error, const Progress &progress = {},
                                              int batchSize = 200);
    /// One file → one ImportItem (runs on worker threads). On failure sets `error`.
    static ImportItem prepare(const QString &path, QString *error);
    /// An ImportItem for a hand-built report (tests, benchmark): hashes and sizes the bytes.
    static ImportItem makeItem(const QString &path, const QByteArray &bytes, const Report &report,
                               const QString &encoding = QStringLiteral("UTF-8"));
    /// The same for a report already validated (its open counts come from that validation).
    static ImportItem makeItem(const QString &path, const QByteArray &bytes,
                               const ValidatedReport &validated, const QString &encoding);
};
