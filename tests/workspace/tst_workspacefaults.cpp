// The workspace under faults (issue 12): read-only folders and file systems, a full disk,
// damaged pages, foreign files, hostile text, unclear errors, the reader that locked writers.

#include "wstestutil.h"

#include "workspace/workspacecheck.h"
#include "workspace/workspacerecovery.h"
#include "workspace/workspaceschema.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace wstest;

class TestWorkspaceFaults : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_out, m_err;

    /// Runs the CLI; `prefix` runs it through another program (setpriv, prlimit).
    int run(const QStringList &args, const QStringList &prefix = {}) {
        QProcess p;
        QStringList all = prefix;
        all << QStringLiteral(NIANBAO_CLI) << args;
        p.start(all.takeFirst(), all);
        if (!p.waitForFinished(60000))
            return -1;
        m_out = QString::fromUtf8(p.readAllStandardOutput());
        m_err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    int ws(const QStringList &args, const QStringList &prefix = {}) {
        return run(QStringList{QStringLiteral("workspace")} + args, prefix);
    }

    QString workspace(const QString &name, int reports = 5) {
        const QString path = m_dir.filePath(name);
        QString error;
        Workspace w;
        if (!Workspace::create(path, &error) || !w.open(path, Workspace::Mode::ReadWrite, &error))
            qFatal("%s", qPrintable(error));
        QVector<ImportItem> items;
        for (int i = 0; i < reports; ++i)
            items << WorkspaceImporter::makeItem(
                m_dir.filePath(QStringLiteral("%1-%2.txt").arg(name).arg(i)),
                QByteArray(3000, char('a' + i % 26)),
                sampleReport(QStringLiteral("局%1").arg(i), 2023, i));
        if (w.store(items, &error).size() != reports)
            qFatal("%s", qPrintable(error));
        return path;
    }

    static void sql(const QString &path, const QStringList &statements) {
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

    static bool isRoot() {
#ifdef Q_OS_UNIX
        return geteuid() == 0;
#else
        return false;
#endif
    }

    static Cell edited(int value) {
        Cell c;
        c.value = Decimal::fromInteger(value);
        c.status = CellStatus::Edited;
        return c;
    }

    static QString cell0() {
        return Spec::instance().edition(Edition::E2021).cell(0).key;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(QFileInfo::exists(QStringLiteral(NIANBAO_CLI)));
        // The CLI may run as another user (below): let it into the folder.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                QFileDevice::ExeGroup);
    }

    /// A healthy workspace in a folder the user cannot write opens read-only with the banner's
    /// reason; it is not called corrupt. (Root writes everywhere: the CLI then runs as nobody.)
    void unwritableFolderOpensReadOnly() {
        const QString folder = m_dir.filePath(QStringLiteral("locked-folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/ws.nianbao");
        QVERIFY(QFile::rename(workspace(QStringLiteral("moved.nianbao")), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                        QFileDevice::ReadOther);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther |
                                          QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        const QStringList as =
            isRoot()
                ? QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                              QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")}
                : QStringList{};
        QCOMPARE(ws({QStringLiteral("list"), path}, as), 0);
        QCOMPARE(m_out.count(u'\n'), 5);
        QVERIFY2(!m_err.contains(QStringLiteral("损坏")), qPrintable(m_err));
        QCOMPARE(
            ws({QStringLiteral("set"), path, QStringLiteral("1"), cell0(), QStringLiteral("5")},
               as),
            2);
        QVERIFY2(m_err.contains(QStringLiteral("read-only")), qPrintable(m_err));
        QVERIFY2(!m_err.contains(QStringLiteral("corrupt")) && !m_err.contains(u"damaged"),
                 qPrintable(m_err));
        QVERIFY2(m_err.contains(path), qPrintable(m_err));
        QVERIFY2(ws({QStringLiteral("check"), path}, as) != 2, qPrintable(m_err));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    }

    /// On a read-only file system (a tmpfs remounted read-only where the test may mount, as
    /// root in CI; else the folder case above covers the same path) a healthy workspace opens
    /// read-only and reads.
    void readOnlyFileSystemOpensReadOnly() {
        const QString mount = m_dir.filePath(QStringLiteral("ro-disk"));
        QVERIFY(QDir().mkpath(mount));
        auto mountTmpfs = [&](const QString &options) {
            return QProcess::execute(QStringLiteral("mount"),
                                     {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                      QStringLiteral("-o"), options, QStringLiteral("tmpfs"),
                                      mount}) == 0;
        };
        if (!isRoot() || !mountTmpfs(QStringLiteral("size=8m"))) {
            QVERIFY(QFileInfo(mount).isDir()); // nothing to mount here: the folder test stands
            return;
        }
        auto cleanup = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), mount});
        });
        const QString path = mount + QStringLiteral("/ws.nianbao");
        QVERIFY(QFile::copy(workspace(QStringLiteral("for-ro.nianbao"), 3), path));
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   {QStringLiteral("-o"), QStringLiteral("remount,ro"), mount}),
                 0);
        Workspace w;
        QString error;
        QVERIFY2(w.open(path, Workspace::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(w.isReadOnly());
        QVERIFY(!w.isDamaged());
        QVERIFY2(w.notice().contains(QStringLiteral("read-only")), qPrintable(w.notice()));
        QCOMPARE(w.reports(&error).size(), 3);
        QVERIFY(!w.setCell(1, cell0(), edited(5), EditOrigin::Cli, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        w.close();
        QCOMPARE(ws({QStringLiteral("list"), path}), 0);
        QCOMPARE(m_out.count(u'\n'), 3);
    }

    /// A full disk is "disk full", naming the workspace: not "corrupt". The file size limit of
    /// the process stands in for the disk (SQLite sees the same short write).
    void fullDiskIsNamed() {
        // A small file system where one can be mounted (CI runs as root); else the file size
        // limit of the process, where SQLite sees EFBIG instead of ENOSPC.
        const QString mount = m_dir.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(mount));
        const bool mounted =
            isRoot() &&
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=1m"), QStringLiteral("tmpfs"), mount}) == 0;
        const QString path = mounted ? mount + QStringLiteral("/full.nianbao")
                                     : workspace(QStringLiteral("full.nianbao"), 1);
        if (mounted) {
            QString error;
            Workspace w;
            QVERIFY2(Workspace::create(path, &error), qPrintable(error));
            QVERIFY(w.open(path, Workspace::Mode::ReadWrite, &error));
            QCOMPARE(
                w.store({WorkspaceImporter::makeItem(m_dir.filePath(QStringLiteral("a.txt")), "a",
                                                     sampleReport(QStringLiteral("局"), 2023))},
                        &error)
                    .size(),
                1);
        }
        auto cleanup = qScopeGuard([&] {
            if (mounted)
                QProcess::execute(QStringLiteral("umount"), {mount});
        });
        const QString big = m_dir.filePath(QStringLiteral("big.txt"));
        {
            QFile f(QStringLiteral(NIANBAO_TEST_DATA "/samples/003_0fe5f5f56ab841d9.txt"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray sample = f.readAll();
            QFile out(big);
            QVERIFY(out.open(QIODevice::WriteOnly));
            for (int i = 0; i < 200; ++i) // ~ 3 MB of report text: more than the space left
                out.write(sample);
        }
        const qint64 limit = QFileInfo(path).size() + 512 * 1024;
        QCOMPARE(ws({QStringLiteral("import"), path, big},
                    mounted ? QStringList{}
                            : QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                          QStringLiteral(
                                              "trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"")
                                              .arg(limit / 1024)}),
                 2);
        if (mounted)
            QVERIFY2(m_err.contains(QStringLiteral("disk full")), qPrintable(m_err));
        else
            QVERIFY2(m_err.contains(QStringLiteral("input/output error")), qPrintable(m_err));
        QVERIFY2(m_err.contains(path), qPrintable(m_err));
        QVERIFY2(!m_err.contains(QStringLiteral("corrupt")), qPrintable(m_err));
        QCOMPARE(m_err.trimmed().count(u'\n'), 0);
        // Nothing half-stored: the workspace is intact and still has its one report.
        Workspace w;
        QString error;
        QVERIFY2(w.open(path, Workspace::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(!w.isDamaged());
        QCOMPARE(w.reports().size(), 1);
        w.close();
    }

    /// Flipped bytes inside a B-tree page: opening read-write detects it, nothing is written
    /// into the file, the list does not silently shorten, recover copies what is readable.
    void damageIsDetectedAndRecovered() {
        const QString path = workspace(QStringLiteral("damaged.nianbao"), 40);
        QByteArray bytes = fileBytes(path);
        const int pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
        // A page of the reports table's B-tree: find its root page and damage a leaf after it.
        int reportsRoot = 0;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("root"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'reports'")));
            QVERIFY(q.next());
            reportsRoot = q.value(0).toInt();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("root"));
        QVERIFY(reportsRoot > 1);
        const qint64 offset = qint64(reportsRoot - 1) * pageSize + 8;
        for (int i = 0; i < 16; ++i)
            bytes[offset + i] = char(bytes[offset + i] ^ 0x5a);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        }
        const QByteArray damaged = fileBytes(path);

        Workspace w;
        QString error;
        QVERIFY2(w.open(path, Workspace::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(w.isDamaged());
        QVERIFY(w.isReadOnly());
        QVERIFY2(w.notice().contains(QStringLiteral("recover")), qPrintable(w.notice()));
        Cell c;
        c.status = CellStatus::Edited;
        c.value = Decimal::fromInteger(1);
        QVERIFY(!w.setCell(1, cell0(), c, EditOrigin::Cli, {}, &error));
        QVERIFY(w.store({WorkspaceImporter::makeItem(m_dir.filePath(QStringLiteral("x.txt")), "x",
                                                     sampleReport(QStringLiteral("局"), 2023))},
                        &error)
                    .isEmpty());
        w.close();
        QCOMPARE(fileBytes(path), damaged); // nothing written into the damaged file

        QCOMPARE(
            ws({QStringLiteral("set"), path, QStringLiteral("1"), cell0(), QStringLiteral("5")}),
            2);
        QVERIFY2(m_err.contains(QStringLiteral("damaged")), qPrintable(m_err));
        QCOMPARE(ws({QStringLiteral("list"), path}), 2); // not a silently shorter list
        QVERIFY2(m_err.contains(path), qPrintable(m_err));
        QCOMPARE(ws({QStringLiteral("check"), path}), 2);
        QVERIFY2(m_err.contains(QStringLiteral("recover")), qPrintable(m_err));
        QCOMPARE(fileBytes(path), damaged);

        const QString out = m_dir.filePath(QStringLiteral("recovered.nianbao"));
        const int rc = ws({QStringLiteral("recover"), path, out});
        QVERIFY2(rc == 0 || rc == 1, qPrintable(m_err));
        Workspace r;
        QVERIFY2(r.open(out, Workspace::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(!r.isDamaged());
        QVERIFY(r.integrityCheck());
        error.clear();
        const auto reports = r.reports(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(reports.size() > 0);
        QVERIFY(reports.size() < 40); // the damaged page's reports are gone, the rest kept
        for (const ReportSummary &s : reports)
            QVERIFY(r.loadReport(s.id, &error));
        QVERIFY2(ws({QStringLiteral("check"), out}) != 2, qPrintable(m_err));
        QVERIFY2(!m_err.contains(QStringLiteral("damaged")), qPrintable(m_err));
    }

    /// A foreign file with our application id is refused without a byte changed: the probe
    /// runs before any PRAGMA that writes. Right tables with wrong columns are refused too.
    void foreignFileUntouched_data() {
        QTest::addColumn<QString>("path");
        const QString wrong = m_dir.filePath(QStringLiteral("wrong-columns.nianbao"));
        sql(wrong,
            {QStringLiteral("CREATE TABLE documents(id INTEGER PRIMARY KEY, x)"),
             QStringLiteral("CREATE TABLE reports(id INTEGER PRIMARY KEY, y)"),
             QStringLiteral("CREATE TABLE cells(a, b)"), QStringLiteral("CREATE TABLE edits(c)"),
             QStringLiteral("CREATE TABLE decisions(d)"),
             QStringLiteral("CREATE TABLE conflicts(e)"),
             QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceSchema::ApplicationId),
             QStringLiteral("PRAGMA user_version = %1").arg(WorkspaceSchema::CurrentVersion)});
        QTest::newRow("right tables, wrong columns") << wrong;
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.nianbao"));
        sql(foreign,
            {QStringLiteral("CREATE TABLE t(x)"),
             QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceSchema::ApplicationId),
             QStringLiteral("PRAGMA user_version = 2")});
        QTest::newRow("other tables") << foreign;
    }

    void foreignFileUntouched() {
        QFETCH(QString, path);
        const QByteArray before = fileBytes(path);
        QCOMPARE(before[18], char(1)); // rollback journal: a WAL switch would make it 2
        for (auto mode : {Workspace::Mode::ReadWrite, Workspace::Mode::ReadOnly}) {
            Workspace w;
            QString error;
            QVERIFY(!w.open(path, mode, &error));
            QVERIFY2(error.startsWith(path + u':'), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("does not match")) ||
                         error.contains(QStringLiteral("schema")),
                     qPrintable(error));
        }
        QCOMPARE(fileBytes(path), before);
        for (const char *suffix : {"-wal", "-shm", "-journal", ".lock"})
            QVERIFY2(!QFileInfo::exists(path + QLatin1String(suffix)), suffix);
    }

    /// Stored text reaches the terminal escaped: a note cannot forge a log line or send escapes;
    /// the JSON keeps it as it is. Notes, names and agencies have length limits.
    void hostileTextIsEscapedAndLimited() {
        const QString path = workspace(QStringLiteral("text.nianbao"), 1);
        const QString note =
            QStringLiteral("ok\n99\t2026-01-01\tmallory\t1\tforged\x1b[31mred\x1b[0m");
        QCOMPARE(ws({QStringLiteral("set"), path, QStringLiteral("1"), cell0(), QStringLiteral("5"),
                     QStringLiteral("--note"), note}),
                 0);
        QCOMPARE(ws({QStringLiteral("set"), path, QStringLiteral("1"), QStringLiteral("agency"),
                     QStringLiteral("局\n2\tpending\t0\t0"), QStringLiteral("--note"),
                     QStringLiteral("x")}),
                 0);
        QCOMPARE(ws({QStringLiteral("log"), path}), 0);
        QCOMPARE(m_out.count(u'\n'), 2); // two edits, two lines
        QVERIFY(!m_out.contains(QChar(0x1b)));
        QVERIFY2(m_out.contains(QStringLiteral("\\x1b[31m")), qPrintable(m_out));
        QVERIFY(m_out.contains(QStringLiteral("ok\\n99\\t")));
        QCOMPARE(ws({QStringLiteral("list"), path}), 0);
        QCOMPARE(m_out.count(u'\n'), 1);
        QVERIFY(m_out.contains(QStringLiteral("局\\n2\\tpending")));

        QCOMPARE(ws({QStringLiteral("set"), path, QStringLiteral("1"), cell0(), QStringLiteral("6"),
                     QStringLiteral("--note"), QString(4001, u'x')}),
                 2);
        QVERIFY2(m_err.contains(QStringLiteral("4000")), qPrintable(m_err));
        QCOMPARE(ws({QStringLiteral("set"), path, QStringLiteral("1"), QStringLiteral("agency"),
                     QString(201, u'局')}),
                 2);
        QVERIFY2(m_err.contains(QStringLiteral("200")), qPrintable(m_err));
        QCOMPARE(ws({QStringLiteral("set"), path, QStringLiteral("1"), cell0(), QStringLiteral("6"),
                     QStringLiteral("--user"), QString(201, u'u')}),
                 2);
        QVERIFY2(ws({QStringLiteral("check"), path}) != 2, qPrintable(m_err));
        const QJsonArray json = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json[0][QStringLiteral("agency")].toString(),
                 QStringLiteral("局\n2\tpending\t0\t0"));
    }

    /// Every error is one line naming the path as given, with the cause in words.
    void errorsAreOneLineWithThePath() {
        const QString path = workspace(QStringLiteral("errors.nianbao"), 1);
        // An edit id that does not exist: not "FOREIGN KEY constraint failed".
        QCOMPARE(
            ws({QStringLiteral("set"), path, QStringLiteral("1"), cell0(), QStringLiteral("3")}),
            0);
        Workspace w;
        QString error;
        QVERIFY(w.open(path, Workspace::Mode::ReadWrite, &error));
        QVERIFY(!w.decide(1, QStringLiteral("X:y"), Decision::Fixed, {}, &error, 999));
        QVERIFY2(error.startsWith(path + u':'), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no edit 999")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("FOREIGN KEY")));
        w.close();

        // Two files with the same name in two folders are told apart.
        QDir(m_dir.path()).mkpath(QStringLiteral("d1"));
        QDir(m_dir.path()).mkpath(QStringLiteral("d2"));
        for (const char *d : {"d1", "d2"}) {
            QFile f(m_dir.filePath(QLatin1String(d) + QStringLiteral("/r.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly)); // empty
        }
        const QString d1 = m_dir.filePath(QStringLiteral("d1/r.txt"));
        const QString d2 = m_dir.filePath(QStringLiteral("d2/r.txt"));
        // A newline in a file name does not split the error line; a symlink loop is named.
        const QString newline = m_dir.filePath(QStringLiteral("two\nlines.txt"));
        {
            QFile f(newline);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QString loop = m_dir.filePath(QStringLiteral("loop.txt"));
        QVERIFY(QFile::link(loop, loop));
        QCOMPARE(ws({QStringLiteral("import"), path, d1, d2, newline, loop}), 2);
        const QStringList lines = m_err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].startsWith(d1 + u':'), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(d2 + u':'), qPrintable(lines[1]));
        QVERIFY2(lines[2].contains(QStringLiteral("two\\nlines.txt")), qPrintable(lines[2]));
        QVERIFY2(lines[3].contains(QStringLiteral("symbolic link")), qPrintable(lines[3]));
        QCOMPARE(run({QStringLiteral("check"), d1, d2, newline, loop}), 2);
        const QStringList check = m_err.trimmed().split(u'\n');
        QCOMPARE(check.size(), 4);
        QVERIFY2(check[0].contains(d1) && check[1].contains(d2), qPrintable(m_err));
        QVERIFY2(check[3].contains(QStringLiteral("symbolic link")), qPrintable(check[3]));

        // A migration that fails says so on one line, not with the schema's CREATE statements.
        const QString old = workspace(QStringLiteral("old.nianbao"), 1);
        sql(old, {QStringLiteral("DROP INDEX IF EXISTS documents_path"),
                  QStringLiteral("CREATE TABLE documents_path(x)"),
                  QStringLiteral("PRAGMA user_version = 4")});
        QCOMPARE(ws({QStringLiteral("list"), old}), 2);
        QCOMPARE(ws({QStringLiteral("import"), old, d1}), 2);
        QCOMPARE(m_err.trimmed().count(u'\n'), 0);
        QVERIFY2(m_err.startsWith(old + u':'), qPrintable(m_err));
        QVERIFY2(m_err.contains(QStringLiteral("4 → 5")), qPrintable(m_err));
        QVERIFY(!m_err.contains(QStringLiteral("CREATE")));
    }

    /// `list` is a reader: it neither takes the writer's lock nor stores counts, so a writer
    /// holding the workspace is not disturbed and `list` prints no read-only notice.
    void listIsAReader() {
        const QString path = workspace(QStringLiteral("reader.nianbao"), 2);
        Workspace writer;
        QString error;
        QVERIFY(writer.open(path, Workspace::Mode::ReadWrite, &error));
        QVERIFY(!writer.isReadOnly());
        QVERIFY2(writer.setCell(1, cell0(), edited(4), EditOrigin::Typed, {}, &error),
                 qPrintable(error));
        QCOMPARE(writer.summary(1)->openErrors, -1); // stale after the edit
        QCOMPARE(ws({QStringLiteral("list"), path}), 0);
        QVERIFY2(m_err.isEmpty(), qPrintable(m_err)); // no "open elsewhere: read-only"
        QCOMPARE(m_out.count(u'\n'), 2);
        QVERIFY(!m_out.section(u'\t', 2, 2).startsWith(u'-')); // counted for the listing
        QCOMPARE(writer.summary(1)->openErrors, -1);           // but not stored by a reader
        QVERIFY2(writer.setCell(1, cell0(), edited(2), EditOrigin::Typed, {}, &error),
                 qPrintable(error));
    }

    /// `set` records only changes; clearing needs the word null.
    void setRefusesNoOpAndEmpty() {
        const QString path = workspace(QStringLiteral("noop.nianbao"), 1);
        QCOMPARE(
            ws({QStringLiteral("set"), path, QStringLiteral("1"), cell0(), QStringLiteral("7")}),
            0);
        QCOMPARE(
            ws({QStringLiteral("set"), path, QStringLiteral("1"), cell0(), QStringLiteral("7")}),
            2);
        QVERIFY2(m_err.contains(QStringLiteral("nothing recorded")), qPrintable(m_err));
        QCOMPARE(ws({QStringLiteral("set"), path, QStringLiteral("1"), cell0(), QString()}), 2);
        QVERIFY2(m_err.contains(QStringLiteral("null")), qPrintable(m_err));
        QCOMPARE(
            ws({QStringLiteral("set"), path, QStringLiteral("1"), cell0(), QStringLiteral("null")}),
            0);
        QCOMPARE(ws({QStringLiteral("log"), path}), 0);
        QCOMPARE(m_out.count(u'\n'), 2);
    }

    /// `set` goes the desk's way: its input parser (placeholders yes, negative counts no) and
    /// the automatic 已更正 decision when an edit clears a published error.
    void setIsTheDesksEditPath() {
        const QString path = m_dir.filePath(QStringLiteral("path.nianbao"));
        QString error;
        {
            Report r = sampleReport(QStringLiteral("甲局"), 2023);
            for (Cell &c : r.cells)
                c.value = Decimal::fromInteger(0);
            r.cell(QStringLiteral("t2.r.granted.c.total")).value = Decimal::fromInteger(1);
            Workspace w;
            QVERIFY(Workspace::create(path, &error) &&
                    w.open(path, Workspace::Mode::ReadWrite, &error));
            QCOMPARE(w.store({WorkspaceImporter::makeItem(m_dir.filePath(QStringLiteral("p.txt")),
                                                          "p", r)},
                             &error)
                         .size(),
                     1);
        }
        QCOMPARE(ws({QStringLiteral("set"), path, QStringLiteral("1"),
                     QStringLiteral("t2.r.granted.c.natural_person"), QStringLiteral("-3")}),
                 2);
        QVERIFY2(m_err.contains(QStringLiteral("negative")), qPrintable(m_err));
        QCOMPARE(ws({QStringLiteral("set"), path, QStringLiteral("1"),
                     QStringLiteral("t2.r.granted.c.natural_person"), QStringLiteral("/")}),
                 0);
        QCOMPARE(ws({QStringLiteral("set"), path, QStringLiteral("1"),
                     QStringLiteral("t2.r.granted.c.total"), QStringLiteral("０")}),
                 0);
        const qint64 fixEdit = m_out.section(u' ', 1).trimmed().toLongLong();
        Workspace w;
        QVERIFY(w.open(path, Workspace::Mode::ReadOnly, &error));
        const auto log = w.log(1);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].newStatus, QStringLiteral("placeholder"));
        QCOMPARE(log[1].id, fixEdit);
        const auto decisions = w.decisions(1);
        QVERIFY(!decisions.isEmpty());
        for (const DecisionRecord &d : decisions) {
            QCOMPARE(d.decision, Decision::Fixed);
            QCOMPARE(d.editId, fixEdit);
        }
        QVERIFY(w.summary(1)->openErrors >= 0); // stored with the edit, not left stale
    }

    /// Schema 5 indexes documents.original_path (importing was quadratic without it) and a
    /// version 4 file is migrated.
    void pathIndexAndMigration() {
        const QString path = workspace(QStringLiteral("v4.nianbao"), 3);
        sql(path, {QStringLiteral("DROP INDEX documents_path"),
                   QStringLiteral("PRAGMA user_version = 4")});
        Workspace w;
        QString error;
        QVERIFY2(w.open(path, Workspace::Mode::ReadWrite, &error), qPrintable(error));
        QSqlDatabase db = w.database();
        QCOMPARE(WorkspaceSchema::version(db), WorkspaceSchema::CurrentVersion); // 4 → 5 → 6
        QSqlQuery q(w.database());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM documents WHERE "
                                      "original_path = 'x'")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString();
        QVERIFY2(plan.contains(QStringLiteral("documents_path")), qPrintable(plan));
        QCOMPARE(w.reports().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFaults)
#include "tst_workspacefaults.moc"
