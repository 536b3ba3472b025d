#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

/**
 * The workspace's error messages: one line, the path as the user gave it, the cause in words
 * (Chinese / English), SQLite's own text last in brackets for a bug report.
 *
 *     d1/a.nianbao: 磁盘已满 / disk full [database or disk is full]
 */
class WorkspaceError {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceError)
public:
    enum class Cause {
        Full,
        Damaged,
        Locked,
        ReadOnly,
        Permission,
        Io,
        CannotOpen,
        Missing,
        Other
    };

    static Cause causeOf(const QSqlError &error);
    /// "磁盘已满 / disk full", "文件已损坏 / file damaged", …
    static QString causeText(Cause cause);
    /// "PATH: cause [sqlite text]" on one line.
    static QString message(const QString &path, const QSqlError &error);
    /// "PATH: what" on one line (control characters in the path escaped).
    static QString message(const QString &path, const QString &what);
};
