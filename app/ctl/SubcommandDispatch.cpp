// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubcommandDispatch.h"

#include "CtlSupport.h"

int SubcommandDispatch::run(const QStringList &args, const QList<CtlCommand> &subcommands)
{
    const QString group = args.value(0);
    auto usage = [&]() {
        QString text = tr("Usage: %1 SUBCOMMAND [options]\n\nSubcommands:\n").arg(group);
        for (const CtlCommand &c : subcommands)
            text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(10), c.summary);
        text += tr("\nRun `%1 SUBCOMMAND --help` for the options of a subcommand.\n").arg(group);
        return text;
    };
    const QString sub = args.value(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        CtlSupport::print(usage());
        return CtlSupport::Success;
    }
    for (const CtlCommand &c : subcommands) {
        if (c.name == sub) {
            QStringList rest = args.mid(2);
            rest.prepend(group + QLatin1Char(' ') + c.name);
            return c.run(rest);
        }
    }
    CtlSupport::printError((sub.isEmpty() ? tr("%1: a subcommand is missing\n\n").arg(group)
                                          : tr("%1: unknown subcommand \"%2\"\n\n").arg(group, sub))
        + usage());
    return CtlSupport::UsageError;
}
