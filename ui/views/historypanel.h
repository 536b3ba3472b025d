#pragma once

#include <QPointer>
#include <QWidget>

class HistoryModel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class ReportAudit;

/**
 * The edit log of the open report (newest first), filterable on every column, with "撤销此修改"
 * (revert one edit as a new, logged edit). Double-clicking an edit of a cell asks the desk to
 * show that cell.
 */
class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void setAudit(ReportAudit *audit);
    ReportAudit *audit() const;
    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    /// Reverts one edit with an optional note (no dialog). On refusal emits message() and
    /// returns false.
    bool revertEdit(qint64 editId, const QString &note);
    /// The edit of the current row, -1 when none.
    qint64 currentEditId() const;

public Q_SLOTS:
    /// Asks for an optional note, then reverts the current edit.
    void revertCurrent();

Q_SIGNALS:
    void cellRequested(int cell);
    void message(const QString &text);

private:
    void updateTitle();
    void updateActions();
    void onDoubleClicked(const QModelIndex &index);
    void showMenu(const QPoint &pos);

    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLineEdit *m_filter;
    QTableView *m_view;
    QPushButton *m_revert;
};
