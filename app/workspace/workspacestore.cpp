// Workspace: storing imports (new and re-imported sources) and reading reports back.
#include "workspace.h"

#include "model/agencykey.h"
#include "model/spec.h"
#include "reportcodec.h"
#include "workspaceerror.h"
#include "workspacenotifier.h"

#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <numeric>

#ifdef NIANBAO_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace {
QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
bool sameExtraction(const Cell &a, const Cell &b) {
    return a.value == b.value && a.status == b.status;
}
/// The cell indices of an edition in the order of their keys (the cells table's order).
const QVector<int> &keyOrder(Edition edition) {
    static const auto order = [](Edition e) {
        const EditionSpec &spec = Spec::instance().edition(e);
        QVector<int> out(spec.cellCount());
        std::iota(out.begin(), out.end(), 0);
        std::sort(out.begin(), out.end(),
                  [&](int a, int b) { return spec.cell(a).key < spec.cell(b).key; });
        return out;
    };
    static const QVector<int> e2019 = order(Edition::E2019), e2021 = order(Edition::E2021);
    return edition == Edition::E2019 ? e2019 : e2021;
}

constexpr const char *kSummaryColumns =
    "r.id, r.document_id, d.file_name, r.agency, r.year, r.edition, r.state, r.state_by, "
    "r.state_at, r.open_errors, r.open_warnings, r.edit_count, r.conflict_count, "
    "r.agency_key_override";

ReportSummary summaryFrom(const QSqlQuery &q) {
    ReportSummary s;
    s.id = q.value(0).toLongLong();
    s.documentId = q.value(1).toLongLong();
    s.fileName = q.value(2).toString();
    s.agency = q.value(3).toString();
    s.year = q.value(4).toInt();
    s.edition = editionFromName(q.value(5).toString()).value_or(Edition::E2021);
    s.state = reviewStateFromName(q.value(6).toString()).value_or(ReviewState::Pending);
    s.stateBy = q.value(7).toString();
    s.stateAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    s.openErrors = q.value(9).toInt();
    s.openWarnings = q.value(10).toInt();
    s.editCount = q.value(11).toInt();
    s.conflictCount = q.value(12).toInt();
    const QString override = q.value(13).toString();
    s.agencyKeyOverridden = !override.isEmpty();
    s.agencyKey = s.agencyKeyOverridden ? override : AgencyKey::fromAgency(s.agency);
    return s;
}
} // namespace

QVector<ImportOutcome> Workspace::store(const QVector<ImportItem> &items, QString *error) {
    QVector<ImportOutcome> outcomes;
    if (refuseReadOnly(error))
        return outcomes;
    Q_EMIT m_notifier->reportsAboutToBeImported(int(items.size()));
    // Always the done signal after the about-to one: empty when nothing was stored.
    QVector<ImportOutcome> stored;
    const auto announce = qScopeGuard([&] { Q_EMIT m_notifier->reportsImported(stored); });
    if (!m_db.transaction()) {
        failed(m_db.lastError(), error);
        return outcomes;
    }
    QSqlQuery &find = prepared(QStringLiteral(
        "SELECT d.id, d.sha256, r.id FROM documents d JOIN reports r ON r.document_id = d.id "
        "WHERE d.original_path = ?"));
    for (const ImportItem &item : items) {
        ImportOutcome o;
        o.path = item.document.originalPath;
        find.addBindValue(item.document.originalPath);
        if (!find.exec()) {
            failed(find.lastError(), error);
            m_db.rollback();
            return {};
        }
        bool ok = true;
        if (find.next()) {
            const qint64 docId = find.value(0).toLongLong();
            const QByteArray sha = find.value(1).toByteArray();
            o.reportId = find.value(2).toLongLong();
            find.finish();
            if (sha == item.document.sha256)
                o.kind = ImportOutcome::Unchanged;
            else
                ok = storeUpdate(item, docId, o.reportId, &o, error);
        } else {
            find.finish();
            // The same bytes under another path (a copy, a renamed download): the same report.
            QSqlQuery &same = prepared(
                QStringLiteral("SELECT d.original_path, r.id FROM documents d JOIN reports r ON "
                               "r.document_id = d.id WHERE d.sha256 = ? ORDER BY d.id LIMIT 1"));
            same.addBindValue(QString::fromLatin1(item.document.sha256));
            if (!same.exec()) {
                failed(same.lastError(), error);
                m_db.rollback();
                return {};
            }
            if (same.next()) {
                o.kind = ImportOutcome::Duplicate;
                o.duplicateOf = same.value(0).toString();
                o.reportId = same.value(1).toLongLong();
                same.finish();
            } else {
                same.finish();
                ok = storeNew(item, &o, error);
            }
        }
        if (!ok) {
            m_db.rollback();
            return {};
        }
        outcomes << o;
    }
    if (!m_db.commit()) {
        failed(m_db.lastError(), error);
        m_db.rollback();
        return {};
    }
    stored = outcomes;
    return outcomes;
}

