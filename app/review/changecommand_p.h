#pragma once

// Private to the review layer: the undo commands of ReportDocument.

#include "celledit.h"
#include "reportdocument.h"

#include <QUndoCommand>

/// Commands that carry cell edits (so undo/redo can be committed to the edit sink first).
class EditCommand : public QUndoCommand {
public:
    using QUndoCommand::QUndoCommand;
    virtual QVector<CellEdit> edits(bool undo) const = 0;
};

enum MergeId { CellMergeId = 0x4e420001, MetaMergeId = 0x4e420002 };

/// "Change one value": Traits says what the value is, how to apply it and when edits merge.
template <typename Traits> class ChangeCommand : public EditCommand {
public:
    using Key = typename Traits::Key;
    using Value = typename Traits::Value;

    ChangeCommand(ReportDocument *doc, Key key, Value before, Value after, EditOrigin origin,
                  QUndoCommand *parent = nullptr)
        : EditCommand(parent)
        , m_doc(doc)
        , m_key(key)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_origin(origin) {
        setText(Traits::text(doc, key));
    }

    void redo() override { Traits::apply(m_doc, m_key, m_after); }
    void undo() override { Traits::apply(m_doc, m_key, m_before); }
    int id() const override { return Traits::mergeId; }

    /// Consecutive typed edits of the same cell are one undo step; typing the old value back
    /// makes the step obsolete so the stack drops it.
    bool mergeWith(const QUndoCommand *other) override {
        const auto *o = static_cast<const ChangeCommand *>(other);
        if (o->m_key != m_key || !Traits::mergeable(m_origin) || !Traits::mergeable(o->m_origin))
            return false;
        m_after = o->m_after;
        setObsolete(Traits::same(m_before, m_after));
        return true;
    }

    QVector<CellEdit> edits(bool undo) const override {
        return Traits::edits(m_doc, m_key, undo ? m_after : m_before, undo ? m_before : m_after,
                             undo ? EditOrigin::Undo : EditOrigin::Redo);
    }

private:
    ReportDocument *m_doc;
    Key m_key;
    Value m_before;
    Value m_after;
    EditOrigin m_origin;
};

struct CellTraits {
    using Key = int;
    using Value = Cell;
    static constexpr int mergeId = CellMergeId;
    static bool mergeable(EditOrigin origin) { return origin == EditOrigin::Typed; }
    static bool same(const Cell &a, const Cell &b) { return a == b; }
    static void apply(ReportDocument *doc, int cell, const Cell &value) {
        doc->applyCell(cell, value);
    }
    static QString text(const ReportDocument *doc, int cell);
    static QVector<CellEdit> edits(const ReportDocument *doc, int cell, const Cell &before,
                                   const Cell &after, EditOrigin origin);
};

struct MetaTraits {
    using Key = int; // one metadata record per report
    using Value = ReportMeta;
    static constexpr int mergeId = MetaMergeId;
    static bool mergeable(EditOrigin origin) { return origin == EditOrigin::Typed; }
    static bool same(const ReportMeta &a, const ReportMeta &b) {
        return a.agency == b.agency && a.year == b.year;
    }
    static void apply(ReportDocument *doc, int, const ReportMeta &meta) { doc->applyMeta(meta); }
    static QString text(const ReportDocument *doc, int);
    static QVector<CellEdit> edits(const ReportDocument *, int, const ReportMeta &,
                                   const ReportMeta &, EditOrigin) {
        return {};
    }
};

using CellCommand = ChangeCommand<CellTraits>;
using MetaCommand = ChangeCommand<MetaTraits>;
