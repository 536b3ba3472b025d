#pragma once

#include "model/sourcedocument.h"
#include "validate/validatedreport.h"
#include "workspace/workspace.h"

#include <QString>
#include <QStringList>
#include <optional>

/// A report read, extracted and validated, ready to become a ReportDocument on the UI thread.
struct LoadedReport {
    QString path;
    std::optional<SourceDocument> source;
    ValidatedReport validated;
    QString error; ///< one line naming the file and the reason

    bool ok() const { return source.has_value() && error.isEmpty(); }
};

/// One file read and extracted for the workspace, or why it could not be.
struct PreparedImport {
    QString path;
    ImportItem item;
    QString error; ///< one line naming the file and the reason; empty when prepared
};

class ReportDocument;

/// Import + extraction + validation of one file. Reentrant: runs on any thread (QtConcurrent).
class ReportLoader {
    Q_DECLARE_TR_FUNCTIONS(ReportLoader)
public:
    static LoadedReport load(const QString &path);
    /// Reads and extracts one file for the workspace; never throws.
    static PreparedImport prepare(const QString &path);
    /// Stores prepared files in one transaction; failed ones come back as Failed outcomes.
    /// Returns an empty list (and sets `error`) only when the workspace refused to store.
    static QVector<ImportOutcome> store(Workspace &workspace, const QList<PreparedImport> &prepared,
                                        QString *error);
    /// A stored report as a document of the desk: the text re-imported from the stored original
    /// bytes (so anchors match), the auditor's current cells, the extraction as "original", and a
    /// ReportAudit as its edit sink. The caller owns the document; nullptr and `error` on failure.
    static ReportDocument *openStored(Workspace &workspace, qint64 reportId, QString *error);
    /// Report files of every supported type (FormatSniffer::nameFilters()) below `folder`,
    /// recursively, sorted.
    static QStringList findReports(const QString &folder);
    /// The five sample reports compiled into the application (":/samples/…").
    static QStringList bundledSamples();
};
