// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/contributors/SignatureReportContributor.h"

#include "checklist/CutoverSession.h"
#include "core/Timestamps.h"
#include "signing/SignatureMeaning.h"
#include "signing/SignaturePolicy.h"
#include "signing/SignatureStatement.h"
#include "signing/SignatureStore.h"

#include <QFileInfo>
#include <QJsonArray>

namespace {

// The meaning in the report's language (stored in English, part of what was signed).
QString meaningText(const ReportStrings &s, const QString &stored)
{
    SignatureMeaning m;
    if (!s.isGerman() || !SignatureMeaningText::fromStored(stored, &m))
        return stored;
    switch (m) {
    case SignatureMeaning::ReviewedAndApproved:
        return QStringLiteral("geprüft und freigegeben");
    case SignatureMeaning::VerifiedAsAccurate:
        return QStringLiteral("als zutreffend bestätigt");
    case SignatureMeaning::ResponsibleFor:
        break;
    }
    return QStringLiteral("verantwortlich für");
}

QString recordOf(const SignatureRecord &r)
{
    SignatureStatement st;
    if (SignatureStatement::parse(r.statement.toUtf8(), &st, nullptr) && !st.record.isEmpty())
        return st.record;
    return r.entity + QLatin1Char(' ') + QString::number(r.entityId);
}

}

