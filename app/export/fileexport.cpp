#include "fileexport.h"

#include "model/spec.h"
#include "validate/validatedreport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

ExportReport FileExport::report(const QString &file, const SourceDocument *document,
                                const ValidatedReport &validated) {
    ExportReport r;
    r.current = validated.report();
    r.extracted = r.current;
    r.source.fileName = QFileInfo(file).fileName();
    r.source.path = file;
    QFile f(file);
    if (f.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        r.source.sha256 = QString::fromLatin1(hash.result().toHex());
        r.source.size = f.size();
    }
    if (document) {
        r.source.format = document->format;
        r.source.encoding = document->encoding;
        r.importWarnings = document->warnings;
    }
    const EditionSpec &spec = r.current.spec();
    for (const Finding &f : validated.problems())
        r.findings << ExportFinding{f, f.stableId(spec), std::nullopt};
    return r;
}

ExportSet FileExport::set(QVector<ExportReport> reports, const QString &reviewer) {
    ExportSet set;
    set.reports = std::move(reports);
    set.reviewer = reviewer;
    set.exportedAt = QDateTime::currentDateTime();
    set.toolVersion = QStringLiteral(NIANBAO_VERSION);
    return set;
}