#ifdef NIANBAO_SQLITE_DIRECT
namespace {
/// Binds UTF-8 (the database's encoding, so SQLite converts nothing); the bytes must live until
/// the statement ran.
int bindUtf8(sqlite3_stmt *s, int i, const QByteArray &utf8) {
    return sqlite3_bind_text(s, i, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                             SQLITE_STATIC);
}

/// UTF-8 of the names written with every cell, made once.
const QByteArray &cellStatusUtf8(CellStatus status) {
    static const auto names = [] {
        std::array<QByteArray, int(CellStatus::Edited) + 1> out;
        for (int i = 0; i < int(out.size()); ++i)
            out[size_t(i)] = cellStatusName(CellStatus(i)).toUtf8();
        return out;
    }();
    return names[size_t(status)];
}
const QByteArray &keyUtf8(const QString &key) {
    thread_local QHash<QString, QByteArray> cache;
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, key.toUtf8());
    return *it;
}
int bindValue(sqlite3_stmt *s, int i, const std::optional<Decimal> &v) {
    return v ? sqlite3_bind_int64(s, i, v->micros()) : sqlite3_bind_null(s, i);
}
} // namespace

bool Workspace::insertCell(qint64 reportId, const QString &key, const Cell &c, const Cell &current,
                           QString *error) {
    // SQLite's C API on the connection's own handle, inside the caller's transaction: Qt's
    // QVariant binding per value was most of the time of an import.
    if (!m_cellInsert) {
        const QVariant handle = m_db.driver()->handle();
        sqlite3 *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                          ? *static_cast<sqlite3 *const *>(handle.data())
                          : nullptr;
        if (!db || sqlite3_prepare_v3(
                       db,
                       "INSERT OR REPLACE INTO cells(report_id, key, ext_value, ext_status, raw, "
                       "note, anchor_start, anchor_length, anchor_page, anchor_rect, value, "
                       "status) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
                       -1, SQLITE_PREPARE_PERSISTENT, &m_cellInsert, nullptr) != SQLITE_OK) {
            if (error)
                *error = WorkspaceError::message(
                    m_givenPath, WorkspaceError::causeText(WorkspaceError::Cause::Other));
            return false;
        }
    }
    sqlite3_stmt *s = m_cellInsert;
    const QByteArray raw = c.raw.toUtf8(), note = c.note.toUtf8();
    const QByteArray rect =
        c.anchor.rect.isNull() ? QByteArray() : ReportCodec::rectToText(c.anchor.rect).toUtf8();
    sqlite3_bind_int64(s, 1, reportId);
    bindUtf8(s, 2, keyUtf8(key));
    bindValue(s, 3, c.value);
    bindUtf8(s, 4, cellStatusUtf8(c.status));
    bindUtf8(s, 5, raw);
    bindUtf8(s, 6, note);
    sqlite3_bind_int(s, 7, c.anchor.start);
    sqlite3_bind_int(s, 8, c.anchor.length);
    sqlite3_bind_int(s, 9, c.anchor.page);
    bindUtf8(s, 10, rect);
    bindValue(s, 11, current.value);
    bindUtf8(s, 12, cellStatusUtf8(current.status));
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc == SQLITE_DONE)
        return true;
    const QSqlError e(QString(), QString::fromUtf8(sqlite3_errstr(rc)), QSqlError::StatementError,
                      QString::number(rc));
    return failed(e, error);
}
#else
bool Workspace::insertCell(qint64 reportId, const QString &key, const Cell &c, const Cell &current,
                           QString *error) {
    // Named placeholders: the SQLite driver binds them directly, where positional ones went
    // through a generated ":fN" name per value.
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT OR REPLACE INTO cells(report_id, key, ext_value, ext_status, raw, note, "
        "anchor_start, anchor_length, anchor_page, anchor_rect, value, status) "
        "VALUES(:r,:k,:ev,:es,:raw,:note,:as,:al,:ap,:ar,:v,:s)"));
    q.bindValue(QStringLiteral(":r"), reportId);
    q.bindValue(QStringLiteral(":k"), key);
    q.bindValue(QStringLiteral(":ev"), ReportCodec::valueToSql(c.value));
    q.bindValue(QStringLiteral(":es"), cellStatusName(c.status));
    q.bindValue(QStringLiteral(":raw"), ReportCodec::text(c.raw));
    q.bindValue(QStringLiteral(":note"), ReportCodec::text(c.note));
    q.bindValue(QStringLiteral(":as"), c.anchor.start);
    q.bindValue(QStringLiteral(":al"), c.anchor.length);
    q.bindValue(QStringLiteral(":ap"), c.anchor.page);
    q.bindValue(QStringLiteral(":ar"), ReportCodec::text(ReportCodec::rectToText(c.anchor.rect)));
    q.bindValue(QStringLiteral(":v"), ReportCodec::valueToSql(current.value));
    q.bindValue(QStringLiteral(":s"), cellStatusName(current.status));
    return q.exec() || failed(q.lastError(), error);
}
#endif

