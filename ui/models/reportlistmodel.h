#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

#include "review/reportdocument.h"
#include "workspace/workspacetypes.h"

class Workspace;

/**
 * The reports of the workspace (and the files that failed to import, with their error): agency,
 * year, edition, open errors and warnings, edits, review state. Rows come from the workspace's
 * summaries, so a workspace of ten thousand reports lists without loading one; a report's
 * document is loaded when it is opened (setDocument) and from then on the row shows its live
 * values. Documents without a workspace can be listed too (addDocument).
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
        EditsColumn,
        StateColumn,
        FileColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        DocumentRole = Qt::UserRole + 1, ///< ReportDocument* (QObject*), null when not loaded
        SortRole,                        ///< a value that sorts right (pinyin key for agencies)
        ErrorRole,                       ///< the import error, empty when imported
        PathRole,                        ///< the original file path
        ReportIdRole,                    ///< the workspace report id, -1 if none
        StateRole,                       ///< int(ReviewState), -1 for failed imports
    };
    Q_ENUM(Role)

    explicit ReportListModel(QObject *parent = nullptr);

    /// Lists the reports of `workspace` (nullptr: none); deletes the loaded documents.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }
    /// Re-reads the workspace's summaries: new reports are appended, known ones updated.
    void refreshReports();

    /// Lists a document that has no workspace row; takes ownership.
    void addDocument(ReportDocument *document);
    /// Gives the row its loaded document; takes ownership.
    void setDocument(int row, ReportDocument *document);
    void addFailure(const QString &path, const QString &error);
    /// Removes the row and deletes its document (the report stays in the workspace).
    void removeRow(int row);

    ReportDocument *document(int row) const;
    int rowOf(const ReportDocument *document) const;
    int rowOfReport(qint64 reportId) const;
    qint64 reportId(int row) const;
    QVector<ReportDocument *> documents() const;
    bool hasPath(const QString &path) const;

    /// 待审 / 审核中 / 已通过 / 退回, translated.
    static QString reviewStateText(ReviewState state);
    /// Sets the review state in the workspace (logged) and shows it.
    bool setReviewState(int row, ReviewState state, QString *error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// Re-reads a report's row after the workspace announced a change of it.
    void updateReport(qint64 reportId);
    struct Entry {
        ReportSummary summary; ///< id -1 for a failure or a document without workspace
        QPointer<ReportDocument> document;
        QString path;
        QString error;
        QByteArray agencyKey;
    };
    void watch(ReportDocument *document);
    void refresh(const ReportDocument *document, int firstColumn, int lastColumn);
    void clearDocuments();
    QVariant display(const Entry &e, int column, bool sort) const;

    Workspace *m_workspace = nullptr;
    QVector<Entry> m_entries;
};
