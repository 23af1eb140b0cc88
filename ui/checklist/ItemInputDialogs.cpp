// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ItemInputDialogs.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace {

bool run(QInputDialog &dialog, int height, QString *value)
{
    dialog.resize(560, height > 0 ? height : dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *value = dialog.textValue();
    return true;
}

}

namespace ItemInputDialogs {

bool askSkipReason(QWidget *parent, const ChecklistItem &item, QString *reason)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("skipReasonDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("ItemInputDialogs", "Skip item"));
    dialog.setLabelText(QCoreApplication::translate(
        "ItemInputDialogs", "Why is \"%1\" skipped? The reason is recorded in the audit trail.")
                            .arg(item.task));
    return run(dialog, 0, reason);
}

bool askText(QWidget *parent, const ChecklistItem &item, SetItemTextCommand::Field field,
    const QString &current, QString *text)
{
    QInputDialog dialog(parent);
    dialog.setTextValue(current);
    switch (field) {
    case SetItemTextCommand::Field::Owner:
        dialog.setObjectName(QStringLiteral("ownerDialog"));
        dialog.setWindowTitle(QCoreApplication::translate("ItemInputDialogs", "Owner"));
        dialog.setLabelText(
            QCoreApplication::translate("ItemInputDialogs", "Who owns \"%1\"?").arg(item.task));
        return run(dialog, 0, text);
    case SetItemTextCommand::Field::Evidence:
        dialog.setObjectName(QStringLiteral("evidenceDialog"));
        dialog.setWindowTitle(QCoreApplication::translate("ItemInputDialogs", "Evidence"));
        dialog.setLabelText(QCoreApplication::translate(
            "ItemInputDialogs", "Evidence for \"%1\": links or file paths, one per line.")
                                .arg(item.task));
        break;
    case SetItemTextCommand::Field::Notes:
        dialog.setObjectName(QStringLiteral("notesDialog"));
        dialog.setWindowTitle(QCoreApplication::translate("ItemInputDialogs", "Notes"));
        dialog.setLabelText(
            QCoreApplication::translate("ItemInputDialogs", "Notes on \"%1\":").arg(item.task));
        break;
    }
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(current); // after the option, so the plain-text editor gets it
    return run(dialog, 300, text);
}

}
