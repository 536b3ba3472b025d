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
};

/**
 * Edits a report's agency, year and edition, showing the extracted values beside the fields so
 * that the auditor sees what the extractor found (it is kept; the change is logged).
 */
class ReportInfoDialog : public QDialog {
    Q_OBJECT
public:
    ReportInfoDialog(const ReportMeta &current, const ReportMeta &extracted,
                     QWidget *parent = nullptr);
    ReportInfo info() const;

private:
    QLineEdit *m_agency;
    QSpinBox *m_year;
    QComboBox *m_edition;
    QLineEdit *m_note;
};
