#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

/**
 * The workspace file format: SQLite with our application_id, a user_version and a list of forward
 * migrations. Checking a file reads its 100-byte header with plain file I/O, so a file that is
 * not ours is refused before SQLite could touch it (no journal, no WAL, no byte changed).
 */
class WorkspaceSchema {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSchema)
public:
    static constexpr quint32 ApplicationId = 0x4E42574B; ///< "NBWK"
    static constexpr int CurrentVersion = 6;

    /// Validates the header of an existing file: SQLite magic, page size, not truncated, our
    /// application_id, a schema version in 1..CurrentVersion. Sets `version` when valid.
    static bool checkFile(const QString &path, int *version, QString *error);
    /// Applies the migrations after the database's user_version up to `target`, each in its own
    /// transaction together with the new user_version.
    static bool migrate(QSqlDatabase &db, int target, QString *error);
    /// True when every table of schema `version` is there with exactly its columns (read only;
    /// a file with the right tables but other columns is not ours). `why` says what differs.
    static bool checkTables(QSqlDatabase &db, int version, QString *why);
    /// The database's user_version, or -1 on error.
    static int version(QSqlDatabase &db);
};
