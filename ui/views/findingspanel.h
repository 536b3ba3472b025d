#pragma once

#include <QWidget>

class FindingsModel;
class QLabel;
class QPushButton;
class QTreeView;

/**
 * The findings of the current report grouped by table and rule. Double-click (or Enter) selects
 * the finding's cells; "apply suggestion" makes the suggested value an ordinary, undoable edit;
 * next()/previous() walk the findings (F8 / Shift+F8).
 */
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setModel(FindingsModel *model);
    FindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// Index into ValidatedReport::findings() of the current finding, or -1.
    int currentFinding() const;

public Q_SLOTS:
    void next();
    void previous();
    void applySuggestion();

Q_SIGNALS:
    void cellsRequested(const QList<int> &cells);
    void message(const QString &text);

private:
    void step(int direction);
    void activate(const QModelIndex &index);
    void updateState();
    void spanGroups();

    FindingsModel *m_model = nullptr;
    QTreeView *m_view;
    QLabel *m_count;
    QPushButton *m_apply;
};
