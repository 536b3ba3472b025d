#include "acrossyearsmodel.h"

#include "chartbuilder.h"
#include "model/spec.h"
#include "validate/cellnames.h"
#include "validate/crossyearvalidator.h"
#include "workspace/workspace.h"

#include <QBrush>
#include <QColor>
#include <QFont>

AcrossYearsModel::AcrossYearsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AcrossYearsModel::setReports(const Workspace *workspace,
                                  const QVector<std::pair<int, qint64>> &years) {
    m_workspace = workspace;
    m_years = years;
    reload();
}

void AcrossYearsModel::setRows(Rows rows) {
    if (rows == m_rowsKind)
        return;
    beginResetModel(); // a different table: every row changes
    m_rowsKind = rows;
    buildRows();
    endResetModel();
}

void AcrossYearsModel::reload() {
    beginResetModel();
    m_columns.clear();
    m_firstYear = m_years.isEmpty() ? 0 : m_years.first().first;
    if (m_workspace && !m_years.isEmpty()) {
        const int last = m_years.last().first;
        m_columns.resize(last - m_firstYear + 1);
        for (const auto &[year, id] : std::as_const(m_years)) {
            Year &y = m_columns[year - m_firstYear];
            const auto stored = m_workspace->loadReport(id, nullptr);
            if (!stored)
                continue;
            y.reportId = id;
            y.report = stored->current;
            y.report.meta.agencyKey = stored->summary.agencyKey;
            y.fileName = stored->summary.fileName;
        }
        // Cross-year problems between consecutive years, on both sides of each pair.
        QVector<const Report *> reports;
        QVector<int> columnOf;
        for (int c = 0; c < m_columns.size(); ++c)
            if (m_columns[c].reportId >= 0) {
                reports << &m_columns[c].report;
                columnOf << c;
            }
        const bool zh = ChartBuilder::chineseUi();
        for (const CrossYearFinding &x : CrossYearValidator::problems(reports)) {
            const QString text = zh ? x.finding.zh : x.finding.en;
            for (const QString &k : x.currentKeys)
                m_columns[columnOf[x.current]].crossYear.insert(k, text);
            for (const QString &k : x.previousKeys)
                m_columns[columnOf[x.previous]].crossYear.insert(k, text);
        }
    }
    buildRows();
    endResetModel();
}

void AcrossYearsModel::buildRows() {
    m_keys.clear();
    m_labels.clear();
    const int table = m_rowsKind == Rows::Table1 ? 1 : m_rowsKind == Rows::Table3 ? 3 : 2;
    QVector<Edition> editions;
    for (int c = int(m_columns.size()) - 1; c >= 0; --c) // the latest edition's order first
        if (m_columns[c].reportId >= 0 && !editions.contains(m_columns[c].report.meta.edition))
            editions << m_columns[c].report.meta.edition;
    if (editions.isEmpty())
        editions << Edition::E2021;
    const bool zh = ChartBuilder::chineseUi();
    for (Edition e : std::as_const(editions)) {
        const EditionSpec &spec = Spec::instance().edition(e);
        const CellNames &names = CellNames::forEdition(e);
        for (const CellSpec &c : spec.cells) {
            if (c.table != table || m_keys.contains(c.key))
                continue;
            if (m_rowsKind == Rows::Table2Totals && c.columnId != u"total")
                continue;
            m_keys << c.key;
            m_labels << (zh ? names.cellZh(c.index) : names.cellEn(c.index));
        }
    }
}

const AcrossYearsModel::Year *AcrossYearsModel::yearAt(int column) const {
    return column >= 0 && column < m_columns.size() ? &m_columns[column] : nullptr;
}

const Cell *AcrossYearsModel::cellAt(int row, int column, int *index) const {
    const Year *y = yearAt(column);
    if (!y || y->reportId < 0 || row < 0 || row >= m_keys.size())
        return nullptr;
    const int i = y->report.spec().indexOf(m_keys[row]);
    if (i < 0 || i >= y->report.cells.size())
        return nullptr;
    if (index)
        *index = i;
    return &y->report.cells[i];
}

int AcrossYearsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_keys.size());
}

int AcrossYearsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant AcrossYearsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const Year *y = yearAt(index.column());
    int cellIndex = -1;
    const Cell *cell = cellAt(index.row(), index.column(), &cellIndex);
    const Cell *before = cellAt(index.row(), index.column() - 1);
    std::optional<Decimal> diff;
    if (cell && before && cell->value && before->value)
        if (const auto d = Decimal::subtract(*cell->value, *before->value); d && !d->isZero())
            diff = d;
    const QString crossYear = cell ? y->crossYear.value(m_keys[index.row()]) : QString();
    switch (role) {
    case Qt::DisplayRole: {
        if (!y || y->reportId < 0)
            return QString();
        if (!cell)
            return tr("（无此项）");
        QString text = cell->value                               ? cell->value->toString()
                       : cell->status == CellStatus::Placeholder ? cell->raw
                       : cell->status == CellStatus::Missing     ? QStringLiteral("?")
                                                                 : QString();
        if (diff)
            text += (diff->isNegative() ? QStringLiteral("  ▼") : QStringLiteral("  ▲")) +
                    (diff->isNegative() ? Decimal::subtract(Decimal(), *diff)->toString()
                                        : diff->toString());
        return text;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (!y || y->reportId < 0)
            return QBrush(QColor(0xee, 0xee, 0xee));
        if (!crossYear.isEmpty())
            return QBrush(QColor(0xf6, 0xd5, 0xc0)); // vermillion, light
        if (diff)
            return QBrush(QColor(0xdf, 0xee, 0xf8)); // sky blue, light
        return {};
    case Qt::FontRole:
        if (cell && (cell->status == CellStatus::Suspect || cell->status == CellStatus::Inferred ||
                     cell->status == CellStatus::Missing)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        if (!crossYear.isEmpty()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole: {
        if (!y || y->reportId < 0)
            return tr("%1 年没有报告（不推算）").arg(yearOfColumn(index.column()));
        QStringList tip;
        tip << QStringLiteral("%1 · %2")
                   .arg(yearOfColumn(index.column()))
                   .arg(m_labels.value(index.row()));
        if (cell)
            tip << tr("状态：%1").arg(cellStatusName(cell->status));
        if (diff)
            tip << tr("与上年相比：%1%2")
                       .arg(diff->isNegative() ? QString() : QStringLiteral("+"), diff->toString());
        if (!crossYear.isEmpty())
            tip << tr("跨年度核对：%1").arg(crossYear);
        tip << tr("双击打开该年度报告");
        return tip.join(u'\n');
    }
    case ReportIdRole:
        return y ? y->reportId : qint64(-1);
    case CellRole:
        return cellIndex;
    case DifferenceRole:
        return diff ? QVariant(diff->micros()) : QVariant();
    case CrossYearRole:
        return crossYear;
    default:
        return {};
    }
}

QVariant AcrossYearsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return m_labels.value(section);
        if (role == Qt::ToolTipRole)
            return m_keys.value(section);
        return {};
    }
    const Year *y = yearAt(section);
    if (role == Qt::DisplayRole) {
        const QString year = QString::number(yearOfColumn(section));
        if (!y || y->reportId < 0)
            return tr("%1\n无报告").arg(year);
        return tr("%1\n%2 版").arg(year, editionName(y->report.meta.edition));
    }
    if (role == Qt::ToolTipRole && y && y->reportId >= 0)
        return y->fileName;
    return {};
}
