// Replays the fuzz regression corpus (tests/fuzz/regression) and the sample reports through both
// fuzz entry points in the ordinary build: inputs that once crashed, hung or broke an invariant
// stay fixed even where clang's libFuzzer is not built.

#include "fuzztargets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

class TestFuzzRegression : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replay_data() {
        QTest::addColumn<QString>("path");
        for (const QString &folder : {QStringLiteral(NIANBAO_SOURCE_DIR "/tests/fuzz/regression"),
                                      QStringLiteral(NIANBAO_TEST_DATA "/samples")}) {
            const QDir dir(folder);
            const QStringList files = dir.entryList(QDir::Files, QDir::Name);
            QVERIFY(!files.isEmpty());
            for (const QString &f : files)
                QTest::newRow(qPrintable(f)) << dir.filePath(f);
        }
    }

    void replay() {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QElapsedTimer t;
        t.start();
        fuzz::importBytes(bytes);
        fuzz::extractText(bytes);
        QVERIFY2(t.elapsed() < 5000, "an input that once hung");
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegression)
#include "tst_fuzzregression.moc"
