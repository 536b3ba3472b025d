#pragma once

#include <QWidget>

#include <functional>

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
    /// Approving (已通过) a report with open problems asks first, listing them.
    bool setStateOfSelection(int state);
    /// Asks whether to approve despite open problems: (question, the problems) → yes. A
    /// message box by default; tests answer it.
    using Confirm = std::function<bool(const QString &question, const QStringList &problems)>;
    void setApprovalConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    /// The width at which every agency name reads in full beside the other columns.
    int fittingWidth() const;
    /// The open problems of a report row as the auditor reads them (cell, rule, message).
    QStringList openProblemsOf(int row) const;

Q_SIGNALS:
    /// The current row changed (a model row, -1 for none).
    void currentRowChanged(int row);
    /// A failed import was selected: its error. Also refusals of state changes.
    void message(const QString &text);

private:
    void showMenu(const QPoint &at);
    void showHeaderMenu(const QPoint &at);
    void updateStateEditor();

    ReportListModel *m_model;
    ReportSortProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QComboBox *m_stateEditor;
    QTableView *m_view;
    Confirm m_confirm;
};