bool SignatureReportContributor::contribute(
    const ReportContext &ctx, ReportContribution *out, QString *error) const
{
    const ReportStrings &s = ctx.strings;
    const QSqlDatabase db = ctx.session->store()->database();
    if (!SignatureStore::existsIn(db))
        return true;
    const bool required = SignaturePolicyText::read(db) == SignaturePolicy::Required;
    QString readError;
    const QList<SignatureRecord> rows = SignatureStore::readAll(db, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    int declared = 0;
    for (const SignatureRecord &r : rows)
        declared += r.isDeclared() ? 1 : 0;
    const QString declaredText
        = s.pick(QStringLiteral("declared, not verified"), QStringLiteral("erklärt, nicht geprüft"));

    ReportSection section;
    section.id = QStringLiteral("signatures");
    section.title
        = s.pick(QStringLiteral("Electronic signatures"), QStringLiteral("Elektronische Signaturen"));
    section.order = 85;
    if (required)
        section.blocks.append(ReportBlock::paragraph(
            s.pick(QStringLiteral(
                       "This session requires electronic signatures. Each act below was signed with an SSH "
                       "key (ssh-keygen -Y sign, namespace cutover-cockpit) over a statement naming the act, "
                       "its meaning, the time and the audit chain's head at that moment. Who may sign as "
                       "whom is set by an allowed-signers file kept outside the session."),
                QStringLiteral(
                    "Diese Sitzung verlangt elektronische Signaturen. Jede Handlung unten wurde mit einem "
                    "SSH-Schlüssel signiert (ssh-keygen -Y sign, Namensraum cutover-cockpit), über eine "
                    "Erklärung mit der Handlung, ihrer Bedeutung, der Zeit und dem Kopf der Audit-Kette "
                    "in diesem Moment. Wer als wer signieren darf, legt eine Allowed-Signers-Datei "
                    "außerhalb der Sitzung fest."))));
    else
        section.blocks.append(ReportBlock::paragraph(s.pick(
            QStringLiteral("Identities declared, not verified: this session records the operating-system "
                           "account of each person who acted; nobody proved who they are with a key."),
            QStringLiteral("Identitäten erklärt, nicht geprüft: Diese Sitzung hält das Betriebssystemkonto "
                           "jeder handelnden Person fest; niemand hat mit einem Schlüssel nachgewiesen, wer "
                           "er ist."))));

    QList<QStringList> table;
    QJsonArray data;
    for (const SignatureRecord &r : rows) {
        if (ctx.isCanceled())
            return false;
        const QString who = r.displayName.isEmpty()
            ? r.principal
            : r.displayName + QStringLiteral(" (") + r.principal + QLatin1Char(')');
        const QString state = r.isDeclared()
            ? declaredText
            : s.pick(QStringLiteral("SSH signature, key %1"), QStringLiteral("SSH-Signatur, Schlüssel %1"))
                  .arg(r.keyFingerprint);
        table.append(
            { QString::number(r.id), r.at.toUTC().toString(QStringLiteral("yyyy-MM-dd\nHH:mm:ss.zzz 'UTC'")),
                who, meaningText(s, r.meaning), r.act + QLatin1Char('\n') + recordOf(r), state });
        data.append(
            QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("at"), Timestamps::toText(r.at) },
                { QStringLiteral("display_name"), r.displayName },
                { QStringLiteral("principal"), r.principal }, { QStringLiteral("meaning"), r.meaning },
                { QStringLiteral("act"), r.act }, { QStringLiteral("entity"), r.entity },
                { QStringLiteral("entity_id"), r.entityId }, { QStringLiteral("declared"), r.isDeclared() },
                { QStringLiteral("key_fingerprint"), r.keyFingerprint },
                { QStringLiteral("chain_head"), r.chainHead } });
    }
    if (rows.isEmpty()) {
        section.blocks.append(
            ReportBlock::paragraph(s.pick(QStringLiteral("No act of this session was signed."),
                QStringLiteral("Keine Handlung dieser Sitzung wurde signiert."))));
    } else {
        ReportBlock b = ReportBlock::table(
            { QStringLiteral("#"), s.pick(QStringLiteral("Date and time"), QStringLiteral("Datum und Zeit")),
                s.pick(QStringLiteral("Signed by"), QStringLiteral("Signiert von")),
                s.pick(QStringLiteral("Meaning"), QStringLiteral("Bedeutung")),
                s.pick(QStringLiteral("Act and record"), QStringLiteral("Handlung und Eintrag")),
                s.pick(QStringLiteral("Signature"), QStringLiteral("Signatur")) },
            table);
        b.stretchColumn = 4;
        section.blocks.append(b);
        section.blocks.append(ReportBlock::heading(s.text(ReportStrings::VerifyHow)));
        section.blocks.append(ReportBlock::paragraph(s.pick(
            QStringLiteral(
                "Each signature checks with OpenSSH alone: cutoverctl audit signatures lists the exact "
                "signed statements with a ready ssh-keygen command; cutoverctl audit verify checks "
                "them all against the allowed-signers file, and that each covers a chain head the "
                "trail still holds (a rewritten history breaks every later signature)."),
            QStringLiteral(
                "Jede Signatur lässt sich allein mit OpenSSH prüfen: cutoverctl audit signatures listet "
                "die genauen signierten Erklärungen mit einem fertigen ssh-keygen-Befehl; cutoverctl "
                "audit verify prüft alle gegen die Allowed-Signers-Datei und dass jede einen Kopf der "
                "Kette abdeckt, den der Trail noch enthält (eine umgeschriebene Geschichte bricht jede "
                "spätere Signatur)."))));
        section.blocks.append(ReportBlock::code(
            QStringLiteral("cutoverctl audit verify %1 \\\n    --allowed-signers allowed_signers")
                .arg(QFileInfo(ctx.session->path()).fileName())));
    }
    out->sections.append(section);
    out->titleFacts.append({ s.pick(QStringLiteral("Signatures"), QStringLiteral("Signaturen")),
        (required ? s.pick(QStringLiteral("required (SSH)"), QStringLiteral("verlangt (SSH)"))
                  : s.pick(QStringLiteral("identities declared, not verified"),
                      QStringLiteral("Identitäten erklärt, nicht geprüft")))
            + QStringLiteral(" · ")
            + s.pick(QStringLiteral("%1 signed, %2 declared"), QStringLiteral("%1 signiert, %2 erklärt"))
                  .arg(rows.size() - declared)
                  .arg(declared) });
    out->data = QJsonObject { { QStringLiteral("policy"),
                                  required ? QStringLiteral("required") : QStringLiteral("declared") },
        { QStringLiteral("signatures"), data } };
    return true;
}
