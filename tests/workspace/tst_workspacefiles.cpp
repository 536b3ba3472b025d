#include "wstestutil.h"

#include "workspace/workspaceschema.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace wstest;

class TestWorkspaceFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString validWorkspace(const QString &name) {
        const QString path = m_dir.filePath(name);
        QString error;
        Workspace ws;
        if (!Workspace::create(path, &error) || !ws.open(path, Workspace::Mode::ReadWrite, &error))
            qFatal("%s", qPrintable(error));
        QVector<ImportItem> items;
        for (int i = 0; i < 30; ++i)
            items << WorkspaceImporter::makeItem(
                m_dir.filePath(QStringLiteral("%1-%2.txt").arg(name).arg(i)),
                QByteArray(500, char('a' + i % 26)) + QByteArray::number(i),
                sampleReport(QStringLiteral("局"), 2023, i));
        ws.store(items, &error);
        return path;
    }

    static void write(const QString &path, const QByteArray &bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    static void rawSql(const QString &path, const QStringList &statements) {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s : statements)
                QVERIFY2(q.exec(s), qPrintable(s));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private Q_SLOTS:
    void secondOpenerIsReadOnly() {
        const QString path = validWorkspace(QStringLiteral("locked.nianbao"));
        QString error;
        Workspace first;
        QVERIFY(first.open(path, Workspace::Mode::ReadWrite, &error));
        QVERIFY(!first.isReadOnly());

        QElapsedTimer t;
        t.start();
        Workspace second;
        QVERIFY2(second.open(path, Workspace::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(t.elapsed() < 2000); // no hang
        QVERIFY(second.isReadOnly());
        QVERIFY(second.notice().contains(QStringLiteral("只读")));
        QVERIFY(second.notice().contains(QStringLiteral("read-only")));
        const auto reports = second.reports();
        QCOMPARE(reports.size(), 30);
        Cell c;
        c.status = CellStatus::Edited;
        c.value = Decimal::fromInteger(1);
        const QString key = Spec::instance().edition(Edition::E2021).cell(0).key;
        QVERIFY(!second.setCell(reports[0].id, key, c, EditOrigin::Typed, {}, &error));
        QVERIFY(error.contains(QStringLiteral("只读")));
        QVERIFY(
            !second.decide(reports[0].id, QStringLiteral("X:y"), Decision::Confirmed, {}, &error));
        QVERIFY(!second.setReviewState(reports[0].id, ReviewState::Approved, {}, &error));
        QVERIFY(second.store({}, &error).isEmpty());
        QVERIFY(second.log().isEmpty());

        // The writer still works while a reader is open, and the reader sees its commit.
        QVERIFY2(first.setCell(reports[0].id, key, c, EditOrigin::Typed, {}, &error),
                 qPrintable(error));
        QCOMPARE(second.log().size(), 1);

        first.close();
        second.close();
        Workspace third;
        QVERIFY(third.open(path, Workspace::Mode::ReadWrite, &error));
        QVERIFY(!third.isReadOnly()); // the lock went with its holder
    }

    void refusesBadFilesUntouched_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        const QString valid = validWorkspace(QStringLiteral("source.nianbao"));
        const QByteArray good = fileBytes(valid);
        QVERIFY(good.size() > 8192);

        const QString empty = m_dir.filePath("empty.nianbao");
        write(empty, {});
        QTest::newRow("empty") << empty << QStringLiteral("not an SQLite database");
        const QString text = m_dir.filePath("text.nianbao");
        write(text, QStringLiteral("二、主动公开政府信息情况\n").toUtf8().repeated(50));
        QTest::newRow("text") << text << QStringLiteral("not an SQLite database");
        const QString junk = m_dir.filePath("junk.nianbao");
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        write(junk, bytes);
        QTest::newRow("junk") << junk << QStringLiteral("not an SQLite database");
        const QString truncated = m_dir.filePath("truncated.nianbao");
        write(truncated, good.left(good.size() / 2 + 100));
        QTest::newRow("truncated") << truncated << QStringLiteral("truncated");
        const QString cut = m_dir.filePath("cut-at-page.nianbao");
        write(cut, good.left(good.size() - 4096));
        QTest::newRow("truncated at a page boundary") << cut << QStringLiteral("truncated");
        const QString header = m_dir.filePath("header.nianbao");
        QByteArray badHeader = good;
        badHeader[16] = 3; // page size 0x0310: not a power of two
        write(header, badHeader);
        QTest::newRow("corrupt header") << header << QStringLiteral("corrupt header");

        const QString other = m_dir.filePath("other.sqlite");
        rawSql(other,
               {QStringLiteral("CREATE TABLE t(x)"), QStringLiteral("INSERT INTO t VALUES(1)")});
        QTest::newRow("other sqlite") << other << QStringLiteral("another program");
        const QString newer = m_dir.filePath("newer.nianbao");
        QFile::copy(valid, newer);
        rawSql(newer, {QStringLiteral("PRAGMA user_version = 99")});
        QTest::newRow("newer schema") << newer << QStringLiteral("newer Nianbao");
        const QString noVersion = m_dir.filePath("noversion.nianbao");
        QFile::copy(valid, noVersion);
        rawSql(noVersion, {QStringLiteral("PRAGMA user_version = 0")});
        QTest::newRow("no schema version") << noVersion << QStringLiteral("incomplete");
        QTest::newRow("missing") << m_dir.filePath("absent.nianbao") << QStringLiteral("not found");
    }

    void refusesBadFilesUntouched() {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const bool existed = QFileInfo::exists(path);
        const QByteArray before = fileBytes(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        for (auto mode : {Workspace::Mode::ReadWrite, Workspace::Mode::ReadOnly}) {
            Workspace ws;
            QString error;
            QVERIFY(!ws.open(path, mode, &error));
            QVERIFY2(error.contains(reason), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("无法打开工作区")), qPrintable(error));
            QVERIFY(!ws.isOpen());
        }
        QCOMPARE(QFileInfo::exists(path), existed);
        QCOMPARE(fileBytes(path), before);
        if (existed)
            QCOMPARE(QFileInfo(path).lastModified(), modified);
        for (const char *suffix : {"-wal", "-shm", "-journal", ".lock"})
            QVERIFY2(!QFileInfo::exists(path + QLatin1String(suffix)), suffix);
    }

    void createIsAtomic() {
        // A failed create leaves nothing behind; a successful one leaves one complete file.
        const QString path = m_dir.filePath("sub-does-not-exist/x.nianbao");
        QString error;
        QVERIFY(!Workspace::create(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        const QString ok = m_dir.filePath("atomic.nianbao");
        QVERIFY(Workspace::create(ok, &error));
        int version = 0;
        QVERIFY(WorkspaceSchema::checkFile(ok, &version, &error));
        QCOMPARE(version, WorkspaceSchema::CurrentVersion);
        const QStringList leftovers =
            QDir(m_dir.path()).entryList({QStringLiteral("atomic.nianbao*")}, QDir::Files);
        QCOMPARE(leftovers, QStringList{QStringLiteral("atomic.nianbao")});
    }

    void movedWorkspaceKeepsEverything() {
        const QString path = validWorkspace(QStringLiteral("moving.nianbao"));
        const QString moved = m_dir.filePath("moved-elsewhere.nianbao");
        QVERIFY(QFile::rename(path, moved));
        Workspace ws;
        QString error;
        QVERIFY(ws.open(moved, Workspace::Mode::ReadOnly, &error));
        const auto reports = ws.reports();
        QCOMPARE(reports.size(), 30);
        // Distinct bytes per file: the same bytes again would be a duplicate, not a new report.
        QCOMPARE(ws.document(reports[3].documentId)->bytes, QByteArray(500, 'd') + "3");
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFiles)
#include "tst_workspacefiles.moc"
