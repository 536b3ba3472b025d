#pragma once

#include "celledit.h"
#include "model/sourcedocument.h"
#include "validate/validatedreport.h"

#include <QObject>
#include <QVector>
#include <optional>

class EditSink;
class QUndoCommand;
class QUndoStack;
struct CellTraits;
struct MetaTraits;

/// One cell's new value in a multi-cell edit (a paste).
struct CellChange {
    int cell = -1;
    std::optional<Decimal> value;
    CellStatus status = CellStatus::Edited;
};

/**
 * One open report: its source document, its validated report, the extracted original and the
 * undo stack. Every change goes through here: an undo command is pushed, the edit sink (the
 * workspace) commits it first, the validated report revalidates incrementally, and typed signals
 * tell the views exactly which cells and findings changed.
 *
 * Undo and redo must go through undo()/redo() (not the stack's own slots) so that the sink sees
 * them; the stack is exposed for its state signals (canUndo, cleanChanged, undoText).
 */
class ReportDocument : public QObject {
    Q_OBJECT
public:
    /// Takes a report that is already validated (validation can run off the UI thread).
    ReportDocument(SourceDocument source, ValidatedReport validated, QObject *parent = nullptr);
    ReportDocument(SourceDocument source, Report extracted, QObject *parent = nullptr);
    /// A report that was edited before (reopened from a workspace): `current` is what the
    /// auditor left, `original` the extraction it started from ("edited" marks, original values).
    ReportDocument(SourceDocument source, ValidatedReport current, Report original,
                   QObject *parent = nullptr);
    ~ReportDocument() override;

    const SourceDocument &source() const { return m_source; }
    const ValidatedReport &validated() const { return m_validated; }
    const Report &report() const { return m_validated.report(); }
    /// The report as extracted, before any edit: "original value" and "edited" marks.
    const Report &original() const { return m_original; }
    const EditionSpec &spec() const;
    const Cell &cell(int cell) const { return report().cells[cell]; }
    const Cell &originalCell(int cell) const { return m_original.cells[cell]; }
    /// True when the cell's value or null-status differs from what was extracted.
    bool isEdited(int cell) const;
    /// "市中区人民政府办公室 2023" or the file name when the agency is unknown.
    QString displayName() const;
    /// Counts of open problems by severity.
    int problemCount(Severity severity) const;

    /// Sets one cell (one undo step). Refused, with `error` set, for an unknown cell or when
    /// the edit sink refuses. Typing a cell's extracted value back restores the extracted cell.
    /// `note` (the auditor's reason) travels with the edit to the sink.
    bool setCellValue(int cell, std::optional<Decimal> value, CellStatus status,
                      EditOrigin origin = EditOrigin::Typed, QString *error = nullptr,
                      const QString &note = {});
    /// Sets several cells as one undo step (paste). Cells whose value does not change are
    /// skipped. The sink commits them together: if it refuses, no cell changes.
    bool setCellValues(const QVector<CellChange> &changes, EditOrigin origin,
                       QString *error = nullptr, const QString &note = {});
    /// "确认读数": the suspect cells among `cells` keep their value and become read, as one
    /// logged, undoable action (origin Accept). Refused when none of them is suspect.
    bool acceptCells(const QVector<int> &cells, QString *error = nullptr, const QString &note = {});
    /// Applies the suggestion of findings()[findingIndex] as an ordinary, undoable edit.
    bool applySuggestion(int findingIndex, QString *error = nullptr);
    /// Edits agency/year (undoable; not yet seen by the edit sink, which only knows cells).
    bool setMeta(const ReportMeta &meta, QString *error = nullptr);

    /// Replaces the report's findings against the same agency's other years (computed by the
    /// workspace, which knows the other years): not an edit, nothing is committed or undone.
    void setCrossYearFindings(const QVector<Finding> &findings);

    bool undo(QString *error = nullptr);
    bool redo(QString *error = nullptr);
    QUndoStack *undoStack() const { return m_stack; }
    bool isModified() const;
    void setClean();

    /// Where edits are committed before they are applied; nullptr keeps them in memory only.
    void setEditSink(EditSink *sink) { m_sink = sink; }
    EditSink *editSink() const { return m_sink; }

Q_SIGNALS:
    void cellsAboutToChange(const QVector<int> &cells);
    void cellsChanged(const QVector<int> &cells); ///< edited cells and cells whose findings changed
    void findingsAboutToChange();
    void findingsChanged(const ValidationDelta &delta);
    void metaAboutToChange();
    void metaChanged();
    void modifiedChanged(bool modified);
    /// A whole user action (an edit, a paste, an undo or a redo) was committed and applied:
    /// every cellsChanged/findingsChanged of it has been emitted.
    void actionApplied();

private:
    friend struct CellTraits;
    friend struct MetaTraits;
    void applyCell(int cell, const Cell &value);
    void applyMeta(const ReportMeta &meta);
    std::optional<Cell> changedCell(const CellChange &change) const;
    bool commitAll(const QVector<CellEdit> &edits, QString *error);
    QVector<CellEdit> editsOf(const QUndoCommand *command, bool undo) const;

    SourceDocument m_source;
    Report m_original;
    ValidatedReport m_validated;
    QUndoStack *m_stack = nullptr;
    EditSink *m_sink = nullptr;
};
