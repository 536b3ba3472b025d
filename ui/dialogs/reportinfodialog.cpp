#include "reportinfodialog.h"

#include "model/report.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

ReportInfoDialog::ReportInfoDialog(const ReportMeta &current, const ReportMeta &extracted,
                                   QWidget *parent)
    : QDialog(parent)
    , m_agency(new QLineEdit(current.agency, this))
    , m_agencyKey(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_edition(new QComboBox(this))
    , m_note(new QLineEdit(this)) {
    setWindowTitle(tr("报告信息"));
    auto *form = new QFormLayout(this);
    auto extractedText = [this](const QString &value) {
        auto *label = new QLabel(
            tr("提取值：%1").arg(value.isEmpty() ? tr("（未识别）") : value.toHtmlEscaped()), this);
        label->setStyleSheet(QStringLiteral("color:#666"));
        return label;
    };
    m_agency->setMinimumWidth(360);
    form->addRow(tr("机关"), m_agency);
    form->addRow(QString(), extractedText(extracted.agency));
    m_agencyKey->setToolTip(
        tr("同一机关各年度的报告按机关键归并（图表、跨年度核对）。留空则由机关名称得出；"
           "机关改名或简称不同时在此填写同一个键。"));
    form->addRow(tr("机关键"), m_agencyKey);
    m_agencyKey->setPlaceholderText(current.agencyKey);
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("（未知）")); // 0: the year was not found
    m_year->setValue(current.year);
    form->addRow(tr("年度"), m_year);
    form->addRow(QString(),
                 extractedText(extracted.year > 0 ? QString::number(extracted.year) : QString()));
    for (Edition e : {Edition::E2019, Edition::E2021})
        m_edition->addItem(tr("%1 版格式").arg(editionName(e)), editionName(e));
    m_edition->setCurrentIndex(m_edition->findData(editionName(current.edition)));
    form->addRow(tr("格式"), m_edition);
    form->addRow(QString(), extractedText(editionName(extracted.edition)));
    m_note->setPlaceholderText(tr("修改理由（记入修改记录）"));
    form->addRow(tr("说明"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void ReportInfoDialog::setAgencyKey(const QString &override, const QString &automatic) {
    m_agencyKey->setText(override);
    m_agencyKey->setPlaceholderText(tr("自动：%1").arg(automatic));
}

ReportInfo ReportInfoDialog::info() const {
    ReportInfo out;
    out.agency = m_agency->text().trimmed();
    out.year = m_year->value();
    out.agencyKey = m_agencyKey->text().trimmed();
    out.edition = editionFromName(m_edition->currentData().toString()).value_or(Edition::E2021);
    out.note = m_note->text().trimmed();
    return out;
}
