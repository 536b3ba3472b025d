#include "exportdialog.h"

#include "models/reportlistmodel.h"
#include "models/reportsortproxy.h"
#include "session/exportjob.h"
#include "views/reportlistpanel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

ExportDialog::Scopes ExportDialog::scopesOf(const ReportListPanel *panel) {
    Scopes s;
    const ReportSortProxy *proxy = panel->proxy();
    const auto *model = qobject_cast<const ReportListModel *>(proxy->sourceModel());
    if (!model)
        return s;
    if (const qint64 id = model->reportId(panel->currentRow()); id >= 0)
        s.ids[CurrentReport] << id;
    QVector<int> selected;
    for (const QModelIndex &i : panel->view()->selectionModel()->selectedRows())
        selected << i.row();
    std::sort(selected.begin(), selected.end());
    for (int r : selected)
        if (const qint64 id = model->reportId(proxy->mapToSource(proxy->index(r, 0)).row());
            id >= 0)
            s.ids[SelectedReports] << id;
    for (int r = 0; r < proxy->rowCount(); ++r)
        if (const qint64 id = model->reportId(proxy->mapToSource(proxy->index(r, 0)).row());
            id >= 0)
            s.ids[FilteredList] << id;
    for (int r = 0; r < model->rowCount(); ++r)
        if (const qint64 id = model->reportId(r); id >= 0)
            s.ids[WholeWorkspace] << id;
    return s;
}

ExportDialog::ExportDialog(const QString &workspace, const QString &reviewer, const Scopes &scopes,
                           QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_reviewer(reviewer)
    , m_scopes(scopes)
    , m_scope(new QButtonGroup(this))
    , m_format(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("浏览…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_job(new ExportJob(this)) {
    setWindowTitle(tr("导出"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *scopeBox = new QVBoxLayout;
    for (int s = 0; s < ScopeCount; ++s) {
        const int n = int(m_scopes.ids[s].size());
        const QString text = s == CurrentReport     ? tr("当前报告")
                             : s == SelectedReports ? tr("选中的报告（%n 份）", nullptr, n)
                             : s == FilteredList ? tr("筛选后的列表（%n 份）", nullptr, n)
                                                 : tr("整个工作区（%n 份）", nullptr, n);
        auto *button = new QRadioButton(text, this);
        button->setEnabled(n > 0);
        m_scope->addButton(button, s);
        scopeBox->addWidget(button);
    }
    const int preferred = m_scopes.ids[SelectedReports].size() > 1 ? SelectedReports
                          : !m_scopes.ids[CurrentReport].isEmpty() ? CurrentReport
                                                                   : WholeWorkspace;
    if (QAbstractButton *b = m_scope->button(preferred))
        b->setChecked(true);
    form->addRow(tr("报告："), scopeBox);

    m_format->addItem(tr("Excel 工作簿（.xlsx）"), int(Exporter::Format::Xlsx));
    m_format->addItem(tr("CSV 明细表（.csv）"), int(Exporter::Format::Csv));
    m_format->addItem(tr("JSON（.json）"), int(Exporter::Format::Json));
    form->addRow(tr("格式："), m_format);
    m_language->addItem(QStringLiteral("中文"), int(ExportText::Zh));
    m_language->addItem(QStringLiteral("English"), int(ExportText::En));
    // The headers follow the UI language unless chosen otherwise (this text is translated in
    // the English UI only).
    m_language->setCurrentIndex(tr("导出") == QStringLiteral("导出") ? 0 : 1);
    form->addRow(tr("表头语言："), m_language);
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 56); // room for a whole path
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    form->addRow(tr("文件："), pathRow);
    layout->addLayout(form);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_export = m_buttons->addButton(tr("导出"), QDialogButtonBox::AcceptRole);
    m_open = m_buttons->addButton(tr("打开文件"), QDialogButtonBox::ActionRole);
    m_open->setVisible(false);
    m_buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = QFileInfo(workspace).completeBaseName();
    m_path->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder)
                        .filePath((base.isEmpty() ? QStringLiteral("nianbao") : base) +
                                  QStringLiteral(".xlsx")));

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_written)); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_job, &ExportJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_job, &ExportJob::finished, this, &ExportDialog::finished);
}

ExportDialog::~ExportDialog() = default;

Exporter::Format ExportDialog::format() const {
    return Exporter::Format(m_format->currentData().toInt());
}

void ExportDialog::setPath(const QString &path) {
    m_path->setText(path);
}

void ExportDialog::setScope(Scope scope) {
    if (QAbstractButton *b = m_scope->button(scope))
        b->setChecked(true);
}

void ExportDialog::setFormat(Exporter::Format format) {
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::formatChanged() {
    // The file's suffix follows the format.
    const QFileInfo info(m_path->text());
    if (!m_path->text().isEmpty())
        m_path->setText(
            info.dir().filePath(info.completeBaseName() + u'.' + Exporter::formatName(format())));
}

void ExportDialog::browse() {
    const QString filter = format() == Exporter::Format::Xlsx  ? tr("Excel 工作簿 (*.xlsx)")
                           : format() == Exporter::Format::Csv ? tr("CSV 文件 (*.csv)")
                                                               : tr("JSON 文件 (*.json)");
    const QString path = QFileDialog::getSaveFileName(this, tr("导出到"), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::setRunning(bool running) {
    for (QAbstractButton *b : m_scope->buttons())
        b->setEnabled(!running && !m_scopes.ids[m_scope->id(b)].isEmpty());
    m_format->setEnabled(!running);
    m_language->setEnabled(!running);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_export->setEnabled(!running);
    m_progress->setVisible(running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("取消") : tr("关闭"));
}

void ExportDialog::startExport() {
    const int scope = m_scope->checkedId();
    if (scope < 0 || m_path->text().trimmed().isEmpty()) {
        m_status->setText(tr("请选择报告和文件。"));
        return;
    }
    ExportJob::Request request;
    request.workspace = m_workspace;
    request.reviewer = m_reviewer;
    request.reports = m_scopes.ids[scope];
    request.format = format();
    request.language = ExportText::Language(m_language->currentData().toInt());
    request.path = m_path->text().trimmed();
    m_written.clear();
    m_open->setVisible(false);
    m_status->setText(tr("正在导出 %n 份报告…", nullptr, int(request.reports.size())));
    m_progress->setRange(0, 0);
    setRunning(true);
    m_job->start(request);
}

void ExportDialog::finished(bool ok, const QString &error) {
    setRunning(false);
    if (ok) {
        m_written = m_path->text().trimmed();
        m_status->setText(tr("已导出到 %1").arg(QDir::toNativeSeparators(m_written)));
        m_open->setVisible(true);
        m_open->setFocus();
    } else {
        m_status->setText(error.isEmpty() ? tr("已取消，未写入任何文件。") : error);
    }
    Q_EMIT exportFinished(ok, error);
}

void ExportDialog::reject() {
    if (m_job->isRunning()) {
        m_status->setText(tr("正在取消…"));
        m_job->cancel();
        return;
    }
    QDialog::reject();
}
