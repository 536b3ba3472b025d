// Child of test_workspace_kill: applies edit i = value i to cell (i % 40) of report 1, in order,
// continuing after the last logged edit, and prints each i once its commit has returned.
#include "model/spec.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const qint64 limit = QByteArray(argv[2]).toLongLong();
    Workspace ws;
    QString error;
    if (!ws.open(QString::fromLocal8Bit(argv[1]), Workspace::Mode::ReadWrite, &error) ||
        ws.isReadOnly()) {
        std::fprintf(stderr, "%s %s\n", qPrintable(error), qPrintable(ws.notice()));
        return 2;
    }
    const EditionSpec &spec = Spec::instance().edition(Edition::E2021);
    for (qint64 i = ws.log(1).size() + 1; i <= limit; ++i) {
        Cell c;
        c.value = Decimal::fromInteger(i);
        c.status = CellStatus::Edited;
        if (!ws.setCell(1, spec.cell(int(i % 40)).key, c, EditOrigin::Cli, QString::number(i),
                        &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%lld\n", i);
        std::fflush(stdout);
    }
    return 0;
}
