#include "wstestutil.h"

#include "workspace/workspacecheck.h"
#include "workspace/workspaceschema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace wstest;

class TestWorkspaceStorage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("ws%1.nianbao").arg(++m_counter)); }

    /// A new workspace with one stored report; returns its id.
    qint64 setUp(Workspace &ws, const Report &report, const QByteArray &bytes = "report text") {
        const QString path = freshPath();
        QString error;
        if (!Workspace::create(path, &error) || !ws.open(path, Workspace::Mode::ReadWrite, &error))
            qFatal("%s", qPrintable(error));
        const auto out = ws.store(
            {WorkspaceImporter::makeItem(m_dir.filePath("src.txt"), bytes, report)}, &error);
        if (out.size() != 1)
            qFatal("%s", qPrintable(error));
        return out[0].reportId;
    }

    static QString pragma(Workspace &ws, const QString &name) {
        QSqlQuery q(ws.database());
        q.exec(QStringLiteral("PRAGMA ") + name);
        return q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void createdSchemaIsCurrent() {
        const QString path = freshPath();
        QString error;
        QVERIFY2(Workspace::create(path, &error), qPrintable(error));
        QVERIFY(!Workspace::create(path, &error)); // never overwrites
        QVERIFY(error.contains(QStringLiteral("已存在")));
        Workspace ws;
        QVERIFY2(ws.open(path, Workspace::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(!ws.isReadOnly());
        QCOMPARE(pragma(ws, QStringLiteral("user_version")).toInt(),
                 WorkspaceSchema::CurrentVersion);
        QCOMPARE(pragma(ws, QStringLiteral("application_id")).toUInt(),
                 WorkspaceSchema::ApplicationId);
        QCOMPARE(pragma(ws, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(ws, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(ws, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QVERIFY(ws.reports().isEmpty());
    }

    void migratesVersion1Forward() {
        const QString path = freshPath();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(WorkspaceSchema::migrate(db, 1, &error), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO documents "
                "VALUES(1,'a.txt','/x/a.txt',3,'00','txt','UTF-8','2024-01-01',x'414243')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO reports(id, document_id, agency, extracted_agency, agency_source, "
                "year, "
                "extracted_year, edition, extracted_edition, edition_basis, edition_mixed, t1, t2, "
                "t3, extra_cells, remarks) "
                "VALUES(7,1,'甲局','甲局','title',2023,2023,'2021','2021',"
                "'year',0,'found','found','found','{}','[]')")));
            QCOMPARE(WorkspaceSchema::version(db), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        int version = 0;
        QVERIFY(WorkspaceSchema::checkFile(path, &version, nullptr));
        QCOMPARE(version, 1);
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(path, Workspace::Mode::ReadWrite, &error), qPrintable(error));
        QCOMPARE(pragma(ws, QStringLiteral("user_version")).toInt(),
                 WorkspaceSchema::CurrentVersion);
        const auto reports = ws.reports();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports[0].id, 7);
        QCOMPARE(reports[0].agency, QStringLiteral("甲局"));
        QCOMPARE(reports[0].conflictCount, 0); // column added by migration 2
        QVERIFY(ws.conflicts(7).isEmpty());
        QCOMPARE(ws.document(1)->bytes, QByteArray("ABC"));
    }

    void roundTripsEveryField() {
        Report r = sampleReport(QStringLiteral("某某市人民政府办公室"), 2023);
        r.meta.editionMixed = true;
        const EditionSpec &spec = r.spec();
        int money = -1;
        for (const CellSpec &c : spec.cells)
            if (c.type == ValueType::Decimal)
                money = c.index;
        QVERIFY(money >= 0);
        r.cells[money] = Cell{Decimal::parse(u"123456789.123456"), CellStatus::Read,
                              QStringLiteral("1234567891234.56元"), QStringLiteral("原文单位：元"),
                              Anchor{5, 17, -1, {}}};
        r.cells[1] =
            Cell{std::nullopt, CellStatus::Blank, QString(), QString(), Anchor{9, 0, -1, {}}};
        r.cells[2] =
            Cell{std::nullopt, CellStatus::Placeholder, QStringLiteral("—"), QString(), Anchor{}};
        r.cells[3] = Cell{Decimal::fromInteger(22), CellStatus::Suspect,
                          QStringLiteral("22（其中修订16件）"), QStringLiteral("其中修订16件"),
                          Anchor{40, 12, 3, QRectF(0.125, 0.5, 0.25, 0.0625)}};
        r.cells[4] = Cell{Decimal::fromInteger(-3), CellStatus::Inferred, QStringLiteral("-3"),
                          QString(), Anchor{}};
        r.cells[5] = Cell{std::nullopt, CellStatus::Missing, QStringLiteral("6233440"),
                          QStringLiteral("run"), Anchor{}};
        r.extraCells.insert(QStringLiteral("t2.r.other_handling.c.total"),
                            Cell{Decimal::fromInteger(31), CellStatus::Read, QStringLiteral("31"),
                                 QString(), Anchor{77, 2, -1, {}}});
        Finding remark;
        remark.rule = QStringLiteral("EXTRACT_OTHER_HANDLING_SINGLE_ROW");
        remark.status = FindingStatus::Unverifiable;
        remark.severity = Severity::Warning;
        remark.lhs = {3, 4};
        remark.rhs = {5};
        remark.expected = Decimal::parse(u"1.5");
        remark.actual = Decimal::fromInteger(2);
        remark.suggestion = Suggestion{4, Decimal::fromInteger(9)};
        remark.zh = QStringLiteral("（六）其他处理仅一行");
        remark.en = QStringLiteral("single row");
        r.remarks << remark;

        Workspace ws;
        const QByteArray bytes("\xef\xbb\xbf原文字节\x00\x01", 17);
        const qint64 id = setUp(ws, r, bytes);
        QString error;
        const auto s = ws.loadReport(id, &error);
        QVERIFY2(s, qPrintable(error));
        for (const Report *got : {&s->extracted, &s->current}) {
            QCOMPARE(got->meta.agency, r.meta.agency);
            QCOMPARE(got->meta.agencySource, r.meta.agencySource);
            QCOMPARE(got->meta.year, 2023);
            QVERIFY(got->meta.edition == Edition::E2021);
            QCOMPARE(got->meta.editionBasis, r.meta.editionBasis);
            QCOMPARE(got->meta.editionMixed, true);
            QVERIFY(got->tables == r.tables);
            QCOMPARE(got->cells.size(), r.cells.size());
            for (int i = 0; i < r.cells.size(); ++i)
                QVERIFY2(got->cells[i] == r.cells[i], qPrintable(spec.cell(i).key));
            QVERIFY(got->extraCells == r.extraCells);
            QCOMPARE(got->remarks.size(), 1);
            QVERIFY(got->remarks[0] == remark);
        }
        QCOMPARE(s->current.cells[money].value->micros(), 123456789123456LL);
        const auto doc = ws.document(s->summary.documentId);
        QVERIFY(doc);
        QCOMPARE(doc->bytes, bytes);
        QCOMPARE(doc->size, qint64(bytes.size()));
        QCOMPARE(doc->sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(doc->fileName, QStringLiteral("src.txt"));
        QVERIFY(doc->importedAt.isValid());
        // Values are integers in SQL, never REAL.
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cells WHERE typeof(value) = 'real' "
                                      "OR typeof(ext_value) = 'real'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void editIsLoggedAndPersisted() {
        Workspace ws;
        const Report r = sampleReport(QStringLiteral("乙局"), 2022);
        const qint64 id = setUp(ws, r);
        ws.setUser(QStringLiteral("auditor1"));
        const QString key = r.spec().cell(10).key;
        Cell after = r.cells[10];
        after.value = Decimal::fromInteger(42);
        after.status = CellStatus::Edited;
        QString error;
        qint64 editId = -1;
        QVERIFY2(ws.setCell(id, key, after, EditOrigin::Typed, QStringLiteral("原文笔误"), &error,
                            &editId),
                 qPrintable(error));
        QVERIFY(editId > 0);
        QVERIFY(!ws.setCell(id, QStringLiteral("t9.nope"), after, EditOrigin::Typed, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(ws.setMeta(id, Workspace::MetaField::Agency, QStringLiteral("乙局（更正）"),
                           EditOrigin::Typed, {}, &error));
        QVERIFY(!ws.setMeta(id, Workspace::MetaField::Year, QStringLiteral("二〇二二"),
                            EditOrigin::Typed, {}, &error));
        QVERIFY(ws.setReviewState(id, ReviewState::Returned, QStringLiteral("数据有误"), &error));

        const QString path = ws.path();
        ws.close();
        Workspace again;
        QVERIFY(again.open(path, Workspace::Mode::ReadWrite, &error));
        const auto s = again.loadReport(id, &error);
        QCOMPARE(s->current.cells[10].value, Decimal::fromInteger(42));
        QVERIFY(s->current.cells[10].status == CellStatus::Edited);
        QCOMPARE(s->current.cells[10].raw, r.cells[10].raw); // provenance kept
        QVERIFY(s->extracted.cells[10] == r.cells[10]);
        QCOMPARE(s->current.meta.agency, QStringLiteral("乙局（更正）"));
        QCOMPARE(s->extractedAgency, QStringLiteral("乙局"));
        QVERIFY(s->summary.state == ReviewState::Returned);
        QCOMPARE(s->summary.stateBy, QStringLiteral("auditor1"));
        QCOMPARE(s->summary.editCount, 1); // changed cells; the agency is not a cell

        const auto log = again.log(id);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[0].key, key);
        QCOMPARE(log[0].oldValue, r.cells[10].value);
        QCOMPARE(log[0].oldStatus, QStringLiteral("read"));
        QCOMPARE(log[0].newValue, Decimal::fromInteger(42));
        QCOMPARE(log[0].newStatus, QStringLiteral("edited"));
        QCOMPARE(log[0].user, QStringLiteral("auditor1"));
        QCOMPARE(log[0].note, QStringLiteral("原文笔误"));
        QCOMPARE(log[0].origin, QStringLiteral("typed"));
        QVERIFY(qAbs(log[0].at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(log[1].key, QStringLiteral("meta.agency"));
        QCOMPARE(log[1].oldStatus, QStringLiteral("乙局"));
        QCOMPARE(log[2].key, QStringLiteral("meta.state"));
        QCOMPARE(log[2].newStatus, QStringLiteral("returned"));
        // Only what came after an edit (the desk appends instead of re-reading the log).
        const auto tail = again.log(id, log[0].id);
        QCOMPARE(tail.size(), 2);
        QCOMPARE(tail[0].id, log[1].id);
        QVERIFY(again.log(id, log[2].id).isEmpty());
    }

    void agencyKeyFollowsTheAgencyUntilOverridden() {
        Workspace ws;
        const qint64 id =
            setUp(ws, sampleReport(QStringLiteral("平潭综合实验区（福建）管委会"), 2022));
        QString error;
        QCOMPARE(ws.summary(id)->agencyKey, QStringLiteral("平潭综合实验区"));
        QVERIFY(!ws.summary(id)->agencyKeyOverridden);
        // An edited agency moves the key with it: the key is never stored derived.
        QVERIFY(ws.setMeta(id, Workspace::MetaField::Agency, QStringLiteral("平潭管委会"),
                           EditOrigin::Typed, {}, &error));
        QCOMPARE(ws.summary(id)->agencyKey, QStringLiteral("平潭"));
        qint64 editId = -1;
        QVERIFY2(ws.setMeta(id, Workspace::MetaField::AgencyKey, QStringLiteral("平潭综合实验区"),
                            EditOrigin::Typed, QStringLiteral("简称"), &error, &editId),
                 qPrintable(error));
        QCOMPARE(ws.summary(id)->agencyKey, QStringLiteral("平潭综合实验区"));
        QVERIFY(ws.summary(id)->agencyKeyOverridden);
        QCOMPARE(ws.loadReport(id, &error)->current.meta.agencyKey,
                 QStringLiteral("平潭综合实验区"));
        QCOMPARE(ws.log(id).last().key, QStringLiteral("meta.agency_key"));
        // Reverting the override returns to the key of the name.
        QVERIFY2(ws.revertEdit(editId, {}, &error), qPrintable(error));
        QCOMPARE(ws.summary(id)->agencyKey, QStringLiteral("平潭"));
        QVERIFY(!ws.summary(id)->agencyKeyOverridden);
    }

    void undoRedoAndRevertAreLoggedEdits() {
        Workspace ws;
        const Report r = sampleReport(QStringLiteral("丙局"), 2021);
        const qint64 id = setUp(ws, r);
        CellEdit e;
        e.cell = 12;
        e.key = r.spec().cell(12).key;
        e.before = r.cells[12];
        e.after = r.cells[12];
        e.after.value = Decimal::fromInteger(100);
        e.after.status = CellStatus::Edited;
        QString error;
        QVector<qint64> ids;
        QVERIFY2(ws.commitAction(id, {e}, {}, std::nullopt, &error, &ids), qPrintable(error));
        const qint64 typed = ids.value(0);
        CellEdit undo = e;
        std::swap(undo.before, undo.after);
        undo.origin = EditOrigin::Undo;
        QVERIFY(ws.commitAction(id, {undo}, {}, std::nullopt, &error));
        CellEdit redo = e;
        redo.origin = EditOrigin::Redo;
        QVERIFY(ws.commitAction(id, {redo}, {}, std::nullopt, &error));
        QVERIFY(ws.revertEdit(typed, {}, &error));

        const auto log = ws.log(id);
        QCOMPARE(log.size(), 4);
        QStringList origins;
        for (const EditRecord &rec : log)
            origins << rec.origin;
        QCOMPARE(origins, (QStringList{"typed", "undo", "redo", "revert"}));
        QCOMPARE(log[1].newStatus, QStringLiteral("read")); // undo restores the provenance
        QVERIFY(log[3].note.contains(QString::number(typed)));
        const auto s = ws.loadReport(id, &error);
        QVERIFY(s->current.cells[12] == r.cells[12]); // reverted to the extracted cell
    }

    void decisions() {
        Workspace ws;
        const Report r = sampleReport(QStringLiteral("丁局"), 2023);
        const qint64 id = setUp(ws, r);
        const QString f1 = QStringLiteral("T2_BALANCE:t2.r.new_received.c.total");
        const QString gone = QStringLiteral("NO_SUCH_RULE:t1.x");
        QString error;
        QVERIFY(!ws.decide(id, f1, Decision::Dismissed, QStringLiteral("  "), &error));
        QVERIFY(error.contains(QStringLiteral("说明")));
        QVERIFY(ws.decisionHistory(id).isEmpty());
        QVERIFY(ws.decide(id, f1, Decision::Dismissed, QStringLiteral("口径不同"), &error));
        QVERIFY(ws.decide(id, gone, Decision::Confirmed, {}, &error));
        QVERIFY(ws.decide(id, f1, Decision::Confirmed, QStringLiteral("原文错误"), &error));
        auto current = ws.decisions(id);
        QCOMPARE(current.size(), 2);
        QVERIFY(current.value(f1).decision == Decision::Confirmed);
        QVERIFY(ws.decide(id, f1, Decision::Open, {}, &error));
        current = ws.decisions(id);
        QCOMPARE(current.size(), 1);
        QVERIFY(current.contains(gone)); // a decision without its finding stays
        QCOMPARE(ws.decisionHistory(id).size(), 4);

        // The database itself refuses a dismissal without a note, whoever writes it.
        QSqlQuery q(ws.database());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO decisions(report_id, finding, decision, note, "
                                       "user, at) VALUES(%1,'x','dismissed','','u','t')")
                            .arg(id)));

        // Decisions survive re-extraction of a changed source.
        Report changed = r;
        changed.cells[0].value = Decimal::fromInteger(99);
        const auto out = ws.store(
            {WorkspaceImporter::makeItem(m_dir.filePath("src.txt"), "new bytes", changed)}, &error);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].kind, ImportOutcome::Updated);
        QVERIFY(ws.decisions(id).contains(gone));
        QCOMPARE(ws.decisionHistory(id).size(), 4);
    }

    void reimportKeepsEditsAndListsConflicts() {
        Workspace ws;
        const Report r = sampleReport(QStringLiteral("戊局"), 2023);
        const qint64 id = setUp(ws, r, "v1");
        const EditionSpec &spec = r.spec();
        QString error;
        Cell edited;
        edited.status = CellStatus::Edited;
        edited.value = Decimal::fromInteger(50);
        QVERIFY(ws.setCell(id, spec.cell(20).key, edited, EditOrigin::Typed, {}, &error)); // stays
        edited.value = Decimal::fromInteger(60);
        QVERIFY(
            ws.setCell(id, spec.cell(21).key, edited, EditOrigin::Typed, {}, &error)); // conflict
        QVERIFY(ws.setMeta(id, Workspace::MetaField::Year, QStringLiteral("2024"),
                           EditOrigin::Typed, {}, &error));

        Report v2 = r;
        v2.meta.agency = QStringLiteral("戊局（新）");
        v2.meta.year = 2025;
        v2.cells[21].value = Decimal::fromInteger(61);
        v2.cells[22].value = Decimal::fromInteger(62); // not edited: follows the source
        const QString src = m_dir.filePath("src.txt");
        const auto same = ws.store({WorkspaceImporter::makeItem(src, "v1", v2)}, &error);
        QCOMPARE(same.size(), 1);
        QCOMPARE(same[0].kind, ImportOutcome::Unchanged); // same bytes: nothing re-extracted
        const auto out = ws.store({WorkspaceImporter::makeItem(src, "v2", v2)}, &error);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].kind, ImportOutcome::Updated);
        QCOMPARE(out[0].reportId, id);
        QCOMPARE(out[0].keptEdits, 1);
        QCOMPARE(out[0].conflicts.size(), 1);
        QCOMPARE(out[0].conflicts[0].key, spec.cell(21).key);
        QCOMPARE(out[0].conflicts[0].oldExtracted.value, r.cells[21].value);
        QCOMPARE(out[0].conflicts[0].newExtracted.value, Decimal::fromInteger(61));
        QCOMPARE(out[0].conflicts[0].current.value, Decimal::fromInteger(60));

        const auto s = ws.loadReport(id, &error);
        QCOMPARE(s->current.cells[20].value, Decimal::fromInteger(50));
        QCOMPARE(s->current.cells[21].value, Decimal::fromInteger(60));
        QCOMPARE(s->extracted.cells[21].value, Decimal::fromInteger(61));
        QCOMPARE(s->current.cells[22].value, Decimal::fromInteger(62));
        QVERIFY(s->current.cells[22].status == CellStatus::Read);
        QCOMPARE(s->current.meta.agency, QStringLiteral("戊局（新）")); // not edited: follows
        QCOMPARE(s->current.meta.year, 2024);                           // edited: kept
        QCOMPARE(s->extractedYear, 2025);
        QCOMPARE(s->summary.conflictCount, 1);
        QCOMPARE(ws.conflicts(id).size(), 1);
        QCOMPARE(ws.document(s->summary.documentId)->bytes, QByteArray("v2"));
        QCOMPARE(ws.reports().size(), 1);

        // The auditor looks at it: marked resolved (who, when, why), the edit stays.
        ws.setUser(QStringLiteral("auditor2"));
        QVERIFY2(ws.resolveConflicts(id, QStringLiteral("新文件仍有误，保留人工值"), &error),
                 qPrintable(error));
        QVERIFY(ws.conflicts(id).isEmpty());
        QCOMPARE(ws.summary(id)->conflictCount, 0);
        QCOMPARE(ws.loadReport(id, &error)->current.cells[21].value, Decimal::fromInteger(60));
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("SELECT resolved_by, resolved_note FROM conflicts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("auditor2"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("新文件仍有误，保留人工值"));
    }

    void batchStoreIsOneTransaction() {
        Workspace ws;
        const QString path = freshPath();
        QString error;
        QVERIFY(Workspace::create(path, &error));
        QVERIFY(ws.open(path, Workspace::Mode::ReadWrite, &error));
        QVector<ImportItem> items;
        for (int i = 0; i < 20; ++i)
            items << WorkspaceImporter::makeItem(
                m_dir.filePath(QStringLiteral("b%1.txt").arg(i)), QByteArray::number(i),
                sampleReport(QStringLiteral("局%1").arg(i), 2020 + i % 4, i));
        const auto out = ws.store(items, &error);
        QCOMPARE(out.size(), 20);
        const auto list = ws.reports();
        QCOMPARE(list.size(), 20);
        QCOMPARE(list[19].agency, QStringLiteral("局19"));
        QCOMPARE(ws.findReport(QStringLiteral("b7.txt")), out[7].reportId);
        QCOMPARE(ws.findReport(QString::number(out[3].reportId)), out[3].reportId);
        QCOMPARE(ws.findReport(QStringLiteral("nope.txt")), -1);
        QCOMPARE(list[0].openErrors, WorkspaceCheck::openCounts(items[0].report, {}).first);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStorage)
#include "tst_workspacestorage.moc"
