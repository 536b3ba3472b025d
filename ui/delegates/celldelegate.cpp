#include "celldelegate.h"

#include "model/cell.h"
#include "model/tablelayout.h"
#include "models/tablemodel.h"

#include "model/spec.h"
#include "review/cellinput.h"
#include "review/reportdocument.h"
#include "text/uilanguage.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

void CellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const int kind = index.data(TableModel::ItemKindRole).toInt();
    if (kind != GridItem::Value) {
        option->features |= QStyleOptionViewItem::WrapText;
        return;
    }
    const auto status = CellStatus(index.data(TableModel::CellStatusRole).toInt());
    if (status == CellStatus::Inferred) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, QColor(0x55, 0x60, 0x70));
    }
    if (index.data(TableModel::EditedRole).toBool())
        option->font.setBold(true);
}

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const {
    QStyledItemDelegate::paint(painter, option, index);
    if (index.data(TableModel::ItemKindRole).toInt() != GridItem::Value)
        return;
    const QRect r = option.rect.adjusted(1, 1, -1, -1);
    const auto mark = TableModel::Mark(index.data(TableModel::MarkRole).toInt());
    const auto status = CellStatus(index.data(TableModel::CellStatusRole).toInt());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (status == CellStatus::Missing)
        painter->fillRect(r, QBrush(QColor(0xa0, 0xa0, 0xa0, 90), Qt::DiagCrossPattern));
    if (mark == TableModel::Unverifiable)
        painter->fillRect(r, QBrush(QColor(0x30, 0x60, 0xa0, 60), Qt::BDiagPattern));
    if (status == CellStatus::Suspect) {
        painter->setPen(QPen(QColor(0xc0, 0x70, 0x00), 1.5, Qt::DashLine));
        painter->drawRect(r.adjusted(1, 1, -1, -1));
    }
    // Severity icon at the left edge: shape and colour both carry the meaning. Faint on the
    // other cells of a failing rule, so the likely culprit stands out.
    if (mark != TableModel::Decided && !index.data(TableModel::StrongRole).toBool())
        painter->setOpacity(0.45);
    const int s = qMin(r.height() - 6, option.fontMetrics.height() - 2);
    const QRectF icon(r.left() + 3, r.center().y() - s / 2.0, s, s);
    switch (mark) {
    case TableModel::Error: {
        painter->setPen(QPen(QColor(0xb0, 0x1c, 0x1c), 2.2, Qt::SolidLine, Qt::RoundCap));
        const QRectF x = icon.adjusted(s * 0.15, s * 0.15, -s * 0.15, -s * 0.15);
        painter->drawLine(x.topLeft(), x.bottomRight());
        painter->drawLine(x.topRight(), x.bottomLeft());
        break;
    }
    case TableModel::Warning: {
        QPainterPath tri;
        tri.moveTo(icon.center().x(), icon.top());
        tri.lineTo(icon.right(), icon.bottom());
        tri.lineTo(icon.left(), icon.bottom());
        tri.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xb0, 0x70, 0x00));
        painter->drawPath(tri);
        break;
    }
    case TableModel::Unverifiable: {
        QFont f = option.font;
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(QColor(0x20, 0x4a, 0x8a));
        painter->drawText(icon, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case TableModel::Decided: { // a quiet tick: the auditor has decided on every finding here
        painter->setPen(QPen(QColor(0x4a, 0x7a, 0x4a), 1.8, Qt::SolidLine, Qt::RoundCap));
        const QRectF t = icon.adjusted(s * 0.15, s * 0.2, -s * 0.15, -s * 0.2);
        painter->drawLine(QPointF(t.left(), t.center().y()),
                          QPointF(t.left() + t.width() * 0.4, t.bottom()));
        painter->drawLine(QPointF(t.left() + t.width() * 0.4, t.bottom()), t.topRight());
        break;
    }
    case TableModel::NoMark:
        break;
    }
    painter->setOpacity(1.0);
    // Edited: a corner triangle, as spreadsheets mark annotated cells.
    if (index.data(TableModel::EditedRole).toBool()) {
        const int t = qMax(6, r.height() / 3);
        QPainterPath corner;
        corner.moveTo(r.right() - t, r.top());
        corner.lineTo(r.right(), r.top());
        corner.lineTo(r.right(), r.top() + t);
        corner.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x1f, 0x5f, 0xbf));
        painter->drawPath(corner);
    }
    painter->restore();
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &index) const {
    auto *editor = new QLineEdit(parent);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setFrame(false);
    editor->setProperty("nianbaoIndex", QVariant::fromValue(QPersistentModelIndex(index)));
    return editor;
}

QString CellDelegate::refusalOf(const QModelIndex &index, const QString &text) {
    const auto *model = qobject_cast<const TableModel *>(index.model());
    const int cell = index.data(TableModel::CellIndexRole).toInt();
    if (!model || !model->document() || cell < 0)
        return {};
    const CellInput in = CellInput::parse(text, model->document()->spec().cell(cell).type);
    return in.ok ? QString() : UiLanguage::half(in.error);
}

bool CellDelegate::eventFilter(QObject *object, QEvent *event) {
    auto *editor = qobject_cast<QLineEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab ||
            key == Qt::Key_Backtab) {
            const auto index = editor->property("nianbaoIndex").value<QPersistentModelIndex>();
            const QString refusal = refusalOf(index, editor->text());
            auto *label = editor->parentWidget()->findChild<QLabel *>(
                QStringLiteral("cellEditorMessage"), Qt::FindDirectChildrenOnly);
            if (!refusal.isEmpty()) {
                // Kept open, text and all: the auditor corrects it or presses Esc.
                if (!label) {
                    label = new QLabel(editor->parentWidget());
                    label->setObjectName(QStringLiteral("cellEditorMessage"));
                    label->setStyleSheet(QStringLiteral(
                        "background:#fff4f4; color:#9a1010; border:1px solid #c03030; "
                        "padding:2px 4px"));
                    connect(editor, &QObject::destroyed, label, &QObject::deleteLater);
                }
                label->setText(refusal);
                label->adjustSize();
                label->move(editor->geometry().left(), editor->geometry().bottom() + 2);
                label->show();
                label->raise();
                editor->setStyleSheet(QStringLiteral("border:2px solid #c03030"));
                editor->selectAll();
                return true;
            }
            if (label)
                label->deleteLater();
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}
