#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

QString UserGuideDialog::language() {
    return tr("zh", "the user guide's language: translate as the code of this translation (en)");
}

QString UserGuideDialog::markdown() {
    for (const QString &lang : {language(), QStringLiteral("zh")}) {
        QFile file(QStringLiteral(":/help/user-guide.%1.md").arg(lang));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("nianbaoUserGuide"));
    setWindowTitle(tr("用户指南"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(markdown());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 820);
}
