#include "exportset.h"

#include "spec.h"

Cell ExportReport::original(int cell) const {
    const EditionSpec &spec = current.spec();
    if (cell < 0 || cell >= spec.cellCount())
        return Cell{};
    const int e = extracted.spec().indexOf(spec.cell(cell).key);
    return e >= 0 && e < extracted.cells.size() ? extracted.cells[e] : Cell{};
}

bool ExportReport::isEdited(int cell) const {
    if (cell < 0 || cell >= current.cells.size())
        return false;
    const Cell o = original(cell);
    const Cell &c = current.cells[cell];
    return o.value != c.value || o.status != c.status;
}

const ExportEdit *ExportReport::lastEdit(const QString &key) const {
    for (auto it = edits.crbegin(); it != edits.crend(); ++it)
        if (it->key == key)
            return &*it;
    return nullptr;
}
