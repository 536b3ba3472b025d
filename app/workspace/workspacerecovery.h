#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

/**
 * Copies what is still readable of a damaged workspace into a new one
 * (`nianbao-cli workspace recover WS OUT`). The damaged file is only read (as an immutable
 * file: no lock, no journal). Rows are copied table by table in id order; where a damaged page
 * stops a scan, the ids after it are looked up one by one, so one bad page loses only its own
 * rows. A report is kept only with all of its cells; edits, decisions and conflicts of a lost
 * report are lost with it (the new file's foreign keys refuse them).
 */
class WorkspaceRecovery {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceRecovery)
public:
    struct TableCount {
        int copied = 0;
        int lost = 0; ///< rows known to exist (by id range) that could not be read or kept
    };
    struct Result {
        QMap<QString, TableCount> tables; ///< by table name
        QStringList lostReports;          ///< "id file" of reports that could not be kept
    };

    /// Creates `out` (refuses an existing file) and copies `damaged` into it. False with
    /// `error` when nothing could be done (no such file, `out` exists, not a workspace at all).
    static bool recover(const QString &damaged, const QString &out, Result *result, QString *error);
};
