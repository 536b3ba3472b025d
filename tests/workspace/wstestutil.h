#pragma once

#include "model/spec.h"
#include "workspace/workspace.h"
#include "workspace/workspaceimporter.h"

#include <QCryptographicHash>
#include <QFile>

namespace wstest {

/// A hand-built 2021 report: every cell read with value (index % 7), some special cells.
inline Report sampleReport(const QString &agency, int year, int seed = 0) {
    Report r = Report::empty(Edition::E2021);
    r.meta.agency = agency;
    r.meta.agencySource = QStringLiteral("title");
    r.meta.year = year;
    r.meta.editionBasis = QStringLiteral("labels+year");
    r.tables = {TableState::Found, TableState::Partial, TableState::Found};
    const EditionSpec &spec = r.spec();
    for (int i = 0; i < spec.cellCount(); ++i) {
        Cell &c = r.cells[i];
        c.value = Decimal::fromInteger((i + seed) % 7);
        c.status = CellStatus::Read;
        c.raw = c.value->toString();
        c.anchor.start = 100 + i * 3;
        c.anchor.length = int(c.raw.size());
    }
    return r;
}

inline QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QByteArray fileHash(const QString &path) {
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

} // namespace wstest