bool Workspace::storeNew(const ImportItem &item, ImportOutcome *outcome, QString *error) {
    const DocumentRecord &d = item.document;
    QSqlQuery &doc = prepared(QStringLiteral(
        "INSERT INTO documents(file_name, original_path, size, sha256, format, encoding, "
        "imported_at, bytes) VALUES(?,?,?,?,?,?,?,?)"));
    doc.bindValue(0, ReportCodec::text(d.fileName));
    doc.bindValue(1, ReportCodec::text(d.originalPath));
    doc.bindValue(2, d.size);
    doc.bindValue(3, QString::fromLatin1(d.sha256));
    doc.bindValue(4, ReportCodec::text(d.format));
    doc.bindValue(5, ReportCodec::text(d.encoding));
    doc.bindValue(6, d.importedAt.isValid() ? d.importedAt.toUTC().toString(Qt::ISODateWithMs)
                                            : nowText());
    doc.bindValue(7, d.bytes);
    if (!doc.exec())
        return failed(doc.lastError(), error);
    const qint64 docId = doc.lastInsertId().toLongLong();
    const Report &r = item.report;
    QSqlQuery &rep = prepared(QStringLiteral(
        "INSERT INTO reports(document_id, agency, extracted_agency, agency_source, year, "
        "extracted_year, edition, extracted_edition, edition_basis, edition_mixed, t1, t2, t3, "
        "extra_cells, remarks, open_errors, open_warnings) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QVariantList values{docId,
                              r.meta.agency,
                              r.meta.agency,
                              r.meta.agencySource,
                              r.meta.year,
                              r.meta.year,
                              editionName(r.meta.edition),
                              editionName(r.meta.edition),
                              r.meta.editionBasis,
                              int(r.meta.editionMixed),
                              tableStateName(r.tables[0]),
                              tableStateName(r.tables[1]),
                              tableStateName(r.tables[2]),
                              ReportCodec::extraCellsToText(r.extraCells),
                              ReportCodec::findingsToText(r.remarks),
                              item.openErrors,
                              item.openWarnings};
    for (int i = 0; i < values.size(); ++i)
        rep.bindValue(i, values[i].typeId() == QMetaType::QString
                             ? ReportCodec::text(values[i].toString())
                             : values[i]);
    if (!rep.exec())
        return failed(rep.lastError(), error);
    const qint64 reportId = rep.lastInsertId().toLongLong();
    // In key order: the cells table is a B-tree on (report, key), so sorted inserts append to
    // its last page instead of splitting pages all over the report's range.
    for (int i : keyOrder(r.meta.edition))
        if (i < r.cells.size() &&
            !insertCell(reportId, r.spec().cell(i).key, r.cells[i], r.cells[i], error))
            return false;
    outcome->kind = ImportOutcome::Added;
    outcome->reportId = reportId;
    return true;
}

bool Workspace::storeUpdate(const ImportItem &item, qint64 documentId, qint64 reportId,
                            ImportOutcome *outcome, QString *error) {
    // The old extraction and current values, by key.
    struct Old {
        Cell extracted;
        Cell current;
    };
    QHash<QString, Old> old;
    QSqlQuery sel(m_db);
    sel.prepare(QStringLiteral("SELECT key, ext_value, ext_status, value, status FROM cells "
                               "WHERE report_id = ?"));
    sel.addBindValue(reportId);
    if (!sel.exec())
        return failed(sel.lastError(), error);
    while (sel.next()) {
        Old o;
        o.extracted.value = ReportCodec::valueFromSql(sel.value(1));
        o.extracted.status =
            cellStatusFromName(sel.value(2).toString()).value_or(CellStatus::Missing);
        o.current.value = ReportCodec::valueFromSql(sel.value(3));
        o.current.status =
            cellStatusFromName(sel.value(4).toString()).value_or(CellStatus::Missing);
        old.insert(sel.value(0).toString(), o);
    }
    const Report &r = item.report;
    const EditionSpec &spec = r.spec();
    const QString at = nowText();
    QSqlQuery conf(m_db);
    conf.prepare(QStringLiteral(
        "INSERT INTO conflicts(report_id, key, old_value, old_status, new_value, new_status, "
        "current_value, current_status, at) VALUES(?,?,?,?,?,?,?,?,?)"));
    auto addConflict = [&](const QString &key, const Cell &oldExt, const Cell &newExt,
                           const Cell &current) {
        const QVariantList v{reportId,
                             key,
                             ReportCodec::valueToSql(oldExt.value),
                             cellStatusName(oldExt.status),
                             ReportCodec::valueToSql(newExt.value),
                             cellStatusName(newExt.status),
                             ReportCodec::valueToSql(current.value),
                             cellStatusName(current.status),
                             at};
        for (int i = 0; i < v.size(); ++i)
            conf.bindValue(i, v[i]);
        outcome->conflicts << ReimportConflict{reportId, key, oldExt, newExt, current};
        return conf.exec() || failed(conf.lastError(), error);
    };
    for (int i = 0; i < spec.cellCount() && i < r.cells.size(); ++i) {
        const QString &key = spec.cell(i).key;
        const Cell &fresh = r.cells[i];
        Cell current = fresh;
        const auto it = old.constFind(key);
        if (it != old.cend()) {
            const bool edited = !sameExtraction(it->current, it->extracted);
            if (edited) {
                current.value = it->current.value;
                current.status = it->current.status;
                if (sameExtraction(it->extracted, fresh))
                    ++outcome->keptEdits;
                else if (!addConflict(key, it->extracted, fresh, it->current))
                    return false;
            }
            old.remove(key);
        }
        if (!insertCell(reportId, key, fresh, current, error))
            return false;
    }
    // Keys the new extraction no longer has (edition changed): edited ones are conflicts.
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!sameExtraction(it->current, it->extracted) &&
            !addConflict(it.key(), it->extracted, Cell{}, it->current))
            return false;
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM cells WHERE report_id = ? AND key = ?"));
        del.addBindValue(reportId);
        del.addBindValue(it.key());
        if (!del.exec())
            return failed(del.lastError(), error);
    }
    const DocumentRecord &d = item.document;
    QSqlQuery doc(m_db);
    doc.prepare(
        QStringLiteral("UPDATE documents SET file_name = ?, size = ?, sha256 = ?, "
                       "format = ?, encoding = ?, imported_at = ?, bytes = ? WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(d.fileName), QVariant(d.size), QVariant(QString::fromLatin1(d.sha256)),
          QVariant(d.format), QVariant(d.encoding), QVariant(at), QVariant(d.bytes),
          QVariant(documentId)})
        doc.addBindValue(v.typeId() == QMetaType::QString ? ReportCodec::text(v.toString()) : v);
    if (!doc.exec())
        return failed(doc.lastError(), error);
    // Metadata the auditor did not change follows the new extraction.
    QSqlQuery rep(m_db);
    rep.prepare(QStringLiteral(
        "UPDATE reports SET "
        "agency = CASE WHEN agency = extracted_agency THEN :agency ELSE agency END, "
        "year = CASE WHEN year = extracted_year THEN :year ELSE year END, "
        "edition = CASE WHEN edition = extracted_edition THEN :edition ELSE edition END, "
        "extracted_agency = :agency, extracted_year = :year, extracted_edition = :edition, "
        "agency_source = :source, edition_basis = :basis, edition_mixed = :mixed, "
        "t1 = :t1, t2 = :t2, t3 = :t3, extra_cells = :extra, remarks = :remarks, "
        "open_errors = :errors, open_warnings = :warnings, "
        "conflict_count = conflict_count + :conflicts WHERE id = :id"));
    rep.bindValue(QStringLiteral(":agency"), ReportCodec::text(r.meta.agency));
    rep.bindValue(QStringLiteral(":year"), r.meta.year);
    rep.bindValue(QStringLiteral(":edition"), editionName(r.meta.edition));
    rep.bindValue(QStringLiteral(":source"), ReportCodec::text(r.meta.agencySource));
    rep.bindValue(QStringLiteral(":basis"), ReportCodec::text(r.meta.editionBasis));
    rep.bindValue(QStringLiteral(":mixed"), int(r.meta.editionMixed));
    rep.bindValue(QStringLiteral(":t1"), tableStateName(r.tables[0]));
    rep.bindValue(QStringLiteral(":t2"), tableStateName(r.tables[1]));
    rep.bindValue(QStringLiteral(":t3"), tableStateName(r.tables[2]));
    rep.bindValue(QStringLiteral(":extra"), ReportCodec::extraCellsToText(r.extraCells));
    rep.bindValue(QStringLiteral(":remarks"), ReportCodec::findingsToText(r.remarks));
    // Edits were kept on top of the new extraction: the importer's counts no longer apply.
    const bool hasEdits = outcome->keptEdits > 0 || !outcome->conflicts.isEmpty();
    rep.bindValue(QStringLiteral(":errors"), hasEdits ? -1 : item.openErrors);
    rep.bindValue(QStringLiteral(":warnings"), hasEdits ? -1 : item.openWarnings);
    rep.bindValue(QStringLiteral(":conflicts"), int(outcome->conflicts.size()));
    rep.bindValue(QStringLiteral(":id"), reportId);
    if (!rep.exec())
        return failed(rep.lastError(), error);
    if (!updateEditCount(reportId, error))
        return false;
    outcome->kind = ImportOutcome::Updated;
    return true;
}

