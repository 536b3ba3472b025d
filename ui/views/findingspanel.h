#pragma once

#include <QWidget>

#include "workspace/workspacetypes.h"

class FindingsModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

/**
 * The findings of the current report grouped by table and rule. Double-click (or Enter) selects
 * the finding's cells; "apply suggestion" makes the suggested value an ordinary, undoable edit;
 * next()/previous() walk the findings (F8 / Shift+F8) that the decision filter shows.
 *
 * For a workspace report the auditor records a decision on the selected findings: confirm
 * (the published report is wrong), dismiss (needs a note: typed in the note field, or asked
 * for), reopen. The filter shows all findings, the open ones, or those with one decision (the
 * "fixed" ones are mostly no longer problems: they are listed in the last group).
 */
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setModel(FindingsModel *model);
    FindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *noteEdit() const { return m_note; }
    QComboBox *decisionFilter() const { return m_filter; }
    QPushButton *acceptButton() const { return m_accept; }
    /// Index into ValidatedReport::findings() of the current finding, or -1.
    int currentFinding() const;
    /// Stable ids of the selected findings (the current one when none is selected).
    QStringList selectedFindingIds() const;
    /// Shows every finding (-1) or only those whose decision is int(Decision).
    void setDecisionFilter(int decision);
    /// Records `decision` with `note` on the selected findings; false (and message()) if refused.
    bool decide(Decision decision, const QString &note);

public Q_SLOTS:
    void next();
    void previous();
    void applySuggestion();
    /// 确认读数 on the suspect cells of the current finding (a suspect row).
    void acceptReading();
    void confirm(); ///< with the note field's text (optional)
    void dismiss(); ///< with the note field's text, or a note asked for; none given: nothing
    void reopen();

Q_SIGNALS:
    void cellsRequested(const QList<int> &cells);
    /// A finding became current (clicked, arrowed to): its cells should be shown, the focus
    /// stays in the list.
    void cellsShown(const QList<int> &cells);
    void message(const QString &text);

private:
    void step(int direction);
    void activate(const QModelIndex &index);
    void updateState();
    void spanGroups();
    void applyFilter();
    bool accepts(const QModelIndex &row) const;
    QVector<int> suspectCells() const; ///< the current finding's suspect cells

    FindingsModel *m_model = nullptr;
    QTreeView *m_view;
    QLabel *m_count;
    QComboBox *m_filter;
    QLineEdit *m_note;
    QPushButton *m_apply;
    QPushButton *m_accept;
    QPushButton *m_confirm;
    QPushButton *m_dismiss;
    QPushButton *m_reopen;
};
