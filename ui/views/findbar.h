#pragma once

#include <QWidget>

class QLineEdit;
class QLabel;

/// The Ctrl+F bar of the document pane: a search field, next / previous, and the match count.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);
    QString text() const;
    void activate(); ///< shows the bar and focuses the field
    void setStatus(int match, int total);
    QLineEdit *field() const { return m_field; }

Q_SIGNALS:
    void findRequested(const QString &text, bool backward);

private:
    QLineEdit *m_field;
    QLabel *m_status;
};