QVector<ReportSummary> Workspace::reports(QString *error) const {
    QVector<ReportSummary> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM reports r JOIN documents d ON d.id = r.document_id "
                               "ORDER BY r.id")
                    .arg(QLatin1String(kSummaryColumns)))) {
        failed(q.lastError(), error);
        return {};
    }
    while (q.next())
        out << summaryFrom(q);
    // next() is false at the end and on a read error alike: a damaged page must not shorten
    // the list silently.
    if (q.lastError().isValid()) {
        failed(q.lastError(), error);
        return {};
    }
    return out;
}

std::optional<ReportSummary> Workspace::summary(qint64 reportId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM reports r JOIN documents d ON d.id = r.document_id "
                             "WHERE r.id = ?")
                  .arg(QLatin1String(kSummaryColumns)));
    q.addBindValue(reportId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return summaryFrom(q);
}

qint64 Workspace::findReport(const QString &idOrName) const {
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (isNumber && summary(id))
        return id;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.id FROM reports r JOIN documents d ON d.id = r.document_id "
                             "WHERE d.file_name = ? OR d.original_path = ?"));
    q.addBindValue(idOrName);
    q.addBindValue(idOrName);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 found = q.value(0).toLongLong();
    return q.next() ? -1 : found; // ambiguous names need the id
}

