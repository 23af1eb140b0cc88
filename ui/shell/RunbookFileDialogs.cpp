// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/RunbookFileDialogs.h"

#include "runbook/RunbookCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace {

void showError(QWidget *parent, const QString &title, const QString &what, const QString &next)
{
    QMessageBox box(QMessageBox::Warning, title, what, QMessageBox::Ok, parent);
    box.setInformativeText(next);
    box.exec();
}

}

namespace RunbookFileDialogs {

QString chooseImport(QWidget *parent)
{
    const QString file = QFileDialog::getOpenFileName(parent,
        QCoreApplication::translate("RunbookFileDialogs", "Import a runbook"), QDir::homePath(),
        QCoreApplication::translate("RunbookFileDialogs", "Runbooks (*.md *.markdown *.csv *.json)"));
    if (file.isEmpty())
        return QString();
    const RunbookCodec::ParseResult r = RunbookCodec::readFile(file);
    if (!r.ok) {
        showError(parent, QCoreApplication::translate("RunbookFileDialogs", "Cannot import the runbook"),
            r.error,
            QCoreApplication::translate("RunbookFileDialogs",
                "Nothing was imported. Correct the file at the "
                "line named and import it again."));
        return QString();
    }
    return file;
}

void exportRunbook(QWidget *parent, const Runbook &runbook)
{
    const QString file = QFileDialog::getSaveFileName(parent,
        QCoreApplication::translate("RunbookFileDialogs", "Export the runbook"), QDir::homePath(),
        QCoreApplication::translate("RunbookFileDialogs", "Markdown (*.md);;CSV (*.csv);;JSON (*.json)"));
    if (file.isEmpty())
        return;
    QString error;
    RunbookCodec::Format format;
    if (!RunbookCodec::formatForPath(file, &format))
        error = QCoreApplication::translate(
            "RunbookFileDialogs", "%1 has no known suffix; use .md, .csv or .json.")
                    .arg(file);
    else
        RunbookCodec::writeFile(runbook, file, &error);
    if (!error.isEmpty())
        showError(parent, QCoreApplication::translate("RunbookFileDialogs", "Cannot export the runbook"),
            error, QCoreApplication::translate("RunbookFileDialogs", "Choose another file name or folder."));
}

}
