#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <memory>

class Workspace;

/**
 * The workspace the desk works in: which file is open, the recent ones, and the default
 * workspace made on first launch (in the user's data folder, holding the bundled samples so that
 * a first start shows real reports). Every edit is committed by the workspace itself: there is
 * no "save".
 */
class WorkspaceSession : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    /// `default.nianbao` in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    static constexpr int MaxRecent = 8;

    /// Reopens the last workspace; else opens (or creates, with the bundled samples) the
    /// default one. On failure `error` says why and no workspace is open.
    bool openAtStart(QString *error);
    /// Opens an existing workspace (read-only with notice() if another process has it). A file
    /// that is refused leaves the current workspace open.
    bool open(const QString &path, QString *error);
    /// Creates a new, empty workspace and opens it. Refuses to overwrite a file.
    bool create(const QString &path, QString *error);
    /// Emits aboutToClose() (views drop their documents) and closes the workspace.
    void close();

    bool isOpen() const;
    Workspace *workspace() const { return m_workspace.get(); }
    QString path() const;
    QString displayName() const; ///< the file's base name, "default" for the default workspace
    bool isReadOnly() const;
    QString notice() const; ///< why it is read-only, or empty

    QStringList recent() const; ///< most recent first, existing files only

    /// The reviewer recorded with every edit and decision: the name set in the preferences, or
    /// the operating-system user name when none is set.
    QString userName() const;
    /// Sets (empty: clears) the preferred reviewer name; applies to the open workspace at once.
    void setUserName(const QString &name);

Q_SIGNALS:
    void aboutToClose();
    void opened();

private:
    bool importSamples(QString *error);
    void remember(const QString &path);

    std::unique_ptr<Workspace> m_workspace;
};
