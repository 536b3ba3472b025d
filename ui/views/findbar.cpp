#include "findbar.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_field->setPlaceholderText(tr("在原文中查找"));
    m_field->setClearButtonEnabled(true);
    layout->addWidget(m_field, 1);
    auto button = [&](const QString &text, const QString &tip, bool backward) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this,
                [this, backward] { Q_EMIT findRequested(m_field->text(), backward); });
        layout->addWidget(b);
    };
    button(QStringLiteral("▲"), tr("上一个 (Shift+Enter)"), true);
    button(QStringLiteral("▼"), tr("下一个 (Enter)"), false);
    layout->addWidget(m_status);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("关闭 (Esc)"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(close);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        Q_EMIT findRequested(m_field->text(),
                             QGuiApplication::keyboardModifiers() & Qt::ShiftModifier);
    });
    connect(m_field, &QLineEdit::textChanged, this,
            [this](const QString &t) { Q_EMIT findRequested(t, false); });
    hide();
}

QString FindBar::text() const {
    return m_field->text();
}

void FindBar::activate() {
    show();
    m_field->setFocus();
    m_field->selectAll();
}

void FindBar::setStatus(int match, int total) {
    m_status->setText(total == 0 ? (m_field->text().isEmpty() ? QString() : tr("无结果"))
                                 : tr("%1 / %2").arg(match).arg(total));
}
