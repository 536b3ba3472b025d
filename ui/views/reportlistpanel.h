#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class ReportDocument;
class ReportListModel;
class ReportSortProxy;

/**
 * The list of the workspace's reports: a text filter and a review-state filter over a sortable
 * table (pinyin order for agencies), and the review state of the current report, settable from
 * the combo below the list or the rows' context menu.
 */
class ReportListPanel : public QWidget {
    Q_OBJECT
public:
    ReportListPanel(ReportListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ReportSortProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QComboBox *stateEditor() const { return m_stateEditor; }
    /// Row in the model of the current report, -1 if none.
    int currentRow() const;
    ReportDocument *currentDocument() const;
    void setCurrentRow(int row);
    void setCurrentDocument(const ReportDocument *document);
    /// Sets the review state of the selected reports; false (and message()) when refused.
    bool setStateOfSelection(int state);

Q_SIGNALS:
    /// The current row changed (a model row, -1 for none).
    void currentRowChanged(int row);
    /// A failed import was selected: its error. Also refusals of state changes.
    void message(const QString &text);

private:
    void showMenu(const QPoint &at);
    void updateStateEditor();

    ReportListModel *m_model;
    ReportSortProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QComboBox *m_stateEditor;
    QTableView *m_view;
};
