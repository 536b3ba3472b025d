#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;
class ReportDocument;
class ReportListModel;
class ReportSortProxy;

/// The list of open reports: a filter field over a sortable table (pinyin order for agencies).
class ReportListPanel : public QWidget {
    Q_OBJECT
public:
    ReportListPanel(ReportListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ReportSortProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    ReportDocument *currentDocument() const;
    void setCurrentDocument(const ReportDocument *document);

Q_SIGNALS:
    void currentDocumentChanged(ReportDocument *document);
    /// A failed import was selected: its error.
    void failureSelected(const QString &error);

private:
    ReportListModel *m_model;
    ReportSortProxy *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
};
