#include "reportdocument.h"

#include "changecommand_p.h"
#include "editsink.h"
#include "model/spec.h"
#include "validate/cellnames.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <algorithm>

QString CellTraits::text(const ReportDocument *doc, int cell) {
    // The printed names, never the cell key: the undo text is shown in the Edit menu.
    return QCoreApplication::translate("ReportDocument", "修改 %1")
        .arg(CellNames::forEdition(doc->spec().edition).cellZh(cell));
}

QVector<CellEdit> CellTraits::edits(const ReportDocument *doc, int cell, const Cell &before,
                                    const Cell &after, EditOrigin origin) {
    CellEdit e;
    e.cell = cell;
    e.key = doc->spec().cell(cell).key;
    e.before = before;
    e.after = after;
    e.origin = origin;
    return {e};
}

QString MetaTraits::text(const ReportDocument *, int) {
    return QCoreApplication::translate("ReportDocument", "修改报告信息");
}

ReportDocument::ReportDocument(SourceDocument source, ValidatedReport validated, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_original(validated.report())
    , m_validated(std::move(validated))
    , m_stack(new QUndoStack(this)) {
    connect(m_stack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ReportDocument::ReportDocument(SourceDocument source, Report extracted, QObject *parent)
    : ReportDocument(std::move(source), ValidatedReport(std::move(extracted)), parent) {}

ReportDocument::ReportDocument(SourceDocument source, ValidatedReport current, Report original,
                               QObject *parent)
    : ReportDocument(std::move(source), std::move(current), parent) {
    m_original = std::move(original);
}

ReportDocument::~ReportDocument() = default;

const EditionSpec &ReportDocument::spec() const {
    return Spec::instance().edition(report().meta.edition);
}

bool ReportDocument::isEdited(int cell) const {
    const Cell &now = this->cell(cell);
    const Cell &was = originalCell(cell);
    if (now.value != was.value)
        return true;
    return !now.value && now.status != was.status;
}

QString ReportDocument::displayName() const {
    const ReportMeta &meta = report().meta;
    if (meta.agency.isEmpty())
        return m_source.fileName;
    return meta.year > 0 ? QStringLiteral("%1 %2").arg(meta.agency).arg(meta.year) : meta.agency;
}

int ReportDocument::problemCount(Severity severity) const {
    int n = 0;
    for (const Finding &f : m_validated.findings())
        if (f.isProblem() && f.severity == severity)
            ++n;
    return n;
}

std::optional<Cell> ReportDocument::changedCell(const CellChange &change) const {
    const Cell &before = cell(change.cell);
    const Cell &was = originalCell(change.cell);
    // Typing the extracted value back restores the extracted cell, provenance and all.
    if (change.value == was.value && (change.value || change.status == was.status))
        return before == was ? std::nullopt : std::optional<Cell>(was);
    Cell after = before;
    after.value = change.value;
    after.status = change.status;
    if (after == before)
        return std::nullopt;
    return after;
}

bool ReportDocument::commitAll(const QVector<CellEdit> &edits, QString *error) {
    if (!m_sink || edits.isEmpty())
        return true;
    // The sink sees the whole action and its outcome at once: one transaction, all or none.
    ValidatedReport after = m_validated;
    for (const CellEdit &e : edits)
        after.setCell(e.cell, e.after);
    QString sinkError;
    if (m_sink->commitEdits(edits, m_validated, after, &sinkError))
        return true;
    if (error)
        *error = sinkError.isEmpty() ? tr("修改未能保存 / the edit could not be saved") : sinkError;
    return false;
}

bool ReportDocument::setCellValue(int cell, std::optional<Decimal> value, CellStatus status,
                                  EditOrigin origin, QString *error, const QString &note) {
    return setCellValues({CellChange{cell, value, status}}, origin, error, note);
}

bool ReportDocument::setCellValues(const QVector<CellChange> &changes, EditOrigin origin,
                                   QString *error, const QString &note) {
    QVector<CellEdit> edits;
    for (const CellChange &c : changes) {
        if (c.cell < 0 || c.cell >= spec().cellCount()) {
            if (error)
                *error = tr("未知单元格 %1 / unknown cell %1").arg(c.cell);
            return false;
        }
        if (const std::optional<Cell> after = changedCell(c)) {
            edits += CellTraits::edits(this, c.cell, cell(c.cell), *after, origin);
            // A later change of the same cell in one paste sees this one as "before".
            if (std::count_if(changes.begin(), changes.end(),
                              [&](const CellChange &o) { return o.cell == c.cell; }) > 1) {
                if (error)
                    *error = tr("同一单元格出现两次 / the same cell appears twice");
                return false;
            }
        }
    }
    if (edits.isEmpty())
        return true;
    for (CellEdit &e : edits)
        e.note = note;
    if (!commitAll(edits, error))
        return false; // nothing was stored, so nothing is shown
    if (edits.size() == 1) {
        const CellEdit &e = edits.first();
        m_stack->push(new CellCommand(this, e.cell, e.before, e.after, origin));
    } else {
        auto *parent = new QUndoCommand(tr("粘贴 %n 个单元格", nullptr, int(edits.size())));
        for (const CellEdit &e : edits)
            new CellCommand(this, e.cell, e.before, e.after, origin, parent);
        m_stack->push(parent);
    }
    Q_EMIT actionApplied();
    return true;
}

bool ReportDocument::acceptCells(const QVector<int> &cells, QString *error, const QString &note) {
    QVector<CellEdit> edits;
    for (int c : cells) {
        if (c < 0 || c >= spec().cellCount()) {
            if (error)
                *error = tr("未知单元格 %1 / unknown cell %1").arg(c);
            return false;
        }
        if (cell(c).status != CellStatus::Suspect ||
            std::any_of(edits.cbegin(), edits.cend(),
                        [c](const CellEdit &e) { return e.cell == c; }))
            continue;
        Cell after = cell(c);
        after.status = CellStatus::Read; // the value as read, now vouched for by the auditor
        edits += CellTraits::edits(this, c, cell(c), after, EditOrigin::Accept);
    }
    if (edits.isEmpty()) {
        if (error)
            *error = tr("所选单元格中没有存疑的读数 / no suspect value among the selected cells");
        return false;
    }
    for (CellEdit &e : edits)
        e.note = note;
    if (!commitAll(edits, error))
        return false;
    auto *parent = new QUndoCommand(tr("确认读数 %n 个单元格", nullptr, int(edits.size())));
    for (const CellEdit &e : edits)
        new CellCommand(this, e.cell, e.before, e.after, EditOrigin::Accept, parent);
    m_stack->push(parent);
    Q_EMIT actionApplied();
    return true;
}

bool ReportDocument::applySuggestion(int findingIndex, QString *error) {
    const QVector<Finding> &findings = m_validated.findings();
    if (findingIndex < 0 || findingIndex >= findings.size() || !findings[findingIndex].suggestion) {
        if (error)
            *error = tr("此问题没有建议值 / this finding has no suggested value");
        return false;
    }
    const Suggestion s = *findings[findingIndex].suggestion;
    return setCellValue(s.cell, s.value, CellStatus::Edited, EditOrigin::Suggestion, error);
}

bool ReportDocument::setMeta(const ReportMeta &meta, QString *) {
    if (MetaTraits::same(meta, report().meta))
        return true;
    m_stack->push(new MetaCommand(this, 0, report().meta, meta, EditOrigin::Typed));
    return true;
}

QVector<CellEdit> ReportDocument::editsOf(const QUndoCommand *command, bool undo) const {
    QVector<CellEdit> out;
    if (const auto *edit = dynamic_cast<const EditCommand *>(command))
        out += edit->edits(undo);
    const int n = command->childCount();
    for (int i = 0; i < n; ++i) // children are undone in reverse order
        out += editsOf(command->child(undo ? n - 1 - i : i), undo);
    return out;
}

bool ReportDocument::undo(QString *error) {
    if (!m_stack->canUndo())
        return false;
    if (!commitAll(editsOf(m_stack->command(m_stack->index() - 1), true), error))
        return false;
    m_stack->undo();
    Q_EMIT actionApplied();
    return true;
}

bool ReportDocument::redo(QString *error) {
    if (!m_stack->canRedo())
        return false;
    if (!commitAll(editsOf(m_stack->command(m_stack->index()), false), error))
        return false;
    m_stack->redo();
    Q_EMIT actionApplied();
    return true;
}

bool ReportDocument::isModified() const {
    return !m_stack->isClean();
}

void ReportDocument::setClean() {
    m_stack->setClean();
}

void ReportDocument::applyCell(int cell, const Cell &value) {
    Q_EMIT cellsAboutToChange({cell});
    Q_EMIT findingsAboutToChange();
    const ValidationDelta delta = m_validated.setCell(cell, value);
    QVector<int> cells = delta.cells;
    if (!std::binary_search(cells.begin(), cells.end(), cell))
        cells.insert(std::lower_bound(cells.begin(), cells.end(), cell), cell);
    Q_EMIT cellsChanged(cells);
    Q_EMIT findingsChanged(delta);
}

void ReportDocument::setCrossYearFindings(const QVector<Finding> &findings) {
    const QVector<Finding> old = m_validated.crossYear();
    QVector<Finding> placed = findings; // as stored: instance = index in findings()
    const int base = int(m_validated.findings().size() - old.size());
    for (int i = 0; i < placed.size(); ++i)
        placed[i].instance = base + i;
    if (old == placed)
        return;
    Q_EMIT findingsAboutToChange();
    const ValidationDelta delta = m_validated.setCrossYear(findings);
    if (!delta.cells.isEmpty())
        Q_EMIT cellsChanged(delta.cells);
    Q_EMIT findingsChanged(delta);
}

void ReportDocument::applyMeta(const ReportMeta &meta) {
    Q_EMIT metaAboutToChange();
    m_validated.setMeta(meta);
    Q_EMIT metaChanged();
}
