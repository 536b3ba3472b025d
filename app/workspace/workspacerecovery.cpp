#include "workspacerecovery.h"

#include "workspace.h"
#include "workspaceerror.h"
#include "workspaceschema.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

namespace {

QAtomicInt g_counter;

bool run(QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    return q.exec(sql);
}

QStringList columnsOf(QSqlDatabase &db, const QString &table) {
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        while (q.next())
            out << q.value(1).toString();
    return out;
}

/// Copies one table between two connections.
class TableCopy {
public:
    TableCopy(QSqlDatabase &from, QSqlDatabase &to, const QString &table)
        : m_from(from)
        , m_to(to)
        , m_table(table) {
        const QStringList target = columnsOf(to, table);
        for (const QString &c : columnsOf(from, table))
            if (target.contains(c))
                m_columns << c;
        const QString list = m_columns.join(u',');
        m_insert = QSqlQuery(m_to);
        m_insert.prepare(
            QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                .arg(table, list, QStringList(m_columns.size(), QStringLiteral("?")).join(u',')));
        m_select = QStringLiteral("SELECT %1 FROM %2").arg(list, table);
    }

    bool isValid() const { return !m_columns.isEmpty(); }

    /// Every row of a table with an integer id, in id order, stepping over damaged pages.
    WorkspaceRecovery::TableCount copyById(QList<qint64> *copiedIds = nullptr) {
        WorkspaceRecovery::TableCount n;
        QSqlQuery max(m_from);
        const qint64 maxId =
            max.exec(QStringLiteral("SELECT max(id) FROM %1").arg(m_table)) && max.next()
                ? max.value(0).toLongLong()
                : 0;
        qint64 next = 1;
        while (next <= maxId) {
            QSqlQuery q(m_from);
            q.setForwardOnly(true);
            q.prepare(m_select + QStringLiteral(" WHERE id >= ? ORDER BY id LIMIT 256"));
            q.addBindValue(next);
            qint64 last = next - 1;
            bool any = false;
            if (q.exec()) {
                while (q.next()) {
                    any = true;
                    last = q.value(m_columns.indexOf(QStringLiteral("id"))).toLongLong();
                    if (insert(q.record()))
                        ++n.copied, copiedIds ? copiedIds->append(last) : void();
                    else
                        ++n.lost;
                }
            }
            if (!q.lastError().isValid()) {
                if (!any)
                    break; // the end
                next = last + 1;
                continue;
            }
            // A damaged page: look the next id up alone, then resume the scan after it.
            const qint64 bad = last + 1;
            QSqlQuery one(m_from);
            one.prepare(m_select + QStringLiteral(" WHERE id = ?"));
            one.addBindValue(bad);
            if (one.exec() && one.next()) {
                if (insert(one.record()))
                    ++n.copied, copiedIds ? copiedIds->append(bad) : void();
                else
                    ++n.lost;
            } else if (one.lastError().isValid()) {
                ++n.lost;
            }
            next = bad + 1;
        }
        return n;
    }

    /// The rows whose `column` equals `value`; false when they could not all be read.
    bool copyWhere(const QString &column, qint64 value, int *copied) {
        QSqlQuery q(m_from);
        q.setForwardOnly(true);
        q.prepare(m_select + QStringLiteral(" WHERE %1 = ?").arg(column));
        q.addBindValue(value);
        if (!q.exec())
            return false;
        while (q.next()) {
            if (!insert(q.record()))
                return false;
            ++*copied;
        }
        return !q.lastError().isValid();
    }

private:
    bool insert(const QSqlRecord &record) {
        for (int i = 0; i < m_columns.size(); ++i)
            m_insert.bindValue(i, record.value(i));
        return m_insert.exec();
    }

    QSqlDatabase &m_from;
    QSqlDatabase &m_to;
    QString m_table;
    QStringList m_columns;
    QString m_select;
    QSqlQuery m_insert;
};

} // namespace

bool WorkspaceRecovery::recover(const QString &damaged, const QString &out, Result *result,
                                QString *error) {
    int version = 0;
    if (!WorkspaceSchema::checkFile(damaged, &version, error))
        return false;
    if (!Workspace::create(out, error))
        return false;
    const int id = g_counter.fetchAndAddOrdered(1);
    const QString fromName = QStringLiteral("nianbao-recover-from-%1").arg(id);
    const QString toName = QStringLiteral("nianbao-recover-to-%1").arg(id);
    bool ok = false;
    {
        QSqlDatabase from = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), fromName);
        from.setDatabaseName(QUrl::fromLocalFile(QFileInfo(damaged).absoluteFilePath())
                                 .toString(QUrl::FullyEncoded) +
                             QStringLiteral("?mode=ro&immutable=1"));
        from.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        QSqlDatabase to = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), toName);
        to.setDatabaseName(out);
        if (!from.open()) {
            if (error)
                *error = WorkspaceError::message(damaged, from.lastError());
        } else if (!to.open()) {
            if (error)
                *error = WorkspaceError::message(out, to.lastError());
        } else {
            run(to, QStringLiteral("PRAGMA foreign_keys=ON"));
            to.transaction();
            Result r;
            TableCopy documents(from, to, QStringLiteral("documents"));
            r.tables[QStringLiteral("documents")] = documents.copyById();
            // A report comes with all its cells, or not at all.
            TableCopy reports(from, to, QStringLiteral("reports"));
            TableCopy cells(from, to, QStringLiteral("cells"));
            QList<qint64> reportIds;
            TableCount reportCount = reports.copyById(&reportIds);
            TableCount cellCount;
            for (qint64 reportId : reportIds) {
                int copied = 0;
                run(to, QStringLiteral("SAVEPOINT cells"));
                if (cells.copyWhere(QStringLiteral("report_id"), reportId, &copied) && copied > 0) {
                    run(to, QStringLiteral("RELEASE cells"));
                    cellCount.copied += copied;
                    continue;
                }
                run(to, QStringLiteral("ROLLBACK TO cells"));
                run(to, QStringLiteral("RELEASE cells"));
                QSqlQuery del(to);
                del.prepare(QStringLiteral("DELETE FROM reports WHERE id = ?"));
                del.addBindValue(reportId);
                del.exec();
                --reportCount.copied;
                ++reportCount.lost;
                r.lostReports << QString::number(reportId);
            }
            r.tables[QStringLiteral("reports")] = reportCount;
            r.tables[QStringLiteral("cells")] = cellCount;
            for (const char *table : {"edits", "decisions", "conflicts"}) {
                TableCopy t(from, to, QLatin1String(table));
                if (t.isValid())
                    r.tables[QLatin1String(table)] = t.copyById();
            }
            ok = to.commit();
            if (!ok && error)
                *error = WorkspaceError::message(out, to.lastError());
            if (result)
                *result = r;
        }
        from.close();
        to.close();
    }
    QSqlDatabase::removeDatabase(fromName);
    QSqlDatabase::removeDatabase(toName);
    return ok;
}
