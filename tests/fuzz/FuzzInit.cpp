// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every fuzz target (cockpit_add_fuzz_target): libFuzzer calls LLVMFuzzerInitialize once
// before the first input. QSql finds its SQLite driver through the application object, so there is one
// for the whole run; Qt's warnings about refused inputs are dropped so the fuzzer's own output stays
// readable (a qFatal still aborts, and counts as a crash).
#include <QCoreApplication>
#include <QtGlobal>

namespace {

void dropMessages(QtMsgType, const QMessageLogContext &, const QString &) { }

}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int qtArgc = 1;
    static char *qtArgv[] = { (*argv)[0], nullptr };
    Q_UNUSED(argc)
    qInstallMessageHandler(dropMessages);
    // Never destroyed: the fuzzer ends the process with exit(), and the object is reachable until then.
    new QCoreApplication(qtArgc, qtArgv);
    return 0;
}
