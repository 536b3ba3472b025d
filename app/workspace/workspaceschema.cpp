#include "workspaceschema.h"

#include "workspaceerror.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace {

// Migration i brings the schema from version i to i + 1. Never edit a released step: append.
const char *const kMigrations[] = {
    // 0 → 1: the base schema. Values are Decimal micros (INTEGER), never REAL.
    R"(
CREATE TABLE documents(
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    original_path TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    bytes BLOB NOT NULL);
CREATE TABLE reports(
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    agency TEXT NOT NULL, extracted_agency TEXT NOT NULL, agency_source TEXT NOT NULL,
    year INTEGER NOT NULL, extracted_year INTEGER NOT NULL,
    edition TEXT NOT NULL, extracted_edition TEXT NOT NULL,
    edition_basis TEXT NOT NULL, edition_mixed INTEGER NOT NULL,
    t1 TEXT NOT NULL, t2 TEXT NOT NULL, t3 TEXT NOT NULL,
    extra_cells TEXT NOT NULL, remarks TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending', state_by TEXT, state_at TEXT,
    open_errors INTEGER NOT NULL DEFAULT -1, open_warnings INTEGER NOT NULL DEFAULT -1,
    edit_count INTEGER NOT NULL DEFAULT 0);
CREATE INDEX reports_document ON reports(document_id);
CREATE TABLE cells(
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    ext_value INTEGER, ext_status TEXT NOT NULL, raw TEXT NOT NULL, note TEXT NOT NULL,
    anchor_start INTEGER NOT NULL, anchor_length INTEGER NOT NULL, anchor_page INTEGER NOT NULL,
    anchor_rect TEXT,
    value INTEGER, status TEXT NOT NULL,
    PRIMARY KEY(report_id, key)) WITHOUT ROWID;
CREATE TABLE edits(
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    old_value INTEGER, old_status TEXT NOT NULL,
    new_value INTEGER, new_status TEXT NOT NULL,
    user TEXT NOT NULL, at TEXT NOT NULL, note TEXT NOT NULL, origin TEXT NOT NULL);
CREATE INDEX edits_report ON edits(report_id, key);
CREATE TABLE decisions(
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    finding TEXT NOT NULL,
    decision TEXT NOT NULL CHECK(decision IN ('open','confirmed','dismissed','fixed')),
    note TEXT NOT NULL CHECK(decision <> 'dismissed' OR length(trim(note)) > 0),
    user TEXT NOT NULL, at TEXT NOT NULL,
    edit_id INTEGER REFERENCES edits(id));
CREATE INDEX decisions_report ON decisions(report_id, finding);
)",
    // 1 → 2: conflicts found when a changed source is re-imported.
    R"(
CREATE TABLE conflicts(
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    old_value INTEGER, old_status TEXT NOT NULL,
    new_value INTEGER, new_status TEXT NOT NULL,
    current_value INTEGER, current_status TEXT NOT NULL,
    at TEXT NOT NULL, resolved INTEGER NOT NULL DEFAULT 0);
CREATE INDEX conflicts_report ON conflicts(report_id);
ALTER TABLE reports ADD COLUMN conflict_count INTEGER NOT NULL DEFAULT 0;
)",
    // 2 → 3: who marked a conflict as looked at, when and why.
    R"(
ALTER TABLE conflicts ADD COLUMN resolved_by TEXT;
ALTER TABLE conflicts ADD COLUMN resolved_at TEXT;
ALTER TABLE conflicts ADD COLUMN resolved_note TEXT;
)",
    // 3 → 4: the auditor's agency key, grouping one agency's reports across years; empty means
    // the key follows the agency name (AgencyKey::fromAgency), so it is never stored derived.
    R"(
ALTER TABLE reports ADD COLUMN agency_key_override TEXT NOT NULL DEFAULT '';
)",
    // 4 → 5: importing looks every file up by its path; without an index that grew
    // quadratically with the number of reports.
    R"(
CREATE INDEX documents_path ON documents(original_path);
)",
    // 5 → 6: a file imported again under another path is found by its bytes (issue 13); and
    // edit_count becomes the number of cells that differ from the extraction (not of log rows).
    R"(
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);
UPDATE reports SET edit_count = (SELECT count(*) FROM cells c WHERE c.report_id = reports.id
    AND (c.value IS NOT c.ext_value OR (c.value IS NULL AND c.status <> c.ext_status)));
)",
};
static_assert(std::size(kMigrations) == WorkspaceSchema::CurrentVersion);

bool exec(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error) // one line: the cause, not the statement
            *error = WorkspaceError::causeText(WorkspaceError::causeOf(q.lastError())) +
                     QStringLiteral(" [") + q.lastError().databaseText().simplified() + u']';
        return false;
    }
    return true;
}

/// table → its column names, as the migrations up to `version` create them.
using Columns = QMap<QString, QStringList>;

Columns columnsOf(QSqlDatabase &db) {
    Columns out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name")))
        return out;
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (q.lastError().isValid())
        return {};
    for (const QString &t : tables) {
        QSqlQuery c(db);
        if (!c.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(t)))
            return {};
        QStringList names;
        while (c.next())
            names << c.value(1).toString();
        out.insert(t, names);
    }
    return out;
}

