// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/BackendInfo.h"

#include <QCoreApplication>
#include <QJsonArray>

BackendInfo BackendInfo::fromMetaData(const QJsonObject &metaData, const QString &source)
{
    BackendInfo info;
    info.id = metaData.value(QLatin1String("id")).toString();
    info.name = metaData.value(QLatin1String("name")).toString(info.id);
    info.description = metaData.value(QLatin1String("description")).toString();
    info.source = source;
    info.schema = metaData.value(QLatin1String("configSchema")).toObject();
    const QJsonArray required = info.schema.value(QLatin1String("required")).toArray();
    const QJsonObject props = info.schema.value(QLatin1String("properties")).toObject();
    // Keep the schema's own order when it gives one.
    QStringList order;
    for (const QJsonValue &v : info.schema.value(QLatin1String("order")).toArray())
        order << v.toString();
    for (auto it = props.constBegin(); it != props.constEnd(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    for (const QString &key : order) {
        const QJsonObject p = props.value(key).toObject();
        BackendConfigField f;
        f.key = key;
        f.type = p.value(QLatin1String("type")).toString(QStringLiteral("string"));
        f.title = p.value(QLatin1String("title")).toString(key);
        f.description = p.value(QLatin1String("description")).toString();
        f.secret = p.value(QLatin1String("secret")).toBool();
        f.defaultValue = p.value(QLatin1String("default"));
        f.required = required.contains(QJsonValue(key));
        f.kind = p.value(QLatin1String("kind")).toString();
        for (const QJsonValue &run : p.value(QLatin1String("args")).toArray()) {
            QStringList tokens;
            for (const QJsonValue &t : run.toArray())
                tokens << t.toString();
            f.invocations << tokens;
        }
        info.fields << f;
    }
    return info;
}

QJsonObject BackendInfo::withoutSecrets(const QJsonObject &config) const
{
    QJsonObject out = config;
    for (const BackendConfigField &f : fields)
        if (f.secret)
            out.remove(f.key);
    return out;
}

QStringList BackendInfo::validate(const QJsonObject &config) const
{
    QStringList problems;
    for (const BackendConfigField &f : fields) {
        const QJsonValue v = config.value(f.key);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
            if (f.required && !f.secret)
                problems << QCoreApplication::translate("BackendInfo", "\"%1\" (%2) is required.")
                                .arg(f.key, f.title);
            continue;
        }
        if (f.secret) {
            problems << QCoreApplication::translate("BackendInfo",
                "\"%1\" is a secret and must not be written into a "
                "configuration; set the environment variable named in "
                "\"%1_env\" instead.")
                            .arg(f.key);
            continue;
        }
        const bool okType = (f.type == QLatin1String("integer") && v.isDouble())
            || (f.type == QLatin1String("number") && v.isDouble())
            || (f.type == QLatin1String("boolean") && v.isBool())
            || (f.type == QLatin1String("string") && v.isString())
            || (f.type == QLatin1String("array") && v.isArray());
        if (!okType)
            problems << QCoreApplication::translate("BackendInfo", "\"%1\" must be of type %2.")
                            .arg(f.key, f.type);
    }
    return problems;
}
