// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "lessons/Lesson.h"
#include "runbook/RunbookCodec.h"
#include "runbook/TemplateDiffEntry.h"
#include "runbook/TemplateLibrary.h"
#include "runbook/TemplateVersion.h"
#include "signing/ElectronicSignature.h"

#include <QList>

class CutoverSession;

// The runbook loop: lessons' runbook changes applied to a session's runbook make a new version of a
// template, with a changelog. Versions are kept twice: in the session (table template_versions, audited)
// and as NAME.vN.json in the template library, which a new session starts from ("NAME@vN"). Two versions
// can be compared task by task.
class TemplateVersions {
public:
    struct Applied {
        bool ok = false;
        Runbook runbook;
        QStringList changelog; // one line per applied change, in the runbook's language
        QStringList errors; // one line per change that cannot be applied (then ok is false)
    };

    // Applies the changes in the lessons' order; lessons without a change are skipped.
    static Applied applyLessons(const Runbook &base, const QList<Lesson> &lessons);

    // Applies the session's lessons to session.toRunbook() and saves NAME v(N+1). Refuses (changing
    // nothing) when a change cannot be applied or no lesson carries a change.
    static ActionResult saveVersion(CutoverSession &session, const QList<Lesson> &lessons,
        const QString &name, const QString &actor, const TemplateLibrary &library,
        TemplateVersion *saved = nullptr);

    // Approving (creating) NAME v(N+1) is the signed act template.approve (reviewed and approved); entity
    // template_version, entity_id = the id the new row will get. The statement names name and version.
    static SignatureStatement approvalStatement(const CutoverSession &session, const QString &name,
        const TemplateLibrary &library, const QString &principal, const QString &displayName);
    // The signed saveVersion: created_by receives the principal. The declared saveVersion above is refused
    // in Required sessions.
    static ActionResult saveVersion(CutoverSession &session, const QList<Lesson> &lessons,
        const QString &name, const ElectronicSignature &signature, const TemplateLibrary &library,
        TemplateVersion *saved = nullptr);

    static QList<TemplateVersion> sessionVersions(const CutoverSession &session, QString *error = nullptr);
    // Versions of NAME in the library, by version number.
    static QList<TemplateVersion> libraryVersions(const TemplateLibrary &library, const QString &name);
    static int nextVersion(
        const TemplateLibrary &library, const CutoverSession &session, const QString &name);

    // "NAME@vN" -> name, version; false if the text is not such a reference.
    static bool parseReference(const QString &reference, QString *name, int *version);
    static QString fileName(const QString &name, int version);
    // Reads a version file (runbook plus version, changelog, created_at, created_by, source_session).
    static bool readFile(const QString &path, TemplateVersion *version, QString *error);

    static QList<TemplateDiffEntry> diff(const Runbook &from, const Runbook &to);
};
