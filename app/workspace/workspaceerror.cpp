#include "workspaceerror.h"

#include "model/displaytext.h"

#include <QSqlError>

#include <utility>

WorkspaceError::Cause WorkspaceError::causeOf(const QSqlError &error) {
    bool ok = false;
    // Qt reports the extended result code; its low byte is the primary one.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok) {
        // Some driver paths (COMMIT) keep only SQLite's text: its fixed sqlite3_errstr() words.
        const QString text = error.databaseText();
        static const std::pair<const char *, Cause> kTexts[] = {
            {"disk is full", Cause::Full},         {"malformed", Cause::Damaged},
            {"not a database", Cause::Damaged},    {"is locked", Cause::Locked},
            {"readonly", Cause::ReadOnly},         {"I/O error", Cause::Io},
            {"unable to open", Cause::CannotOpen}, {"constraint failed", Cause::Missing},
        };
        for (const auto &[words, cause] : kTexts)
            if (text.contains(QLatin1String(words)))
                return cause;
        return Cause::Other;
    }
    switch (code) {
    case 13: // SQLITE_FULL
        return Cause::Full;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Cause::Damaged;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Cause::Locked;
    case 8: // SQLITE_READONLY
        return Cause::ReadOnly;
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return Cause::Permission;
    case 10: // SQLITE_IOERR
        return Cause::Io;
    case 14: // SQLITE_CANTOPEN
        return Cause::CannotOpen;
    case 19: // SQLITE_CONSTRAINT
        return Cause::Missing;
    default:
        return Cause::Other;
    }
}

QString WorkspaceError::causeText(Cause cause) {
    switch (cause) {
    case Cause::Full:
        return tr("磁盘已满 / disk full");
    case Cause::Damaged:
        return tr("文件已损坏 / file damaged");
    case Cause::Locked:
        return tr("文件被另一程序锁定 / file locked by another program");
    case Cause::ReadOnly:
        return tr("文件或文件夹只读 / file or folder is read-only");
    case Cause::Permission:
        return tr("没有权限 / permission denied");
    case Cause::Io:
        return tr("读写错误 / input/output error");
    case Cause::CannotOpen:
        return tr("无法打开文件 / cannot open the file");
    case Cause::Missing:
        return tr("引用的记录不存在或数据不一致 / a referenced record does not exist");
    case Cause::Other:
        break;
    }
    return tr("数据库错误 / database error");
}

QString WorkspaceError::message(const QString &path, const QSqlError &error) {
    QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    detail = DisplayText::line(detail.simplified(), 200);
    return message(path, detail.isEmpty()
                             ? causeText(causeOf(error))
                             : causeText(causeOf(error)) + QStringLiteral(" [") + detail + u']');
}

QString WorkspaceError::message(const QString &path, const QString &what) {
    return DisplayText::line(path) + QStringLiteral(": ") + DisplayText::line(what);
}
