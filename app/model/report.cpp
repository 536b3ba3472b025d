#include "report.h"

#include "spec.h"

QString tableStateName(TableState state) {
    switch (state) {
    case TableState::Found:
        return QStringLiteral("found");
    case TableState::Partial:
        return QStringLiteral("partial");
    case TableState::Missing:
        break;
    }
    return QStringLiteral("missing");
}

Report Report::empty(Edition edition) {
    Report r;
    r.meta.edition = edition;
    r.cells.resize(Spec::instance().edition(edition).cellCount());
    return r;
}

const EditionSpec &Report::spec() const {
    return Spec::instance().edition(meta.edition);
}

const Cell &Report::cell(const QString &key) const {
    const int idx = spec().indexOf(key);
    Q_ASSERT_X(idx >= 0, "Report::cell", qPrintable(key));
    return cells[idx];
}

Cell &Report::cell(const QString &key) {
    const int idx = spec().indexOf(key);
    Q_ASSERT_X(idx >= 0, "Report::cell", qPrintable(key));
    return cells[idx];
}
