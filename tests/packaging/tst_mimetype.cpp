// The workspace MIME type as a desktop would read it: packaging/nianbao-mime.xml alone in a data
// dir (XDG_DATA_DIRS), looked up through QMimeDatabase, which parses shared-mime-info XML.
#include <QDir>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QtTest>

class TestMimeType : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void workspaceTypeIsRecognised();

private:
    QTemporaryDir m_dir;
};

void TestMimeType::workspaceTypeIsRecognised() {
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("mime/packages")));
    QVERIFY(QFile::copy(QStringLiteral(NIANBAO_SOURCE_DIR "/packaging/nianbao-mime.xml"),
                        m_dir.filePath(QStringLiteral("mime/packages/nianbao.xml"))));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));

    const QMimeDatabase db; // first use in this process: reads the dirs set above
    const QMimeType type =
        db.mimeTypeForFile(QStringLiteral("审核 2024.nianbao"), QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), QStringLiteral("application/x-nianbao-workspace"));
    QVERIFY(type.globPatterns().contains(QStringLiteral("*.nianbao")));
    QCOMPARE(type.preferredSuffix(), QStringLiteral("nianbao"));
    QVERIFY(type.parentMimeTypes().contains(QStringLiteral("application/vnd.sqlite3")));
    QCOMPARE(type.iconName(), QStringLiteral("nianbao"));
    QCOMPARE(type.genericIconName(), QStringLiteral("x-office-document"));
    QVERIFY(!type.comment().isEmpty());
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
