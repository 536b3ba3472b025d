#pragma once

#include "cell.h"
#include "edition.h"
#include "finding.h"

#include <QHash>
#include <QString>
#include <QVector>
#include <array>

struct EditionSpec;

enum class TableState { Found, Partial, Missing };
QString tableStateName(TableState state); ///< "found", "partial", "missing"

struct ReportMeta {
    QString agency;
    QString
        agencySource;  ///< where the agency came from ("title", "heading", …), empty if not found
    QString agencyKey; ///< groups one agency's reports across years (AgencyKey::fromAgency)
    int year = 0;      ///< 0 when not found
    Edition edition = Edition::E2021;
    QString editionBasis;      ///< why: "labels", "year", "labels+year", "default"
    bool editionMixed = false; ///< the tables' own signals disagree (spec: record "mixed")
};

/**
 * The extracted content of one annual report: metadata and one Cell per key of its edition.
 *
 * `cells` is indexed like EditionSpec::cells of `meta.edition` and always has cellCount()
 * entries. `extraCells` holds values the report prints under keys that are not cells of its
 * edition (a derived subtotal such as the 2021 （六） printed as a single row).
 * `remarks` are the extractor's findings (status Fail or Unverifiable, rule "EXTRACT_…"); the
 * validator reports them beside the rule findings.
 */
struct Report {
    ReportMeta meta;
    QVector<Cell> cells;
    std::array<TableState, 3> tables{TableState::Missing, TableState::Missing, TableState::Missing};
    QHash<QString, Cell> extraCells;
    QVector<Finding> remarks;

    /// A report of the given edition with every cell Missing.
    static Report empty(Edition edition);
    const EditionSpec &spec() const;
    const Cell &cell(const QString &key) const; ///< asserts the key exists in the edition
    Cell &cell(const QString &key);
};
