// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// One field of a backend's configuration, from the plugin's JSON schema.
struct BackendConfigField {
    QString key;
    QString type; // "string", "integer", "boolean"
    QString title;
    QString description;
    bool required = false;
    bool secret = false; // never stored: the value comes from the environment variable named in "<key>_env"
    QJsonValue defaultValue;
    // What the value names, for the session's manifest: "program" (run with each of invocations),
    // "url", "socket", "file"; empty when it names nothing outside the cockpit.
    QString kind;
    // A program's argument lists, one per way it is run: "{key}" is that field's value, "[-p {key}]" the
    // flag and the value, left out when the field is empty.
    QList<QStringList> invocations;
};

// What a plugin says about itself, read before it is instantiated.
struct BackendInfo {
    QString id;
    QString name;
    QString description;
    QString source; // "built-in" or the plugin file
    QList<BackendConfigField> fields;
    QJsonObject schema;

    static BackendInfo fromMetaData(const QJsonObject &metaData, const QString &source);
    // The config with secret fields removed (what may be stored in a session file).
    QJsonObject withoutSecrets(const QJsonObject &config) const;
    // Problems with a config: missing required fields, wrong types. Names the field.
    QStringList validate(const QJsonObject &config) const;
};
