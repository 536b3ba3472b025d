// The translations: every entry finished, one language per file (issue 13, "Language").

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
struct Entry {
    QString context;
    QString source;
    QString translation;
    QString comment;
    bool unfinished = false;
};

QVector<Entry> readTs(const QString &path) {
    QVector<Entry> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Entry e;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            e = Entry{context, {}, {}, {}, false};
        } else if (name == u"source") {
            e.source = xml.readElementText();
        } else if (name == u"extracomment") {
            e.comment = xml.readElementText();
        } else if (name == u"translation") {
            e.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished") ||
                xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished");
            e.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out << e;
        }
    }
    return xml.hasError() ? QVector<Entry>() : out;
}

// Texts the core stores (notes in the log) keep both halves; the desk shows its half.
bool stored(const Entry &e) {
    return e.context == u"ExtractNotes" || e.context == u"ReportAudit" ||
           e.comment.startsWith(u"stored");
}

const QRegularExpression kHan(QStringLiteral("[\\x{3400}-\\x{9fff}]"));
// A Chinese text followed by " / " and an English half: both languages in one string.
const QRegularExpression
    kBilingual(QStringLiteral("[\\x{3400}-\\x{9fff}].* / [^\\x{3400}-\\x{9fff}]*[A-Za-z]{3,}"));
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyEntryFinished_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("zh_CN") << QStringLiteral("nianbao_zh_CN.ts");
        QTest::newRow("en") << QStringLiteral("nianbao_en.ts");
    }
    void everyEntryFinished() {
        QFETCH(QString, file);
        const QVector<Entry> entries =
            readTs(QStringLiteral(NIANBAO_SOURCE_DIR "/translations/") + file);
        QVERIFY2(entries.size() > 100, qPrintable(file));
        QStringList unfinished;
        for (const Entry &e : entries)
            if (e.unfinished || e.translation.trimmed().isEmpty())
                unfinished << e.context + QStringLiteral(": ") + e.source;
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
    }

    void theCoreIsExtracted() {
        // lupdate covers app/, not only the widgets: contexts of the core are present.
        QSet<QString> contexts;
        for (const Entry &e :
             readTs(QStringLiteral(NIANBAO_SOURCE_DIR "/translations/nianbao_en.ts")))
            contexts.insert(e.context);
        for (const char *core : {"CellInput", "Workspace", "ReportAudit", "ReportDocument"})
            QVERIFY2(contexts.contains(QLatin1String(core)), core);
    }

    void oneLanguagePerFile() {
        QStringList mixed;
        for (const Entry &e :
             readTs(QStringLiteral(NIANBAO_SOURCE_DIR "/translations/nianbao_en.ts")))
            if (!stored(e) && e.translation.contains(kHan))
                mixed << QStringLiteral("en: ") + e.source;
        for (const Entry &e :
             readTs(QStringLiteral(NIANBAO_SOURCE_DIR "/translations/nianbao_zh_CN.ts")))
            if (!stored(e) && e.translation.contains(kBilingual))
                mixed << QStringLiteral("zh_CN: ") + e.source;
        QVERIFY2(mixed.isEmpty(), qPrintable(mixed.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
