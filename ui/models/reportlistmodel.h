#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

#include "review/reportdocument.h"

/**
 * The open reports (and the files that failed to import, with their error): agency, year,
 * edition, open errors and warnings, review state. A "*" marks reports with unsaved edits.
 */
class ReportListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        AgencyColumn,
        YearColumn,
        EditionColumn,
        ErrorsColumn,
        WarningsColumn,
        StateColumn,
        FileColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        DocumentRole = Qt::UserRole + 1, ///< ReportDocument* (QObject*), null for failed imports
        SortRole,                        ///< a value that sorts right (pinyin key for agencies)
        ErrorRole,                       ///< the import error, empty when loaded
        PathRole,                        ///< the file path
        ModifiedRole,                    ///< bool
    };
    Q_ENUM(Role)

    explicit ReportListModel(QObject *parent = nullptr);

    /// Takes ownership (reparents the document to the model).
    void addDocument(ReportDocument *document);
    void addFailure(const QString &path, const QString &error);
    /// Removes the row and deletes its document.
    void removeRow(int row);
    ReportDocument *document(int row) const;
    int rowOf(const ReportDocument *document) const;
    QVector<ReportDocument *> documents() const;
    bool hasPath(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        QPointer<ReportDocument> document;
        QString path;
        QString error;
        QByteArray agencyKey;
    };
    void refresh(const ReportDocument *document, int firstColumn, int lastColumn);
    QVector<Entry> m_entries;
};