std::optional<StoredReport> Workspace::loadReport(qint64 reportId, QString *error) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, r.extracted_agency, r.extracted_year, "
                             "r.extracted_edition, r.agency_source, r.edition_basis, "
                             "r.edition_mixed, r.t1, r.t2, r.t3, r.extra_cells, r.remarks "
                             "FROM reports r JOIN documents d ON d.id = r.document_id "
                             "WHERE r.id = ?")
                  .arg(QLatin1String(kSummaryColumns)));
    q.addBindValue(reportId);
    if (!q.exec() || !q.next()) {
        if (q.lastError().isValid())
            failed(q.lastError(), error);
        else if (error)
            *error = WorkspaceError::message(m_givenPath,
                                             tr("没有报告 %1 / no report %1").arg(reportId));
        return std::nullopt;
    }
    StoredReport s;
    s.summary = summaryFrom(q);
    constexpr int k = 14; // the first column after the summary's
    s.extractedAgency = q.value(k).toString();
    s.extractedYear = q.value(k + 1).toInt();
    s.extractedEdition = editionFromName(q.value(k + 2).toString()).value_or(Edition::E2021);
    s.extracted = Report::empty(s.extractedEdition);
    s.current = Report::empty(s.summary.edition);
    for (Report *r : {&s.extracted, &s.current}) {
        r->meta.agencySource = q.value(k + 3).toString();
        r->meta.editionBasis = q.value(k + 4).toString();
        r->meta.editionMixed = q.value(k + 5).toBool();
        for (int t = 0; t < 3; ++t) {
            const QString name = q.value(k + 6 + t).toString();
            r->tables[size_t(t)] = name == u"found"     ? TableState::Found
                                   : name == u"partial" ? TableState::Partial
                                                        : TableState::Missing;
        }
        r->extraCells = ReportCodec::extraCellsFromText(q.value(k + 9).toString());
        r->remarks = ReportCodec::findingsFromText(q.value(k + 10).toString());
    }
    s.extracted.meta.agency = s.extractedAgency;
    s.extracted.meta.agencyKey = AgencyKey::fromAgency(s.extractedAgency);
    s.extracted.meta.year = s.extractedYear;
    s.current.meta.agency = s.summary.agency;
    s.current.meta.agencyKey = s.summary.agencyKey;
    s.current.meta.year = s.summary.year;

    QSqlQuery c(m_db);
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT key, ext_value, ext_status, raw, note, anchor_start, "
                             "anchor_length, anchor_page, anchor_rect, value, status FROM cells "
                             "WHERE report_id = ?"));
    c.addBindValue(reportId);
    if (!c.exec()) {
        failed(c.lastError(), error);
        return std::nullopt;
    }
    const EditionSpec &extSpec = s.extracted.spec();
    const EditionSpec &curSpec = s.current.spec();
    while (c.next()) {
        const QString key = c.value(0).toString();
        Cell cell;
        cell.value = ReportCodec::valueFromSql(c.value(1));
        cell.status = cellStatusFromName(c.value(2).toString()).value_or(CellStatus::Missing);
        cell.raw = c.value(3).toString();
        cell.note = c.value(4).toString();
        cell.anchor.start = c.value(5).toInt();
        cell.anchor.length = c.value(6).toInt();
        cell.anchor.page = c.value(7).toInt();
        cell.anchor.rect = ReportCodec::rectFromText(c.value(8).toString());
        if (const int i = extSpec.indexOf(key); i >= 0)
            s.extracted.cells[i] = cell;
        cell.value = ReportCodec::valueFromSql(c.value(9));
        cell.status = cellStatusFromName(c.value(10).toString()).value_or(CellStatus::Missing);
        if (const int i = curSpec.indexOf(key); i >= 0)
            s.current.cells[i] = cell;
    }
    if (c.lastError().isValid()) { // a damaged page: no half-read report
        failed(c.lastError(), error);
        return std::nullopt;
    }
    return s;
}

