#include "workspacesession.h"

#include "reportloader.h"
#include "workspace/workspace.h"
#include "workspace/workspaceimporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString kLast = QStringLiteral("workspace/last");
const QString kRecent = QStringLiteral("workspace/recent");
const QString kUser = QStringLiteral("reviewer/name");
} // namespace

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent) {}

WorkspaceSession::~WorkspaceSession() = default;

QString WorkspaceSession::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("default.nianbao"));
}

bool WorkspaceSession::openAtStart(QString *error) {
    const QString last = QSettings().value(kLast).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        QString lastError;
        if (open(last, &lastError))
            return true;
        // The last workspace is gone bad or was replaced: say so, fall back to the default.
        if (error)
            *error = lastError;
    }
    const QString path = defaultPath();
    if (QFileInfo::exists(path))
        return open(path, error);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!create(path, error))
        return false;
    return importSamples(error);
}

bool WorkspaceSession::open(const QString &path, QString *error) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (isOpen() && absolute == QFileInfo(this->path()).absoluteFilePath())
        return true; // already open (a second connection would find its own lock)
    // The new one is opened before the current one is closed: a file that is refused leaves
    // the desk where it was.
    auto ws = std::make_unique<Workspace>();
    if (!ws->open(absolute, Workspace::Mode::ReadWrite, error))
        return false;
    close();
    m_workspace = std::move(ws);
    m_workspace->setUser(QSettings().value(kUser).toString());
    remember(absolute);
    Q_EMIT opened();
    return true;
}

bool WorkspaceSession::create(const QString &path, QString *error) {
    if (!Workspace::create(path, error))
        return false;
    return open(path, error);
}

bool WorkspaceSession::importSamples(QString *error) {
    // The samples are compiled in; their bytes are stored like any imported file's.
    QString storeError;
    const QVector<ImportOutcome> outcomes =
        WorkspaceImporter::importFiles(*m_workspace, ReportLoader::bundledSamples(), &storeError);
    if (outcomes.isEmpty() && !storeError.isEmpty()) {
        if (error)
            *error = storeError;
        return false;
    }
    Q_EMIT opened(); // the list must show what was just imported
    return true;
}

void WorkspaceSession::close() {
    if (!m_workspace)
        return;
    Q_EMIT aboutToClose();
    m_workspace.reset();
}

bool WorkspaceSession::isOpen() const {
    return m_workspace && m_workspace->isOpen();
}

QString WorkspaceSession::path() const {
    return m_workspace ? m_workspace->path() : QString();
}

QString WorkspaceSession::displayName() const {
    return m_workspace ? QFileInfo(m_workspace->path()).completeBaseName() : QString();
}

bool WorkspaceSession::isReadOnly() const {
    return m_workspace && m_workspace->isReadOnly();
}

QString WorkspaceSession::notice() const {
    return m_workspace ? m_workspace->notice() : QString();
}

QStringList WorkspaceSession::recent() const {
    QStringList out;
    for (const QString &p : QSettings().value(kRecent).toStringList())
        if (QFileInfo::exists(p))
            out << p;
    return out;
}

void WorkspaceSession::remember(const QString &path) {
    QSettings settings;
    settings.setValue(kLast, path);
    QStringList list = settings.value(kRecent).toStringList();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > MaxRecent)
        list.removeLast();
    settings.setValue(kRecent, list);
}

QString WorkspaceSession::userName() const {
    const QString set = QSettings().value(kUser).toString().trimmed();
    return set.isEmpty() ? Workspace::osUserName() : set;
}

void WorkspaceSession::setUserName(const QString &name) {
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(kUser);
    else
        settings.setValue(kUser, name.trimmed());
    if (m_workspace)
        m_workspace->setUser(name);
}
