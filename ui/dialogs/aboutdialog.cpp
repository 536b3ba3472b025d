#include "aboutdialog.h"

#include "import/unicodetext.h"
#include "model/spec.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QByteArray resource(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QIcon AboutDialog::applicationIcon() {
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/nianbao-%1.png").arg(size), QSize(size, size));
    return icon;
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this)) {
    setObjectName(QStringLiteral("nianbaoAboutDialog"));
    setWindowTitle(tr("关于年报审核台"));

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setOpenExternalLinks(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p><h4>%5</h4>%6<h4>%7</h4>%8")
            .arg(tr("年报审核台 Nianbao"),
                 tr("版本 %1").arg(QCoreApplication::applicationVersion().isEmpty()
                                       ? QStringLiteral(NIANBAO_VERSION)
                                       : QCoreApplication::applicationVersion()),
                 tr("审核、更正并校验政府信息公开工作年度报告：原文与三张统计表并排，"
                    "每个不一致的单元格即时标出，每次修改和决定都记入工作区。"),
                 tr("许可证：GPL-3.0-or-later（GNU 通用公共许可证第 3 版或任何更新版本）。"
                    "本程序为自由软件，不提供任何担保。许可证全文和第三方组件见其他两页。"),
                 tr("依据的格式"), editionsHtml(), tr("运行环境"), runtimeHtml()));
    auto *about = new QWidget(this);
    auto *aboutLayout = new QHBoxLayout(about);
    aboutLayout->addWidget(icon);
    aboutLayout->addWidget(m_summary, 1);

    auto *licence =
        new QPlainTextEdit(QString::fromUtf8(resource(QStringLiteral(":/legal/LICENSE"))), this);
    licence->setReadOnly(true);
    licence->setLineWrapMode(QPlainTextEdit::NoWrap);
    licence->setObjectName(QStringLiteral("nianbaoLicence"));
    auto *thirdParty = new QTextBrowser(this);
    thirdParty->setOpenExternalLinks(true);
    thirdParty->setMarkdown(QString::fromUtf8(resource(QStringLiteral(":/legal/THIRD-PARTY.md"))));
    thirdParty->setObjectName(QStringLiteral("nianbaoThirdParty"));

    auto *tabs = new QTabWidget(this);
    tabs->addTab(about, tr("关于"));
    tabs->addTab(licence, tr("许可证"));
    tabs->addTab(thirdParty, tr("第三方组件"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("关于 Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(760, 580);
}

QString AboutDialog::summary() const {
    return m_summary->text();
}

QString AboutDialog::editionsHtml() const {
    // From the compiled-in spec, so the box names exactly the editions the checks implement.
    QString items;
    for (Edition e : {Edition::E2019, Edition::E2021}) {
        const EditionSpec &ed = Spec::instance().edition(e);
        items += QStringLiteral("<li>%1</li>")
                     .arg(tr("%1 版：%2，%3")
                              .arg(editionName(e), ed.formatTitle.toHtmlEscaped(),
                                   ed.docNumber.toHtmlEscaped()));
    }
    return QStringLiteral("<ul>%1</ul>").arg(items);
}

QString AboutDialog::runtimeHtml() const {
    const QString qt = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li></ul>")
        .arg(qt == built ? tr("Qt %1").arg(qt) : tr("Qt %1（编译时 %2）").arg(qt, built),
             tr("ICU %1").arg(UnicodeText::icuVersion()),
             tr("%1（%2）")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture())
                 .toHtmlEscaped());
}
