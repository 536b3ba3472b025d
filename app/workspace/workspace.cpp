#include "workspace.h"

#include "reportcodec.h"
#include "workspaceerror.h"
#include "workspacenotifier.h"
#include "workspaceschema.h"

#include "model/displaytext.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#ifdef NIANBAO_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace {
QAtomicInt g_connectionCounter;

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

/// Rolls back unless committed: every early return leaves the database unchanged.
class Workspace::Transaction {
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_active(db.transaction()) {}
    ~Transaction() {
        if (m_active)
            m_db.rollback();
    }
    bool isActive() const { return m_active; }
    /// Commits; on failure returns the error (the destructor rolls back).
    std::optional<QSqlError> commit() {
        if (!m_db.commit())
            return m_db.lastError();
        m_active = false;
        return std::nullopt;
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};

namespace {

/// SQLite URI for a path: percent-encoded, so '?', '#' and '%' in names are file name bytes.
QString sqliteUri(const QString &absolutePath, const QString &query) {
    return QUrl::fromLocalFile(absolutePath).toString(QUrl::FullyEncoded) + u'?' + query;
}
} // namespace

Workspace::Workspace()
    : m_user(osUserName())
    , m_notifier(std::make_unique<WorkspaceNotifier>()) {}

Workspace::~Workspace() {
    close();
}

QString Workspace::osUserName() {
    QString u = qEnvironmentVariable("USER");
    if (u.isEmpty())
        u = qEnvironmentVariable("USERNAME");
    return u.isEmpty() ? QStringLiteral("unknown") : u;
}

bool Workspace::setUser(const QString &user) {
    if (user.trimmed().size() > MaxNameLength)
        return false;
    m_user = user.trimmed().isEmpty() ? osUserName() : user.trimmed();
    return true;
}

bool Workspace::create(const QString &path, QString *error) {
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        if (error)
            *error = WorkspaceError::message(
                path, tr("工作区已存在，不会覆盖 / already exists: not overwritten"));
        return false;
    }
    const QString tmp = info.absoluteFilePath() +
                        QStringLiteral(".creating-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(tmp);
    const QString name =
        QStringLiteral("nianbao-ws-create-%1").arg(g_connectionCounter.fetchAndAddOrdered(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(tmp);
        if (!db.open()) {
            if (error)
                *error = WorkspaceError::message(
                    path, tr("无法创建工作区 / cannot create workspace: %1")
                              .arg(QFileInfo(info.absolutePath()).isDir()
                                       ? WorkspaceError::causeText(
                                             WorkspaceError::causeOf(db.lastError()))
                                       : tr("文件夹不存在 / folder not found")));
        } else {
            QSqlQuery q(db);
            QString why;
            ok = WorkspaceSchema::migrate(db, WorkspaceSchema::CurrentVersion, &why);
            if (ok && !q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
                ok = false;
                why = WorkspaceError::causeText(WorkspaceError::causeOf(q.lastError()));
            }
            if (!ok && error)
                *error = WorkspaceError::message(
                    path, tr("无法创建工作区 / cannot create workspace: %1").arg(why));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (ok && !QFile::rename(tmp, info.absoluteFilePath())) {
        ok = false;
        if (error)
            *error = WorkspaceError::message(path, tr("无法创建工作区 / cannot create workspace"));
    }
    if (!ok) {
        QFile::remove(tmp);
        QFile::remove(tmp + QStringLiteral("-wal"));
        QFile::remove(tmp + QStringLiteral("-shm"));
    }
    return ok;
}

bool Workspace::open(const QString &path, Mode mode, QString *error) {
    close();
    int version = 0;
    // Header check with plain file I/O first: a file that is not ours is never handed to SQLite.
    if (!WorkspaceSchema::checkFile(path, &version, error))
        return false;
    m_givenPath = path;
    m_path = QFileInfo(path).absoluteFilePath();
    auto fail = [&](const QString &why) {
        if (error)
            *error = WorkspaceError::message(
                path, tr("无法打开工作区 / cannot open workspace: %1").arg(why));
        close();
        return false;
    };

    // Then the tables, read-only and without touching the file (no journal mode, no -shm), so
    // a foreign file with our application id is refused unchanged.
    QString why;
    if (!probe(version, &why))
        return fail(why);

    const QFileInfo info(m_path);
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    m_readOnly = mode == Mode::ReadOnly;
    if (m_readOnly) {
        m_notice = tr("以只读方式打开 / opened read-only");
    } else if (!info.isWritable() || !folderWritable) {
        // A read-only file system or a folder the user cannot write: WAL needs a -shm file
        // beside the workspace, so it is read as an immutable file instead.
        m_readOnly = true;
        m_notice = !info.isWritable()
                       ? tr("工作区文件不可写，现以只读方式打开 / the workspace file is not "
                            "writable: opened read-only")
                       : tr("工作区所在文件夹不可写，现以只读方式打开 / the workspace's folder is "
                            "not writable: opened read-only");
    } else {
        m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
        // QLockFile removes locks whose process is gone, so a crash never blocks reopening.
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            const bool held = m_lock->error() == QLockFile::LockFailedError;
            m_lock->getLockInfo(&pid, &host, &app);
            m_lock.reset();
            m_readOnly = true;
            if (!held)
                m_notice = tr("无法在工作区旁创建锁文件（磁盘已满或无权限），现以只读方式打开 / "
                              "cannot create the lock file beside the workspace (disk full or "
                              "no permission): opened read-only");
            else
                m_notice =
                    tr("工作区已在别处打开（%1 上的进程 %2），现以只读方式打开 / The workspace is "
                       "open elsewhere (process %2 on %1): opened read-only")
                        .arg(host.isEmpty() ? tr("本机") : host)
                        .arg(pid);
        }
    }
    if (m_readOnly && version < WorkspaceSchema::CurrentVersion)
        return fail(tr("工作区格式较旧，需以读写方式打开一次以升级 / old workspace format: open "
                       "it read-write once to upgrade it"));
    m_immutable = m_readOnly && !folderWritable;
    if (!openConnection(&why))
        return fail(why);
    if (version < WorkspaceSchema::CurrentVersion &&
        !WorkspaceSchema::migrate(m_db, WorkspaceSchema::CurrentVersion, &why))
        return fail(why);
    if (m_immutable) {
        const QFileInfo wal(m_path + QStringLiteral("-wal"));
        if (wal.exists() && wal.size() > 0)
            m_notice += tr("；-wal 文件中尚未写入的修改不显示 / changes still in the -wal file are "
                           "not shown");
    }
    // A damaged file is never written into: it stays open read-only to be looked at and
    // recovered (nianbao-cli workspace recover).
    if (!m_readOnly) {
        QStringList problems;
        if (!integrityCheck(&problems)) {
            m_damaged = true;
            m_readOnly = true;
            m_lock.reset();
            m_notice = damageNotice(problems.value(0));
            closeConnection();
            if (!openConnection(&why))
                return fail(why);
        }
    }
    return true;
}

QString Workspace::damageNotice(const QString &first) const {
    return tr("工作区文件已损坏，现以只读方式打开；请用 nianbao-cli workspace recover 复制可读"
              "部分 / the workspace file is damaged: opened read-only; copy what is readable "
              "with nianbao-cli workspace recover") +
           (first.isEmpty() ? QString()
                            : QStringLiteral(" [") + DisplayText::line(first, 120) + u']');
}

bool Workspace::probe(int version, QString *why) {
    const QString name =
        QStringLiteral("nianbao-ws-probe-%1").arg(g_connectionCounter.fetchAndAddOrdered(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // immutable: no lock, no -shm, no journal. With WAL frames pending beside it the
        // catalogue may live in the WAL, so then it is read as usual (read-only).
        const QFileInfo wal(m_path + QStringLiteral("-wal"));
        const bool walPending = wal.exists() && wal.size() > 0;
        db.setDatabaseName(sqliteUri(m_path, walPending ? QStringLiteral("mode=ro")
                                                        : QStringLiteral("mode=ro&immutable=1")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (!db.open())
            *why = WorkspaceError::causeText(WorkspaceError::causeOf(db.lastError()));
        else
            ok = WorkspaceSchema::checkTables(db, version, why);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool Workspace::openConnection(QString *why) {
    m_connection = QStringLiteral("nianbao-ws-%1-%2")
                       .arg(g_connectionCounter.fetchAndAddOrdered(1))
                       .arg(quintptr(QThread::currentThreadId()));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(sqliteUri(m_path, m_immutable  ? QStringLiteral("mode=ro&immutable=1")
                                           : m_readOnly ? QStringLiteral("mode=ro")
                                                        : QStringLiteral("mode=rw")));
    m_db.setConnectOptions(
        m_readOnly
            ? QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
            : QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *why = WorkspaceError::causeText(WorkspaceError::causeOf(m_db.lastError()));
        return false;
    }
    QSqlQuery q(m_db);
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys=ON")};
    if (!m_readOnly)
        // A 32 MB page cache keeps a 1,000-report import batch from spilling mid-transaction.
        pragmas << QStringLiteral("PRAGMA cache_size=-32768")
                << QStringLiteral("PRAGMA journal_mode=WAL")
                << QStringLiteral("PRAGMA synchronous=FULL");
    for (const QString &p : pragmas)
        if (!q.exec(p)) {
            *why = WorkspaceError::causeText(WorkspaceError::causeOf(q.lastError()));
            return false;
        }
    return true;
}

bool Workspace::integrityCheck(QStringList *problems) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // quick_check reads every page and checks the B-trees (not the index contents): enough to
    // find flipped bytes, in about a second for a 240 MB workspace.
    if (!q.exec(QStringLiteral("PRAGMA quick_check(20)"))) {
        if (problems)
            *problems << DisplayText::line(q.lastError().databaseText().simplified());
        return false;
    }
    QStringList found;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            found << line.simplified();
    }
    if (q.lastError().isValid())
        found << q.lastError().databaseText().simplified();
    if (problems)
        *problems = found;
    return found.isEmpty();
}

void Workspace::closeConnection() {
#ifdef NIANBAO_SQLITE_DIRECT
    sqlite3_finalize(m_cellInsert); // before the connection it belongs to closes
#endif
    m_cellInsert = nullptr;
    qDeleteAll(m_queries);
    m_queries.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

void Workspace::close() {
    closeConnection();
    m_lock.reset();
    m_readOnly = false;
    m_immutable = false;
    m_damaged = false;
    m_notice.clear();
}

QSqlQuery &Workspace::prepared(const QString &sql) const {
    QSqlQuery *&q = m_queries[sql];
    if (!q) {
        q = new QSqlQuery(m_db);
        q->prepare(sql);
    }
    return *q;
}

bool Workspace::failed(const QSqlError &e, QString *error) const {
    if (WorkspaceError::causeOf(e) == WorkspaceError::Cause::Damaged && !m_damaged) {
        // Found damaged while writing: no further write goes into it.
        m_damaged = true;
        m_readOnly = true;
        m_notice = damageNotice(e.databaseText());
    }
    if (error)
        *error = WorkspaceError::message(m_givenPath, e);
    return false;
}

bool Workspace::commit(Transaction &t, QString *error) {
    if (const auto e = t.commit())
        return failed(*e, error);
    return true;
}

bool Workspace::refuseReadOnly(QString *error) const {
    if (!isOpen()) {
        if (error)
            *error = tr("工作区未打开 / no workspace is open");
        return true;
    }
    if (!m_readOnly)
        return false;
    if (error)
        *error = WorkspaceError::message(
            m_givenPath,
            tr("工作区为只读，不能修改 / the workspace is read-only: change refused (%1)")
                .arg(m_notice));
    return true;
}

bool Workspace::refuseUnchanged(qint64 reportId, const QString &what, const QString &value,
                                QString *error) const {
    if (error)
        *error = WorkspaceError::message(m_givenPath,
                                         tr("报告 %1 的 %2 已是 %3，未记录修改 / %2 of report %1 "
                                            "is already %3: nothing recorded")
                                             .arg(reportId)
                                             .arg(what, value));
    return false;
}

bool Workspace::refuseLong(const QString &text, int limit, const QString &what,
                           QString *error) const {
    if (text.size() <= limit)
        return false;
    if (error)
        *error = WorkspaceError::message(m_givenPath, tr("%1过长：%2 字，最多 %3 / %1 too long: "
                                                         "%2 characters, at most %3")
                                                          .arg(what)
                                                          .arg(text.size())
                                                          .arg(limit));
    return true;
}

bool Workspace::logEdit(qint64 reportId, const QString &key, const QVariant &oldValue,
                        const QString &oldStatus, const QVariant &newValue,
                        const QString &newStatus, const QString &origin, const QString &note,
                        QString *error, qint64 *editId) {
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO edits(report_id, key, old_value, old_status, new_value, new_status, user, "
        "at, note, origin) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(reportId);
    q.addBindValue(key);
    q.addBindValue(oldValue);
    q.addBindValue(ReportCodec::text(oldStatus));
    q.addBindValue(newValue);
    q.addBindValue(ReportCodec::text(newStatus));
    q.addBindValue(m_user);
    q.addBindValue(nowText());
    q.addBindValue(ReportCodec::text(note));
    q.addBindValue(origin);
    if (!q.exec())
        return failed(q.lastError(), error);
    if (editId)
        *editId = q.lastInsertId().toLongLong();
    QSqlQuery &u = prepared(
        QStringLiteral("UPDATE reports SET open_errors = -1, open_warnings = -1 WHERE id = ?"));
    u.addBindValue(reportId);
    return u.exec() || failed(u.lastError(), error);
}

bool Workspace::updateCell(qint64 reportId, const QString &key, const Cell &after,
                           EditOrigin origin, const QString &note, QString *error, qint64 *editId) {
    QSqlQuery &sel =
        prepared(QStringLiteral("SELECT value, status FROM cells WHERE report_id = ? AND key = ?"));
    sel.addBindValue(reportId);
    sel.addBindValue(key);
    if (!sel.exec())
        return failed(sel.lastError(), error);
    if (!sel.next()) {
        if (error)
            *error = WorkspaceError::message(
                m_givenPath,
                tr("报告 %1 没有单元格 %2 / report %1 has no cell %2").arg(reportId).arg(key));
        return false;
    }
    const QVariant oldValue = sel.value(0);
    const QString oldStatus = sel.value(1).toString();
    sel.finish();
    const QVariant newValue = ReportCodec::valueToSql(after.value);
    const QString newStatus = cellStatusName(after.status);
    QSqlQuery &upd = prepared(
        QStringLiteral("UPDATE cells SET value = ?, status = ? WHERE report_id = ? AND key = ?"));
    upd.addBindValue(newValue);
    upd.addBindValue(newStatus);
    upd.addBindValue(reportId);
    upd.addBindValue(key);
    if (!upd.exec())
        return failed(upd.lastError(), error);
    return logEdit(reportId, key, oldValue, oldStatus, newValue, newStatus,
                   workspaceOriginName(int(origin)), note, error, editId);
}

bool Workspace::setCell(qint64 reportId, const QString &key, const Cell &after, EditOrigin origin,
                        const QString &note, QString *error, qint64 *editId) {
    CellEdit edit;
    edit.key = key;
    edit.after = after;
    edit.origin = origin;
    edit.note = note;
    QVector<qint64> ids;
    if (!commitAction(reportId, {edit}, {}, std::nullopt, error, &ids))
        return false;
    if (editId)
        *editId = ids.value(0, -1);
    return true;
}

bool Workspace::commitAction(qint64 reportId, const QVector<CellEdit> &edits,
                             const QVector<FollowingDecision> &decisions,
                             std::optional<std::pair<int, int>> openCounts, QString *error,
                             QVector<qint64> *editIds, const QString &reopenNote) {
    if (refuseReadOnly(error))
        return false;
    for (const CellEdit &e : edits)
        if (refuseLong(e.note, MaxNoteLength, tr("说明 / note"), error))
            return false;
    QStringList keys;
    for (const CellEdit &e : edits)
        keys << e.key;
    Transaction t(m_db);
    QVector<qint64> ids;
    for (const CellEdit &e : edits) {
        qint64 id = -1;
        if (!updateCell(reportId, e.key, e.after, e.origin, e.note, error, &id))
            return false;
        ids << id;
    }
    const qint64 last = ids.isEmpty() ? -1 : ids.last();
    QStringList decided;
    for (const FollowingDecision &d : decisions) {
        const QString note = d.note.contains(QLatin1String("%1")) ? d.note.arg(last) : d.note;
        if (!insertDecision(reportId, d.finding, d.decision, note, d.linkToEdit ? last : -1, error))
            return false;
        decided << d.finding;
    }
    if (!edits.isEmpty() && !updateEditCount(reportId, error))
        return false;
    if (openCounts && !updateOpenCounts(reportId, openCounts->first, openCounts->second, error))
        return false;
    bool reopened = false;
    if (!reopenNote.isEmpty()) {
        QSqlQuery sel(m_db);
        sel.prepare(QStringLiteral("SELECT state FROM reports WHERE id = ?"));
        sel.addBindValue(reportId);
        if (!sel.exec())
            return failed(sel.lastError(), error);
        const QString old = sel.next() ? sel.value(0).toString() : QString();
        sel.finish();
        if (old == reviewStateName(ReviewState::Approved)) {
            const QString note =
                reopenNote.contains(QLatin1String("%1")) ? reopenNote.arg(last) : reopenNote;
            if (!writeReviewState(reportId, old, ReviewState::InReview, note, error))
                return false;
            reopened = true;
        }
    }
    if (!commit(t, error))
        return false;
    if (editIds)
        *editIds = ids;
    // Announced after the commit: what listeners read is what is stored.
    if (!edits.isEmpty())
        Q_EMIT m_notifier->cellsChanged(reportId, keys, edits.last().origin, last);
    if (!decided.isEmpty())
        Q_EMIT m_notifier->decisionsChanged(reportId, decided);
    if (openCounts)
        Q_EMIT m_notifier->openCountsChanged(reportId, openCounts->first, openCounts->second);
    if (reopened)
        Q_EMIT m_notifier->reviewStateChanged(reportId, ReviewState::InReview);
    return true;
}

bool Workspace::updateEditCount(qint64 reportId, QString *error) {
    QSqlQuery &q = prepared(QStringLiteral(
        "UPDATE reports SET edit_count = (SELECT count(*) FROM cells c WHERE c.report_id = ? "
        "AND (c.value IS NOT c.ext_value OR (c.value IS NULL AND c.status <> c.ext_status))) "
        "WHERE id = ?"));
    q.addBindValue(reportId);
    q.addBindValue(reportId);
    return q.exec() || failed(q.lastError(), error);
}

namespace {
QString metaKey(Workspace::MetaField f) {
    switch (f) {
    case Workspace::MetaField::Agency:
        return QStringLiteral("meta.agency");
    case Workspace::MetaField::AgencyKey:
        return QStringLiteral("meta.agency_key");
    case Workspace::MetaField::Year:
        return QStringLiteral("meta.year");
    case Workspace::MetaField::Edition:
        break;
    }
    return QStringLiteral("meta.edition");
}
} // namespace

bool Workspace::setMeta(qint64 reportId, MetaField field, const QString &value, EditOrigin origin,
                        const QString &note, QString *error, qint64 *editId) {
    if (refuseReadOnly(error))
        return false;
    if (refuseLong(note, MaxNoteLength, tr("说明 / note"), error))
        return false;
    if ((field == MetaField::Agency || field == MetaField::AgencyKey) &&
        refuseLong(value, MaxNameLength, tr("机关名称 / agency"), error))
        return false;
    QVariant bound = value;
    if (field == MetaField::Year) {
        bool ok = false;
        const int y = value.toInt(&ok);
        if (!ok || y < 0 || y > 9999) {
            if (error)
                *error = WorkspaceError::message(m_givenPath,
                                                 tr("年份无效：%1 / invalid year").arg(value));
            return false;
        }
        bound = y;
    } else if (field == MetaField::Edition && !editionFromName(value)) {
        if (error)
            *error = WorkspaceError::message(
                m_givenPath, tr("版本无效：%1（应为 2019 或 2021）/ invalid edition").arg(value));
        return false;
    }
    const QString column = field == MetaField::AgencyKey ? QStringLiteral("agency_key_override")
                                                         : metaKey(field).mid(5);
    Transaction t(m_db);
    QSqlQuery sel(m_db);
    sel.prepare(QStringLiteral("SELECT %1 FROM reports WHERE id = ?").arg(column));
    sel.addBindValue(reportId);
    if (!sel.exec())
        return failed(sel.lastError(), error);
    if (!sel.next()) {
        if (error)
            *error = WorkspaceError::message(m_givenPath,
                                             tr("没有报告 %1 / no report %1").arg(reportId));
        return false;
    }
    const QString old = sel.value(0).toString();
    if (old == bound.toString())
        return refuseUnchanged(reportId, metaKey(field).mid(5), old, error);
    QSqlQuery upd(m_db);
    upd.prepare(QStringLiteral("UPDATE reports SET %1 = ? WHERE id = ?").arg(column));
    upd.addBindValue(bound.typeId() == QMetaType::QString ? ReportCodec::text(value) : bound);
    upd.addBindValue(reportId);
    if (!upd.exec())
        return failed(upd.lastError(), error);
    if (!logEdit(reportId, metaKey(field), QVariant(), old, QVariant(), bound.toString(),
                 workspaceOriginName(int(origin)), note, error, editId))
        return false;
    if (!commit(t, error))
        return false;
    Q_EMIT m_notifier->reportInfoChanged(reportId, int(field));
    return true;
}

bool Workspace::revertEdit(qint64 editId, const QString &note, QString *error, qint64 *newEditId) {
    if (refuseReadOnly(error))
        return false;
    if (refuseLong(note, MaxNoteLength, tr("说明 / note"), error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT report_id, key, old_value, old_status FROM edits WHERE id = ?"));
    q.addBindValue(editId);
    if (!q.exec())
        return failed(q.lastError(), error);
    if (!q.next()) {
        if (error)
            *error = WorkspaceError::message(m_givenPath,
                                             tr("没有修改记录 %1 / no edit %1").arg(editId));
        return false;
    }
    const qint64 reportId = q.value(0).toLongLong();
    const QString key = q.value(1).toString();
    //: stored: an edit's note in the log (bilingual, shown by language in the desk)
    const QString why = note.isEmpty() ? tr("撤销修改 #%1 / revert of edit #%1").arg(editId) : note;
    if (key.startsWith(u"meta.state")) {
        const auto s = reviewStateFromName(q.value(3).toString());
        return setReviewState(reportId, s.value_or(ReviewState::Pending), why, error);
    }
    if (key.startsWith(u"meta.")) {
        const MetaField f = key == u"meta.agency"       ? MetaField::Agency
                            : key == u"meta.agency_key" ? MetaField::AgencyKey
                            : key == u"meta.year"       ? MetaField::Year
                                                        : MetaField::Edition;
        return setMeta(reportId, f, q.value(3).toString(), EditOrigin::Revert, why, error,
                       newEditId);
    }
    Cell after;
    after.value = ReportCodec::valueFromSql(q.value(2));
    after.status = cellStatusFromName(q.value(3).toString()).value_or(CellStatus::Edited);
    return setCell(reportId, key, after, EditOrigin::Revert, why, error, newEditId);
}

bool Workspace::setReviewState(qint64 reportId, ReviewState state, const QString &note,
                               QString *error) {
    if (refuseReadOnly(error))
        return false;
    if (refuseLong(note, MaxNoteLength, tr("说明 / note"), error))
        return false;
    Transaction t(m_db);
    QSqlQuery sel(m_db);
    sel.prepare(QStringLiteral("SELECT state FROM reports WHERE id = ?"));
    sel.addBindValue(reportId);
    if (!sel.exec() || !sel.next()) {
        if (error)
            *error = WorkspaceError::message(m_givenPath,
                                             tr("没有报告 %1 / no report %1").arg(reportId));
        return false;
    }
    const QString old = sel.value(0).toString();
    if (old == reviewStateName(state))
        return refuseUnchanged(reportId, QStringLiteral("state"), old, error);
    sel.finish();
    if (!writeReviewState(reportId, old, state, note, error))
        return false;
    if (!commit(t, error))
        return false;
    Q_EMIT m_notifier->reviewStateChanged(reportId, state);
    return true;
}

bool Workspace::writeReviewState(qint64 reportId, const QString &old, ReviewState state,
                                 const QString &note, QString *error) {
    QSqlQuery upd(m_db);
    upd.prepare(
        QStringLiteral("UPDATE reports SET state = ?, state_by = ?, state_at = ? WHERE id = ?"));
    upd.addBindValue(reviewStateName(state));
    upd.addBindValue(m_user);
    upd.addBindValue(nowText());
    upd.addBindValue(reportId);
    if (!upd.exec())
        return failed(upd.lastError(), error);
    QSqlQuery ins(m_db);
    ins.prepare(
        QStringLiteral("INSERT INTO edits(report_id, key, old_value, old_status, new_value, "
                       "new_status, user, at, note, origin) VALUES(?,?,NULL,?,NULL,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(reportId), QVariant(QStringLiteral("meta.state")), ReportCodec::text(old),
          QVariant(reviewStateName(state)), QVariant(m_user), QVariant(nowText()),
          ReportCodec::text(note), QVariant(QStringLiteral("typed"))})
        ins.addBindValue(v);
    return ins.exec() || failed(ins.lastError(), error);
}

QVector<EditRecord> Workspace::log(qint64 reportId, qint64 afterId) const {
    QVector<EditRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, report_id, key, old_value, old_status, new_value, "
                             "new_status, user, at, note, origin FROM edits WHERE id > ? %1 "
                             "ORDER BY id")
                  .arg(reportId >= 0 ? QStringLiteral("AND report_id = ?") : QString()));
    q.addBindValue(afterId);
    if (reportId >= 0)
        q.addBindValue(reportId);
    if (!q.exec())
        return out;
    while (q.next()) {
        EditRecord e;
        e.id = q.value(0).toLongLong();
        e.reportId = q.value(1).toLongLong();
        e.key = q.value(2).toString();
        e.oldValue = ReportCodec::valueFromSql(q.value(3));
        e.oldStatus = q.value(4).toString();
        e.newValue = ReportCodec::valueFromSql(q.value(5));
        e.newStatus = q.value(6).toString();
        e.user = q.value(7).toString();
        e.at = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        e.note = q.value(9).toString();
        e.origin = q.value(10).toString();
        out << e;
    }
    return out;
}

bool Workspace::decide(qint64 reportId, const QString &findingId, Decision decision,
                       const QString &note, QString *error, qint64 editId,
                       std::optional<std::pair<int, int>> openCounts) {
    if (refuseReadOnly(error))
        return false;
    if (refuseLong(note, MaxNoteLength, tr("说明 / note"), error))
        return false;
    if (decision == Decision::Dismissed && note.trimmed().isEmpty()) {
        if (error)
            *error = WorkspaceError::message(
                m_givenPath, tr("忽略发现必须填写说明 / dismissing a finding needs a note"));
        return false;
    }
    if (findingId.trimmed().isEmpty()) {
        if (error)
            *error = WorkspaceError::message(m_givenPath, tr("缺少发现编号 / no finding id"));
        return false;
    }
    if (editId >= 0) {
        QSqlQuery e(m_db);
        e.prepare(QStringLiteral("SELECT 1 FROM edits WHERE id = ? AND report_id = ?"));
        e.addBindValue(editId);
        e.addBindValue(reportId);
        if (!e.exec())
            return failed(e.lastError(), error);
        if (!e.next()) {
            if (error)
                *error = WorkspaceError::message(
                    m_givenPath, tr("报告 %1 没有修改记录 %2 / report %1 has no edit %2")
                                     .arg(reportId)
                                     .arg(editId));
            return false;
        }
    }
    Transaction t(m_db);
    if (!insertDecision(reportId, findingId, decision, note, editId, error))
        return false;
    if (openCounts && !updateOpenCounts(reportId, openCounts->first, openCounts->second, error))
        return false;
    if (!commit(t, error))
        return false;
    Q_EMIT m_notifier->decisionsChanged(reportId, {findingId});
    if (openCounts)
        Q_EMIT m_notifier->openCountsChanged(reportId, openCounts->first, openCounts->second);
    return true;
}

bool Workspace::insertDecision(qint64 reportId, const QString &findingId, Decision decision,
                               const QString &note, qint64 editId, QString *error) {
    QSqlQuery &q = prepared(
        QStringLiteral("INSERT INTO decisions(report_id, finding, decision, note, user, at, "
                       "edit_id) VALUES(?,?,?,?,?,?,?)"));
    q.addBindValue(reportId);
    q.addBindValue(findingId);
    q.addBindValue(decisionName(decision));
    q.addBindValue(ReportCodec::text(note));
    q.addBindValue(m_user);
    q.addBindValue(nowText());
    q.addBindValue(editId >= 0 ? QVariant(editId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return failed(q.lastError(), error);
    // The cached counts no longer hold unless the caller stores new ones after this.
    return updateOpenCounts(reportId, -1, -1, error);
}

bool Workspace::resolveConflicts(qint64 reportId, const QString &note, QString *error) {
    if (refuseReadOnly(error))
        return false;
    if (refuseLong(note, MaxNoteLength, tr("说明 / note"), error))
        return false;
    Transaction t(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conflicts SET resolved = 1, resolved_by = ?, resolved_at = ?, "
                             "resolved_note = ? WHERE report_id = ? AND resolved = 0"));
    q.addBindValue(m_user);
    q.addBindValue(nowText());
    q.addBindValue(ReportCodec::text(note));
    q.addBindValue(reportId);
    if (!q.exec())
        return failed(q.lastError(), error);
    const int resolved = q.numRowsAffected();
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral(
        "UPDATE reports SET conflict_count = max(0, conflict_count - ?) WHERE id = ?"));
    u.addBindValue(resolved);
    u.addBindValue(reportId);
    if (!u.exec())
        return failed(u.lastError(), error);
    if (!commit(t, error))
        return false;
    Q_EMIT m_notifier->conflictsResolved(reportId);
    return true;
}

QVector<DecisionRecord> Workspace::decisionHistory(qint64 reportId) const {
    QVector<DecisionRecord> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, report_id, finding, decision, note, user, at, edit_id "
                             "FROM decisions WHERE report_id = ? ORDER BY id"));
    q.addBindValue(reportId);
    if (!q.exec())
        return out;
    while (q.next()) {
        DecisionRecord d;
        d.id = q.value(0).toLongLong();
        d.reportId = q.value(1).toLongLong();
        d.finding = q.value(2).toString();
        d.decision = decisionFromName(q.value(3).toString()).value_or(Decision::Open);
        d.note = q.value(4).toString();
        d.user = q.value(5).toString();
        d.at = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        d.editId = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
        out << d;
    }
    return out;
}

QHash<QString, DecisionRecord> Workspace::decisions(qint64 reportId) const {
    QHash<QString, DecisionRecord> out;
    for (const DecisionRecord &d : decisionHistory(reportId)) {
        if (d.decision == Decision::Open)
            out.remove(d.finding);
        else
            out.insert(d.finding, d);
    }
    return out;
}

bool Workspace::setOpenCounts(qint64 reportId, int errors, int warnings, QString *error) {
    if (refuseReadOnly(error))
        return false;
    if (!updateOpenCounts(reportId, errors, warnings, error))
        return false;
    Q_EMIT m_notifier->openCountsChanged(reportId, errors, warnings);
    return true;
}

bool Workspace::updateOpenCounts(qint64 reportId, int errors, int warnings, QString *error) {
    QSqlQuery &q = prepared(
        QStringLiteral("UPDATE reports SET open_errors = ?, open_warnings = ? WHERE id = ?"));
    q.addBindValue(errors);
    q.addBindValue(warnings);
    q.addBindValue(reportId);
    return q.exec() || failed(q.lastError(), error);
}
