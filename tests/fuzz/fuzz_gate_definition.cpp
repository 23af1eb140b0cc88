// SPDX-License-Identifier: GPL-3.0-or-later
// GateDefinition::fromJson/listFromJson on arbitrary JSON (a step's "gates" as stored in a session or
// given to cutoverctl plan). A usable gate must read back from its own toJson() as usable.
#include "traffic/gates/GateDefinition.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), qsizetype(size)));
    if (doc.isNull())
        return 0;
    QString error;
    if (doc.isArray()) {
        GateDefinition::listFromJson(doc.array(), &error);
        return 0;
    }
    GateDefinition::listFromJson(doc.object(), &error);
    error.clear();
    const GateDefinition gate = GateDefinition::fromJson(doc.object(), &error, 1);
    if (!error.isEmpty())
        return 0;
    QString again;
    GateDefinition::fromJson(gate.toJson(), &again, 1);
    if (!again.isEmpty()) {
        std::fprintf(stderr, "a usable gate does not read back from its toJson(): %s\n%s\n",
            qPrintable(again), QJsonDocument(gate.toJson()).toJson().constData());
        std::abort();
    }
    return 0;
}