std::optional<DocumentRecord> Workspace::document(qint64 documentId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, file_name, original_path, size, sha256, format, "
                             "encoding, imported_at, bytes FROM documents WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    DocumentRecord d;
    d.id = q.value(0).toLongLong();
    d.fileName = q.value(1).toString();
    d.originalPath = q.value(2).toString();
    d.size = q.value(3).toLongLong();
    d.sha256 = q.value(4).toString().toLatin1();
    d.format = q.value(5).toString();
    d.encoding = q.value(6).toString();
    d.importedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    d.bytes = q.value(8).toByteArray();
    return d;
}

QVector<ReimportConflict> Workspace::conflicts(qint64 reportId) const {
    QVector<ReimportConflict> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT key, old_value, old_status, new_value, new_status, "
                             "current_value, current_status FROM conflicts WHERE report_id = ? "
                             "AND resolved = 0 ORDER BY id"));
    q.addBindValue(reportId);
    if (!q.exec())
        return out;
    auto cellAt = [&](int v, int s) {
        Cell c;
        c.value = ReportCodec::valueFromSql(q.value(v));
        c.status = cellStatusFromName(q.value(s).toString()).value_or(CellStatus::Missing);
        return c;
    };
    while (q.next())
        out << ReimportConflict{reportId, q.value(0).toString(), cellAt(1, 2), cellAt(3, 4),
                                cellAt(5, 6)};
    return out;
}
