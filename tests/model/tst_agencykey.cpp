// AgencyKey: the spellings of one body share a key, different bodies never do.
#include "model/agencykey.h"

#include <QtTest>

class TestAgencyKey : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameBody_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("bracketed province") << QStringLiteral("平潭综合实验区管委会")
                                            << QStringLiteral("平潭综合实验区（福建）管委会");
        QTest::newRow("suffix dropped")
            << QStringLiteral("平潭综合实验区管委会") << QStringLiteral("平潭综合实验区");
        QTest::newRow("long suffix")
            << QStringLiteral("平潭综合实验区管理委员会") << QStringLiteral("平潭综合实验区");
        QTest::newRow("province prefix before own place")
            << QStringLiteral("福建省平潭综合实验区") << QStringLiteral("平潭综合实验区管委会");
        QTest::newRow("government forms")
            << QStringLiteral("石家庄市人民政府") << QStringLiteral("石家庄市政府");
        QTest::newRow("width and spaces")
            << QStringLiteral("河北省 教育厅") << QStringLiteral("河北省教育厅");
        QTest::newRow("half-width brackets")
            << QStringLiteral("平潭综合实验区(福建)管委会") << QStringLiteral("平潭综合实验区");
    }
    void sameBody() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(AgencyKey::fromAgency(a), AgencyKey::fromAgency(b));
        QVERIFY(!AgencyKey::fromAgency(a).isEmpty());
    }

    void differentBodies_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("same department, two provinces")
            << QStringLiteral("河北省教育厅") << QStringLiteral("山西省教育厅");
        QTest::newRow("government vs its office")
            << QStringLiteral("石家庄市人民政府") << QStringLiteral("石家庄市人民政府办公室");
        QTest::newRow("two districts")
            << QStringLiteral("北京市朝阳区人民政府") << QStringLiteral("北京市海淀区人民政府");
        QTest::newRow("city vs its bureau")
            << QStringLiteral("上海市人民政府") << QStringLiteral("上海市教育委员会");
    }
    void differentBodies() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY2(AgencyKey::fromAgency(a) != AgencyKey::fromAgency(b),
                 qPrintable(AgencyKey::fromAgency(a)));
    }

    void empty() { QVERIFY(AgencyKey::fromAgency(QString()).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestAgencyKey)
#include "tst_agencykey.moc"
