// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlCommand.h"

#include <QCoreApplication>

struct AuditRecord;
class QJsonObject;

// cutoverctl watch: a session's changes as they happen, one line per audit record (text, or one JSON object
// per line for pipelines and chat bots), until Ctrl-C or SIGTERM (exit 0) or until the session can no longer
// be followed (exit 1).
class WatchCommand {
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)
public:
    static QList<CtlCommand> commands();
    static int run(const QStringList &args);

    // The JSON line of a record: the keys the README documents, compact, with no raw control or
    // bidirectional character (escaped as \uXXXX, so the value read back is the same).
    static QString jsonLine(const AuditRecord &record, const QString &session);
    // The readable line: "#seq at actor action entity id field: old → new (reason)", values shortened.
    static QString textLine(const AuditRecord &record);
};
