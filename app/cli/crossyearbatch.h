#pragma once

#include "validate/crossyearvalidator.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QVector>

/**
 * The cross-year findings of a `check` batch: each file against the file of the same agency key
 * and the year before, when the batch holds it. The check streams its reports, so each file
 * leaves only its slice here (a few values) and the findings are written after the last report:
 * as a section of the text summary, or as one last element of the JSON array
 * (`{"cross_year": [...]}`) when the batch has any.
 */
class CrossYearBatch {
public:
    explicit CrossYearBatch(int files);
    /// Thread-safe: called by the workers.
    void add(int index, const QString &file, const Report &report);

    /// The problems, by file in argument order (computed once, on the first call).
    struct Item {
        int file = -1;
        int previousFile = -1; ///< -1 for a gap finding
        Finding finding;
        QStringList cells; ///< keys of the file's cells
    };
    const QVector<Item> &problems();
    /// True when the batch holds at least two years of one agency.
    bool hasPairs();

    QString textSection(bool zh);
    /// `{"cross_year":[{file, previous_file, agency_key, year, id, rule, severity, status,
    /// message{zh,en}, cells, expected, actual}]}`
    QByteArray jsonElement();
    int warnings();

private:
    QMutex m_mutex;
    QVector<CrossYearSlice> m_slices;
    QStringList m_files;
    QVector<Item> m_problems;
    bool m_pairs = false;
    bool m_done = false;
};
