#include "screenshot.h"

#include "mainwindow.h"
#include "model/spec.h"
#include "models/reportlistmodel.h"
#include "models/tablemodel.h"
#include "reportloader.h"
#include "review/reportdocument.h"
#include "views/gridview.h"
#include "views/reportview.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QTextStream>

int Screenshot::make(MainWindow &window, const QString &path) {
    QTextStream err(stderr);
    window.setAskBeforeClosing(false);
    window.resize(1600, 1000);
    window.openFiles(ReportLoader::bundledSamples());
    ReportDocument *doc = nullptr;
    for (ReportDocument *d : window.reportList()->documents())
        if (d->source().fileName.startsWith(QStringLiteral("003")))
            doc = d;
    if (!doc) {
        err << "screenshot: sample 003 did not load\n";
        return 1;
    }
    window.setCurrentDocument(doc);
    window.show();
    ReportView *view = window.currentView();
    const int cell = doc->spec().indexOf(QStringLiteral("t2.r.granted.c.natural_person"));
    TableModel *model = view->tableModel(2);
    if (!model->setData(model->indexOfCell(cell), QStringLiteral("5"))) {
        err << "screenshot: the edit was refused\n";
        return 1;
    }
    view->selectCell(cell);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QImage image = window.grab().toImage();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!image.save(path)) {
        err << "screenshot: cannot write " << path << "\n";
        return 1;
    }
    err << "screenshot: wrote " << path << " (" << image.width() << "x" << image.height() << ")\n";
    return 0;
}
