#pragma once

#include <QDialog>

class QLabel;

/**
 * About the desk: version, licence (GPL-3.0-or-later, full text), the third-party components and
 * their licences, the Qt and ICU versions loaded at run time and the editions of the national
 * format the checks follow (read from the compiled-in spec).
 */
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The application's icon in every size that is compiled in (also the window icon).
    static QIcon applicationIcon();
    /// The first tab's text (rich text): version, licence, format editions, run-time versions.
    QString summary() const;

private:
    QString editionsHtml() const;
    QString runtimeHtml() const;

    QLabel *m_summary;
};