/// The reference columns of a schema version, built once in memory from the migrations.
Columns expectedColumns(int version) {
    static QMutex mutex;
    static QHash<int, Columns> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.cend())
        return *it;
    const QString name = QStringLiteral("nianbao-schema-reference-%1").arg(version);
    Columns columns;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open() && WorkspaceSchema::migrate(db, version, nullptr))
            columns = columnsOf(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    cache.insert(version, columns);
    return columns;
}

} // namespace

bool WorkspaceSchema::checkFile(const QString &path, int *version, QString *error) {
    auto fail = [&](const QString &why) {
        if (error)
            *error = WorkspaceError::message(
                path, tr("无法打开工作区 / cannot open workspace: %1").arg(why));
        return false;
    };
    QFile f(path);
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return fail(tr("符号链接无法解析（循环或目标不存在）/ symbolic link cannot be resolved "
                       "(a loop or a missing target)"));
    if (!f.exists())
        return fail(tr("文件不存在 / file not found"));
    if (info.isDir())
        return fail(tr("这是文件夹 / this is a folder"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(info.isReadable() ? tr("无法读取 / cannot read (%1)").arg(f.errorString())
                                      : tr("没有读取权限 / permission denied"));
    const qint64 size = f.size();
    const QByteArray h = f.read(100);
    if (h.size() < 100 || !h.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(tr("不是年报工作区（不是 SQLite 数据库）/ not a Nianbao workspace (not an "
                       "SQLite database)"));
    const auto *u = reinterpret_cast<const uchar *>(h.constData());
    qint64 pageSize = qFromBigEndian<quint16>(u + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return fail(tr("文件头已损坏 / corrupt header"));
    const quint32 pages = qFromBigEndian<quint32>(u + 28);
    const bool pagesValid = qFromBigEndian<quint32>(u + 24) == qFromBigEndian<quint32>(u + 92);
    // With a non-empty -wal beside it, the newest pages live in the WAL: a checkpoint cut short
    // by a crash can leave the main file shorter than its header says until SQLite replays the
    // WAL on open. Only without a WAL is a short file really truncated.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walPending = wal.exists() && wal.size() > 0;
    if (!walPending && (size % pageSize != 0 || (pagesValid && size < qint64(pages) * pageSize)))
        return fail(tr("文件被截断或已损坏 / file truncated or corrupt"));
    if (qFromBigEndian<quint32>(u + 68) != ApplicationId)
        return fail(tr("不是年报工作区（其他程序的 SQLite 数据库）/ not a Nianbao workspace (an "
                       "SQLite database of another program)"));
    const int v = int(qFromBigEndian<quint32>(u + 60));
    if (v > CurrentVersion)
        return fail(
            tr("工作区由较新版本的年报创建（格式 %1，本程序支持至 %2），请升级 / created by "
               "a newer Nianbao (schema %1, this build reads up to %2): please upgrade")
                .arg(v)
                .arg(CurrentVersion));
    if (v < 1)
        return fail(tr("工作区未创建完成 / incomplete workspace (no schema version)"));
    if (version)
        *version = v;
    return true;
}

int WorkspaceSchema::version(QSqlDatabase &db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool WorkspaceSchema::migrate(QSqlDatabase &db, int target, QString *error) {
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        db.rollback();
        return false;
    };
    int v = version(db);
    if (v < 0)
        return fail(WorkspaceError::causeText(WorkspaceError::causeOf(db.lastError())));
    for (; v < target; ++v) {
        const QString step = tr("无法升级工作区格式 %1 → %2 / cannot upgrade the workspace "
                                "format %1 → %2: ")
                                 .arg(v)
                                 .arg(v + 1);
        if (!db.transaction())
            return fail(step + WorkspaceError::causeText(WorkspaceError::causeOf(db.lastError())));
        const QStringList statements = QString::fromUtf8(kMigrations[v]).split(u';');
        QString why;
        for (const QString &s : statements)
            if (!s.trimmed().isEmpty() && !exec(db, s, &why))
                return fail(step + why);
        if (!exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), &why) ||
            !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1), &why))
            return fail(step + why);
        if (!db.commit())
            return fail(step + WorkspaceError::causeText(WorkspaceError::causeOf(db.lastError())));
    }
    return true;
}

bool WorkspaceSchema::checkTables(QSqlDatabase &db, int version, QString *why) {
    const Columns want = expectedColumns(version);
    QSqlQuery q(db);
    // Reading the catalogue is the first read of the file: a damaged one fails here.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        if (why)
            *why = WorkspaceError::causeText(WorkspaceError::causeOf(q.lastError()));
        return false;
    }
    const Columns have = columnsOf(db);
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        const auto found = have.constFind(it.key());
        if (found == have.cend() || *found != *it) {
            if (why)
                *why = tr("表 %1 的结构与格式 %2 不符 / table %1 does not match schema %2")
                           .arg(it.key())
                           .arg(version);
            return false;
        }
    }
    return !want.isEmpty();
}
