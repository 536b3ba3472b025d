#pragma once

#include "model/edition.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;
struct ReportMeta;

/// What the auditor says a report's metadata is.
struct ReportInfo {
    QString agency;
    int year = 0;
    Edition edition = Edition::E2021;
    QString note; ///< why (logged with each change)
    /// The auditor's agency key (groups the agency's years in charts and cross-year checks);
    /// empty: the key follows the agency name. Last, so {agency, year, edition, note} still reads.
    QString agencyKey;
};

/**
 * Edits a report's agency, agency key, year and edition, showing the extracted values beside the
 * fields so that the auditor sees what the extractor found (it is kept; the change is logged).
 */
class ReportInfoDialog : public QDialog {
    Q_OBJECT
public:
    ReportInfoDialog(const ReportMeta &current, const ReportMeta &extracted,
                     QWidget *parent = nullptr);
    ReportInfo info() const;
    /// Shows the agency key field: the override (empty when none) and the key the agency name
    /// gives (shown as the placeholder).
    void setAgencyKey(const QString &override, const QString &automatic);
    QLineEdit *agencyKeyEdit() const { return m_agencyKey; }

private:
    QLineEdit *m_agency;
    QLineEdit *m_agencyKey;
    QSpinBox *m_year;
    QComboBox *m_edition;
    QLineEdit *m_note;
};
