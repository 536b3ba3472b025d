#pragma once

#include <QStyledItemDelegate>

/**
 * Paints the marks of a value cell so that none relies on colour alone: an icon per severity
 * (✖ error, ▲ warning, ? unverifiable, the last also hatched), a corner triangle for edited
 * cells, a dashed frame for suspect cells, italics for inferred ones and a cross-hatch for
 * missing ones. Labels wrap; the editor is a plain line edit (the model checks the input).
 */
class CellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
