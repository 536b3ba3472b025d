#pragma once

#include <QStyledItemDelegate>

/**
 * Paints the marks of a value cell so that none relies on colour alone: an icon per severity
 * (✖ error, ▲ warning, ? unverifiable, the last also hatched), a corner triangle for edited
 * cells, a dashed frame for suspect cells, italics for inferred ones and a cross-hatch for
 * missing ones. Labels wrap; the editor is a plain line edit. Input the cell cannot take (letters,
 * a decimal in a count) is refused inside the editor: it stays open with the text and a message
 * under it (a QLabel named "cellEditorMessage"), instead of closing and losing what was typed.
 */
class CellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

    /// The message shown under an editor whose input was refused, nullptr when none.
    static QString refusalOf(const QModelIndex &index, const QString &text);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
