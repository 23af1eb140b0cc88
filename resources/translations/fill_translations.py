#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Completes cockpit_de.ts and cockpit_en.ts after lupdate.

Run after `cmake --build build --target update_translations`:
    python3 resources/translations/fill_translations.py

1. The core (models/) translates some messages through a file-local helper
   `QString tr(const char *t) { return QCoreApplication::translate("Context", t); }`. lupdate cannot see
   the context of calls from free functions or helper classes, so this script finds those strings in
   the sources and files them under the context the helper really uses.
2. Fills every German translation from the dictionary below; English gets its source text (and plural
   forms). Exits with status 1 and lists the messages that have no German text, so none is left unfinished.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

DE = {
    '%1.minutes must be a whole number from 0 to %2': '%1.minutes muss eine ganze Zahl von 0 bis %2 sein',
    'Skip with your signature': 'Mit Ihrer Signatur überspringen',
    '"%1" is skipped, signed by %2.': '„%1“ ist übersprungen, signiert von %2.',
    'Verified by %1': 'Bestätigt von %1',
    'Verify the entry': 'Den Eintrag bestätigen',
    'Change &your display name…': '&Anzeigenamen ändern…',
    'Signing &keys…': 'Signatur&schlüssel…',
    'Signature &policy…': 'Signatur&regel…',
    'The file was not changed.': 'Die Datei wurde nicht geändert.',
    'Final by %1': 'Abgeschlossen von %1',
    'Approve the template version': 'Die Vorlagenversion freigeben',
    'No signing key or no allowed-signers file is set: this session needs both to prove who you are.': 'Kein Signaturschlüssel oder keine Allowed-Signers-Datei festgelegt: Diese Sitzung braucht beides, damit Sie nachweisen, wer Sie sind.',
    '&Sign in': '&Anmelden',
    'Sign &in…': '&Anmelden…',
    'Prove who you are with your signing key (%1); also to switch to another key': 'Mit Ihrem Signaturschlüssel nachweisen, wer Sie sind (%1); auch um zu einem anderen Schlüssel zu wechseln',
    'Sign &out': 'Ab&melden',
    'Nobody proven any more: the session stays open read-only until you sign in': 'Niemand mehr nachgewiesen: Die Sitzung bleibt nur lesend geöffnet, bis Sie sich anmelden',
    'Identities are declared': 'Identitäten sind erklärt',
    'Identities are declared, not verified, in this session: every action is recorded with the operating-system account running the cockpit (%1). Nobody signs in with a key here.': 'Identitäten sind in dieser Sitzung erklärt, nicht geprüft: Jede Handlung wird mit dem Betriebssystemkonto aufgezeichnet, unter dem das Cockpit läuft (%1). Hier meldet sich niemand mit einem Schlüssel an.',
    'To have every action proven by a key, change Session > Signature policy… to required; the change is itself signed.': 'Damit jede Handlung durch einen Schlüssel nachgewiesen wird, stellen Sie Sitzung > Signaturregel… auf „verlangt“; die Änderung wird selbst signiert.',
    'Signed in: every action is recorded as %1 from now on.': 'Angemeldet: Jede Handlung wird von jetzt an als %1 aufgezeichnet.',
    'Signed out (%1): the session is open read-only until you sign in again (Session > Sign in…, %2).': 'Abgemeldet (%1): Die Sitzung ist nur lesend geöffnet, bis Sie sich wieder anmelden (Sitzung > Anmelden…, %2).',
    'Opened read-only: this session requires signatures and you did not prove who you are. Sign in to work in it (Session > Sign in…, %1).': 'Nur lesend geöffnet: Diese Sitzung verlangt Signaturen, und Sie haben nicht nachgewiesen, wer Sie sind. Melden Sie sich an, um darin zu arbeiten (Sitzung > Anmelden…, %1).',
    'You signed in with the key %1.': 'Sie haben sich mit dem Schlüssel %1 angemeldet.',
    'signatures required; signed in': 'Signaturen verlangt; angemeldet',
    'You proved with your key that you are %1: every action is recorded so.': 'Sie haben mit Ihrem Schlüssel nachgewiesen, dass Sie %1 sind: So wird jede Handlung aufgezeichnet.',
    'Nobody proved who they are: the session is open read-only. Sign in with your key to work in it.': 'Niemand hat nachgewiesen, wer er ist: Die Sitzung ist nur lesend geöffnet. Melden Sie sich mit Ihrem Schlüssel an, um darin zu arbeiten.',
    'Identity declared, not verified: %1 is the operating-system account that recorded the sign-off; no key proves who it was.': 'Identität erklärt, nicht geprüft: %1 ist das Betriebssystemkonto, das die Abnahme aufgezeichnet hat; kein Schlüssel weist nach, wer es war.',
    'nobody yet: choose your signing key': 'noch niemand: Wählen Sie Ihren Signaturschlüssel',
    'nobody yet: no allowed-signers file is set (Edit > Signing keys…)': 'noch niemand: Keine Allowed-Signers-Datei festgelegt (Bearbeiten > Signaturschlüssel…)',
    '(finding out whose key this is…)': '(wird ermittelt, wessen Schlüssel das ist…)',
    'nobody: this key is not in the allowed-signers file %1, so it cannot sign here': 'niemand: Dieser Schlüssel steht nicht in der Allowed-Signers-Datei %1 und kann hier daher nicht signieren',
    'not known until the key can be read: %1': 'unbekannt, bis der Schlüssel gelesen werden kann: %1',
    'Prove who you are': 'Weisen Sie nach, wer Sie sind',
    '"%1" requires signatures: every action is recorded with the principal your key proves. Sign a one-time challenge with your key to work in it; without that it opens read-only.': '„%1“ verlangt Signaturen: Jede Handlung wird mit dem Prinzipal aufgezeichnet, den Ihr Schlüssel nachweist. Signieren Sie einmalig eine Herausforderung mit Ihrem Schlüssel, um darin zu arbeiten; sonst wird sie nur lesend geöffnet.',
    'Open &read-only': 'Nur &lesend öffnen',
    'no signing key is set': 'kein Signaturschlüssel festgelegt',
    'no allowed-signers file is set': 'keine Allowed-Signers-Datei festgelegt',
    'Cannot prove who you are yet: %1. Set them under Signing keys…, or open the session read-only.': 'Sie können noch nicht nachweisen, wer Sie sind: %1. Legen Sie sie unter Signaturschlüssel… fest, oder öffnen Sie die Sitzung nur lesend.',
    'You proved who you are with your signing key; every action is recorded as %1.': 'Sie haben mit Ihrem Signaturschlüssel nachgewiesen, wer Sie sind; jede Handlung wird als %1 aufgezeichnet.',
    'Every action is recorded as %1, the operating-system account running the cockpit. The display name is only shown beside it (Edit > Change your display name).': 'Jede Handlung wird als %1 aufgezeichnet, das Betriebssystemkonto, unter dem das Cockpit läuft. Der Anzeigename wird nur daneben gezeigt (Bearbeiten > Anzeigenamen ändern).',
    'no signing key': 'kein Signaturschlüssel',
    'No signing key is set (Edit > Signing keys…).': 'Kein Signaturschlüssel festgelegt (Bearbeiten > Signaturschlüssel…).',
    'key %1': 'Schlüssel %1',
    'Signing key: %1\n%2': 'Signaturschlüssel: %1\n%2',
    'In this session people are who their operating-system account says; no signature proves it.': 'In dieser Sitzung sind Personen, wer ihr Betriebssystemkonto sagt; keine Signatur weist es nach.',
    'signatures required; not signed in': 'Signaturen verlangt; nicht angemeldet',
    'Signature policy': 'Signaturregel',
    "This session's signatures are %1. Change them to %2? The change is itself signed and recorded.": 'Die Signaturen dieser Sitzung sind %1. Auf %2 ändern? Die Änderung wird selbst signiert und aufgezeichnet.',
    'Change the signature policy': 'Die Signaturregel ändern',
    'The statement you sign:': 'Die Erklärung, die Sie signieren:',
    '&Record (declared)': '&Aufzeichnen (erklärt)',
    '&Sign': '&Signieren',
    'Identities declared, not verified: this session records the act with your operating-system account and no signature.': 'Identitäten erklärt, nicht geprüft: Diese Sitzung zeichnet die Handlung mit Ihrem Betriebssystemkonto und ohne Signatur auf.',
    'Your key signs the statement; the allowed-signers file says whose key it is.': 'Ihr Schlüssel signiert die Erklärung; die Allowed-Signers-Datei sagt, wessen Schlüssel es ist.',
    '%1\nMeaning: %2\nSigned by: %3\nTime: %4 (UTC)': '%1\nBedeutung: %2\nSigniert von: %3\nZeit: %4 (UTC)',
    'Choose your signing key (a private key file, or KEY.pub of a key in ssh-agent).': 'Wählen Sie Ihren Signaturschlüssel (eine private Schlüsseldatei oder KEY.pub eines Schlüssels im ssh-agent).',
    'No allowed-signers file is set, so no signature can be checked. Set it under Session > Signing keys…': 'Keine Allowed-Signers-Datei festgelegt, daher kann keine Signatur geprüft werden. Legen Sie sie unter Sitzung > Signaturschlüssel… fest',
    'The key made no signature.': 'Der Schlüssel hat keine Signatur erzeugt.',
    '%1, %2 UTC, %3': '%1, %2 UTC, %3',
    '; identities declared, not verified': '; Identitäten erklärt, nicht geprüft',
    'Signing &key:': 'Signatur&schlüssel:',
    'Choose…': 'Auswählen…',
    '&Passphrase:': '&Passphrase:',
    'a private key file, or KEY.pub of a key in ssh-agent': 'eine private Schlüsseldatei oder KEY.pub eines Schlüssels im ssh-agent',
    'Signing key': 'Signaturschlüssel',
    'Cannot read the allowed-signers file %1: %2': 'Die Allowed-Signers-Datei %1 kann nicht gelesen werden: %2',
    'Signing keys': 'Signaturschlüssel',
    'Your signing key (a private key file, or KEY.pub of a key in ssh-agent) and the OpenSSH allowed-signers file that says whose key is whose. Both stay outside the session files.': 'Ihr Signaturschlüssel (eine private Schlüsseldatei oder KEY.pub eines Schlüssels im ssh-agent) und die OpenSSH-Allowed-Signers-Datei, die sagt, welcher Schlüssel wem gehört. Beide bleiben außerhalb der Sitzungsdateien.',
    '&Allowed signers:': '&Allowed Signers:',
    'Allowed signers': 'Allowed Signers',
    '%1 is set in the environment; it is used instead of the setting.': '%1 ist in der Umgebung gesetzt; es wird statt der Einstellung verwendet.',
    'Your display name': 'Ihr Anzeigename',
    'Every change in a cutover session is recorded as %1: that is who acts, and a name typed here does not change it. The display name is only shown beside it. Leave it empty to show the account alone.': 'Jede Änderung in einer Cutover-Sitzung wird als %1 aufgezeichnet: Das ist, wer handelt, und ein hier eingegebener Name ändert das nicht. Der Anzeigename wird nur daneben gezeigt. Lassen Sie ihn leer, um nur das Konto zu zeigen.',
    'its statement says "%1" where the row says "%2"': 'ihre Erklärung sagt „%1“, wo die Zeile „%2“ sagt',
    'its statement is not a canonical signed statement: %1': 'ihre Erklärung ist keine kanonische signierte Erklärung: %1',
    'covers chain head %1 which is not in the trail — the history before it was rewritten': 'deckt den Kettenkopf %1 ab, der nicht im Trail ist — die Geschichte davor wurde umgeschrieben',
    "names audit record %1 as its act's record, which is not in the trail": 'nennt den Audit-Eintrag %1 als Eintrag ihrer Handlung, der nicht im Trail ist',
    "covers chain head %1 (record %2), which is not before its act's record %3": 'deckt den Kettenkopf %1 (Eintrag %2) ab, der nicht vor dem Eintrag %3 ihrer Handlung liegt',
    'has no signature.create record in the trail': 'hat keinen signature.create-Eintrag im Trail',
    'differs from what its signature.create record %1 says': 'weicht von ihrem signature.create-Eintrag %1 ab',
    'is declared, not signed, in a session whose signatures are required': 'ist erklärt, nicht signiert, in einer Sitzung, die Signaturen verlangt',
    'signature %1 (%2, %3)': 'Signatur %1 (%2, %3)',
    'cannot read the signatures: %1': 'die Signaturen können nicht gelesen werden: %1',
    'signature %1 was recorded (audit record %2) but its row is missing': 'Signatur %1 wurde aufgezeichnet (Audit-Eintrag %2), aber ihre Zeile fehlt',
    '%1 does not verify for %2 with the allowed signers %3: %4': '%1 lässt sich für %2 mit den Allowed Signers %3 nicht prüfen: %4',
    'Identities declared, not verified: the names are the accounts people said they were, not proven with a key.': 'Identitäten erklärt, nicht geprüft: Die Namen sind die Konten, als die sich Personen ausgaben, nicht mit einem Schlüssel nachgewiesen.',
    '%1 UTC · written by %2, verified by %3 at %4 UTC': '%1 UTC · geschrieben von %2, bestätigt von %3 am %4 UTC',
    'declared, not verified': 'erklärt, nicht geprüft',
    'Audit trail head: %1 (%2 records)': 'Kopf des Audit-Trails: %1 (%2 Einträge)',
    'Audit trail head %1… (record %2)': 'Kopf des Audit-Trails %1… (Eintrag %2)',
    # signing (issue 12): electronic signatures, ssh-keygen, the signature policy
    "unknown signature policy \"%1\" (required or declared)":
        "unbekannte Signaturregel „%1“ (required oder declared)",
    "The signed statement describes \"%1\", but the item is now %2; sign again.":
        "Die signierte Erklärung beschreibt „%1“, der Punkt ist aber jetzt %2; signieren Sie erneut.",
    "The signed statement describes \"%1\", but the act is %2; sign again.":
        "Die signierte Erklärung beschreibt „%1“, die Handlung ist aber %2; signieren Sie erneut.",
    "The session's signature policy is already \"%1\".":
        "Die Signaturregel der Sitzung ist bereits „%1“.",
    "The signed statement describes \"%1\", but the change is %2; sign again.":
        "Die signierte Erklärung beschreibt „%1“, die Änderung ist aber %2; signieren Sie erneut.",
    "The signature names no principal.":
        "Die Signatur nennt keinen Principal.",
    "The signed statement is for %1 of %2 %3, not for %4 of %5 %6; sign again.":
        "Die signierte Erklärung gilt für %1 von %2 %3, nicht für %4 von %5 %6; signieren Sie erneut.",
    "The signed statement's meaning \"%1\" is not that of %2; sign again.":
        "Die Bedeutung „%1“ der signierten Erklärung ist nicht die von %2; signieren Sie erneut.",
    "The signed statement belongs to another session (%1); sign again.":
        "Die signierte Erklärung gehört zu einer anderen Sitzung (%1); signieren Sie erneut.",
    "The signed statement has no time.":
        "Die signierte Erklärung hat keine Zeit.",
    "This session requires electronic signatures: %1 must sign with their key (cutoverctl: --key FILE or COCKPIT_SIGNING_KEY).":
        "Diese Sitzung verlangt elektronische Signaturen: %1 muss mit dem eigenen Schlüssel signieren (cutoverctl: --key DATEI oder COCKPIT_SIGNING_KEY).",
    "The trail moved on since you signed; sign again.":
        "Der Audit-Trail ist seit Ihrer Signatur weitergegangen; signieren Sie erneut.",
    "The signed statement describes \"%1\", not entry %2; sign again.":
        "Die signierte Erklärung beschreibt „%1“, nicht Eintrag %2; signieren Sie erneut.",
    "The signed statement is not the result statement as it is now; sign again.":
        "Die signierte Erklärung ist nicht die Ergebnisaussage in ihrer jetzigen Form; signieren Sie erneut.",
    "reviewed and approved":
        "geprüft und freigegeben",
    "verified as accurate":
        "als zutreffend bestätigt",
    "responsible for":
        "verantwortlich für",
    "signatures required":
        "Signaturen verlangt",
    "identities declared, not verified":
        "Identitäten angegeben, nicht geprüft",
    "Identities declared, not verified.":
        "Identitäten angegeben, nicht geprüft.",
    "The statement does not end with a line break.":
        "Die Erklärung endet nicht mit einem Zeilenumbruch.",
    "The statement has %1 lines instead of 10.":
        "Die Erklärung hat %1 Zeilen statt 10.",
    "The statement does not start with \"%1\".":
        "Die Erklärung beginnt nicht mit „%1“.",
    "Line %1 of the statement is not \"%2\".":
        "Zeile %1 der Erklärung ist nicht „%2“.",
    "The statement's entity line is not \"ENTITY ID\".":
        "Die Objektzeile der Erklärung ist nicht „OBJEKT ID“.",
    "The statement's time \"%1\" is not UTC with milliseconds.":
        "Die Zeit „%1“ der Erklärung ist nicht UTC mit Millisekunden.",
    "The statement is not in its canonical form.":
        "Die Erklärung ist nicht in ihrer kanonischen Form.",
    "%1 is a public key, but no ssh-agent is reachable (SSH_AUTH_SOCK is not set); give the private key file or start ssh-agent and add the key with ssh-add.":
        "%1 ist ein öffentlicher Schlüssel, aber kein ssh-agent ist erreichbar (SSH_AUTH_SOCK ist nicht gesetzt); geben Sie die private Schlüsseldatei an oder starten Sie ssh-agent und fügen Sie den Schlüssel mit ssh-add hinzu.",
    "The key %1 is protected by a passphrase; give the passphrase.":
        "Der Schlüssel %1 ist durch eine Passphrase geschützt; geben Sie die Passphrase an.",
    "Wrong passphrase for the key %1.":
        "Falsche Passphrase für den Schlüssel %1.",
    "ssh-agent does not hold the private half of %1 (add it with ssh-add): %2":
        "ssh-agent hält den privaten Teil von %1 nicht (fügen Sie ihn mit ssh-add hinzu): %2",
    "ssh-keygen could not sign with %1: %2":
        "ssh-keygen konnte nicht mit %1 signieren: %2",
    "There is no signature to verify.":
        "Es gibt keine Signatur zu prüfen.",
    "The signature of %1 does not verify against the allowed signers file %2 (the key is not allowed for %1 there, or the signed text was changed): %3":
        "Die Signatur von %1 lässt sich mit der Allowed-Signers-Datei %2 nicht bestätigen (der Schlüssel ist dort nicht für %1 zugelassen, oder der signierte Text wurde geändert): %3",
    "The signing key is not in the allowed signers file %1.":
        "Der Signaturschlüssel steht nicht in der Allowed-Signers-Datei %1.",
    "%1 is not an SSH key: %2":
        "%1 ist kein SSH-Schlüssel: %2",
    "Cannot read the public half of %1 (is it protected by a passphrase?): %2":
        "Der öffentliche Teil von %1 kann nicht gelesen werden (ist er durch eine Passphrase geschützt?): %2",
    "The public key is not of the form \"TYPE BASE64\".":
        "Der öffentliche Schlüssel hat nicht die Form „TYP BASE64“.",
    "Cannot read the allowed signers file %1: %2":
        "Die Allowed-Signers-Datei %1 kann nicht gelesen werden: %2",
    "The key is not in the allowed signers file %1.":
        "Der Schlüssel steht nicht in der Allowed-Signers-Datei %1.",
    "ssh-keygen was not found; install OpenSSH's client tools (package openssh-client).":
        "ssh-keygen wurde nicht gefunden; installieren Sie die Client-Werkzeuge von OpenSSH (Paket openssh-client).",
    "ssh-keygen (%1) could not be started.":
        "ssh-keygen (%1) konnte nicht gestartet werden.",
    "ssh-keygen did not finish within %1 s and was stopped.":
        "ssh-keygen ist nicht innerhalb von %1 s fertig geworden und wurde beendet.",
    "Cannot write a temporary file for the signature: %1":
        "Eine temporäre Datei für die Signatur kann nicht geschrieben werden: %1",
    "No allowed signers file is set: give --allowed-signers FILE, set COCKPIT_ALLOWED_SIGNERS or choose one in the settings.":
        "Keine Allowed-Signers-Datei ist festgelegt: geben Sie --allowed-signers DATEI an, setzen Sie COCKPIT_ALLOWED_SIGNERS oder wählen Sie eine in den Einstellungen.",
    "The allowed signers file %1 does not exist.":
        "Die Allowed-Signers-Datei %1 existiert nicht.",
    "No signing key is set: give --key FILE or set COCKPIT_SIGNING_KEY.":
        "Kein Signaturschlüssel ist festgelegt: geben Sie --key DATEI an oder setzen Sie COCKPIT_SIGNING_KEY.",
    "There is no key file %1.":
        "Es gibt keine Schlüsseldatei %1.",
    "The signed statement describes %1, not %2; sign again.":
        "Die signierte Erklärung beschreibt %1, nicht %2; signieren Sie erneut.",
    # traffic-state: read-only show, reconcile, crash-safe state, the traffic lease
    "cutoverctl reconcile %1 --by NAME --reason TEXT": "cutoverctl reconcile %1 --by NAME --reason TEXT",
    "cutoverctl rollback %1 --by NAME --reason TEXT": "cutoverctl rollback %1 --by NAME --reason TEXT",
    "The backend cannot be read, so nobody knows the split in force. Check it (cutoverctl backend %1 --check), then `%2`; a rollback does not need the read-back: `%3`.":
        "Das Backend kann nicht gelesen werden, niemand kennt also die geltende Aufteilung. Prüfen Sie es (cutoverctl backend %1 --check), dann `%2`; ein Rollback braucht das Zurücklesen nicht: `%3`.",
    "The backend has the unconfirmed change to %1 %. Confirm it: `%2`.":
        "Das Backend hat die unbestätigte Änderung auf %1 %. Bestätigen Sie sie: `%2`.",
    "The change to %1 % never reached the backend, which still has %2 % (the last confirmed split). Record that: `%3`; then run again or roll back.":
        "Die Änderung auf %1 % hat das Backend nie erreicht; es hat weiter %2 % (die zuletzt bestätigte Aufteilung). Halten Sie das fest: `%3`; dann erneut ausführen oder zurückrollen.",
    "The backend has %1 %, which nobody confirmed (changed outside the cockpit?). Either set the split you want (`cutoverctl shift %2 --to PERCENT --by NAME --reason TEXT`, e.g. --to %3 to restore the last confirmed split) or roll back: `%4`.":
        "Das Backend hat %1 %, was niemand bestätigt hat (außerhalb des Cockpits geändert?). Setzen Sie entweder die gewünschte Aufteilung (`cutoverctl shift %2 --to PERCENT --by NAME --reason TEXT`, z. B. --to %3 für die zuletzt bestätigte Aufteilung) oder rollen Sie zurück: `%4`.",
    "unknown (the backend cannot be read)": "unbekannt (das Backend kann nicht gelesen werden)",
    "reopened after an interruption (%1 on record): meant %2 % new, in force %3; nothing goes on until a person decides":
        "nach einer Unterbrechung wieder geöffnet (%1 laut Aufzeichnung): beabsichtigt %2 % neu, in Kraft %3; nichts geht weiter, bis ein Mensch entscheidet",
    "Reopened after an interruption (%1 on record), nothing goes on until a person decides. %2":
        "Nach einer Unterbrechung wieder geöffnet (%1 laut Aufzeichnung), nichts geht weiter, bis ein Mensch entscheidet. %2",
    "Reconciling needs a person and a reason.": "Abgleichen braucht eine Person und einen Grund.",
    "confirmed by read-back (reconcile)": "durch Zurücklesen bestätigt (Abgleich)",
    "not applied: the backend still has %1 % (reconcile)": "nicht angewendet: das Backend hat weiter %1 % (Abgleich)",
    "The reconcile could not be recorded: %1": "Der Abgleich konnte nicht aufgezeichnet werden: %1",
    "Taking over needs a person and a reason.": "Übernehmen braucht eine Person und einen Grund.",
    "Took over the traffic of this session from %1.": "Den Traffic dieser Sitzung von %1 übernommen.",
    "The traffic of this session is controlled by %1; this cockpit only looks. Take over explicitly, with a reason, to drive it from here.":
        "Den Traffic dieser Sitzung steuert %1; dieses Cockpit schaut nur zu. Übernehmen Sie ausdrücklich, mit einem Grund, um ihn von hier zu steuern.",
    "The traffic lease cannot be taken: %1": "Die Traffic-Steuerung kann nicht übernommen werden: %1",
    "%1 took over the traffic of this session; this cockpit stopped its hold and gates and only looks now.":
        "%1 hat den Traffic dieser Sitzung übernommen; dieses Cockpit hat Halten und Gates beendet und schaut nur noch zu.",
    "Another cockpit": "Ein anderes Cockpit",
    "The backend has %1 % new, but the confirmation could not be recorded: %2. Read the split back before acting.":
        "Das Backend hat %1 % neu, aber die Bestätigung konnte nicht aufgezeichnet werden: %2. Lesen Sie die Aufteilung zurück, bevor Sie handeln.",
    "The backend's error could not be recorded: %1": "Der Fehler des Backends konnte nicht aufgezeichnet werden: %1",
    "The backend differs from the record; reconcile, resume or roll back first.":
        "Das Backend weicht von der Aufzeichnung ab; erst abgleichen, fortsetzen oder zurückrollen.",
    "step %1 is not in force (%2 % new is); its gates do not run. Run or resume to go on.":
        "Schritt %1 ist nicht in Kraft (%2 % neu sind es); seine Gates laufen nicht. Ausführen oder fortsetzen, um weiterzugehen.",
    "ROLLBACK NOT STARTED, the intent could not be recorded: %1":
        "ROLLBACK NICHT GESTARTET, die Absicht konnte nicht aufgezeichnet werden: %1",
    "The rollback could not be recorded.": "Der Rollback konnte nicht aufgezeichnet werden.",
    "ROLLBACK NOT CONFIRMED, the backend reports %1: traffic may still reach the new path":
        "ROLLBACK NICHT BESTÄTIGT, das Backend meldet %1: Traffic kann noch den neuen Pfad erreichen",
    "Taking over from %1 needs a reason.": "Die Übernahme von %1 braucht einen Grund.",
    "the holder is gone (process ended or no heartbeat for %1 s)":
        "der Inhaber ist weg (Prozess beendet oder seit %1 s kein Lebenszeichen)",
    "%1 on %2 (pid %3) since %4": "%1 auf %2 (PID %3) seit %4",
    "Take over…": "Übernehmen…",
    "Drive this session's traffic from here; the other cockpit stops and only looks. Recorded in the audit trail with your reason.":
        "Den Traffic dieser Sitzung von hier steuern; das andere Cockpit hält an und schaut nur zu. Wird mit Ihrem Grund im Audit-Trail festgehalten.",
    "Reopened after an interruption: meant %1 % new, in force %2. Nothing goes on by itself: run the plan to go on (the gates of the step in force are measured again), or roll back.":
        "Nach einer Unterbrechung wieder geöffnet: beabsichtigt %1 % neu, in Kraft %2. Nichts geht von selbst weiter: führen Sie den Plan aus, um weiterzugehen (die Gates des geltenden Schritts werden erneut gemessen), oder rollen Sie zurück.",
    "unknown": "unbekannt",
    "Nobody drives the traffic now; the first action here takes control.":
        "Niemand steuert den Traffic gerade; die erste Aktion hier übernimmt die Steuerung.",
    "This cockpit controls the traffic (%1).": "Dieses Cockpit steuert den Traffic (%1).",
    "Controlled by %1, which stopped answering; the next action here takes over at once (recorded).":
        "Gesteuert von %1, das nicht mehr antwortet; die nächste Aktion hier übernimmt sofort (wird aufgezeichnet).",
    "Controlled by %1. This cockpit only looks at the traffic.":
        "Gesteuert von %1. Dieses Cockpit schaut dem Traffic nur zu.",
    "Take over the traffic": "Den Traffic übernehmen",
    "%1 controls this session's traffic now. Take over? That cockpit stops its hold and gates and only looks; your reason goes into the audit trail.":
        "%1 steuert den Traffic dieser Sitzung gerade. Übernehmen? Jenes Cockpit beendet Halten und Gates und schaut nur zu; Ihr Grund kommt in den Audit-Trail.",
    "Take over": "Übernehmen",
    "e.g. alice's laptop lost the VPN; bob leads the cutover from here":
        "z. B. Alices Laptop hat das VPN verloren; Bob leitet den Cutover von hier",
    "another cockpit controls this session's traffic now": "ein anderes Cockpit steuert den Traffic dieser Sitzung gerade",
    # store-input: verify, durability, limits and hostile input
    "The audit trail of %1 is broken at record %2 (%3); nothing more is written. Run `cutoverctl audit verify %1` for details.":
        "Der Audit-Trail von %1 ist bei Eintrag %2 unterbrochen (%3); es wird nichts mehr geschrieben. Details zeigt `cutoverctl audit verify %1`.",
    "%1 is a directory, not a %2 file.": "%1 ist ein Verzeichnis, keine %2-Datei.",
    "%1 is a named pipe (FIFO), not a %2 file; it was not read.":
        "%1 ist eine benannte Pipe (FIFO), keine %2-Datei; sie wurde nicht gelesen.",
    "%1 is a device, not a %2 file; it was not read.": "%1 ist ein Gerät, keine %2-Datei; es wurde nicht gelesen.",
    "%1 is a socket, not a %2 file.": "%1 ist ein Socket, keine %2-Datei.",
    "%1 is not a regular file, so it is not a %2 file.": "%1 ist keine gewöhnliche Datei und damit keine %2-Datei.",
    "There is no %1 file named %2.": "Es gibt keine %1-Datei namens %2.",
    "%1 is larger than %2 MiB; a %3 file that large is refused.":
        "%1 ist größer als %2 MiB; eine so große %3-Datei wird abgelehnt.",
    "runbook": "Runbook",
    "session": "Session",
    "%1 MiB": "%1 MiB",
    "%1 KiB": "%1 KiB",
    "%1 bytes": "%1 Bytes",
    "response larger than %1 — cut off": "Antwort größer als %1 — abgeschnitten",
    "(output larger than %1 — cut off)": "(Ausgabe größer als %1 — abgeschnitten)",
    "%1 after %2 ms": "%1 nach %2 ms",
    "HTTP: %1; a health answer that large is not judged.": "HTTP: %1; eine so große Antwort wird nicht bewertet.",
    '"%1" was changed meanwhile: it is now %2. Look at it again before you change it.':
        "„%1“ wurde inzwischen geändert: es ist jetzt %2. Sehen Sie es sich erneut an, bevor Sie es ändern.",
    "Cannot write the new session: %1 could not be renamed to %2 (does %2 exist now?).":
        "Die neue Session kann nicht geschrieben werden: %1 konnte nicht in %2 umbenannt werden (gibt es %2 inzwischen?).",
    '%1: a second phase named "%2" (%3 has that name); phase names must differ':
        "%1: eine zweite Phase namens „%2“ (%3 heißt schon so); Phasennamen müssen sich unterscheiden",
    'phase "%1" appears again after other phases (first at line %2 as "%3"); the rows of a phase must be together and phase names must differ':
        "Phase „%1“ kommt nach anderen Phasen erneut vor (zuerst in Zeile %2 als „%3“); die Zeilen einer Phase müssen zusammenstehen und Phasennamen sich unterscheiden",
    "%1 holds a control character (escape sequences, NUL and the like are not allowed in a runbook)":
        "%1 enthält ein Steuerzeichen (Escape-Sequenzen, NUL und Ähnliches sind in einem Runbook nicht erlaubt)",
    "%1.name holds a control character (escape sequences, NUL and the like are not allowed in a runbook)":
        "%1.name enthält ein Steuerzeichen (Escape-Sequenzen, NUL und Ähnliches sind in einem Runbook nicht erlaubt)",
    'line %1, column %2: the member "%3" appears twice in one object; say it once':
        "Zeile %1, Spalte %2: das Element „%3“ steht zweimal im selben Objekt; nennen Sie es nur einmal",
    "line %1, column %2: the control character %3 is not allowed in a runbook (a NUL byte, an escape sequence or the like)":
        "Zeile %1, Spalte %2: das Steuerzeichen %3 ist in einem Runbook nicht erlaubt (ein NUL-Byte, eine Escape-Sequenz oder Ähnliches)",
    # SessionManifest, SessionTrust, TrustBanner, TrustDialog
    "run %1": "%1 ausführen",
    "connect to %1": "sich mit %1 verbinden",
    "use the file %1": "die Datei %1 verwenden",
    "would %1": "würde %1",
    "This session %1; nothing runs until you trust it.":
        "Diese Sitzung %1; nichts davon läuft, bis Sie ihr vertrauen.",
    "&Review and trust…": "&Prüfen und vertrauen…",
    "Shows every program, SQL connection and URL this session would use":
        "Zeigt jedes Programm, jede SQL-Verbindung und jede URL, die diese Sitzung verwenden würde",
    "<b>Untrusted:</b> this session %1 — nothing runs until you trust it. It is open read-only.":
        "<b>Nicht vertraut:</b> diese Sitzung %1 — nichts davon läuft, bis Sie ihr vertrauen. Sie ist nur "
        "lesend geöffnet.",
    "Review what this session would run": "Prüfen, was diese Sitzung ausführen würde",
    "A session file is data: it may have been written by anyone. Once you trust it, the cockpit and cutoverctl run these programs and connect to these databases and URLs for you. Trust it only if you expect every line.":
        "Eine Sitzungsdatei sind Daten: Jeder kann sie geschrieben haben. Sobald Sie ihr vertrauen, führen das "
        "Cockpit und cutoverctl diese Programme für Sie aus und verbinden sich mit diesen Datenbanken und URLs. "
        "Vertrauen Sie ihr nur, wenn Sie jede Zeile erwarten.",
    "What the session would run": "Was die Sitzung ausführen würde",
    "&Trust": "&Vertrauen",
    "&Keep read-only": "Nur &lesend lassen",
    # AuditChain
    "cannot read the audit trail: %1": "der Audit-Trail kann nicht gelesen werden: %1",
    "record %1 is missing (next stored record is %2)": "Eintrag %1 fehlt (nächster gespeicherter Eintrag ist %2)",
    "record %1 does not follow the record before it (a record before it was changed or deleted)":
        "Eintrag %1 passt nicht zum Eintrag davor (ein früherer Eintrag wurde geändert oder gelöscht)",
    "record %1 was changed after it was written": "Eintrag %1 wurde nach dem Schreiben geändert",
    "item %1 exists but the trail never created it": "Punkt %1 existiert, wurde laut Audit-Trail aber nie angelegt",
    'item %1: %2 is "%3" but the trail says "%4"': "Punkt %1: %2 ist „%3“, laut Audit-Trail aber „%4“",
    "item %1 is in the trail but was deleted": "Punkt %1 steht im Audit-Trail, wurde aber gelöscht",
    # ChecklistTrailReplayer (the noun in TrailReplayer's messages)
    "item": "Punkt",
    # RunbookCodec
    'unknown column "%1" (expected Phase, Task, Result and optionally Owner, Sign-off, Minutes; German: Phase, '
    'Aufgabe, Ergebnis, Verantwortlich, Freigabe, Minuten)':
        "unbekannte Spalte „%1“ (erwartet: Phase, Aufgabe, Ergebnis und optional Verantwortlich, Freigabe, "
        "Minuten; englisch: Phase, Task, Result, Owner, Sign-off, Minutes)",
    'column "%1" appears twice': "Spalte „%1“ kommt zweimal vor",
    "the header needs at least the columns Phase and Task": "die Kopfzeile braucht mindestens die Spalten Phase und Aufgabe",
    "%1 cells, but the header has %2 columns": "%1 Zellen, aber die Kopfzeile hat %2 Spalten",
    'sign-off must be yes or no, not "%1"': "Freigabe muss ja oder nein sein, nicht „%1“",
    'minutes must be a whole number of zero or more, not "%1"':
        "Minuten müssen eine ganze Zahl ab null sein, nicht „%1“",
    "the phase is empty": "die Phase ist leer",
    "the task is empty": "die Aufgabe ist leer",
    "line %1: %2": "Zeile %1: %2",
    "the runbook has no tasks": "das Runbook enthält keine Aufgaben",
    "a second table was found; a runbook file holds one table":
        "eine zweite Tabelle wurde gefunden; eine Runbook-Datei enthält genau eine Tabelle",
    "the header must be followed by a |---| line": "auf die Kopfzeile muss eine |---|-Zeile folgen",
    "no table found: expected a line like | Phase | Task | Result |":
        "keine Tabelle gefunden: erwartet wird eine Zeile wie | Phase | Aufgabe | Ergebnis |",
    "a quote inside an unquoted field": "ein Anführungszeichen in einem Feld ohne Anführungszeichen",
    "a quoted field is never closed": "ein Feld in Anführungszeichen wird nie geschlossen",
    "the CSV file is empty; it needs a header row": "die CSV-Datei ist leer; sie braucht eine Kopfzeile",
    "invalid JSON: %1": "ungültiges JSON: %1",
    'the JSON must be an object with "phases"': "das JSON muss ein Objekt mit „phases“ sein",
    '"phases" must be an array': "„phases“ muss ein Array sein",
    "%1.name is missing or empty": "%1.name fehlt oder ist leer",
    "%1.tasks must be an array": "%1.tasks muss ein Array sein",
    "%1 must be an object": "%1 muss ein Objekt sein",
    "%1.signoff must be true or false": "%1.signoff muss true oder false sein",
    "%1.minutes must be a whole number of zero or more": "%1.minutes muss eine ganze Zahl ab null sein",
    "%1.task is missing or empty": "%1.task fehlt oder ist leer",
    "the file is not UTF-8 text": "die Datei ist kein UTF-8-Text",
    "line %1: the file is not UTF-8 text": "Zeile %1: die Datei ist kein UTF-8-Text",
    "%1: unknown runbook format; use a .md, .csv or .json file":
        "%1: unbekanntes Runbook-Format; verwenden Sie eine .md-, .csv- oder .json-Datei",
    "%1 cannot be read: %2": "%1 kann nicht gelesen werden: %2",
    "%1 cannot be written: %2": "%1 kann nicht geschrieben werden: %2",
    # ChecklistActions
    "There is no checklist item %1 in this session.": "Diese Session hat keinen Checklistenpunkt %1.",
    '"%1" already has the status %2; use Reopen to work on it again.':
        "„%1“ hat bereits den Status %2; mit „Wieder öffnen“ können Sie erneut daran arbeiten.",
    # ChecklistModel
    "needed": "nötig",
    "completed by %1": "erledigt von %1",
    "signed off by %1": "freigegeben von %1",
    "needs a sign-off by a second person": "braucht die Freigabe einer zweiten Person",
    "skipped because: %1": "übersprungen, weil: %1",
    "Status": "Status",
    "Task": "Aufgabe",
    "Expected result": "Erwartetes Ergebnis",
    "Owner": "Verantwortlich",
    "Sign-off": "Freigabe",
    "Planned min": "Geplant (Min.)",
    "Started": "Begonnen",
    "Ended": "Beendet",
    "Notes": "Notizen",
    "Evidence": "Nachweise",
    # ChecklistPanel
    "Nothing was recorded for this action. Correct it and try again.":
        "Für diese Aktion wurde nichts gespeichert. Korrigieren Sie sie und versuchen Sie es erneut.",
    "&Start": "&Beginnen",
    "&Done": "&Erledigt",
    "&Failed": "&Fehlgeschlagen",
    "S&kip…": "Übers&pringen…",
    "&Reopen": "&Wieder öffnen",
    "Sign &off…": "Frei&geben…",
    "Edit &notes…": "&Notizen bearbeiten…",
    "Add &evidence…": "Nachweise hin&zufügen…",
    "Set o&wner…": "&Verantwortlich setzen…",
    "Mark the selected item as in progress": "Den gewählten Punkt als in Arbeit markieren",
    "Mark the selected item as done (items that need a sign-off then await it)":
        "Den gewählten Punkt als erledigt markieren (Punkte mit Freigabe warten dann auf sie)",
    "Mark the selected item as failed": "Den gewählten Punkt als fehlgeschlagen markieren",
    "Skip the selected item; you will be asked for the reason":
        "Den gewählten Punkt überspringen; Sie werden nach dem Grund gefragt",
    "Set the selected item back to open": "Den gewählten Punkt wieder auf offen setzen",
    "Sign off the selected item as a second person": "Den gewählten Punkt als zweite Person freigeben",
    "Edit the notes of the selected item": "Die Notizen des gewählten Punkts bearbeiten",
    "Add or edit evidence links of the selected item (one per line)":
        "Nachweis-Links des gewählten Punkts hinzufügen oder bearbeiten (einer pro Zeile)",
    "Set who owns the selected item": "Festlegen, wer für den gewählten Punkt verantwortlich ist",
    "&Open items only": "Nur &offene Punkte",
    "Hide items that are done or skipped (%1)": "Erledigte und übersprungene Punkte ausblenden (%1)",
    "&My items": "&Meine Punkte",
    "Show only the items you own (%1)": "Nur Punkte zeigen, für die Sie verantwortlich sind (%1)",
    "Overall": "Gesamt",
    "Space: next status · Enter: notes · I start · D done · F failed · S skip · R reopen · E evidence · O owner · "
    "right-click: all actions":
        "Leertaste: nächster Status · Enter: Notizen · I beginnen · D erledigt · F fehlgeschlagen · "
        "S überspringen · R wieder öffnen · E Nachweise · O verantwortlich · Rechtsklick: alle Aktionen",
    "All phases": "Alle Phasen",
    "Skip item": "Punkt überspringen",
    'Why is "%1" skipped? The reason is recorded in the audit trail.':
        "Warum wird „%1“ übersprungen? Der Grund wird im Audit-Trail festgehalten.",
    "Sign off": "Freigeben",
    '"%1" was completed by %2. The sign-off must come from a second person.\nSign off as:':
        "„%1“ wurde von %2 erledigt. Die Freigabe muss von einer zweiten Person kommen.\nFreigeben als:",
    '"%1" is signed off by %2.': "„%1“ ist von %2 freigegeben.",
    'Who owns "%1"?': "Wer ist für „%1“ verantwortlich?",
    'Evidence for "%1": links or file paths, one per line.':
        "Nachweise für „%1“: Links oder Dateipfade, einer pro Zeile.",
    'Notes on "%1":': "Notizen zu „%1“:",
    # CutoverSession
    "A session is created by a named person; give your name.":
        "Eine Session wird von einer namentlich genannten Person angelegt; geben Sie Ihren Namen an.",
    "The session needs a name.": "Die Session braucht einen Namen.",
    "Cannot write the new session: %1": "Die neue Session kann nicht geschrieben werden: %1",
    "%1 has no session header; it is damaged.": "%1 hat keinen Session-Kopf; die Datei ist beschädigt.",
    'Item %1 has an unknown status "%2"; the session file is damaged.':
        "Punkt %1 hat einen unbekannten Status „%2“; die Session-Datei ist beschädigt.",
    "This session is open read-only; nothing can be changed here.":
        "Diese Session ist nur zum Lesen geöffnet; hier kann nichts geändert werden.",
    "Every change is recorded with a name; give your name first.":
        "Jede Änderung wird mit einem Namen festgehalten; geben Sie zuerst Ihren Namen an.",
    "An item awaits sign-off after it is marked done; mark it done instead.":
        "Ein Punkt wartet auf Freigabe, nachdem er als erledigt markiert wurde; markieren Sie ihn als erledigt.",
    'Skipping "%1" needs a reason.': "Das Überspringen von „%1“ braucht einen Grund.",
    '"%1" does not need a sign-off.': "„%1“ braucht keine Freigabe.",
    '"%1" is %2; it can be signed off once it has been marked done.':
        "„%1“ ist %2; freigeben lässt sich der Punkt, sobald er als erledigt markiert ist.",
    'The sign-off must come from a second person: %1 completed "%2" and cannot sign it off too.':
        "Die Freigabe muss von einer zweiten Person kommen: %1 hat „%2“ erledigt und kann es nicht auch freigeben.",
    "The change was not saved: %1": "Die Änderung wurde nicht gespeichert: %1",
    # DemoSession
    "The demo session could not be built: %1": "Die Demo-Session konnte nicht aufgebaut werden: %1",
    "DEMO: Core banking adapter": "DEMO: Kernbanken-Adapter",
    "Move the payment flow to the new integration platform without downtime (demo data).":
        "Den Zahlungsfluss ohne Ausfallzeit auf die neue Integrationsplattform umziehen (Demodaten).",
    "The demo template has fewer than two phases.": "Die Demo-Vorlage hat weniger als zwei Phasen.",
    "checked in the demo": "in der Demo geprüft",
    "Change CHG-4711 approved; bridge call open. (demo)": "Change CHG-4711 genehmigt; Bridge-Call offen. (Demo)",
    # ItemStatus
    "Open": "Offen",
    "In progress": "In Arbeit",
    "Awaiting sign-off": "Wartet auf Freigabe",
    "Done": "Erledigt",
    "Failed": "Fehlgeschlagen",
    "Skipped": "Übersprungen",
    # MainWindow
    "About Cutover Cockpit": "Über Cutover Cockpit",
    "<h3>Cutover Cockpit %1</h3><p>The cockpit for the lead of a zero-downtime production cutover: checklist "
    "and sign-offs, the traffic shift with gates, live metrics, the incident log, the report and a "
    "tamper-evident audit trail.</p><p>Licence: GPL-3.0-or-later</p>":
        "<h3>Cutover Cockpit %1</h3><p>Das Cockpit für die Leitung eines Production Cutovers ohne Ausfallzeit: "
        "Checkliste und Freigaben, die Traffic-Umschaltung mit Gates, Live-Metriken, das Ereignisprotokoll, der "
        "Bericht und ein manipulationssicherer Audit-Trail.</p><p>Lizenz: GPL-3.0-or-later</p>",
    "&File": "&Datei",
    "&New session…": "&Neue Session…",
    "&Open session…": "Session ö&ffnen…",
    "Open &recent": "&Zuletzt geöffnet",
    "Open the &demo": "&Demo öffnen",
    "&Import runbook…": "Runbook &importieren…",
    "&Export runbook…": "Runbook e&xportieren…",
    "&Close session": "Session &schließen",
    "&Quit": "&Beenden",
    "&Edit": "&Bearbeiten",
    "&Undo": "&Rückgängig",
    "&Redo": "&Wiederherstellen",
    "Change &your name…": "&Ihren Namen ändern…",
    "&Item": "&Punkt",
    "&View": "&Ansicht",
    "&Checklist": "&Checkliste",
    "&Language": "&Sprache",
    "&Help": "&Hilfe",
    "&About Cutover Cockpit": "Ü&ber Cutover Cockpit",
    "Cutover Cockpit": "Cutover Cockpit",
    "%1 [DEMO] — Cutover Cockpit": "%1 [DEMO] — Cutover Cockpit",
    "%1 — Cutover Cockpit": "%1 — Cutover Cockpit",
    "Cannot open the session": "Die Session kann nicht geöffnet werden",
    "The file was not changed. Check that it is a Cutover Cockpit session, or open another one.":
        "Die Datei wurde nicht verändert. Prüfen Sie, ob es eine Cutover-Cockpit-Session ist, oder öffnen Sie "
        "eine andere.",
    "Cannot create a temporary folder for the demo.": "Für die Demo kann kein temporärer Ordner angelegt werden.",
    "Cannot start the demo": "Die Demo kann nicht gestartet werden",
    "Check that the temporary folder is writable.": "Prüfen Sie, ob der temporäre Ordner beschreibbar ist.",
    "Cannot create the session": "Die Session kann nicht angelegt werden",
    "Choose another file name or folder and try again.":
        "Wählen Sie einen anderen Dateinamen oder Ordner und versuchen Sie es erneut.",
    "Open a cutover session": "Eine Cutover-Session öffnen",
    "Cutover sessions (*.cutover);;All files (*)": "Cutover-Sessions (*.cutover);;Alle Dateien (*)",
    "Import a runbook": "Ein Runbook importieren",
    "Runbooks (*.md *.markdown *.csv *.json)": "Runbooks (*.md *.markdown *.csv *.json)",
    "Cannot import the runbook": "Das Runbook kann nicht importiert werden",
    "Nothing was imported. Correct the file at the line named and import it again.":
        "Es wurde nichts importiert. Korrigieren Sie die Datei in der genannten Zeile und importieren Sie sie erneut.",
    "Export the runbook": "Das Runbook exportieren",
    "Markdown (*.md);;CSV (*.csv);;JSON (*.json)": "Markdown (*.md);;CSV (*.csv);;JSON (*.json)",
    "%1 has no known suffix; use .md, .csv or .json.": "%1 hat keine bekannte Endung; verwenden Sie .md, .csv oder .json.",
    "Cannot export the runbook": "Das Runbook kann nicht exportiert werden",
    "Choose another file name or folder.": "Wählen Sie einen anderen Dateinamen oder Ordner.",
    "(no recent sessions)": "(keine zuletzt geöffneten Sessions)",
    # MessageBar
    "Close message": "Meldung schließen",
    # NewSessionDialog
    "Rehearsal": "Probe",
    "Live cutover": "Echter Cutover",
    "New cutover session": "Neue Cutover-Session",
    "e.g. Core banking adapter": "z. B. Kernbanken-Adapter",
    "&Name:": "&Name:",
    "What must be true when the cutover is done?": "Was muss gelten, wenn der Cutover abgeschlossen ist?",
    "&Goal:": "&Ziel:",
    "Practise the cutover; the session is shown in blue as REHEARSAL.":
        "Den Cutover üben; die Session wird blau als PROBE angezeigt.",
    "The real cutover; the session is shown in red as LIVE.":
        "Der echte Cutover; die Session wird rot als LIVE angezeigt.",
    "Kind:": "Art:",
    "Default: the article's ten-step checklist": "Standard: die zehnteilige Checkliste aus dem Artikel",
    "Import from file…": "Aus Datei importieren…",
    "&Template:": "&Vorlage:",
    "&Language of the checklist:": "&Sprache der Checkliste:",
    "&Browse…": "&Durchsuchen…",
    "Session &file:": "Session-&Datei:",
    "Create session": "Session anlegen",
    "Session file": "Session-Datei",
    "Cutover sessions (*.cutover)": "Cutover-Sessions (*.cutover)",
    "Choose a runbook file to import, or another template.":
        "Wählen Sie eine Runbook-Datei zum Import oder eine andere Vorlage.",
    "%1 already exists. Choose another file name; an existing session is never overwritten.":
        "%1 existiert bereits. Wählen Sie einen anderen Dateinamen; eine bestehende Session wird nie überschrieben.",
    "The template cannot be used: %1\nCorrect the file or choose another template.":
        "Die Vorlage kann nicht verwendet werden: %1\nKorrigieren Sie die Datei oder wählen Sie eine andere Vorlage.",
    # PhaseListModel / PhaseListPanel
    "%1: %2 of %3 items finished": "%1: %2 von %3 Punkten abgeschlossen",
    "Phases": "Phasen",
    "Show the items of every phase in one list": "Die Punkte aller Phasen in einer Liste zeigen",
    # SessionStatusStrip
    "Goal: %1\nFile: %2": "Ziel: %1\nDatei: %2",
    "REHEARSAL": "PROBE",
    "LIVE": "LIVE",
    "A rehearsal: production is not affected by design.": "Eine Probe: die Produktion ist planmäßig nicht betroffen.",
    "A live cutover: actions affect production.": "Ein echter Cutover: Aktionen wirken auf die Produktion.",
    "DEMO": "DEMO",
    "READ-ONLY": "NUR LESEN",
    "A demo session in a temporary folder; it is deleted when the program ends.":
        "Eine Demo-Session in einem temporären Ordner; sie wird beim Beenden des Programms gelöscht.",
    "Copy": "Kopieren",
    "Copy the full audit head hash to the clipboard": "Den vollständigen Audit-Kopf-Hash in die Zwischenablage kopieren",
    "elapsed %1": "vergangen %1",
    "Time since the session was created (%1)": "Zeit seit dem Anlegen der Session (%1)",
    "phase %1/%2": "Phase %1/%2",
    "checklist %1/%2": "Checkliste %1/%2",
    "audit head %1…": "Audit-Kopf %1…",
    "you: %1": "Sie: %1",
    "you: (name not set)": "Sie: (kein Name gesetzt)",
    # SessionCopier
    "%1 uses schema version %2; a copy is made of a session with the current version %3. Open it for writing "
    "once (in the cockpit or with any cutoverctl command that changes it) to upgrade it, then copy it again.":
        "%1 hat Schema-Version %2; kopiert wird eine Session mit der aktuellen Version %3. Öffnen Sie sie einmal "
        "zum Schreiben (im Cockpit oder mit einem cutoverctl-Befehl, der sie ändert), damit sie aktualisiert "
        "wird, und kopieren Sie sie dann erneut.",
    "%1 is not a freshly created session of schema version %2.":
        "%1 ist keine frisch angelegte Session mit Schema-Version %2.",
    "Cannot read table %1 of %2: %3": "Tabelle %1 von %2 kann nicht gelesen werden: %3",
    "%1 is not empty (table %2 holds %3 rows); a session is copied only into a new one.":
        "%1 ist nicht leer (Tabelle %2 enthält %3 Zeilen); eine Session wird nur in eine neue kopiert.",
    "Cannot write to %1: %2": "In %1 kann nicht geschrieben werden: %2",
    "Table %1 has the columns (%2) in %3 but (%4) in %5; the two sessions do not have the same schema.":
        "Tabelle %1 hat in %3 die Spalten (%2), in %5 aber (%4); die beiden Sessions haben nicht dasselbe "
        "Schema.",
    "Cannot write table %1 of %2: %3": "Tabelle %1 von %2 kann nicht geschrieben werden: %3",
    "Cannot copy row %1 of table %2 into %3: %4": "Zeile %1 der Tabelle %2 kann nicht nach %3 kopiert werden: %4",
    "Table %1 of %2 gave %3 rows while it counted %4.": "Tabelle %1 von %2 lieferte %3 Zeilen, gezählt waren %4.",
    "record %1: %2": "Eintrag %1: %2",
    "%1 more": "%1 weitere",
    "stored values differ from the trail: %1": "gespeicherte Werte weichen vom Audit-Trail ab: %1",
    "The audit trail of the copy does not verify, so %1 itself does not (its trail is broken or its tables "
    "were changed behind the trail; `cutoverctl audit verify` names what). Nothing was copied: %2":
        "Der Audit-Trail der Kopie ist nicht intakt, also auch der von %1 nicht (sein Trail ist gebrochen oder "
        "seine Tabellen wurden am Trail vorbei geändert; `cutoverctl audit verify` nennt, was). Nichts wurde "
        "kopiert: %2",
    "The copy's audit head (%1 records, %2) differs from the source's (%3 records, %4); nothing was copied.":
        "Der Audit-Kopf der Kopie (%1 Einträge, %2) weicht von dem des Originals ab (%3 Einträge, %4); nichts "
        "wurde kopiert.",
    "Cannot commit the copy to %1: %2": "Die Kopie nach %1 kann nicht festgeschrieben werden: %2",
    "%1 already exists; a copy never overwrites a file. Choose another file name.":
        "%1 existiert bereits; eine Kopie überschreibt nie eine Datei. Wählen Sie einen anderen Dateinamen.",
    "The folder %1 does not exist.": "Der Ordner %1 existiert nicht.",
    "Cannot create the copy beside %1: %2": "Die Kopie neben %1 kann nicht angelegt werden: %2",
    "The copy %1 was not closed cleanly (its -wal file is left).":
        "Die Kopie %1 wurde nicht sauber geschlossen (ihre -wal-Datei ist übrig).",
    "%1 was created by someone else while the copy was made; it was left as it is.":
        "%1 wurde von jemand anderem angelegt, während die Kopie entstand; die Datei blieb, wie sie ist.",
    "Cannot rename the copy to %1.": "Die Kopie kann nicht in %1 umbenannt werden.",
    # SessionStore
    "The session file %1 does not exist.": "Die Session-Datei %1 existiert nicht.",
    "The session file %1 cannot be read: %2": "Die Session-Datei %1 kann nicht gelesen werden: %2",
    "%1 is not a Cutover Cockpit session: it is not an SQLite database (it may be damaged or another kind of "
    "file). It was not changed.":
        "%1 ist keine Cutover-Cockpit-Session: es ist keine SQLite-Datenbank (sie ist vielleicht beschädigt "
        "oder eine andere Art Datei). Sie wurde nicht verändert.",
    "%1 cannot be opened: %2": "%1 kann nicht geöffnet werden: %2",
    "%1 is damaged (SQLite integrity check: %2). It was not changed; restore it from a copy, or open it "
    "read-only with the sqlite3 shell to rescue data.":
        "%1 ist beschädigt (SQLite-Integritätsprüfung: %2). Die Datei wurde nicht verändert; stellen Sie sie "
        "aus einer Kopie wieder her oder öffnen Sie sie nur lesend mit der sqlite3-Shell, um Daten zu retten.",
    "%1 is an SQLite database, but not a Cutover Cockpit session. It was not changed.":
        "%1 ist eine SQLite-Datenbank, aber keine Cutover-Cockpit-Session. Sie wurde nicht verändert.",
    "%1 has no schema version; it is not a usable Cutover Cockpit session.":
        "%1 hat keine Schemaversion; es ist keine verwendbare Cutover-Cockpit-Session.",
    '%1 has an invalid schema version "%2".': "%1 hat eine ungültige Schemaversion „%2“.",
    "%1 was written by a newer Cutover Cockpit (schema version %2; this version understands up to %3). It was "
    "not changed; open it with a newer version.":
        "%1 wurde von einem neueren Cutover Cockpit geschrieben (Schemaversion %2; diese Version versteht bis %3). "
        "Die Datei wurde nicht verändert; öffnen Sie sie mit einer neueren Version.",
    "%1 already exists; choose another file name.": "%1 existiert bereits; wählen Sie einen anderen Dateinamen.",
    "Cannot create %1: %2": "%1 kann nicht angelegt werden: %2",
    "%1 uses an older schema (version %2) and must be opened for writing once to be upgraded before it can be "
    "viewed read-only.":
        "%1 verwendet ein älteres Schema (Version %2) und muss einmal schreibend geöffnet werden, damit es "
        "aktualisiert wird, bevor es nur lesend angezeigt werden kann.",
    "%1 cannot be opened for writing: %2": "%1 kann nicht schreibend geöffnet werden: %2",
    "Cannot upgrade %1: %2": "%1 kann nicht aktualisiert werden: %2",
    "Cannot upgrade %1 to schema version %2: %3": "%1 kann nicht auf Schemaversion %2 aktualisiert werden: %3",
    "Cannot record schema version %1 in %2: %3": "Schemaversion %1 kann nicht in %2 eingetragen werden: %3",
    # SessionView
    "Checklist": "Checkliste",
    "The checklist of the selected phase (Ctrl+1)": "Die Checkliste der gewählten Phase (Strg+1)",
    "Goal": "Ziel",
    "No goal statement was given for this session.": "Für diese Session wurde kein Ziel angegeben.",
    # ItemDetailsView
    "Select an item to see its full record.": "Wählen Sie einen Punkt, um seinen vollständigen Eintrag zu sehen.",
    "Skipped because": "Übersprungen, weil",
    "started %1": "begonnen %1",
    "ended %1": "beendet %1",
    "Time": "Zeit",
    # Undo commands
    'set "%1" to %2': "„%1“ auf %2 setzen",
    "notes": "Notizen",
    "owner": "Verantwortliche",
    "evidence": "Nachweise",
    'edit %1 of "%2"': "%1 von „%2“ bearbeiten",
    # StartPage
    "%1 (missing)": "%1 (fehlt)",
    "Lead a zero-downtime production cutover from its checklist: every step, sign-off and note is saved at once "
    "and recorded in a tamper-evident audit trail.":
        "Einen Production Cutover ohne Ausfallzeit von seiner Checkliste aus leiten: jeder Schritt, jede Freigabe "
        "und jede Notiz wird sofort gespeichert und in einem manipulationssicheren Audit-Trail festgehalten.",
    "New session…": "Neue Session…",
    "Open session…": "Session öffnen…",
    "Look at the demo": "Demo ansehen",
    "A demo session mid-cutover, in a temporary folder": "Eine Demo-Session mitten im Cutover, in einem temporären Ordner",
    "Recent sessions": "Zuletzt geöffnete Sessions",
    "Session": "Session",
    "Folder": "Ordner",
    "No recent sessions yet. Sessions you create or open appear here.":
        "Noch keine zuletzt geöffneten Sessions. Sessions, die Sie anlegen oder öffnen, erscheinen hier.",
    # TemplateLibrary
    'There is no template or runbook file named "%1" (templates are in %2).':
        "Es gibt keine Vorlage und keine Runbook-Datei namens „%1“ (Vorlagen liegen in %2).",
    "A template name uses letters, digits, '-', '_' and '.', not \"%1\".":
        "Ein Vorlagenname besteht aus Buchstaben, Ziffern, „-“, „_“ und „.“, nicht „%1“.",
    '"default" is the built-in template; choose another name.':
        "„default“ ist die eingebaute Vorlage; wählen Sie einen anderen Namen.",
    "Cannot create the template folder %1.": "Der Vorlagenordner %1 kann nicht angelegt werden.",
    # UserNameDialog
    "Your name": "Ihr Name",
    "Every change in a cutover session is recorded with the name of the person who made it. Which name should "
    "the cockpit record for you?":
        "Jede Änderung in einer Cutover-Session wird mit dem Namen der Person festgehalten, die sie gemacht hat. "
        "Welchen Namen soll das Cockpit für Sie festhalten?",
    "e.g. Alice Meyer": "z. B. Alice Meyer",
    # Window wiring: tabs, session menu, status strip indicators, viewer, demo (SessionCommands, SessionView,
    # RuntimeIndicators, MainWindow, EngineTrafficStatus, SessionRuntime, DemoCutover)
    "&Traffic": "&Traffic",
    "&Metrics": "Metr&iken",
    "&Incident log": "&Ereignisprotokoll",
    "&Result && report": "E&rgebnis && Bericht",
    "&Status page\u2026": "&Statusseite\u2026",
    "&Notification channels\u2026": "Benachrichtigungs&kanäle\u2026",
    "Traffic &backend\u2026": "Traffic-&Backend\u2026",
    "Roll &back\u2026": "&Zurückrollen\u2026",
    "Roll back: all traffic to the old path, with a reason (%1)":
        "Zurückrollen: der ganze Traffic auf den alten Pfad, mit Begründung (%1)",
    "Export &report\u2026": "Be&richt exportieren\u2026",
    "Stakeholder status page": "Statusseite für Stakeholder",
    "Notification channels": "Benachrichtigungskanäle",
    "Traffic": "Traffic",
    "Metrics": "Metriken",
    "Incident log": "Ereignisprotokoll",
    "Result && report": "Ergebnis && Bericht",
    "The checklist of the selected phase": "Die Checkliste der gewählten Phase",
    "The traffic shift: split, plan, gates": "Die Traffic-Umschaltung: Aufteilung, Plan, Gates",
    "Live metrics of the old and the new path": "Live-Metriken des alten und des neuen Pfads",
    "What happened, verified by a second person": "Was geschah, bestätigt von einer zweiten Person",
    "Result statement, lessons learned and the report": "Ergebnis, Lessons Learned und der Bericht",
    "%1 (Ctrl+%2)": "%1 (Strg+%2)",
    "gate: %1": "Gate: %1",
    "&Session": "&Session",
    "%1 [stakeholder view] \u2014 Cutover Cockpit": "%1 [Stakeholder-Ansicht] \u2014 Cutover Cockpit",
    "Check the path; the viewer never changes the file.": "Prüfen Sie den Pfad; die Ansicht ändert die Datei nie.",
    "Not following the session any more: %1": "Die Session wird nicht mehr verfolgt: %1",
    "traffic: no backend configured": "Traffic: kein Backend konfiguriert",
    "traffic: no plan": "Traffic: kein Plan",
    "split old %1 | new %2": "alt %1 | neu %2",
    "step %1 of %2": "Schritt %1 von %2",
    "not started (%1 steps)": "nicht gestartet (%1 Schritte)",
    "gates: none yet": "Gates: keine",
    "gates \u2713 passed": "Gates \u2713 bestanden",
    "gates \u2717 failed": "Gates \u2717 nicht bestanden",
    "gates ? inconclusive": "Gates ? unklar",
    "DRIFT: new %1, not %2": "DRIFT: neu %1 statt %2",
    "BACKEND ERROR": "BACKEND-FEHLER",
    "PROBLEM": "PROBLEM",
    "The backend reports %1 % on the new path; the session intends %2 %. See the Traffic tab.":
        "Das Backend meldet %1 % auf dem neuen Pfad; die Session sieht %2 % vor. Siehe Reiter Traffic.",
    "log %1 verified \u00b7 %2 to verify": "Log %1 bestätigt \u00b7 %2 offen",
    "log %1 verified": "Log %1 bestätigt",
    "holding until promoted": "wird gehalten bis „Weiter“",
    "the backend reports %1 % on the new path, not %2 %": "das Backend meldet %1 % auf dem neuen Pfad, nicht %2 %",
    "%1 %": "%1 %",
    "%1 % (demo)": "%1 % (Demo)",
    "demo: simulated backend": "Demo: simuliertes Backend",
    "demo: default plan": "Demo: Standardplan",
    "demo: change window opened": "Demo: Change-Fenster geöffnet",
    "demo: error rate and latency within the SLO": "Demo: Fehlerrate und Latenz innerhalb des SLO",
    "Bridge call opened; change CHG-4711 approved. (demo)": "Bridge-Call eröffnet; Change CHG-4711 genehmigt. (Demo)",
    "New path at 5 %: p95 latency briefly 380 ms, back under 250 ms within a minute. (demo)":
        "Neuer Pfad bei 5 %: p95-Latenz kurz 380 ms, innerhalb einer Minute wieder unter 250 ms. (Demo)",
    "25 % reached; partner bank reports normal settlement times. (demo)":
        "25 % erreicht; Partnerbank meldet normale Abwicklungszeiten. (Demo)",
    "The demo traffic step %1 was not confirmed by the simulated backend: %2":
        "Der Demo-Traffic-Schritt %1 wurde vom simulierten Backend nicht bestätigt: %2",
    # Panels of the traffic, metrics and incident features as they show in the assembled window
    # (TrafficPanel, IncidentLogPanel, MetricsDashboard, StakeholderBoard, CutoverEngine states)
    "idle": "bereit",
    "shifting": "wird umgeschaltet",
    "holding": "wird gehalten",
    "gates running": "Gates laufen",
    "paused for a decision": "angehalten für eine Entscheidung",
    "rolling back": "wird zurückgerollt",
    "rolled back": "zurückgerollt",
    "completed": "abgeschlossen",
    "&happened at": "&geschah um",
    "Record": "Festhalten",
    "&Verify": "&Bestätigen",
    "Re&tract\u2026": "&Zurückziehen\u2026",
    "C&orrect\u2026": "&Korrigieren\u2026",
    "Show only &verified (what stakeholders see)": "Nur &Bestätigte zeigen (was Stakeholder sehen)",
    "Severity: Alt+1 info, Alt+2 warning, Alt+3 critical": "Schwere: Alt+1 Info, Alt+2 Warnung, Alt+3 kritisch",
    "What do you see? Enter records it as a draft for a second person to verify":
        "Was sehen Sie? Enter hält es als Entwurf fest, den eine zweite Person bestätigt",
    "Tick when you write it down later than it happened; otherwise the entry is dated now":
        "Ankreuzen, wenn Sie es später aufschreiben, als es geschah; sonst gilt jetzt als Zeitpunkt",
    "Confirm another person's draft so it reaches stakeholders (you cannot verify your own)":
        "Den Entwurf einer anderen Person bestätigen, damit er die Stakeholder erreicht (eigene nicht)",
    "Notifications (verified entries, step changes, result)":
        "Benachrichtigungen (bestätigte Einträge, Schrittwechsel, Ergebnis)",
    "This session is open read-only": "Diese Session ist schreibgeschützt geöffnet",
    "Recorded as a draft; a second person verifies it before anyone else sees it.":
        "Als Entwurf festgehalten; eine zweite Person bestätigt ihn, bevor andere ihn sehen.",
    "Select the draft to verify first.": "Wählen Sie zuerst den zu bestätigenden Entwurf.",
    "Entry %1 verified; stakeholders see it now.": "Eintrag %1 bestätigt; die Stakeholder sehen ihn jetzt.",
    "Select the entry to retract first.": "Wählen Sie zuerst den zurückzuziehenden Eintrag.",
    "Retraction recorded as a draft; it takes effect once a second person verifies it.":
        "Rücknahme als Entwurf festgehalten; sie gilt, sobald eine zweite Person sie bestätigt.",
    "Select the entry to correct first.": "Wählen Sie zuerst den zu korrigierenden Eintrag.",
    "Correction recorded as a draft; it replaces the entry once a second person verifies it.":
        "Korrektur als Entwurf festgehalten; sie ersetzt den Eintrag, sobald eine zweite Person sie bestätigt.",
    "You wrote this entry; a second person must verify it.":
        "Sie haben diesen Eintrag geschrieben; eine zweite Person muss ihn bestätigen.",
    "Confirm another person's draft so it reaches stakeholders":
        "Den Entwurf einer anderen Person bestätigen, damit er die Stakeholder erreicht",
    "SIMULATED DATA (demo)": "SIMULIERTE DATEN (Demo)",
    "&Window:": "&Zeitfenster:",
    "Last 15 minutes": "Letzte 15 Minuten",
    "Last hour": "Letzte Stunde",
    "Whole session": "Ganze Session",
    "Time window of all charts (Home: whole session)": "Zeitfenster aller Diagramme (Pos1: ganze Session)",
    "&Follow live": "&Live folgen",
    "Keep the newest samples in view (End). Zooming or panning stops following.":
        "Die neuesten Messwerte im Blick behalten (Ende). Zoomen oder Verschieben beendet das Folgen.",
    "<span style='color:%1'>&#9632; old path</span> &nbsp; <span style='color:%2'>&#9632; new path</span> &nbsp; "
    "<span style='color:#c62828'>- - SLO</span>":
        "<span style='color:%1'>&#9632; alter Pfad</span> &nbsp; <span style='color:%2'>&#9632; neuer Pfad</span> "
        "&nbsp; <span style='color:#c62828'>- - SLO</span>",
    "Wheel or + / \u2212 zooms, drag or \u2190 / \u2192 pans, Home shows the whole session, End follows live.":
        "Mausrad oder + / \u2212 zoomt, Ziehen oder \u2190 / \u2192 verschiebt, Pos1 zeigt die ganze Session, "
        "Ende folgt live.",
    "Saving samples: %1": "Messwerte speichern: %1",
    "Error ratio": "Fehlerquote",
    "Throughput": "Durchsatz",
    "req/s": "Anfr./s",
    "Latency p50": "Latenz p50",
    "Latency p95": "Latenz p95",
    "Latency p99": "Latenz p99",
    "SLO %1 %2": "SLO %1 %2",
    "No samples in this time range": "Keine Messwerte in diesem Zeitraum",
    "<span style='color:#c62828'>%1: %2</span>": "<span style='color:#c62828'>%1: %2</span>",
    "\u2013": "\u2013",
    "no data": "keine Daten",
    "old": "alt",
    "new": "neu",
    "%1: %2": "%1: %2",
    "marker: %1": "Markierung: %1",
    "Progress": "Fortschritt",
    "Verified updates": "Bestätigte Meldungen",
    "No session": "Keine Session",
    "as of %1": "Stand %1",
    "not configured": "nicht konfiguriert",
    "No traffic plan is connected to this view.": "Mit dieser Ansicht ist kein Traffic-Plan verbunden.",
    "old %1 % | new %2 %": "alt %1 % | neu %2 %",
    "Step %1 of %2": "Schritt %1 von %2",
    "No gate has run yet.": "Noch kein Gate ist gelaufen.",
    "%1 / %2 items": "%1 / %2 Punkte",
    "%1: %2/%3 \u00b7 %4 failed": "%1: %2/%3 \u00b7 %4 fehlgeschlagen",
    "%1: %2/%3": "%1: %2/%3",
    "Result: %1": "Ergebnis: %1",
    "No verified updates yet.": "Noch keine bestätigten Meldungen.",
    "written by %1, verified by %2": "geschrieben von %1, bestätigt von %2",
    "Resume the recorded split\u2026": "Festgehaltene Aufteilung wiederherstellen\u2026",
    "&Run plan": "Plan &starten",
    "&Promote": "&Weiter",
    "&Hold": "Ha&lten",
    "Roll &back": "&Zurückrollen",
    "Backend\u2026": "Backend\u2026",
    "Plan\u2026": "Plan\u2026",
    "Read back split": "Aufteilung zurücklesen",
    "OLD path": "ALTER Pfad",
    "NEW path": "NEUER Pfad",
    "new %p %": "neu %p %",
    "hold: %1:%2 left": "halten: noch %1:%2",
    "BACKEND ERROR: %1": "BACKEND-FEHLER: %1",
    "DRIFT: the split was changed outside the cockpit. The session says %1 % new, the backend has %2 % new. "
    "Roll back, or shift to restore it.":
        "DRIFT: Die Aufteilung wurde außerhalb des Cockpits geändert. Die Session sagt %1 % neu, das Backend hat "
        "%2 % neu. Zurückrollen oder die Aufteilung wiederherstellen.",
    "RECONCILE: %1 The session intends %2 % new; the backend has %3. Resume the intended split or roll back.":
        "ABGLEICH: %1 Die Session sieht %2 % neu vor; das Backend hat %3. Die vorgesehene Aufteilung "
        "wiederherstellen oder zurückrollen.",
    "an unknown split": "eine unbekannte Aufteilung",
    "%1 % new": "%1 % neu",
    "WARNING: %1": "WARNUNG: %1",
    "read back: new %1 % (%2)": "zurückgelesen: neu %1 % (%2)",
    "State: %1": "Zustand: %1",
    "backend: %1": "Backend: %1",
    "no backend configured": "kein Backend konfiguriert",
    "hold until promoted": "halten bis „Weiter“",
    "hold %1 s": "%1 s halten",
    "%1. %2 % new \u2014 %3 \u2014 %4 gates": "%1. %2 % neu \u2014 %3 \u2014 %4 Gates",
    "Not done": "Nicht ausgeführt",
    "Run the plan": "Den Plan starten",
    "Start moving traffic to the new path step by step, with the gates after every step?":
        "Den Traffic Schritt für Schritt auf den neuen Pfad verschieben, mit den Gates nach jedem Schritt?",
    "Run": "Starten",
    "Promote": "Weiter",
    "Go on to the next step now (at %1 % new)?": "Jetzt zum nächsten Schritt gehen (bei %1 % neu)?",
    "Hold": "Halten",
    "Stay at this step until a person promotes?": "Bei diesem Schritt bleiben, bis eine Person weiterschaltet?",
    "Roll back": "Zurückrollen",
    "Send ALL traffic back to the old path (now %1 % on new)? The old path's health is checked first; a warning "
    "does not stop the rollback.":
        "DEN GANZEN Traffic zurück auf den alten Pfad (jetzt %1 % auf neu)? Der alte Pfad wird zuerst geprüft; "
        "eine Warnung hält das Zurückrollen nicht auf.",
    "Ramp down through the earlier steps instead of all at once":
        "Über die früheren Schritte zurückfahren statt alles auf einmal",
    "Resume": "Fortsetzen",
    "Set the backend to the split the session intends (%1 % new) and continue?":
        "Das Backend auf die vorgesehene Aufteilung (%1 % neu) setzen und fortfahren?",
    "Step": "Schritt",
    "Gate": "Gate",
    "Value": "Wert",
    "Condition": "Bedingung",
    "Verdict": "Urteil",
    "Reason": "Grund",
    "Info": "Info",
    "Warning": "Warnung",
    "Critical": "Kritisch",
    "Draft": "Entwurf",
    "Verified": "Bestätigt",
    "Published": "Veröffentlicht",
    "Retracted": "Zurückgezogen",
    "Superseded": "Ersetzt",
    "retracts %1": "zieht %1 zurück",
    "corrects %1": "korrigiert %1",
    "replaced by %1": "ersetzt durch %1",
    "Happened %1, recorded %2": "Geschehen %1, festgehalten %2",
    "Reason: %1": "Grund: %1",
    "#": "#",
    "Happened": "Geschehen",
    "Severity": "Schwere",
    "State": "Zustand",
    "Entry": "Eintrag",
    "Written by": "Geschrieben von",
    "Verified by": "Bestätigt von",
    "Refers to": "Bezieht sich auf",
    "Sent": "Gesendet",
    "Retrying": "Neuer Versuch",
    "Pending": "Ausstehend",
    "Sending": "Wird gesendet",
    "no webhook URL configured for %1 in this cockpit": "keine Webhook-URL für %1 in diesem Cockpit konfiguriert",
    "Channel": "Kanal",
    "Message": "Nachricht",
    "Delivery": "Zustellung",
    "Attempts": "Versuche",
    "Last error": "Letzter Fehler",
    "Sent / next try": "Gesendet / nächster Versuch",
    "Simulated (demo)": "Simuliert (Demo)",
    # ActionReasonDialog, AsyncProcess, BackendConfigDialog, BackendInfo
    "Reason (required, kept in the audit trail):": "Grund (Pflicht, wird im Audit-Trail festgehalten):",
    "e.g. error rate on the new path above 1 %": "z. B. Fehlerrate auf dem neuen Pfad über 1 %",
    "%1 did not finish within %2 ms and was stopped.": "%1 wurde nicht innerhalb von %2 ms fertig und wurde beendet.",
    "%1 could not be started: %2": "%1 konnte nicht gestartet werden: %2",
    "%1 crashed or was killed.": "%1 ist abgestürzt oder wurde beendet.",
    "Cannot write %1: %2": "%1 kann nicht geschrieben werden: %2",
    "Traffic backend": "Traffic-Backend",
    "why this backend": "warum dieses Backend",
    "Reason:": "Grund:",
    "Some backend plugins could not be loaded:\n%1": "Einige Backend-Plugins konnten nicht geladen werden:\n%1",
    "name of the environment variable holding it": "Name der Umgebungsvariable, die den Wert enthält",
    "%1 (from environment variable)": "%1 (aus Umgebungsvariable)",
    '"%1" (%2) is required.': "„%1“ (%2) ist erforderlich.",
    '"%1" is a secret and must not be written into a configuration; set the environment variable named in "%1_env" instead.':
        "„%1“ ist ein Geheimnis und darf nicht in eine Konfiguration geschrieben werden; setzen Sie stattdessen die "
        "in „%1_env“ genannte Umgebungsvariable.",
    '"%1" must be of type %2.': "„%1“ muss vom Typ %2 sein.",
    # BusinessTransactionProbe
    "The business transaction has no requests.": "Die Geschäftstransaktion enthält keine Requests.",
    "request %1 of %2: %3": "Request %1 von %2: %3",
    "all %1 requests met their conditions": "alle %1 Requests erfüllten ihre Bedingungen",
    "request %1: %2": "Request %1: %2",
    "exit code 0 within %1 ms": "Exit-Code 0 innerhalb von %1 ms",
    "no exit after %1 ms": "kein Ende nach %1 ms",
    "The command did not finish within %1 ms and was stopped.":
        "Der Befehl wurde nicht innerhalb von %1 ms fertig und wurde beendet.",
    "not started": "nicht gestartet",
    'The command "%1" could not be started: %2': "Der Befehl „%1“ konnte nicht gestartet werden: %2",
    "crashed": "abgestürzt",
    "The command crashed.": "Der Befehl ist abgestürzt.",
    "exit code %1": "Exit-Code %1",
    "the command succeeded": "der Befehl war erfolgreich",
    "the command exited with %1": "der Befehl endete mit %1",
    # CsvReplaySource
    "CSV replay of %1": "CSV-Wiedergabe von %1",
    'Line %1: expected 3 fields "time,series,value", found %2.':
        "Zeile %1: 3 Felder „time,series,value“ erwartet, %2 gefunden.",
    'Line %1: the time "%2" is neither epoch milliseconds nor ISO 8601.':
        "Zeile %1: die Zeit „%2“ ist weder Epoch-Millisekunden noch ISO 8601.",
    'Line %1: the series "%2" is not of the form metric/path (e.g. error_ratio/new).':
        "Zeile %1: die Reihe „%2“ hat nicht die Form Metrik/Pfad (z. B. error_ratio/new).",
    'Line %1: the value "%2" is not a finite number.': "Zeile %1: der Wert „%2“ ist keine endliche Zahl.",
    "Cannot open the replay file %1: %2": "Die Wiedergabedatei %1 kann nicht geöffnet werden: %2",
    "The replay file %1 cannot be used. %2": "Die Wiedergabedatei %1 ist nicht verwendbar. %2",
    # CutoverEngine
    "Say who chooses the backend.": "Geben Sie an, wer das Backend wählt.",
    "The backend cannot be changed while traffic is being moved.":
        "Das Backend kann nicht geändert werden, während Traffic verschoben wird.",
    "The %1 configuration is not usable: %2": "Die Konfiguration von %1 ist nicht verwendbar: %2",
    "The backend choice could not be saved: %1": "Die Backend-Wahl konnte nicht gespeichert werden: %1",
    "Say who changes the plan.": "Geben Sie an, wer den Plan ändert.",
    "The plan cannot be changed while it runs; hold or roll back first.":
        "Der Plan kann nicht geändert werden, während er läuft; zuerst halten oder zurückrollen.",
    "The plan could not be saved: %1": "Der Plan konnte nicht gespeichert werden: %1",
    'The session\'s backend "%1" cannot be used here: %2': "Das Backend „%1“ der Session ist hier nicht verwendbar: %2",
    "cockpit (reopened)": "Cockpit (wieder geöffnet)",
    "The backend cannot be read: %1": "Das Backend kann nicht gelesen werden: %1",
    "confirmed by read-back after reopening": "nach dem Wiederöffnen durch Zurücklesen bestätigt",
    "the backend matches the record": "das Backend stimmt mit dem Eintrag überein",
    "A change to %1 % new was started but not confirmed; the backend has %2 % new.":
        "Eine Änderung auf %1 % neu wurde begonnen, aber nicht bestätigt; das Backend hat %2 % neu.",
    "The record says %1 % new, the backend has %2 % new.": "Laut Eintrag %1 % neu, das Backend hat %2 % neu.",
    "rollback confirmed by read-back after reopening": "Rollback nach dem Wiederöffnen durch Zurücklesen bestätigt",
    "No traffic backend is configured for this session.": "Für diese Session ist kein Traffic-Backend konfiguriert.",
    "This session is open read-only.": "Diese Session ist schreibgeschützt geöffnet.",
    "The backend is still busy with the last change; wait a moment.":
        "Das Backend ist noch mit der letzten Änderung beschäftigt; bitte kurz warten.",
    "cockpit": "Cockpit",
    "The traffic state could not be saved: %1": "Der Traffic-Zustand konnte nicht gespeichert werden: %1",
    "The backend did not answer within %1 s.": "Das Backend hat nicht innerhalb von %1 s geantwortet.",
    "An event could not be recorded: %1": "Ein Ereignis konnte nicht festgehalten werden: %1",
    "The intent could not be recorded, so the backend was not called: %1":
        "Das Vorhaben konnte nicht festgehalten werden, daher wurde das Backend nicht aufgerufen: %1",
    "ROLLBACK FAILED: %1": "ROLLBACK FEHLGESCHLAGEN: %1",
    "The change to %1 % new failed: %2": "Die Änderung auf %1 % neu ist fehlgeschlagen: %2",
    "Say who starts the plan.": "Geben Sie an, wer den Plan startet.",
    "The session has no traffic plan.": "Die Session hat keinen Traffic-Plan.",
    "The plan is already running (%1).": "Der Plan läuft bereits (%1).",
    "plan started": "Plan gestartet",
    "every step of the plan is done": "alle Schritte des Plans sind ausgeführt",
    "step %1 of %2: %3 % to the new path": "Schritt %1 von %2: %3 % auf den neuen Pfad",
    "the backend did not take %1 %: %2": "das Backend hat %1 % nicht übernommen: %2",
    "%1 gates running after step %2": "%1 Gates laufen nach Schritt %2",
    "A gate measurement could not be recorded: %1": "Eine Gate-Messung konnte nicht festgehalten werden: %1",
    "gate failed: %1": "Gate nicht bestanden: %1",
    "gate inconclusive, a person decides: %1": "Gate unklar, eine Person entscheidet: %1",
    "all gates passed": "alle Gates bestanden",
    "the last step passed its gates": "der letzte Schritt hat seine Gates bestanden",
    "holding at %1 % until a person promotes": "halte bei %1 %, bis eine Person weiterschaltet",
    "holding at %1 % for %2 s": "halte bei %1 % für %2 s",
    "Promoting needs a person and a reason.": "Weiterschalten braucht eine Person und einen Grund.",
    "There is nothing to promote while the plan is %1.": "Solange der Plan %1 ist, gibt es nichts weiterzuschalten.",
    "The backend differs from the record; resume or roll back first.":
        "Das Backend weicht vom Eintrag ab; zuerst fortsetzen oder zurückrollen.",
    "Holding needs a person and a reason.": "Halten braucht eine Person und einen Grund.",
    "There is nothing to hold while the plan is %1.": "Solange der Plan %1 ist, gibt es nichts zu halten.",
    "held at %1 % until a person promotes: %2": "bei %1 % gehalten, bis eine Person weiterschaltet: %2",
    "Resuming needs a person and a reason.": "Fortsetzen braucht eine Person und einen Grund.",
    "Only a paused plan can be resumed.": "Nur ein angehaltener Plan kann fortgesetzt werden.",
    "resuming at %1 %: %2": "Fortsetzung bei %1 %: %2",
    "split restored to %1 %; promote to continue the plan":
        "Aufteilung auf %1 % wiederhergestellt; zum Fortsetzen des Plans weiterschalten",
    "Say who shifts the traffic.": "Geben Sie an, wer den Traffic verschiebt.",
    "%1 % is not a percentage between 0 and 100.": "%1 % ist kein Prozentwert zwischen 0 und 100.",
    "manual shift to %1 %": "manuelle Umschaltung auf %1 %",
    "manual shift: all traffic on the old path": "manuelle Umschaltung: der ganze Traffic auf dem alten Pfad",
    "manual shift to %1 % done; promote or run to continue":
        "manuelle Umschaltung auf %1 % erfolgt; zum Fortfahren weiterschalten oder starten",
    "Rolling back needs a person and a reason.": "Zurückrollen braucht eine Person und einen Grund.",
    "A rollback is already under way.": "Ein Rollback läuft bereits.",
    "The old path may not be healthy: %1. Rolling back anyway.":
        "Der alte Pfad ist möglicherweise nicht gesund: %1. Es wird trotzdem zurückgerollt.",
    "the old path's health URL answered %1 (%2)": "die Health-URL des alten Pfads antwortete %1 (%2)",
    "ROLLBACK FAILED, traffic may still reach the new path: %1":
        "ROLLBACK FEHLGESCHLAGEN, Traffic erreicht eventuell noch den neuen Pfad: %1",
    "ramp-down to %1 %: %2": "Zurückfahren auf %1 %: %2",
    "The split cannot be read: %1": "Die Aufteilung kann nicht gelesen werden: %1",
    "The backend cannot be read back: %1": "Das Backend kann nicht zurückgelesen werden: %1",
    "The backend cannot be read back": "Das Backend kann nicht zurückgelesen werden",
    "cockpit (read-back)": "Cockpit (Zurücklesen)",
    "changed outside the cockpit: the session says %1 % new, the backend has %2 % new":
        "außerhalb des Cockpits geändert: die Session sagt %1 % neu, das Backend hat %2 % neu",
    # DataConsistencyProbe
    "the answer is not JSON: %1": "die Antwort ist kein JSON: %1",
    "the value at %1 is not a number or text": "der Wert bei %1 ist weder Zahl noch Text",
    'the source has neither "sql" nor "http"': "die Quelle hat weder „sql“ noch „http“",
    "|old − new| ≤ %1 % of old": "|alt − neu| ≤ %1 % von alt",
    "|old − new| ≤ %1": "|alt − neu| ≤ %1",
    "old %1, new %2": "alt %1, neu %2",
    "old: %1": "alt: %1",
    "new: %1": "neu: %1",
    "a side returned no value": "eine Seite lieferte keinen Wert",
    "old %1, new %2 (difference %3)": "alt %1, neu %2 (Differenz %3)",
    "within tolerance": "innerhalb der Toleranz",
    "difference %1 exceeds %2": "Differenz %1 übersteigt %2",
    "the values cannot be compared (a number and a text, or not finite)":
        "die Werte sind nicht vergleichbar (eine Zahl und ein Text, oder nicht endlich)",
    "old = new": "alt = neu",
    "the values are equal": "die Werte sind gleich",
    "the values differ": "die Werte unterscheiden sich",
    "sampling failed: %1": "Stichprobe fehlgeschlagen: %1",
    "; sampled records equal": "; Stichproben-Datensätze gleich",
    "; %1 sampled records, %2 differ": "; %1 Stichproben-Datensätze, %2 abweichend",
    "sampled records differ: only in old: %1; only in new: %2":
        "Stichproben-Datensätze weichen ab: nur in alt: %1; nur in neu: %2",
    "The SQL driver %1 is not available (available: %2).": "Der SQL-Treiber %1 ist nicht verfügbar (verfügbar: %2).",
    "cannot connect: %1": "keine Verbindung möglich: %1",
    "query failed: %1": "Abfrage fehlgeschlagen: %1",
    "error": "Fehler",
    # EntryAmendDialog
    "Retract entry %1": "Eintrag %1 zurückziehen",
    "Correct entry %1": "Eintrag %1 korrigieren",
    "The entry stays in the log, marked as retracted, once a second person verifies the retraction.":
        "Der Eintrag bleibt im Protokoll und wird als zurückgezogen markiert, sobald eine zweite Person die "
        "Rücknahme bestätigt.",
    "The correction is a new entry; it replaces this one once a second person verifies it.":
        "Die Korrektur ist ein neuer Eintrag; er ersetzt diesen, sobald eine zweite Person ihn bestätigt.",
    "Entry:": "Eintrag:",
    "Corrected &text:": "Korrigierter &Text:",
    "Why is the entry wrong?": "Warum ist der Eintrag falsch?",
    "&Reason:": "&Grund:",
    "Retract": "Zurückziehen",
    "Record correction": "Korrektur festhalten",
    # GateDefinition, GateMeasurement, GateRunner
    "a gate": "ein Gate",
    'gate "%1"': "Gate „%1“",
    '%1: unknown kind "%2" (use http, business, consistency or metric).':
        "%1: unbekannte Art „%2“ (verwenden Sie http, business, consistency oder metric).",
    '%1: "%2" must be a whole number of at least %3.': "%1: „%2“ muss eine ganze Zahl ab %3 sein.",
    '%1: "no_data" must be "inconclusive" or "fail" (no data never passes).':
        "%1: „no_data“ muss „inconclusive“ oder „fail“ sein (keine Daten bestehen nie).",
    '%1: "%2" must not be written into a gate definition; name an environment variable in "%2_env" instead, so the secret never reaches the session file.':
        "%1: „%2“ darf nicht in eine Gate-Definition geschrieben werden; nennen Sie stattdessen eine "
        "Umgebungsvariable in „%2_env“, damit das Geheimnis nie in die Session-Datei gelangt.",
    '%1: "%2" is required for a %3 gate.': "%1: „%2“ ist für ein %3-Gate erforderlich.",
    '%1: a business gate needs "requests" (a list of HTTP requests) or "command".':
        "%1: ein business-Gate braucht „requests“ (eine Liste von HTTP-Requests) oder „command“.",
    '%1: a metric gate needs "max", "min" or "max_ratio" (with "baseline").':
        "%1: ein metric-Gate braucht „max“, „min“ oder „max_ratio“ (mit „baseline“).",
    "The gates must be a JSON array of gate objects.": "Die Gates müssen ein JSON-Array von Gate-Objekten sein.",
    "Gate %1 is not a JSON object.": "Gate %1 ist kein JSON-Objekt.",
    "pass": "bestanden",
    "fail": "nicht bestanden",
    "inconclusive": "unklar",
    "no result": "kein Ergebnis",
    "The measurement gave no result within %1 ms.": "Die Messung lieferte innerhalb von %1 ms kein Ergebnis.",
    "(not evaluated)": "(nicht ausgewertet)",
    "%1 provider errors in a row (limit %2); errors never pass. Last: %3":
        "%1 Messfehler in Folge (Grenze %2); Fehler bestehen nie. Zuletzt: %3",
    "%1 failed measurements (limit %2). Last: %3 (%4; condition %5)":
        "%1 nicht bestandene Messungen (Grenze %2). Zuletzt: %3 (%4; Bedingung %5)",
    "%1 inconclusive measurements (limit %2). Last: %3": "%1 unklare Messungen (Grenze %2). Zuletzt: %3",
    "%1 of %2 measurements passed (%3 failed, %4 inconclusive within limits)":
        "%1 von %2 Messungen bestanden (%3 nicht bestanden, %4 unklar, innerhalb der Grenzen)",
    "The export was cancelled; nothing was written.": "Der Export wurde abgebrochen; es wurde nichts geschrieben.",
    # HttpHealthProbe
    "status = %1": "Status = %1",
    "latency ≤ %1 ms": "Latenz ≤ %1 ms",
    "body matches /%1/": "Body passt zu /%1/",
    '"%1" is not a valid URL.': "„%1“ ist keine gültige URL.",
    "The body regex is invalid: %1": "Der reguläre Ausdruck für den Body ist ungültig: %1",
    "no answer after %1 ms": "keine Antwort nach %1 ms",
    "No HTTP answer: %1": "Keine HTTP-Antwort: %1",
    "HTTP %1 in %2 ms": "HTTP %1 in %2 ms",
    "status %1 instead of %2": "Status %1 statt %2",
    "latency %1 ms above %2 ms": "Latenz %1 ms über %2 ms",
    "body does not match /%1/": "Body passt nicht zu /%1/",
    "all conditions met": "alle Bedingungen erfüllt",
    # HttpProberEditor, HttpProberSource
    "Add &old endpoint": "&Alten Endpunkt hinzufügen",
    "Add &new endpoint": "&Neuen Endpunkt hinzufügen",
    "&Remove": "&Entfernen",
    " ms": " ms",
    "Probe &every:": "Prüf&intervall:",
    "A probe without an answer in this time counts as an error.":
        "Eine Prüfung ohne Antwort in dieser Zeit zählt als Fehler.",
    "&Timeout:": "&Timeout:",
    " probes": " Prüfungen",
    "Error ratio and latency percentiles are computed over this many recent probes per path.":
        "Fehlerquote und Latenz-Perzentile werden über so viele letzte Prüfungen pro Pfad berechnet.",
    "Sliding &window:": "Gleitendes &Fenster:",
    "The timeout is more than ten intervals: a hanging endpoint would be noticed late.":
        "Das Timeout ist länger als zehn Intervalle: ein hängender Endpunkt würde spät bemerkt.",
    '"%1" is not an http(s) URL': "„%1“ ist keine http(s)-URL",
    'the path of %1 must be "old" or "new", not "%2"': "der Pfad von %1 muss „old“ oder „new“ sein, nicht „%2“",
    "no endpoints are configured": "keine Endpunkte konfiguriert",
    "The prober cannot start: %1.": "Der Prober kann nicht starten: %1.",
    "HTTP status %1": "HTTP-Status %1",
    "no answer within %1 s (timeout)": "keine Antwort innerhalb von %1 s (Timeout)",
    "connection refused": "Verbindung abgelehnt",
    # IncidentLog
    "%1 %2 exists but the trail never recorded it": "%1 %2 existiert, steht aber nicht im Audit-Trail",
    '%1 %2: %3 is "%4" but the trail says "%5"': "%1 %2: %3 ist „%4“, laut Audit-Trail aber „%5“",
    "%1 %2 is in the trail but was deleted": "%1 %2 steht im Audit-Trail, wurde aber gelöscht",
    "The incident log cannot be read: %1": "Das Ereignisprotokoll kann nicht gelesen werden: %1",
    "Every log entry is recorded with a name; give your name first.":
        "Jeder Protokolleintrag wird mit einem Namen festgehalten; geben Sie zuerst Ihren Namen an.",
    "There is no log entry %1 in this session.": "Diese Session hat keinen Protokolleintrag %1.",
    "Retracting entry %1 needs a reason.": "Das Zurückziehen von Eintrag %1 braucht einen Grund.",
    "Retraction of entry %1: %2": "Rücknahme von Eintrag %1: %2",
    "Correcting entry %1 needs a reason.": "Das Korrigieren von Eintrag %1 braucht einen Grund.",
    "A log entry needs text: write what you see.": "Ein Protokolleintrag braucht Text: schreiben Sie, was Sie sehen.",
    "Entry %1 is a retraction; a retraction cannot be retracted or corrected. Write a new entry instead.":
        "Eintrag %1 ist eine Rücknahme; eine Rücknahme kann nicht zurückgezogen oder korrigiert werden. "
        "Schreiben Sie stattdessen einen neuen Eintrag.",
    "Entry %1 is already %2 (by entry %3).": "Eintrag %1 ist bereits %2 (durch Eintrag %3).",
    "There is no checklist item %1 to link this entry to.":
        "Es gibt keinen Checklistenpunkt %1, mit dem dieser Eintrag verknüpft werden kann.",
    "A traffic step is numbered from 1 (got %1).": "Traffic-Schritte werden ab 1 gezählt (erhalten: %1).",
    "The time it happened (%1) lies in the future; give the time you saw it.":
        "Der Zeitpunkt des Geschehens (%1) liegt in der Zukunft; geben Sie an, wann Sie es gesehen haben.",
    "The log entry could not be written: %1": "Der Protokolleintrag konnte nicht geschrieben werden: %1",
    "Entry %1 is %2; only a draft can be verified.": "Eintrag %1 ist %2; nur ein Entwurf kann bestätigt werden.",
    "An entry must be verified by a second person: %1 wrote entry %2 and cannot verify it too.":
        "Ein Eintrag muss von einer zweiten Person bestätigt werden: %1 hat Eintrag %2 geschrieben und kann ihn "
        "nicht auch bestätigen.",
    "Update %1 (%2)": "Meldung %1 (%2)",
    "Correction of update %1": "Korrektur von Meldung %1",
    "Retraction of update %1": "Rücknahme von Meldung %1",
    "Update %1 is withdrawn: %2": "Meldung %1 ist zurückgezogen: %2",
    "Reported by %1, verified by %2.": "Gemeldet von %1, bestätigt von %2.",
    "Entry %1 could not be verified: %2": "Eintrag %1 konnte nicht bestätigt werden: %2",
    "log entry": "Protokolleintrag",
    "log event": "Protokollereignis",
    "outbox message": "Outbox-Nachricht",
    # LessonDialog, LessonTableModel, LessonsLearned
    "Lesson learned": "Lesson Learned",
    "What did we learn?": "Was haben wir gelernt?",
    "What we will do about it": "Was wir daraus machen",
    "Who owns the action": "Wer für die Maßnahme verantwortlich ist",
    "No change to the runbook": "Keine Änderung am Runbook",
    "Add": "Hinzufügen",
    "Change": "Ändern",
    "Remove": "Entfernen",
    "a task": "eine Aufgabe",
    "an expected result": "ein erwartetes Ergebnis",
    "The new task text": "Der Text der neuen Aufgabe",
    "The expected result": "Das erwartete Ergebnis",
    "&Lesson:": "&Erkenntnis:",
    "&Action:": "&Maßnahme:",
    "&Owner:": "&Verantwortlich:",
    "Runbook change for the next cutover": "Runbook-Änderung für den nächsten Cutover",
    "&Change:": "Än&derung:",
    "&Phase:": "&Phase:",
    "&Task:": "&Aufgabe:",
    "&New text:": "Neuer &Text:",
    "&Expected result:": "Erwartetes Er&gebnis:",
    "Write the lesson first: what did we learn?": "Schreiben Sie zuerst die Erkenntnis: Was haben wir gelernt?",
    "Lesson": "Erkenntnis",
    "Action": "Maßnahme",
    "Runbook change": "Runbook-Änderung",
    "Cannot read the result statement: %1": "Das Ergebnis-Statement kann nicht gelesen werden: %1",
    "Cannot read the lessons learned: %1": "Die Lessons Learned können nicht gelesen werden: %1",
    'Lesson %1 has an unknown runbook change "%2 %3"; the session file is damaged.':
        "Erkenntnis %1 hat eine unbekannte Runbook-Änderung „%2 %3“; die Session-Datei ist beschädigt.",
    "A runbook change names the phase it changes.": "Eine Runbook-Änderung nennt die Phase, die sie ändert.",
    "Adding a task needs the text of the new task.": "Zum Hinzufügen einer Aufgabe wird ihr Text benötigt.",
    "A runbook change names the task it changes (its text or its number in the phase).":
        "Eine Runbook-Änderung nennt die Aufgabe, die sie ändert (ihren Text oder ihre Nummer in der Phase).",
    "Changing a task needs its new text.": "Zum Ändern einer Aufgabe wird ihr neuer Text benötigt.",
    "Adding or changing an expected result needs the expected result.":
        "Zum Hinzufügen oder Ändern eines erwarteten Ergebnisses wird das erwartete Ergebnis benötigt.",
    "A lesson needs a text: what did we learn?": "Eine Erkenntnis braucht einen Text: Was haben wir gelernt?",
    "The result statement was not saved: %1": "Das Ergebnis-Statement wurde nicht gespeichert: %1",
    "The lesson was not saved: %1": "Die Erkenntnis wurde nicht gespeichert: %1",
    "There is no lesson %1 in this session.": "Diese Session hat keine Erkenntnis %1.",
    "The lesson was not removed: %1": "Die Erkenntnis wurde nicht entfernt: %1",
    "Cannot write the figure %1: %2": "Die Abbildung %1 kann nicht geschrieben werden: %2",
    # MetricChartView, MetricCondition, Parser
    "%1 (%2)": "%1 (%2)",
    "old path": "alter Pfad",
    "new path": "neuer Pfad",
    'The condition is empty; write e.g. "error_ratio/new < 0.005".':
        "Die Bedingung ist leer; schreiben Sie z. B. „error_ratio/new < 0.005“.",
    "a comparison (<, <=, >, >=, ==, !=) is expected": "ein Vergleich (<, <=, >, >=, ==, !=) wird erwartet",
    "unexpected text after the condition": "unerwarteter Text nach der Bedingung",
    'The condition "%1" cannot be read. %2': "Die Bedingung „%1“ kann nicht gelesen werden. %2",
    'The condition "%1" names no series; write e.g. "error_ratio/new < 0.005".':
        "Die Bedingung „%1“ nennt keine Reihe; schreiben Sie z. B. „error_ratio/new < 0.005“.",
    "%1: no reading": "%1: kein Messwert",
    "%1 = %2": "%1 = %2",
    "%1: no data": "%1: keine Daten",
    "%1 %2 %3": "%1 %2 %3",
    "Inconclusive: the metric source reports an error (%1).": "Unklar: die Metrikquelle meldet einen Fehler (%1).",
    "No data: %1.": "Keine Daten: %1.",
    "Inconclusive: %1 gives no finite result (%2).": "Unklar: %1 liefert kein endliches Ergebnis (%2).",
    "Pass: %1 holds (%2).": "Bestanden: %1 gilt (%2).",
    "Fail: %1 does not hold (%2).": "Nicht bestanden: %1 gilt nicht (%2).",
    "At position %1: %2": "An Position %1: %2",
    "a closing parenthesis is missing": "eine schließende Klammer fehlt",
    "a number or a series name is missing at the end": "am Ende fehlt eine Zahl oder ein Reihenname",
    'unexpected "%1"; expected a number or a series name such as error_ratio/new':
        "unerwartetes „%1“; erwartet wird eine Zahl oder ein Reihenname wie error_ratio/new",
    '"%1" is not a number': "„%1“ ist keine Zahl",
    '"%1" is not a series name: expected metric/path, e.g. %1/new':
        "„%1“ ist kein Reihenname: erwartet wird Metrik/Pfad, z. B. %1/new",
    'the series name "%1" has no path after the slash (old or new)':
        "der Reihenname „%1“ hat keinen Pfad nach dem Schrägstrich (old oder new)",
    # MetricConditionProbe, MetricHub
    "No metric source is connected to this session.": "Mit dieser Session ist keine Metrikquelle verbunden.",
    "%1 has no value": "%1 hat keinen Wert",
    "%1 = %2, %3 = 0": "%1 = %2, %3 = 0",
    "%1 / %2 ≤ %3": "%1 / %2 ≤ %3",
    "both are 0": "beide sind 0",
    "the baseline is 0, so the ratio is undefined": "die Baseline ist 0, daher ist das Verhältnis undefiniert",
    "ratio %1 (%2 / %3)": "Verhältnis %1 (%2 / %3)",
    "≤ %1": "≤ %1",
    "≥ %1": "≥ %1",
    "condition met": "Bedingung erfüllt",
    "; fails above %1": "; nicht bestanden über %1",
    "%1 is above the failure limit %2": "%1 liegt über der Fehlergrenze %2",
    "%1 misses the success condition but not the failure condition":
        "%1 verfehlt die Erfolgsbedingung, aber nicht die Fehlerbedingung",
    "%1 misses the condition %2": "%1 verfehlt die Bedingung %2",
    "No samples of %1 yet.": "Noch keine Messwerte von %1.",
    "The latest sample of %1 is %2 s old.": "Der neueste Messwert von %1 ist %2 s alt.",
    "%1 has no value now (NaN or infinite).": "%1 hat gerade keinen Wert (NaN oder unendlich).",
    # NotificationChannelsWidget, Outbox
    "Only verified entries, traffic step changes and the result are posted. A webhook URL is a secret: it is kept in the system keychain or the environment, never in the session file.":
        "Gesendet werden nur bestätigte Einträge, Traffic-Schrittwechsel und das Ergebnis. Eine Webhook-URL ist "
        "ein Geheimnis: sie liegt im Schlüsselbund des Systems oder in der Umgebung, nie in der Session-Datei.",
    "looking up…": "wird gesucht…",
    "paste a new webhook URL to store it in the keychain": "neue Webhook-URL einfügen, um sie im Schlüsselbund zu speichern",
    "Save": "Speichern",
    "set (from the environment)": "gesetzt (aus der Umgebung)",
    "set (from the keychain)": "gesetzt (aus dem Schlüsselbund)",
    "not set": "nicht gesetzt",
    "not saved: %1": "nicht gespeichert: %1",
    "that is not an http(s) URL; nothing was saved": "das ist keine http(s)-URL; es wurde nichts gespeichert",
    "saving…": "wird gespeichert…",
    "The notification could not be written: %1": "Die Benachrichtigung konnte nicht geschrieben werden: %1",
    "A step change needs a step between 0 and %1 and a split between 0 and 100 (got step %2, split %3).":
        "Ein Schrittwechsel braucht einen Schritt zwischen 0 und %1 und eine Aufteilung zwischen 0 und 100 "
        "(erhalten: Schritt %2, Aufteilung %3).",
    "Traffic step %1 of %2": "Traffic-Schritt %1 von %2",
    "Split in force: old %1 % | new %2 %": "Geltende Aufteilung: alt %1 % | neu %2 %",
    "The result statement is empty; write what the cutover achieved.":
        "Das Ergebnis-Statement ist leer; schreiben Sie, was der Cutover erreicht hat.",
    "Result of the cutover": "Ergebnis des Cutovers",
    "delivery was interrupted (the outbox stopped); it is sent again":
        "Zustellung unterbrochen (die Outbox wurde gestoppt); sie wird erneut gesendet",
    "the receiver answered HTTP %1 %2": "der Empfänger antwortete HTTP %1 %2",
    "no answer from the receiver (%1)": "keine Antwort vom Empfänger (%1)",
    "Laying out pages": "Seiten werden gesetzt",
    # PlanEditDialog, ProbeEndpointModel
    "Traffic plan": "Traffic-Plan",
    "Steps (% to new):": "Schritte (% auf neu):",
    "Hold after each step:": "Halten nach jedem Schritt:",
    "Old path health URL:": "Health-URL des alten Pfads:",
    "Gates (JSON array):": "Gates (JSON-Array):",
    "30s, 5m, 2h or until-promoted": "30s, 5m, 2h oder until-promoted",
    "Gates: not JSON: %1 (at character %2)": "Gates: kein JSON: %1 (bei Zeichen %2)",
    "URL": "URL",
    "Path (old / new)": "Pfad (old / new)",
    "The URL is empty.": "Die URL ist leer.",
    '"%1" is not an http(s) URL such as http://10.0.0.5:8080/health.':
        "„%1“ ist keine http(s)-URL wie http://10.0.0.5:8080/health.",
    'The path must be "old" or "new", not "%1".': "Der Pfad muss „old“ oder „new“ sein, nicht „%1“.",
    "Row %1: %2": "Zeile %1: %2",
    "No endpoint of the old path: old and new cannot be compared.":
        "Kein Endpunkt des alten Pfads: alt und neu lassen sich nicht vergleichen.",
    "No endpoint of the new path: old and new cannot be compared.":
        "Kein Endpunkt des neuen Pfads: alt und neu lassen sich nicht vergleichen.",
    # PrometheusQueryModel, PrometheusResponseParser, PrometheusSource, PrometheusSourceEditor
    "Series %1/old and %1/new": "Reihen %1/old und %1/new",
    "Metric": "Metrik",
    "PromQL query": "PromQL-Abfrage",
    "Path label": "Pfad-Label",
    "Old path value": "Wert alter Pfad",
    "New path value": "Wert neuer Pfad",
    "The metric name is empty.": "Der Metrikname ist leer.",
    'The metric name "%1" may contain only letters, digits, _ and . (it becomes %1/old and %1/new).':
        "Der Metrikname „%1“ darf nur Buchstaben, Ziffern, _ und . enthalten (daraus werden %1/old und %1/new).",
    'The metric name "%1" is used twice.': "Der Metrikname „%1“ wird zweimal verwendet.",
    "The PromQL query is empty.": "Die PromQL-Abfrage ist leer.",
    "The label that tells old and new apart is empty.": "Das Label, das alt und neu unterscheidet, ist leer.",
    "The label values of the old and the new path must both be given.":
        "Die Label-Werte des alten und des neuen Pfads müssen beide angegeben sein.",
    'The old and the new path have the same label value "%1".':
        "Der alte und der neue Pfad haben denselben Label-Wert „%1“.",
    "No query is configured.": "Keine Abfrage konfiguriert.",
    "Prometheus answered with an empty body (HTTP %1).": "Prometheus antwortete mit leerem Body (HTTP %1).",
    "Prometheus' answer is not valid JSON (HTTP %1, %2 at byte %3): %4":
        "Die Antwort von Prometheus ist kein gültiges JSON (HTTP %1, %2 bei Byte %3): %4",
    "Prometheus' answer is not a JSON object (HTTP %1): %2":
        "Die Antwort von Prometheus ist kein JSON-Objekt (HTTP %1): %2",
    "Prometheus reported an error (%1, HTTP %2): %3": "Prometheus meldete einen Fehler (%1, HTTP %2): %3",
    "no error type": "kein Fehlertyp",
    "no message": "keine Meldung",
    'Prometheus\' answer has no "status" of success or error (HTTP %1).':
        "Die Antwort von Prometheus hat keinen „status“ success oder error (HTTP %1).",
    "Prometheus answered with HTTP status %1 despite a success body.":
        "Prometheus antwortete trotz Erfolgs-Body mit HTTP-Status %1.",
    "Prometheus' answer cannot be read: %1.": "Die Antwort von Prometheus kann nicht gelesen werden: %1.",
    '"result" is not a list': "„result“ ist keine Liste",
    'a matrix result has no "values" list': "ein matrix-Ergebnis hat keine „values“-Liste",
    "the query returns a string, not a number": "die Abfrage liefert einen String, keine Zahl",
    'unknown result type "%1"': "unbekannter Ergebnistyp „%1“",
    'a sample is not a [time, "value"] pair': "ein Messwert ist kein Paar [time, \"value\"]",
    'the sample value "%1" is not a number': "der Messwert „%1“ ist keine Zahl",
    'a result has no "metric" object': "ein Ergebnis hat kein „metric“-Objekt",
    "Prometheus at %1": "Prometheus unter %1",
    'The Prometheus address "%1" is not a valid URL (expected e.g. http://127.0.0.1:9090).':
        "Die Prometheus-Adresse „%1“ ist keine gültige URL (erwartet z. B. http://127.0.0.1:9090).",
    "Prometheus authentication: %1 Continuing without an authentication header.":
        "Prometheus-Authentifizierung: %1 Es geht ohne Authentifizierungs-Header weiter.",
    "connection refused — is Prometheus running at this address?":
        "Verbindung abgelehnt — läuft Prometheus unter dieser Adresse?",
    "Prometheus query failed (retrying in %1 s): %2":
        "Prometheus-Abfrage fehlgeschlagen (neuer Versuch in %1 s): %2",
    "Prometheus &address:": "Prometheus-&Adresse:",
    'Name of an environment variable holding the whole Authorization header value, e.g. "Bearer …". Only the name is saved.':
        "Name einer Umgebungsvariable mit dem vollständigen Wert des Authorization-Headers, z. B. „Bearer …“. "
        "Gespeichert wird nur der Name.",
    "Auth header from &environment variable:": "Auth-Header aus &Umgebungsvariable:",
    'Entry in the system keychain (service "%1") holding the Authorization header value; asked first. Only the entry name is saved.':
        "Eintrag im Schlüsselbund des Systems (Dienst „%1“) mit dem Wert des Authorization-Headers; wird zuerst "
        "abgefragt. Gespeichert wird nur der Name des Eintrags.",
    "… or from &keychain entry:": "… oder aus &Schlüsselbund-Eintrag:",
    " s": " s",
    "&Poll every:": "Abfrage&intervall:",
    " min": " Min.",
    "How much history to fetch with query_range when the source starts.":
        "Wie viel Verlauf beim Start der Quelle mit query_range geholt wird.",
    "Fill &history of:": "&Verlauf laden für:",
    "&Add query": "Abfrage hin&zufügen",
    "&Remove query": "Abfrage &entfernen",
    "Restore &defaults": "Stan&dard wiederherstellen",
    "The Prometheus address is empty.": "Die Prometheus-Adresse ist leer.",
    'The Prometheus address "%1" is not an http(s) URL such as http://127.0.0.1:9090.':
        "Die Prometheus-Adresse „%1“ ist keine http(s)-URL wie http://127.0.0.1:9090.",
    # ReportBuilder, ReportExporter
    "Cannot read the audit trail: %1": "Der Audit-Trail kann nicht gelesen werden: %1",
    "Checklist and lessons read": "Checkliste und Lessons Learned gelesen",
    "The report was cancelled.": "Der Bericht wurde abgebrochen.",
    "Report gathered": "Bericht zusammengestellt",
    'Reports are written in English (en) or German (de), not "%1".':
        "Berichte werden auf Englisch (en) oder Deutsch (de) geschrieben, nicht „%1“.",
    "Say where the report goes (an output file).": "Geben Sie an, wohin der Bericht geht (eine Ausgabedatei).",
    "Opening the session": "Session wird geöffnet",
    # ResultPanel
    "&Save result statement": "&Ergebnis-Statement speichern",
    "&Add lesson…": "Erkenntnis hin&zufügen…",
    "&Edit…": "Bearbei&ten…",
    "&Remove…": "Ent&fernen…",
    "Save as new &template version…": "Als neue &Vorlagenversion speichern…",
    "E&xport report…": "Bericht e&xportieren…",
    "What was the goal of this cutover?": "Was war das Ziel dieses Cutovers?",
    "What went well?": "Was lief gut?",
    "What is still open?": "Was ist noch offen?",
    "Save the result statement (Ctrl+S); every change is recorded in the audit trail":
        "Das Ergebnis-Statement speichern (Strg+S); jede Änderung wird im Audit-Trail festgehalten",
    "Result statement": "Ergebnis-Statement",
    "What went &well:": "Was gut &lief:",
    "What is &open:": "Was &offen ist:",
    "Apply the lessons' runbook changes to this session's runbook and save them as the next version of a template, with a changelog":
        "Die Runbook-Änderungen der Lessons Learned auf das Runbook dieser Session anwenden und als nächste "
        "Version einer Vorlage speichern, mit Changelog",
    "Lessons learned": "Lessons Learned",
    "The language of the report": "Die Sprache des Berichts",
    "Report language:": "Berichtssprache:",
    "Exporting the report: %1": "Bericht wird exportiert: %1",
    "Report written: %1": "Bericht geschrieben: %1",
    "The report was not written: %1": "Der Bericht wurde nicht geschrieben: %1",
    "Not saved yet": "Noch nicht gespeichert",
    "Last saved by %1, %2": "Zuletzt gespeichert von %1, %2",
    "Result statement saved.": "Ergebnis-Statement gespeichert.",
    "Lesson recorded.": "Erkenntnis festgehalten.",
    "Lesson saved.": "Erkenntnis gespeichert.",
    "Remove lesson": "Erkenntnis entfernen",
    'Why is "%1" removed? (Its text stays in the audit trail.)':
        "Warum wird „%1“ entfernt? (Der Text bleibt im Audit-Trail.)",
    "Lesson removed.": "Erkenntnis entfernt.",
    "Save as new template version": "Als neue Vorlagenversion speichern",
    "Template name (the next version number is added):": "Vorlagenname (die nächste Versionsnummer wird angehängt):",
    "Exporting the report…": "Bericht wird exportiert…",
    "PDF for the change board (*.pdf)": "PDF für das Change Board (*.pdf)",
    "Self-contained HTML page (*.html)": "Eigenständige HTML-Seite (*.html)",
    "Markdown for a wiki, charts as PNG beside it (*.md)": "Markdown für ein Wiki, Diagramme als PNG daneben (*.md)",
    "JSON for machines (*.json)": "JSON für Maschinen (*.json)",
    "Audit trail as CSV (*.csv)": "Audit-Trail als CSV (*.csv)",
    "Export report": "Bericht exportieren",
    "Cancel": "Abbrechen",
    # SampleStoreWorker, SecretStore, SourceCredentials
    "The metric store cannot open %1: %2": "Der Metrikspeicher kann %1 nicht öffnen: %2",
    "%1 has no metric_samples table (the session needs to be opened for writing once to be upgraded): %2":
        "%1 hat keine Tabelle metric_samples (die Session muss einmal schreibend geöffnet werden, damit sie "
        "aktualisiert wird): %2",
    "the metric store is not open": "der Metrikspeicher ist nicht geöffnet",
    "The metric samples of %1 cannot be read: %2": "Die Messwerte von %1 können nicht gelesen werden: %2",
    "%1 is set but is not an http(s) URL.": "%1 ist gesetzt, aber keine http(s)-URL.",
    "no webhook URL for %1: set %2 (no system keychain is available)":
        "keine Webhook-URL für %1: setzen Sie %2 (kein Schlüsselbund im System verfügbar)",
    "the system keychain did not answer in time; set %1 instead":
        "der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet; setzen Sie stattdessen %1",
    "no webhook URL for %1 in the system keychain (%2); set %3 instead":
        "keine Webhook-URL für %1 im Schlüsselbund des Systems (%2); setzen Sie stattdessen %3",
    "the keychain entry for %1 is not a URL": "der Schlüsselbund-Eintrag für %1 ist keine URL",
    "No system keychain is available; set %1 in the environment instead.":
        "Kein Schlüsselbund im System verfügbar; setzen Sie stattdessen %1 in der Umgebung.",
    "The environment variable %1 is not set.": "Die Umgebungsvariable %1 ist nicht gesetzt.",
    'The keychain entry "%1" could not be read: %2': "Der Schlüsselbund-Eintrag „%1“ konnte nicht gelesen werden: %2",
    # StatusPageControl, StatusPageRenderer, StatusPageServer
    "Allow other machines (plain HTTP; anyone with the link can read)":
        "Andere Rechner zulassen (reines HTTP; jeder mit dem Link kann lesen)",
    "&Start status page": "Statusseite &starten",
    "Sto&p": "Sto&ppen",
    "&Copy link": "Link &kopieren",
    "any free port": "beliebiger freier Port",
    "Off: the page is not served": "Aus: die Seite wird nicht bereitgestellt",
    "Port:": "Port:",
    "Link for stakeholders:": "Link für Stakeholder:",
    "Serving on port %1. Only verified information is shown; the link contains the access token — hand it only to stakeholders.":
        "Bereitgestellt auf Port %1. Gezeigt werden nur bestätigte Informationen; der Link enthält das "
        "Zugriffstoken — geben Sie ihn nur an Stakeholder weiter.",
    "Stopped; the old link no longer works.": "Gestoppt; der alte Link funktioniert nicht mehr.",
    "%1 · cutover status": "%1 · Cutover-Status",
    "as of %1 UTC": "Stand %1 UTC",
    "Result": "Ergebnis",
    "Traffic shift: not configured": "Traffic-Umschaltung: nicht konfiguriert",
    "Gates": "Gates",
    "Gates: not configured": "Gates: nicht konfiguriert",
    "checklist items finished": "Checklistenpunkte abgeschlossen",
    "%1 failed": "%1 fehlgeschlagen",
    "%1 UTC · written by %2, verified by %3": "%1 UTC · geschrieben von %2, bestätigt von %3",
    "corrects update %1": "korrigiert Meldung %1",
    "Read-only view · only verified information · updated %1 UTC · refreshes every %2 s":
        "Nur-Lese-Ansicht · nur bestätigte Informationen · aktualisiert %1 UTC · neu geladen alle %2 s",
    "The status page needs an access token of at least 8 characters.":
        "Die Statusseite braucht ein Zugriffstoken mit mindestens 8 Zeichen.",
    "The status page cannot listen on %1 port %2 (in use, or not allowed).":
        "Die Statusseite kann nicht auf %1 Port %2 lauschen (belegt oder nicht erlaubt).",
    # StepPlan, TemplateVersions, TrafficBackendRegistry
    'The hold "%1" is not a duration (use 30s, 5m, 2h or until-promoted).':
        "Die Haltezeit „%1“ ist keine Dauer (verwenden Sie 30s, 5m, 2h oder until-promoted).",
    '"%1" in the step list is not a whole percentage.': "„%1“ in der Schrittliste ist kein ganzer Prozentwert.",
    "The plan has no steps.": "Der Plan hat keine Schritte.",
    "Step %1: %2 % is outside 1..100.": "Schritt %1: %2 % liegt außerhalb von 1..100.",
    "Step %1: %2 % does not go beyond the step before (%3 %); steps must rise.":
        "Schritt %1: %2 % geht nicht über den vorigen Schritt (%3 %) hinaus; Schritte müssen steigen.",
    "Step %1: %2": "Schritt %1: %2",
    'Lesson %1 ("%2"): %3': "Erkenntnis %1 („%2“): %3",
    'phase "%1" already has the task "%2"': "Phase „%1“ hat bereits die Aufgabe „%2“",
    'the runbook has no phase "%1"': "das Runbook hat keine Phase „%1“",
    'phase "%1" has no task "%2"': "Phase „%1“ hat keine Aufgabe „%2“",
    "Cannot read %1: %2": "%1 kann nicht gelesen werden: %2",
    "%1 is not a template version: %2": "%1 ist keine Vorlagenversion: %2",
    'A template name uses letters, digits, \'-\' and \'_\' (and is not "default"), not "%1".':
        "Ein Vorlagenname besteht aus Buchstaben, Ziffern, „-“ und „_“ (und ist nicht „default“), nicht „%1“.",
    "The new version was not saved; these changes cannot be applied:\n%1":
        "Die neue Version wurde nicht gespeichert; diese Änderungen lassen sich nicht anwenden:\n%1",
    "No lesson carries a runbook change, so there is nothing for a new version.":
        "Keine Erkenntnis enthält eine Runbook-Änderung, daher gibt es nichts für eine neue Version.",
    "%1 already exists; it is not overwritten.": "%1 existiert bereits; die Datei wird nicht überschrieben.",
    "The new version was not saved: %1": "Die neue Version wurde nicht gespeichert: %1",
    "it has no version number": "sie hat keine Versionsnummer",
    '%1: the plugin metadata has no "id".': "%1: die Plugin-Metadaten haben keine „id“.",
    '%1: a backend with the id "%2" is already loaded; this one is ignored.':
        "%1: ein Backend mit der id „%2“ ist bereits geladen; dieses wird ignoriert.",
    "built-in": "eingebaut",
    "%1 is not a Qt plugin: %2": "%1 ist kein Qt-Plugin: %2",
    "%1 is a Qt plugin but not a traffic backend (interface %2, expected %3).":
        "%1 ist ein Qt-Plugin, aber kein Traffic-Backend (Schnittstelle %2, erwartet %3).",
    'There is no traffic backend "%1" (known: %2).': "Es gibt kein Traffic-Backend „%1“ (bekannt: %2).",
    "The backend plugin %1 cannot be loaded: %2": "Das Backend-Plugin %1 kann nicht geladen werden: %2",
    'The plugin for "%1" does not implement the traffic backend interface.':
        "Das Plugin für „%1“ implementiert die Traffic-Backend-Schnittstelle nicht.",
    'The result statement was marked final by %1 and announced; it is no longer edited. Add what changed as a lesson or an incident entry.': 'Das Ergebnis-Statement wurde von %1 als endgültig markiert und verkündet; es wird nicht mehr bearbeitet. Halten Sie Änderungen als Erkenntnis oder Log-Eintrag fest.',
    'Goal: %1': 'Ziel: %1',
    'What went well: %1': 'Was lief gut: %1',
    'What is open: %1': 'Was ist offen: %1',
    'The result statement was already marked final by %1 on %2.': 'Das Ergebnis-Statement wurde bereits am %2 von %1 als endgültig markiert.',
    'The result statement is empty; write what the cutover achieved first.': 'Das Ergebnis-Statement ist leer; schreiben Sie zuerst, was der Cutover erreicht hat.',
    'The result statement was not marked final: %1': 'Das Ergebnis-Statement wurde nicht als endgültig markiert: %1',
    'The result statement was not announced, so it was not marked final: %1': 'Das Ergebnis-Statement wurde nicht verkündet und daher nicht als endgültig markiert: %1',
    'Mark &final…': '&Endgültig markieren…',
    'Freeze the saved result statement and announce it once to the notification channels and the status page; it cannot be edited afterwards': 'Das gespeicherte Ergebnis-Statement festschreiben und einmal an die Benachrichtigungskanäle und die Statusseite melden; danach ist es nicht mehr änderbar',
    'Final since %1 (%2)': 'Endgültig seit %1 (%2)',
    'Mark the result statement final': 'Ergebnis-Statement endgültig markieren',
    'The saved result statement is announced once to the notification channels and shown on the status page. It cannot be edited afterwards. Mark it final?': 'Das gespeicherte Ergebnis-Statement wird einmal an die Benachrichtigungskanäle gemeldet und auf der Statusseite gezeigt. Danach ist es nicht mehr änderbar. Endgültig markieren?',
    'The result statement is final and was handed to the notification outbox.': 'Das Ergebnis-Statement ist endgültig und wurde an den Postausgang der Benachrichtigungen übergeben.',
    'awaiting promotion': 'wartet auf „Weiter“',
    'The backend reports %1 % new, which the cockpit did not set.': 'Das Backend meldet %1 % neu; das hat das Cockpit nicht eingestellt.',
    'Rolled back to the old path: %1': 'Auf den alten Pfad zurückgerollt: %1',
    'There is no notification channel "%1" (known: %2).': 'Es gibt keinen Benachrichtigungskanal „%1“ (bekannt: %2).',
    'The channel choice was not saved: %1': 'Die Kanalauswahl wurde nicht gespeichert: %1',
    "post this session's updates here": 'Meldungen dieser Session hierher senden',
    'set, not used by this session': 'gesetzt, von dieser Session nicht genutzt',
    # BusinessGatePage
    "HTTP request sequence": "Folge von HTTP-Requests",
    "Command": "Befehl",
    "&Test by:": "Pr&üfen per:",
    "Run in order; each is judged like a health check and the first that fails decides.":
        "Der Reihe nach ausgeführt; jeder wird wie ein Health-Check bewertet, und der erste, der nicht besteht, "
        "entscheidet.",
    "Method": "Methode",
    "Expected status": "Erwarteter Status",
    "Body matches": "Body passt zu",
    "Body": "Body",
    "The HTTP requests of the transaction, in order.": "Die HTTP-Requests der Transaktion, in Reihenfolge.",
    "Add re&quest": "&Request hinzufügen",
    "Remove request": "Request entfernen",
    "&Program:": "Pr&ogramm:",
    "Run without a shell; exit code 0 passes. Its last output line is shown with the measurement.":
        "Wird ohne Shell ausgeführt; Exit-Code 0 besteht. Seine letzte Ausgabezeile wird mit der Messung angezeigt.",
    "The arguments, separated by spaces; quote one with spaces.":
        "Die Argumente, durch Leerzeichen getrennt; ein Argument mit Leerzeichen in Anführungszeichen setzen.",
    "&Arguments:": "A&rgumente:",
    # BusinessTransactionProbe
    "The command did not finish within %1 ms and was stopped; its last output: %2":
        "Der Befehl wurde nicht innerhalb von %1 ms fertig und wurde beendet; seine letzte Ausgabe: %2",
    "The command crashed; its last output: %1": "Der Befehl ist abgestürzt; seine letzte Ausgabe: %1",
    "the command succeeded: %1": "der Befehl war erfolgreich: %1",
    "the command exited with %1: %2": "der Befehl endete mit %1: %2",
    # ChecklistPanel (withdrawing a sign-off)
    "&Withdraw my sign-off…": "Meine Freigabe zu&rücknehmen…",
    "Take back your own sign-off of the selected item (recorded with a reason)":
        "Die eigene Freigabe des gewählten Punkts zurücknehmen (wird mit Grund festgehalten)",
    "Withdraw sign-off": "Freigabe zurücknehmen",
    'Withdraw your sign-off of "%1"? It then awaits a sign-off again.':
        "Ihre Freigabe von „%1“ zurücknehmen? Der Punkt wartet dann wieder auf eine Freigabe.",
    "&Withdraw": "&Zurücknehmen",
    'Your sign-off of "%1" is withdrawn.': "Ihre Freigabe von „%1“ ist zurückgenommen.",
    # CommandBackend
    '"apply_command" is required.': "„apply_command“ ist erforderlich.",
    '"read_command" is required: without it the split in force cannot be read back.':
        "„read_command“ ist erforderlich: ohne ihn lässt sich die geltende Aufteilung nicht zurücklesen.",
    "%1 is not an executable file.": "%1 ist keine ausführbare Datei.",
    '"timeout_ms" must be positive.': "„timeout_ms“ muss positiv sein.",
    "%1 % is not between 0 and 100.": "%1 % liegt nicht zwischen 0 und 100.",
    "%1 exited with %2: %3": "%1 endete mit %2: %3",
    "the command succeeded but the read-back shows %1 % instead of %2 %":
        "der Befehl war erfolgreich, aber das Zurücklesen zeigt %1 % statt %2 %",
    '%1 printed "%2", not a percentage between 0 and 100.':
        "%1 gab „%2“ aus, keinen Prozentwert zwischen 0 und 100.",
    "%1 reports %2 % on %3": "%1 meldet %2 % auf %3",
    "no check command configured": "kein Prüfbefehl konfiguriert",
    # ConsistencyGatePage
    "Old system": "Altes System",
    "New system": "Neues System",
    "How far the new value may differ from the old one.": "Wie weit der neue Wert vom alten abweichen darf.",
    "absolute": "absolut",
    "% of the old value": "% des alten Werts",
    "&Tolerance:": "T&oleranz:",
    "Sample &old:": "Stic&hprobe alt:",
    "Optional: rows from the old system that must equal the new system's sample as a set.":
        "Optional: Zeilen aus dem alten System, die als Menge der Stichprobe des neuen Systems gleichen müssen.",
    "Sample &new:": "Stichp&robe neu:",
    "Optional: the same rows read from the new system.": "Optional: dieselben Zeilen, aus dem neuen System gelesen.",
    # CutoverEngine
    "There is nothing to stop while the plan is %1.": "Solange der Plan %1 ist, gibt es nichts anzuhalten.",
    "A backend call is under way; stop when it has answered.":
        "Ein Backend-Aufruf läuft; anhalten, sobald er geantwortet hat.",
    "stopped at %1 %: %2; the next run measures this step's gates again":
        "bei %1 % angehalten: %2; der nächste Durchlauf misst die Gates dieses Schritts erneut",
    "gate failed during the hold: %1": "Gate während der Haltezeit nicht bestanden: %1",
    "gate inconclusive during the hold, a person decides: %1":
        "Gate während der Haltezeit unklar, eine Person entscheidet: %1",
    # CutoverSession (withdrawing a sign-off)
    '"%1" is not signed off; there is nothing to withdraw.':
        "„%1“ ist nicht freigegeben; es gibt nichts zurückzunehmen.",
    'Only %1, who signed off "%2", can withdraw that sign-off.':
        "Nur wer „%2“ freigegeben hat (%1), kann diese Freigabe zurücknehmen.",
    "Withdrawing a sign-off needs a reason.": "Das Zurücknehmen einer Freigabe braucht einen Grund.",
    # DataSourceFields
    "SQL query": "SQL-Abfrage",
    "HTTP JSON": "HTTP-JSON",
    "Read by:": "Lesen per:",
    "Driver:": "Treiber:",
    "Host:": "Host:",
    "default": "Standard",
    "Database:": "Datenbank:",
    "User:": "Benutzer:",
    "The name of the environment variable that holds the password; the password itself is never stored.":
        "Der Name der Umgebungsvariable, die das Passwort enthält; das Passwort selbst wird nie gespeichert.",
    "Password from env:": "Passwort aus Umgebungsvariable:",
    "Returns one value: a count or a checksum.": "Liefert einen Wert: eine Anzahl oder eine Prüfsumme.",
    "Query:": "Abfrage:",
    "URL:": "URL:",
    "A JSON pointer to the value in the answer.": "Ein JSON-Pointer auf den Wert in der Antwort.",
    "JSON pointer:": "JSON-Pointer:",
    # DemoCutover
    "demo: the article's plan with two gates": "Demo: der Plan aus dem Artikel mit zwei Gates",
    "25 % reached; the partner bank's settlement feed has no data yet, so the lead decides on the next step. (demo)":
        "25 % erreicht; der Abwicklungs-Feed der Partnerbank liefert noch keine Daten, daher entscheidet der Lead "
        "über den nächsten Schritt. (Demo)",
    # GateDefinition
    "HTTP health": "HTTP-Health",
    "Business transaction": "Geschäftstransaktion",
    "Data consistency": "Datenkonsistenz",
    "Metric condition": "Metrikbedingung",
    'gate %1 "%2"': "Gate %1 „%2“",
    "gate %1": "Gate %1",
    "the gate": "das Gate",
    '%1: key "kind" is missing; use one of %2.': "%1: der Schlüssel „kind“ fehlt; verwenden Sie eine von %2.",
    '%1: key "kind" has the unknown kind "%2"; use one of %3.':
        "%1: der Schlüssel „kind“ hat die unbekannte Art „%2“; verwenden Sie eine von %3.",
    '%1: key "kind" must be text (one of %2), not %3.':
        "%1: der Schlüssel „kind“ muss Text sein (eine von %2), nicht %3.",
    '%1: key "name" must be text, not %2.': "%1: der Schlüssel „name“ muss Text sein, nicht %2.",
    '%1: key "%2" must be a whole number of at least %3, not %4.':
        "%1: der Schlüssel „%2“ muss eine ganze Zahl ab %3 sein, nicht %4.",
    '%1: key "no_data" must be "inconclusive" or "fail" (no data never passes), not %2.':
        "%1: der Schlüssel „no_data“ muss „inconclusive“ oder „fail“ sein (keine Daten bestehen nie), nicht %2.",
    'key "%1" must be at least %2, not %3.': "der Schlüssel „%1“ muss mindestens %2 sein, nicht %3.",
    'key "%1" must not be written into a gate definition; name an environment variable in "%1_env" instead, so the secret never reaches the session file.':
        "der Schlüssel „%1“ darf nicht in eine Gate-Definition geschrieben werden; nennen Sie stattdessen eine "
        "Umgebungsvariable in „%1_env“, damit das Geheimnis nie in die Session-Datei gelangt.",
    'key "command" must name the program to run, e.g. "/opt/checks/payment-roundtrip".':
        "der Schlüssel „command“ muss das auszuführende Programm nennen, z. B. „/opt/checks/payment-roundtrip“.",
    'key "args" must be a list of texts, e.g. ["--amount", "1.00"].':
        'der Schlüssel „args“ muss eine Liste von Texten sein, z. B. ["--amount", "1.00"].',
    'key "requests" must be a non-empty list of HTTP requests ({"url": ..., "method": ..., "expect_status": ...}).':
        'der Schlüssel „requests“ muss eine nicht leere Liste von HTTP-Requests sein '
        '({"url": ..., "method": ..., "expect_status": ...}).',
    "request %1: ": "Request %1: ",
    'it must be an object with at least "url".': "er muss ein Objekt mit mindestens „url“ sein.",
    'a business gate needs key "requests" (a list of HTTP requests) or key "command" (a program whose exit code 0 passes).':
        "ein business-Gate braucht den Schlüssel „requests“ (eine Liste von HTTP-Requests) oder den Schlüssel "
        "„command“ (ein Programm, dessen Exit-Code 0 besteht).",
    'keys "sample_old" and "sample_new" go together: give both sampling queries or neither.':
        "die Schlüssel „sample_old“ und „sample_new“ gehören zusammen: geben Sie beide Stichproben-Abfragen an "
        "oder keine.",
    'key "series" is required but missing: the metric series to judge, e.g. "error_ratio/new".':
        "der Schlüssel „series“ ist erforderlich, fehlt aber: die zu bewertende Metrikreihe, z. B. „error_ratio/new“.",
    'key "%1" must be a number, not %2.': "der Schlüssel „%1“ muss eine Zahl sein, nicht %2.",
    'a metric gate needs a condition: key "max", "min" or "max_ratio" (with "baseline").':
        "ein metric-Gate braucht eine Bedingung: den Schlüssel „max“, „min“ oder „max_ratio“ (mit „baseline“).",
    'key "baseline" is required with "max_ratio": the series the ratio is taken against, e.g. "latency_p99/old".':
        "der Schlüssel „baseline“ ist mit „max_ratio“ erforderlich: die Reihe, auf die sich das Verhältnis "
        "bezieht, z. B. „latency_p99/old“.",
    'The gates must be a JSON array of gate objects ([{"kind": "http", ...}, ...]).':
        'Die Gates müssen ein JSON-Array von Gate-Objekten sein ([{"kind": "http", ...}, ...]).',
    'gate %1 is %2, not a JSON object ({"kind": ..., "name": ..., ...}).':
        'Gate %1 ist %2, kein JSON-Objekt ({"kind": ..., "name": ..., ...}).',
    # GateEditor
    'What the gate checks (JSON key "kind").': "Was das Gate prüft (JSON-Schlüssel „kind“).",
    "&Kind:": "&Art:",
    "e.g. health, booking, error ratio": "z. B. health, booking, error ratio",
    "Shown with every measurement; unique within the step.":
        "Wird mit jeder Messung angezeigt; eindeutig innerhalb des Schritts.",
    "What is checked": "Was geprüft wird",
    "How it is judged": "Wie bewertet wird",
    "No data &fails the measurement (otherwise: inconclusive)":
        "Bei keinen &Daten ist die Messung nicht bestanden (sonst: unklar)",
    "&Interval:": "&Intervall:",
    "Time between two measurements (interval_ms).": "Zeit zwischen zwei Messungen (interval_ms).",
    "&Measurements:": "&Messungen:",
    "How many measurements (count).": "Wie viele Messungen (count).",
    "Of one measurement (timeout_ms).": "Einer Messung (timeout_ms).",
    "Failures &tolerated:": "Fehlschl&äge toleriert:",
    "More failed measurements than this fail the gate (failure_limit).":
        "Mehr nicht bestandene Messungen als diese lassen das Gate nicht bestehen (failure_limit).",
    "Inconclusive t&olerated:": "Un&klare toleriert:",
    "More inconclusive measurements than this make the gate wait for a person (inconclusive_limit).":
        "Bei mehr unklaren Messungen als diesen wartet das Gate auf eine Person (inconclusive_limit).",
    "&Errors in a row:": "Messfehler in &Folge:",
    "Provider errors are retried and never pass; more in a row than this fail the gate (consecutive_error_limit).":
        "Messfehler werden wiederholt und bestehen nie; mehr in Folge als diese lassen das Gate nicht bestehen "
        "(consecutive_error_limit).",
    # GateMeasurementModel
    "step %1 (%2 %)": "Schritt %1 (%2 %)",
    "step %1": "Schritt %1",
    "Run %1": "Durchlauf %1",
    "Before the first run": "Vor dem ersten Durchlauf",
    "%1 · %2": "%1 · %2",
    "1 measurement": "1 Messung",
    "%1 measurements": "%1 Messungen",
    # HaproxyBackend, HaproxyRuntimeApi
    '"socket" is required (HOST:PORT or a unix socket path).':
        "„socket“ ist erforderlich (HOST:PORT oder ein Unix-Socket-Pfad).",
    '"%1" must be a HAProxy name (letters, digits, _ . : -), not "%2".':
        "„%1“ muss ein HAProxy-Name sein (Buchstaben, Ziffern, _ . : -), nicht „%2“.",
    "The old and the new server must differ.": "Der alte und der neue Server müssen sich unterscheiden.",
    'HAProxy gave an unexpected reply to `show servers state`: "%1"':
        "HAProxy gab eine unerwartete Antwort auf `show servers state`: „%1“",
    'HAProxy\'s server state line is too short: "%1"': "Die Serverstatus-Zeile von HAProxy ist zu kurz: „%1“",
    'HAProxy\'s server state line cannot be read: "%1"':
        "Die Serverstatus-Zeile von HAProxy kann nicht gelesen werden: „%1“",
    'HAProxy does not list the server "%1" in this backend.':
        "HAProxy führt den Server „%1“ in diesem Backend nicht.",
    "Both servers have weight 0: no traffic can flow.": "Beide Server haben Gewicht 0: es kann kein Traffic fließen.",
    "weights old %1, new %2": "Gewichte alt %1, neu %2",
    "; server states old %1/%2, new %3/%4 (operational/admin)":
        "; Serverstatus alt %1/%2, neu %3/%4 (operational/admin)",
    'HAProxy refused "%1": %2': "HAProxy hat „%1“ abgelehnt: %2",
    "HAProxy reports the old server as not running (state %1).":
        "HAProxy meldet den alten Server als nicht laufend (Status %1).",
    "The old server is in maintenance mode.": "Der alte Server ist im Wartungsmodus.",
    "The old server is draining.": "Der alte Server wird geleert (draining).",
    "the old server is running": "der alte Server läuft",
    "The HAProxy runtime API at %1 did not answer within %2 ms%3.":
        "Die HAProxy-Runtime-API unter %1 hat nicht innerhalb von %2 ms geantwortet%3.",
    " (partial reply: %1)": " (Teilantwort: %1)",
    "The HAProxy runtime API at %1 cannot be reached: %2": "Die HAProxy-Runtime-API unter %1 ist nicht erreichbar: %2",
    '"%1" is not HOST:PORT.': "„%1“ ist nicht HOST:PORT.",
    # HttpGatePage
    "&URL:": "&URL:",
    "The address checked on the new path (http:// or https://).":
        "Die Adresse, die auf dem neuen Pfad geprüft wird (http:// oder https://).",
    "The HTTP method of the request.": "Die HTTP-Methode des Requests.",
    "&Method:": "Met&hode:",
    "The status code that passes.": "Der Statuscode, der besteht.",
    "Expected &status:": "E&rwarteter Status:",
    "no limit": "keine Grenze",
    "A slower answer fails the measurement.": "Eine langsamere Antwort lässt die Messung nicht bestehen.",
    "Max &latency:": "Ma&x. Latenz:",
    "Body &matches:": "&Body passt zu:",
    "A regular expression the response body must match (optional).":
        "Ein regulärer Ausdruck, zu dem der Body der Antwort passen muss (optional).",
    "Request &body:": "Re&quest-Body:",
    "(none)": "(keiner)",
    "Sent with POST, PUT or PATCH, as application/json unless content_type says otherwise.":
        "Wird mit POST, PUT oder PATCH gesendet, als application/json, sofern content_type nichts anderes sagt.",
    # MetricGatePage
    "&Series:": "&Reihe:",
    'A series of the session\'s metric source, "<metric>/<path>": error_ratio/new, p99_seconds/new, ...':
        "Eine Reihe der Metrikquelle der Session, „<metric>/<path>“: error_ratio/new, p99_seconds/new, ...",
    "Threshold": "Schwellwert",
    "Ratio to a baseline series": "Verhältnis zu einer Baseline-Reihe",
    "&Condition:": "Beding&ung:",
    "Passes at &most:": "Bestanden bei &höchstens:",
    "The success condition: value ≤ this.": "Die Erfolgsbedingung: Wert ≤ diesem.",
    "Passes at &least:": "&Bestanden bei mindestens:",
    "(no lower bound)": "(keine Untergrenze)",
    "The success condition: value ≥ this.": "Die Erfolgsbedingung: Wert ≥ diesem.",
    "&Fails above:": "Nicht bestanden &über:",
    "(misses fail)": "(Verfehlen = nicht bestanden)",
    "The failure condition; a value between the success and the failure condition is inconclusive.":
        "Die Fehlerbedingung; ein Wert zwischen Erfolgs- und Fehlerbedingung ist unklar.",
    "&Baseline series:": "&Baseline-Reihe:",
    "The ratio is series / baseline.": "Das Verhältnis ist Reihe / Baseline.",
    "Ratio at &most:": "Verhältnis &höchstens:",
    "The success condition: series / baseline ≤ this.": "Die Erfolgsbedingung: Reihe / Baseline ≤ diesem.",
    "Fails a&bove ratio:": "Nicht bestanden &über Verhältnis:",
    "The failure condition for the ratio.": "Die Fehlerbedingung für das Verhältnis.",
    # MetricSourceSettings
    'metric source: unknown "kind" "%1" (use prometheus, prober, csv or none).':
        "Metrikquelle: unbekannte Art („kind“) „%1“ (verwenden Sie prometheus, prober, csv oder none).",
    'The Prometheus address "%1" is not an http(s) URL (e.g. http://127.0.0.1:9090).':
        "Die Prometheus-Adresse „%1“ ist keine http(s)-URL (z. B. http://127.0.0.1:9090).",
    "The Prometheus address holds a user name or password; name an environment variable or a keychain entry for the authentication header instead.":
        "Die Prometheus-Adresse enthält einen Benutzernamen oder ein Passwort; nennen Sie stattdessen eine "
        "Umgebungsvariable oder einen Schlüsselbund-Eintrag für den Authentifizierungs-Header.",
    "Prometheus needs at least one query.": "Prometheus braucht mindestens eine Abfrage.",
    "Query %1: the series name is empty.": "Abfrage %1: der Reihenname ist leer.",
    'Query %1: the series "%2" is given twice.': "Abfrage %1: die Reihe „%2“ ist zweimal angegeben.",
    "Query %1 (%2): the PromQL query is empty.": "Abfrage %1 (%2): die PromQL-Abfrage ist leer.",
    "The Prometheus poll interval must be at least 100 ms.":
        "Das Abfrageintervall für Prometheus muss mindestens 100 ms betragen.",
    'The %1 endpoint "%2" is not an http(s) URL.': "Der Endpunkt %1 „%2“ ist keine http(s)-URL.",
    'An endpoint\'s path must be old or new (got "%1").':
        "Der Pfad eines Endpunkts muss old oder new sein (erhalten: „%1“).",
    "The prober needs an endpoint of the old and one of the new path.":
        "Der Prober braucht einen Endpunkt des alten und einen des neuen Pfads.",
    "The probe interval must be at least 100 ms.": "Das Prüfintervall muss mindestens 100 ms betragen.",
    "The CSV replay needs a file.": "Die CSV-Wiedergabe braucht eine Datei.",
    "The CSV file %1 cannot be read.": "Die CSV-Datei %1 kann nicht gelesen werden.",
    "The replay speed must not be negative.": "Die Wiedergabegeschwindigkeit darf nicht negativ sein.",
    "HTTP prober of %1, every %2 s": "HTTP-Prober für %1, alle %2 s",
    "no metric source": "keine Metrikquelle",
    # MetricSourcesDialog
    "Metric sources": "Metrikquellen",
    "Where this session's metrics come from. Metric gates refer to the series by name (e.g. error_ratio/new). The settings are stored in the session and every change is recorded; passwords and tokens are not: name an environment variable or a keychain entry instead.":
        "Woher die Metriken dieser Session kommen. metric-Gates beziehen sich über den Namen auf die Reihe "
        "(z. B. error_ratio/new). Die Einstellungen werden in der Session gespeichert und jede Änderung wird "
        "festgehalten; Passwörter und Tokens nicht: nennen Sie stattdessen eine Umgebungsvariable oder einen "
        "Schlüsselbund-Eintrag.",
    "None": "Keine",
    "Prometheus": "Prometheus",
    "Built-in HTTP prober": "Eingebauter HTTP-Prober",
    "CSV replay": "CSV-Wiedergabe",
    "&Source:": "&Quelle:",
    'No metric source: metric gates judge "no data".': "Keine Metrikquelle: metric-Gates ergeben „keine Daten“.",
    "A CSV file of time,series,value lines, replayed as if live":
        "Eine CSV-Datei mit Zeilen time,series,value, abgespielt wie live",
    "&Choose…": "Aus&wählen…",
    "Choose a CSV file to replay": "Eine CSV-Datei zum Abspielen auswählen",
    "CSV files (*.csv);;All files (*)": "CSV-Dateien (*.csv);;Alle Dateien (*)",
    # NginxBackend
    '"upstream" must be an nginx upstream name (letters, digits, _), not "%1".':
        "„upstream“ muss ein nginx-Upstream-Name sein (Buchstaben, Ziffern, _), nicht „%1“.",
    '"old_server" must be HOST:PORT, not "%1".': "„old_server“ muss HOST:PORT sein, nicht „%1“.",
    '"new_server" must be HOST:PORT, not "%1".': "„new_server“ muss HOST:PORT sein, nicht „%1“.",
    'The main configuration "%1" does not exist.': "Die Hauptkonfiguration „%1“ existiert nicht.",
    '"include" (the upstream file the cockpit writes) is required.':
        "„include“ (die Upstream-Datei, die das Cockpit schreibt) ist erforderlich.",
    '"generation_url" must be an http(s) URL, not "%1".': "„generation_url“ muss eine http(s)-URL sein, nicht „%1“.",
    '"timeout_ms" must be at least 100.': "„timeout_ms“ muss mindestens 100 sein.",
    "The include has no generation marker ($cutover_gen).":
        "Die Include-Datei hat keine Generationsmarke ($cutover_gen).",
    "The include names neither %1 nor %2.": "Die Include-Datei nennt weder %1 noch %2.",
    "the new include %1 could not be removed": "die neue Include-Datei %1 konnte nicht entfernt werden",
    "The include %1 cannot be read: %2": "Die Include-Datei %1 kann nicht gelesen werden: %2",
    "The backup %1.bak cannot be written: %2": "Die Sicherung %1.bak kann nicht geschrieben werden: %2",
    "The include %1 cannot be written: %2": "Die Include-Datei %1 kann nicht geschrieben werden: %2",
    "nginx -t rejected the new configuration; the previous include was restored and stays in force: %1":
        "nginx -t hat die neue Konfiguration abgelehnt; die vorige Include-Datei wurde wiederhergestellt und "
        "bleibt in Kraft: %1",
    "nginx -t rejected the new configuration (%1) AND the previous include could not be restored: %2":
        "nginx -t hat die neue Konfiguration abgelehnt (%1) UND die vorige Include-Datei konnte nicht "
        "wiederhergestellt werden: %2",
    "nginx -s reload failed; the previous include was restored: %1":
        "nginx -s reload ist fehlgeschlagen; die vorige Include-Datei wurde wiederhergestellt: %1",
    "generation %1 serving: old %2, new %3": "Generation %1 aktiv: alt %2, neu %3",
    'nginx reloaded, but %1 still shows generation "%2" instead of %3 after %4 ms.':
        "nginx wurde neu geladen, aber %1 zeigt nach %4 ms noch Generation „%2“ statt %3.",
    "nginx does not answer at %1: %2": "nginx antwortet nicht unter %1: %2",
    'nginx serves generation "%1" but the include has %2: a reload is pending or failed, so the split in force is not known.':
        "nginx bedient Generation „%1“, aber die Include-Datei hat %2: ein Reload steht aus oder ist "
        "fehlgeschlagen, daher ist die geltende Aufteilung nicht bekannt.",
    "Neither server of the upstream carries traffic.": "Keiner der Server des Upstreams erhält Traffic.",
    "generation %1: weights old %2, new %3": "Generation %1: Gewichte alt %2, neu %3",
    "not checked by nginx (set the plan's old-path health URL)":
        "nicht von nginx geprüft (setzen Sie die Health-URL des alten Pfads im Plan)",
    # PlanEditDialog
    "until promoted": "bis „Weiter“",
    "Steps": "Schritte",
    "% new": "% neu",
    "&Add step": "S&chritt hinzufügen",
    "Remove step": "Schritt entfernen",
    " %": " %",
    "The share of traffic on the new path at this step (1..100, rising).":
        "Der Anteil des Traffics auf dem neuen Pfad in diesem Schritt (1..100, steigend).",
    "&Share on new:": "Ant&eil neu:",
    "30s, 5m, 2h": "30s, 5m, 2h",
    "How long to stay at this step before the next: 30s, 5m, 2h.":
        "Wie lange dieser Schritt vor dem nächsten gehalten wird: 30s, 5m, 2h.",
    "&until promoted": "bis „&Weiter“",
    "Stay at this step until a person promotes.": "Bei diesem Schritt bleiben, bis eine Person weiterschaltet.",
    "&Hold:": "Ha&ltezeit:",
    "Add &gate": "Gate hin&zufügen",
    "Remove gate": "Gate entfernen",
    "Use for &every step": "Für jeden Schritt &verwenden",
    "This step has no gate selected.\nAdd one with Ctrl+G.":
        "In diesem Schritt ist kein Gate ausgewählt.\nFügen Sie eines mit Strg+G hinzu.",
    "Checked before a rollback, so traffic goes back only to a healthy old path.":
        "Wird vor einem Rollback geprüft, damit Traffic nur auf einen gesunden alten Pfad zurückgeht.",
    "Old path health &URL:": "Health-URL des alten &Pfads:",
    "&Steps and gates": "&Schritte und Gates",
    "The plan as JSON, as `cutoverctl plan --help` documents it. Edits here are taken over by the form.":
        "Der Plan als JSON, wie `cutoverctl plan --help` ihn beschreibt. Änderungen hier übernimmt das Formular.",
    "&JSON": "&JSON",
    "why the plan changes (recorded in the audit trail)": "warum sich der Plan ändert (wird im Audit-Trail festgehalten)",
    "Add a step after the selected one": "Einen Schritt nach dem gewählten hinzufügen",
    "Remove the selected step": "Den gewählten Schritt entfernen",
    "Add a gate to the selected step": "Dem gewählten Schritt ein Gate hinzufügen",
    "Remove the selected gate": "Das gewählte Gate entfernen",
    "Give every step the gates of the selected step.": "Jedem Schritt die Gates des gewählten Schritts geben.",
    "Step %1": "Schritt %1",
    "Gates of step %1 (%2 % new), measured after the shift and through the hold:":
        "Gates von Schritt %1 (%2 % neu), gemessen nach der Umschaltung und während der Haltezeit:",
    "No step selected": "Kein Schritt ausgewählt",
    'Step %1: the hold "%2" is not a duration; write 30s, 5m or 2h, or tick "until promoted".':
        "Schritt %1: die Haltezeit „%2“ ist keine Dauer; schreiben Sie 30s, 5m oder 2h, oder kreuzen Sie "
        "bis „Weiter“ an.",
    "JSON: not valid JSON at line %1: %2.": "JSON: kein gültiges JSON in Zeile %1: %2.",
    'JSON: a plan is an object: {"steps": [...]}.': 'JSON: ein Plan ist ein Objekt: {"steps": [...]}.',
    "JSON: %1": "JSON: %1",
    "The plan has no steps: add one with Ctrl+N.": "Der Plan hat keine Schritte: fügen Sie einen mit Strg+N hinzu.",
    'key "name" is empty; give the gate a name, it is shown with every measurement.':
        "der Schlüssel „name“ ist leer; geben Sie dem Gate einen Namen, er wird mit jeder Messung angezeigt.",
    'key "name" is "%1" for a second gate of this step; measurements are told apart by the name.':
        "der Schlüssel „name“ ist „%1“ für ein zweites Gate dieses Schritts; Messungen werden am Namen "
        "unterschieden.",
    "Step %1, %2": "Schritt %1, %2",
    'Old path health URL: "%1" is not an http:// or https:// URL with a host.':
        "Health-URL des alten Pfads: „%1“ ist keine http://- oder https://-URL mit Host.",
    "… and %1 more.": "… und %1 weitere.",
    # PrometheusQueryModel, PrometheusSource
    'The metric name "%1" may contain only letters, digits, _ and . (it becomes %1/old and %1/new), or name one whole series such as error_ratio/new.':
        "Der Metrikname „%1“ darf nur Buchstaben, Ziffern, _ und . enthalten (daraus werden %1/old und %1/new) "
        "oder eine ganze Reihe wie error_ratio/new nennen.",
    '%1: the query returns %2 series; aggregate it to one (e.g. with sum or max) or give a metric name without "/" to split it by "%3"':
        "%1: die Abfrage liefert %2 Reihen; aggregieren Sie sie zu einer (z. B. mit sum oder max) oder geben Sie "
        "einen Metriknamen ohne „/“ an, um sie nach „%3“ aufzuteilen",
    # RuntimeIndicators
    "gates ✓ watching": "Gates ✓ unter Beobachtung",
    "gate ✓ pass": "Gate ✓ bestanden",
    "gate ✗ fail": "Gate ✗ nicht bestanden",
    "gate ? inconclusive": "Gate ? unklar",
    "gate ? no data": "Gate ? keine Daten",
    "gate ! error": "Gate ! Fehler",
    "%1 at %2: %3 (%4) — %5": "%1 um %2: %3 (%4) — %5",
    # SessionCommands, SessionMetricSources, SessionRuntime
    "&Metric sources…": "Metrik&quellen…",
    "the stored metric source is not JSON: %1": "die gespeicherte Metrikquelle ist kein JSON: %1",
    "The session is open read-only; the metric source cannot be changed.":
        "Die Session ist schreibgeschützt geöffnet; die Metrikquelle kann nicht geändert werden.",
    "The metric source was not saved: %1": "Die Metrikquelle wurde nicht gespeichert: %1",
    "The session's metric source cannot be read: %1": "Die Metrikquelle der Session kann nicht gelesen werden: %1",
    "%1 is not an http(s) URL; nothing is sent to %2.": "%1 ist keine http(s)-URL; an %2 wird nichts gesendet.",
    # SetItemStatusCommand, SignOffCommand
    " (signed off by %1)": " (freigegeben von %1)",
    '"%1" was changed since: it is now %2%3. Undo takes back only your own last change; a sign-off is withdrawn by the person who gave it.':
        "„%1“ wurde inzwischen geändert: jetzt %2%3. Rückgängig nimmt nur Ihre eigene letzte Änderung zurück; "
        "eine Freigabe nimmt die Person zurück, die sie gegeben hat.",
    'sign off "%1"': "„%1“ freigeben",
    "sign-off withdrawn by its signer (undo)": "Freigabe von der freigebenden Person zurückgenommen (Rückgängig)",
    # SimulatedBackend
    '"initial_percent" must be between 0 and 100.': "„initial_percent“ muss zwischen 0 und 100 liegen.",
    '"drift_to" must be between 0 and 100.': "„drift_to“ muss zwischen 0 und 100 liegen.",
    '"latency_ms" must not be negative.': "„latency_ms“ darf nicht negativ sein.",
    "simulated failure (the script allows %1 changes)": "simulierter Fehler (das Skript erlaubt %1 Änderungen)",
    "simulated: old %1, new %2": "simuliert: alt %1, neu %2",
    "the simulated state file %1 cannot be read": "die simulierte Zustandsdatei %1 kann nicht gelesen werden",
    "simulated old path is healthy": "simulierter alter Pfad ist gesund",
    "the simulated old path is unhealthy": "der simulierte alte Pfad ist nicht gesund",
    # StepPlan
    'The plan: key "old_health_url" must be a URL as text.':
        "Der Plan: der Schlüssel „old_health_url“ muss eine URL als Text sein.",
    'The plan: key "steps" is missing; a plan is {"steps": [{"percent": 1, "hold_s": 300, "gates": [...]}, ...]}.':
        'Der Plan: der Schlüssel „steps“ fehlt; ein Plan ist {"steps": [{"percent": 1, "hold_s": 300, '
        '"gates": [...]}, ...]}.',
    'The plan: key "steps" must be a list of steps ({"percent": ..., "hold_s": ..., "gates": [...]}).':
        'Der Plan: der Schlüssel „steps“ muss eine Liste von Schritten sein ({"percent": ..., "hold_s": ..., '
        '"gates": [...]}).',
    'Step %1 is not an object ({"percent": ..., "hold_s": ..., "gates": [...]}).':
        'Schritt %1 ist kein Objekt ({"percent": ..., "hold_s": ..., "gates": [...]}).',
    'Step %1: key "percent" is missing: the share of traffic on the new path, 1..100.':
        "Schritt %1: der Schlüssel „percent“ fehlt: der Anteil des Traffics auf dem neuen Pfad, 1..100.",
    'Step %1: key "percent" must be a whole number 1..100.':
        "Schritt %1: der Schlüssel „percent“ muss eine ganze Zahl 1..100 sein.",
    'Step %1: key "hold_s" must be whole seconds, or -1 to hold until a person promotes.':
        "Schritt %1: der Schlüssel „hold_s“ muss ganze Sekunden angeben, oder -1, um zu halten, bis eine Person "
        "weiterschaltet.",
    'Step %1: key "hold" must be a duration (30s, 5m, 2h) or "until-promoted".':
        "Schritt %1: der Schlüssel „hold“ muss eine Dauer (30s, 5m, 2h) oder „until-promoted“ sein.",
    'Step %1: key "gates" must be a list of gates ([{"kind": "http", ...}]).':
        'Schritt %1: der Schlüssel „gates“ muss eine Liste von Gates sein ([{"kind": "http", ...}]).',
    # StepPlan help text (cutoverctl plan --help)
    'A traffic plan in JSON:\n\n  {"steps": [{"percent": 1, "hold_s": 300, "gates": [GATE, ...]},\n             {"percent": 5, "hold": "until-promoted", "gates": [GATE, ...]},\n             {"percent": 100}],\n   "old_health_url": "http://old.internal:8080/health"}\n\n  percent         share of traffic on the new path, 1..100, rising from step to step\n  hold_s          seconds to stay at the step before the next one; -1 holds until a person\n                  promotes (default 0)\n  hold            the same as text: "30s", "5m", "2h" or "until-promoted"\n  gates           the gates of the step, measured after the shift and through the hold (default none)\n  old_health_url  checked before a rollback (optional)\n\n`cutoverctl plan SESSION --plan FILE` reads such a plan; `cutoverctl plan SESSION --gates FILE`\nreads a JSON array [GATE, ...] and uses it for every step of --steps.\n\nEvery GATE has these keys; only "kind" and the kind\'s required keys must be given:\n\n  kind                     http, business, consistency or metric\n  name                     shown with every measurement (default: the kind)\n  interval_ms              time between two measurements (default 10000)\n  count                    measurements to take (default 1)\n  failure_limit            failed measurements tolerated (default 0)\n  inconclusive_limit       inconclusive measurements tolerated (default 0)\n  consecutive_error_limit  provider errors in a row tolerated; errors never pass (default 4)\n  timeout_ms               of one measurement (default 10000)\n  no_data                  "inconclusive" (default) or "fail"; no data never passes\n\nSecrets never go into a gate: name an environment variable ("password_env"), never write\n"password" or "token".\n\nkind "http" (HTTP health): one request, judged by its status, latency and body.\n  url (required), method (GET), expect_status (200), max_latency_ms, body_regex, body,\n  content_type (application/json)\n  {"kind": "http", "name": "health", "url": "http://new.internal:8080/health",\n   "expect_status": 200, "max_latency_ms": 500, "interval_ms": 5000, "count": 3}\n\nkind "business" (business transaction): a sequence of HTTP requests, each judged like a\nhealth check (the first that fails decides), or your own command (exit code 0 passes; its\nlast output line is shown with the measurement).\n  requests: [{url, method, body, content_type, expect_status, max_latency_ms, body_regex}]\n  {"kind": "business", "name": "booking", "requests": [\n     {"method": "POST", "url": "http://new.internal:8080/payments",\n      "body": "{\\"amount\\": 1}", "expect_status": 201},\n     {"url": "http://new.internal:8080/payments/last", "body_regex": "booked"}]}\n  command (the program, run without a shell), args (a list of texts)\n  {"kind": "business", "name": "payment round trip",\n   "command": "/opt/checks/payment-roundtrip", "args": ["--amount", "1.00"],\n   "timeout_ms": 30000}\n\nkind "consistency" (data consistency): one value (a count or checksum) read from the old\nand from the new system, compared within a tolerance.\n  old, new (required): {"sql": {driver, database, host, port, user, password_env, query}}\n  or {"http": URL, "pointer": "/json/pointer"}; tolerance (absolute, default 0) or\n  tolerance_percent (of the old value); sample_old and sample_new: two queries whose rows\n  must be equal as sets\n  {"kind": "consistency", "name": "payments backfill",\n   "old": {"sql": {"driver": "QPSQL", "host": "old-db", "database": "pay",\n           "user": "cockpit", "password_env": "COCKPIT_OLD_DB_PASSWORD",\n           "query": "SELECT count(*) FROM payments"}},\n   "new": {"http": "http://new.internal:8080/stats", "pointer": "/payments/count"},\n   "tolerance_percent": 0.1}\n\nkind "metric" (metric condition): the latest value of a series of the session\'s metric\nsource ("<metric>/<path>", e.g. error_ratio/new, p99_seconds/old).\n  series (required); max and/or min; or max_ratio with baseline (series / baseline);\n  fail_max or fail_max_ratio: the failure condition (a value between the two conditions is\n  inconclusive; without it, missing the condition fails)\n  {"kind": "metric", "name": "error ratio", "series": "error_ratio/new",\n   "max": 0.005, "fail_max": 0.02, "interval_ms": 10000, "count": 6}\n  {"kind": "metric", "name": "p99 vs old", "series": "p99_seconds/new",\n   "baseline": "p99_seconds/old", "max_ratio": 1.2}\n':
        ('Ein Traffic-Plan in JSON:\n'
         '\n'
         '  {"steps": [{"percent": 1, "hold_s": 300, "gates": [GATE, ...]},\n'
         '             {"percent": 5, "hold": "until-promoted", "gates": [GATE, ...]},\n'
         '             {"percent": 100}],\n'
         '   "old_health_url": "http://old.internal:8080/health"}\n'
         '\n'
         '  percent         Anteil des Traffics auf dem neuen Pfad, 1..100, von Schritt zu Schritt steigend\n'
         '  hold_s          Sekunden, die der Schritt vor dem nächsten gehalten wird; -1 hält, bis eine\n'
         '                  Person weiterschaltet (Standard 0)\n'
         '  hold            dasselbe als Text: "30s", "5m", "2h" oder "until-promoted"\n'
         '  gates           die Gates des Schritts, gemessen nach der Umschaltung und während der Haltezeit\n'
         '                  (Standard: keine)\n'
         '  old_health_url  wird vor einem Rollback geprüft (optional)\n'
         '\n'
         '`cutoverctl plan SESSION --plan FILE` liest einen solchen Plan; `cutoverctl plan SESSION --gates FILE`\n'
         'liest ein JSON-Array [GATE, ...] und verwendet es für jeden Schritt von --steps.\n'
         '\n'
         'Jedes GATE hat diese Schlüssel; nur "kind" und die Pflichtschlüssel der Art müssen angegeben werden:\n'
         '\n'
         '  kind                     http, business, consistency oder metric\n'
         '  name                     wird mit jeder Messung angezeigt (Standard: die Art)\n'
         '  interval_ms              Zeit zwischen zwei Messungen (Standard 10000)\n'
         '  count                    Anzahl der Messungen (Standard 1)\n'
         '  failure_limit            tolerierte nicht bestandene Messungen (Standard 0)\n'
         '  inconclusive_limit       tolerierte unklare Messungen (Standard 0)\n'
         '  consecutive_error_limit  tolerierte Messfehler in Folge; Fehler bestehen nie (Standard 4)\n'
         '  timeout_ms               einer Messung (Standard 10000)\n'
         '  no_data                  "inconclusive" (Standard) oder "fail"; keine Daten bestehen nie\n'
         '\n'
         'Geheimnisse gehören nie in ein Gate: nennen Sie eine Umgebungsvariable ("password_env"), schreiben\n'
         'Sie nie "password" oder "token".\n'
         '\n'
         'kind "http" (HTTP-Health): ein Request, bewertet nach Status, Latenz und Body.\n'
         '  url (erforderlich), method (GET), expect_status (200), max_latency_ms, body_regex, body,\n'
         '  content_type (application/json)\n'
         '  {"kind": "http", "name": "health", "url": "http://new.internal:8080/health",\n'
         '   "expect_status": 200, "max_latency_ms": 500, "interval_ms": 5000, "count": 3}\n'
         '\n'
         'kind "business" (Geschäftstransaktion): eine Folge von HTTP-Requests, jeder bewertet wie ein\n'
         'Health-Check (der erste, der nicht besteht, entscheidet), oder ein eigener Befehl (Exit-Code 0\n'
         'besteht; seine letzte Ausgabezeile wird mit der Messung angezeigt).\n'
         '  requests: [{url, method, body, content_type, expect_status, max_latency_ms, body_regex}]\n'
         '  {"kind": "business", "name": "booking", "requests": [\n'
         '     {"method": "POST", "url": "http://new.internal:8080/payments",\n'
         '      "body": "{\\"amount\\": 1}", "expect_status": 201},\n'
         '     {"url": "http://new.internal:8080/payments/last", "body_regex": "booked"}]}\n'
         '  command (das Programm, ohne Shell ausgeführt), args (eine Liste von Texten)\n'
         '  {"kind": "business", "name": "payment round trip",\n'
         '   "command": "/opt/checks/payment-roundtrip", "args": ["--amount", "1.00"],\n'
         '   "timeout_ms": 30000}\n'
         '\n'
         'kind "consistency" (Datenkonsistenz): ein Wert (eine Anzahl oder Prüfsumme), aus dem alten\n'
         'und aus dem neuen System gelesen und innerhalb einer Toleranz verglichen.\n'
         '  old, new (erforderlich): {"sql": {driver, database, host, port, user, password_env, query}}\n'
         '  oder {"http": URL, "pointer": "/json/pointer"}; tolerance (absolut, Standard 0) oder\n'
         '  tolerance_percent (vom alten Wert); sample_old und sample_new: zwei Abfragen, deren Zeilen\n'
         '  als Mengen gleich sein müssen\n'
         '  {"kind": "consistency", "name": "payments backfill",\n'
         '   "old": {"sql": {"driver": "QPSQL", "host": "old-db", "database": "pay",\n'
         '           "user": "cockpit", "password_env": "COCKPIT_OLD_DB_PASSWORD",\n'
         '           "query": "SELECT count(*) FROM payments"}},\n'
         '   "new": {"http": "http://new.internal:8080/stats", "pointer": "/payments/count"},\n'
         '   "tolerance_percent": 0.1}\n'
         '\n'
         'kind "metric" (Metrikbedingung): der neueste Wert einer Reihe der Metrikquelle der Session\n'
         '("<metric>/<path>", z. B. error_ratio/new, p99_seconds/old).\n'
         '  series (erforderlich); max und/oder min; oder max_ratio mit baseline (series / baseline);\n'
         '  fail_max oder fail_max_ratio: die Fehlerbedingung (ein Wert zwischen den beiden Bedingungen ist\n'
         '  unklar; ohne sie ist das Verfehlen der Bedingung nicht bestanden)\n'
         '  {"kind": "metric", "name": "error ratio", "series": "error_ratio/new",\n'
         '   "max": 0.005, "fail_max": 0.02, "interval_ms": 10000, "count": 6}\n'
         '  {"kind": "metric", "name": "p99 vs old", "series": "p99_seconds/new",\n'
         '   "baseline": "p99_seconds/old", "max_ratio": 1.2}\n'),
    # Accelerators made unique (English clashes fixed), run/promote/hold reasons, metric source replayer
    "Se&t owner…": "Verantwortlichen &festlegen…",
    "M&y items": "Mei&ne Punkte",
    "e.g. signed off before the evidence was attached": "z. B. freigegeben, bevor der Nachweis angehängt war",
    "happened &at": "geschehen &um",
    "Ve&rify": "Bestäti&gen",
    "Show on&ly verified (what stakeholders see)": "&Nur bestätigte zeigen (was Stakeholder sehen)",
    "Open recen&t": "&Zuletzt geöffnet",
    "metric source": "Metrikquelle",
    "Fo&llow live": "&Live folgen",
    "Save result state&ment": "Ergebnis&aussage speichern",
    "E&dit…": "Be&arbeiten…",
    "Mark fi&nal…": "Als &endgültig markieren…",
    "&Traffic backend…": "&Traffic-Backend…",
    "H&old": "Ha&lten",
    "e.g. change CHG-1234 approved, rehearsal passed, on-call teams ready":
        "z. B. Change CHG-1234 genehmigt, Probe bestanden, Bereitschaftsteams bereit",
    "e.g. error rate and latency on the new path flat for the whole hold":
        "z. B. Fehlerrate und Latenz auf dem neuen Pfad über die ganze Haltezeit unauffällig",
    "e.g. wait for the nightly settlement batch before more traffic":
        "z. B. vor mehr Traffic auf den nächtlichen Settlement-Batch warten",
    "e.g. the backend was restarted; the recorded split is still what we want":
        "z. B. das Backend wurde neu gestartet; die aufgezeichnete Aufteilung ist weiterhin gewollt",
    # Stored gates that cannot be read
    "The stored plan has gates that cannot be read (%1). The plan does not run or promote until it is set again; rolling back still works.":
        "Der gespeicherte Plan hat Gates, die nicht mehr gelesen werden können (%1). Der Plan läuft nicht und wird "
        "nicht weitergeschaltet, bis er neu gesetzt ist; zurückrollen geht weiterhin.",
    "The stored plan has gates that cannot be read (%1); set the plan again.":
        "Der gespeicherte Plan hat Gates, die nicht mehr gelesen werden können (%1); setzen Sie den Plan neu.",
    "step %1: %2": "Schritt %1: %2",
    "the query has an unclosed %1": "die Abfrage hat ein nicht geschlossenes %1",
    "the query has an unclosed /* comment": "die Abfrage hat einen nicht geschlossenen /*-Kommentar",
    "a consistency gate runs one statement; this query has more than one (\";\").":
        "ein Konsistenz-Gate führt eine Anweisung aus; diese Abfrage hat mehrere (\";\").",
    "a consistency gate only reads: the query must be a SELECT (or WITH … SELECT), not \"%1\".":
        "ein Konsistenz-Gate liest nur: die Abfrage muss ein SELECT (oder WITH … SELECT) sein, nicht \"%1\".",
    "(empty)": "(leer)",
    "key \"%1\" must name one of the cockpit's own environment variables (upper case, beginning with %2, e.g. %2ORDERS_DB_PASSWORD); a gate may not read other variables.":
        "Schlüssel \"%1\" muss eine eigene Umgebungsvariable des Cockpits nennen (Großbuchstaben, beginnend mit %2, z. B. %2ORDERS_DB_PASSWORD); ein Gate darf keine anderen Variablen lesen.",
    "key \"%1\" is refused: %2": "Schlüssel \"%1\" wird abgelehnt: %2",
    "no webhook URL is configured for %1": "für %1 ist keine Webhook-URL eingerichtet",
    "Dropping message %1 needs a reason: it is never sent.":
        "Das Verwerfen von Nachricht %1 braucht eine Begründung: sie wird nie gesendet.",
    "Message %1 could not be changed: %2": "Nachricht %1 konnte nicht geändert werden: %2",
    "Message %1 is not parked; only a parked message can be retried or dropped.":
        "Nachricht %1 ist nicht geparkt; nur eine geparkte Nachricht kann erneut gesendet oder verworfen werden.",
    "parked: %1, which a retry does not cure": "geparkt: %1, das behebt kein neuer Versuch",
    "parked after %1 attempts: %2": "geparkt nach %1 Versuchen: %2",
    "PARKED – needs you": "GEPARKT – braucht Sie",
    "Dropped": "Verworfen",
    "Send a&gain": "&Erneut senden",
    "&Drop…": "&Verwerfen…",
    "Send the selected parked message again (its attempts start over)":
        "Die gewählte geparkte Nachricht erneut senden (die Versuche beginnen von vorn)",
    "Give up the selected parked message; it is never sent (a reason is recorded)":
        "Die gewählte geparkte Nachricht aufgeben; sie wird nie gesendet (eine Begründung wird festgehalten)",
    "Notification %1 to %2 is parked (%3): send it again or drop it.":
        "Benachrichtigung %1 an %2 ist geparkt (%3): erneut senden oder verwerfen.",
    "Select the parked message first.": "Wählen Sie zuerst die geparkte Nachricht.",
    "Message %1 is queued again.": "Nachricht %1 steht wieder zum Senden an.",
    "Message %1 is dropped; it is never sent.": "Nachricht %1 ist verworfen; sie wird nie gesendet.",
    "Drop message %1": "Nachricht %1 verwerfen",
    "Why is message %1 given up? (It is never sent; the reason is recorded.)":
        "Warum wird Nachricht %1 aufgegeben? (Sie wird nie gesendet; die Begründung wird festgehalten.)",
    "Notification %1 to %2 is parked: the receiver keeps refusing it (Incident log tab).":
        "Benachrichtigung %1 an %2 ist geparkt: der Empfänger lehnt sie immer wieder ab (Reiter Ereignisprotokoll).",
    "Traffic backend: a problem is reported; the cutover lead is on it.":
        "Traffic-Backend: ein Problem ist gemeldet; die Cutover-Leitung kümmert sich darum.",
    "no conclusive measurement yet": "noch keine aussagekräftige Messung",
    # Trail replayers of every table (the nouns name a row in TrailReplayer's messages)
    "session %1 exists but the trail never created it": "Session %1 existiert, wurde laut Audit-Trail aber nie angelegt",
    "phase": "Phase",
    "phase %1 exists but the trail never created it": "Phase %1 existiert, wurde laut Audit-Trail aber nie angelegt",
    "traffic backend setting": "Traffic-Backend-Einstellung",
    "traffic plan": "Traffic-Plan",
    "traffic step": "Traffic-Schritt",
    "traffic state": "Traffic-Zustand",
    "traffic event": "Traffic-Ereignis",
    "gate measurement": "Gate-Messung",
    "traffic lease": "Traffic-Steuerrecht",
    "traffic lease %1 exists but the trail never recorded who took it":
        "Traffic-Steuerrecht %1 existiert, laut Audit-Trail hat es aber nie jemand übernommen",
    "result statement": "Ergebniserklärung",
    "final mark of the result statement": "Abschlussvermerk der Ergebniserklärung",
    "lesson": "Lektion",
    "template version": "Vorlagenversion",
    "notification channel setting": "Einstellung der Benachrichtigungskanäle",
    "metric samples batch of record %1 (rows %2 to %3, %4 samples of %5 series from t %6 to %7)":
        "Messwert-Stapel von Eintrag %1 (Zeilen %2 bis %3, %4 Messwerte von %5 Reihen von t %6 bis %7)",
    "%1: %2 samples are stored; a sample was deleted or added":
        "%1: %2 Messwerte sind gespeichert; ein Messwert wurde gelöscht oder hinzugefügt",
    "%1: the stored samples are of %2 series from t %3 to %4":
        "%1: die gespeicherten Messwerte sind von %2 Reihen von t %3 bis %4",
    "%1: a sample's series, time or value was changed (SHA-256 %2, the trail says %3)":
        "%1: Reihe, Zeit oder Wert eines Messwerts wurde geändert (SHA-256 %2, laut Audit-Trail %3)",
    'metric sample at row %1 (series %2, t %3, value "%4") exists but the trail never recorded it':
        "Messwert in Zeile %1 (Reihe %2, t %3, Wert „%4“) existiert, steht aber nicht im Audit-Trail",
    "%1 more metric samples exist that the trail never recorded":
        "%1 weitere Messwerte existieren, die nicht im Audit-Trail stehen",
    "%1: a sample of series %2 was changed (its time or value differs from what the trail hashed)":
        "%1: ein Messwert der Reihe %2 wurde geändert (Zeit oder Wert weichen vom Hash im Audit-Trail ab)",
    "the metric samples were not numbered one after another": "die Messwerte wurden nicht fortlaufend nummeriert",
    # AuditFeed, SqliteChangeSignal (cutoverctl watch, the session watcher)
    "Cannot read the audit trail of %1: %2": "Der Audit-Trail von %1 kann nicht gelesen werden: %2",
    "Record %1 of the audit trail of %2 does not verify; run `cutoverctl audit verify %2`.":
        "Eintrag %1 des Audit-Trails von %2 ist nicht intakt; führen Sie `cutoverctl audit verify %2` aus.",
    "record %1, the last one seen, is no longer in the trail (records were deleted or cut off the end)":
        "Eintrag %1, der zuletzt gesehene, ist nicht mehr im Trail (Einträge wurden gelöscht oder am Ende abgeschnitten)",
    "record %1, the last one seen, was changed after it was read":
        "Eintrag %1, der zuletzt gesehene, wurde geändert, nachdem er gelesen wurde",
    "The session file %1 was removed or renamed; it can no longer be followed.":
        "Die Session-Datei %1 wurde entfernt oder umbenannt; ihr kann nicht mehr gefolgt werden.",
    "The session file %1 was replaced by another file; the one that was opened can no longer be followed.":
        "Die Session-Datei %1 wurde durch eine andere Datei ersetzt; der geöffneten kann nicht mehr gefolgt werden.",
    "The session file %1 is no longer readable (its permissions changed).":
        "Die Session-Datei %1 ist nicht mehr lesbar (ihre Berechtigungen wurden geändert).",
    '%1 %2 drives the traffic; that cockpit reconciles it.':
        '%1 %2 steuert den Traffic; jenes Cockpit gleicht ihn ab.',
    'The traffic of this session is controlled by %1 (%2); this cockpit only looks. Take over explicitly, with a reason, to drive it from here.':
        'Den Traffic dieser Sitzung steuert %1 (%2); dieses Cockpit schaut nur zu. Übernehmen Sie ausdrücklich, mit einem Grund, um ihn von hier zu steuern.',
    '"%1" was already signed off by %2 (completed by %3); it is %4. Nothing was changed.':
        '„%1“ wurde bereits von %2 abgezeichnet (erledigt von %3); der Status ist %4. Nichts wurde geändert.',
    '"%1" was already completed by %2; it is %3. Nothing was changed.':
        '„%1“ wurde bereits von %2 erledigt; der Status ist %3. Nichts wurde geändert.',
    'The commit failed: %1':
        'Das Speichern ist fehlgeschlagen: %1',
    '%1. (The server said: %2)':
        '%1. (Der Server meldete: %2)',
    'Open te&am session…':
        'Te&am-Sitzung öffnen…',
    'Not signed in':
        'Nicht angemeldet',
    'Your key proves %1, but the server logged you in as %2.':
        'Ihr Schlüssel weist %1 nach, der Server hat Sie aber als %2 angemeldet.',
    'In a team session your key must name the role you log in to the server with.':
        'In einer Team-Sitzung muss Ihr Schlüssel die Rolle nennen, mit der Sie sich am Server anmelden.',
    'Your key proves %1, but the server logged you in as %2: opened read-only. Open the session with your own role, or sign in with your own key.':
        'Ihr Schlüssel weist %1 nach, der Server hat Sie aber als %2 angemeldet: nur lesend geöffnet. Öffnen Sie die Sitzung mit Ihrer eigenen Rolle oder melden Sie sich mit Ihrem eigenen Schlüssel an.',
    '&Look up sessions':
        'Sitzungen &nachschlagen',
    'Open team session':
        'Team-Sitzung öffnen',
    "A team session lives on your team's PostgreSQL server and is shared live: what anyone does shows on everyone's screen. You log in as your own role; the server records every action under it. The password comes from ~/.pgpass, PGPASSWORD or the system keychain, or the cockpit asks for it; a client certificate named in the address (sslcert, sslkey) needs none.":
        'Eine Team-Sitzung liegt auf dem PostgreSQL-Server Ihres Teams und wird live geteilt: Was jemand tut, sehen alle. Sie melden sich mit Ihrer eigenen Rolle an; der Server zeichnet jede Handlung unter ihr auf. Das Passwort kommt aus ~/.pgpass, PGPASSWORD oder dem Schlüsselbund des Systems, oder das Cockpit fragt danach; ein in der Adresse genanntes Client-Zertifikat (sslcert, sslkey) braucht keins.',
    '&Address:':
        '&Adresse:',
    'db.example.com, or a socket folder':
        'db.example.com oder ein Socket-Ordner',
    '&Server:':
        '&Server:',
    '&Port:':
        '&Port:',
    '&Database:':
        '&Datenbank:',
    'Your &role:':
        'Ihre &Rolle:',
    'Ask the server which team sessions the database holds':
        'Den Server fragen, welche Team-Sitzungen die Datenbank enthält',
    'S&ession:':
        'S&itzung:',
    'The database holds no team session yet (a lead creates one with `cutoverctl new --out ADDRESS`).':
        'Die Datenbank enthält noch keine Team-Sitzung (eine Leitung legt eine mit `cutoverctl new --out ADRESSE` an).',
    'Not a team address: %1':
        'Keine Team-Adresse: %1',
    'Opens %1':
        'Öffnet %1',
    "Name the session (or look the database's sessions up).":
        'Nennen Sie die Sitzung (oder schlagen Sie die Sitzungen der Datenbank nach).',
    'Server and database are needed.':
        'Server und Datenbank werden gebraucht.',
    'Asking %1…':
        'Frage %1…',
    'Cannot follow %1: its connection is closed; reopen the session.':
        '%1 kann nicht verfolgt werden: Die Verbindung ist geschlossen; öffnen Sie die Sitzung erneut.',
    'the server closed it':
        'der Server hat sie geschlossen',
    'The connection to %1 was lost (%2). Nothing is shown or changed until it is back; reopen the session.':
        'Die Verbindung zu %1 ist verloren (%2). Bis sie wieder steht, wird nichts angezeigt oder geändert; öffnen Sie die Sitzung erneut.',
    'the system keychain is switched off (COCKPIT_NO_KEYCHAIN)':
        'der Schlüsselbund des Systems ist abgeschaltet (COCKPIT_NO_KEYCHAIN)',
    'the system keychain did not answer in time':
        'der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet',
    'the system keychain holds an empty entry':
        'der Schlüsselbund des Systems enthält einen leeren Eintrag',
    '&Remember in the system keychain':
        'Im Schlüsselbund des Systems &merken',
    '&Forget the refused password in the system keychain':
        'Das abgelehnte Passwort im Schlüsselbund des Systems &vergessen',
    'Password for the team server':
        'Passwort für den Team-Server',
    'The server asks for a password.':
        'Der Server fragt nach einem Passwort.',
    'The server refused that password.':
        'Der Server hat dieses Passwort abgelehnt.',
    'The server refused the password kept in the system keychain.':
        'Der Server hat das im Schlüsselbund des Systems gespeicherte Passwort abgelehnt.',
    '%1\n\nThe password of %2 on %3 (kept in memory until the cockpit ends; put it in ~/.pgpass, or remember it in the keychain, to be asked no more):':
        '%1\n\nDas Passwort von %2 auf %3 (bis zum Ende des Cockpits im Speicher gehalten; legen Sie es in ~/.pgpass ab oder merken Sie es im Schlüsselbund, um nicht mehr gefragt zu werden):',
    'The system keychain is switched off (COCKPIT_NO_KEYCHAIN).':
        'Der Schlüsselbund des Systems ist abgeschaltet (COCKPIT_NO_KEYCHAIN).',
    'Saved once the server takes the password, under the server, port, database and role.':
        'Gespeichert, sobald der Server das Passwort annimmt, unter Server, Port, Datenbank und Rolle.',
    '%1 on %2':
        '%1 auf %2',
    'your role':
        'Ihre Rolle',
    'System keychain':
        'Schlüsselbund des Systems',
    'The refused password could not be removed from the system keychain: %1':
        'Das abgelehnte Passwort konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1',
    'The password works but could not be saved in the system keychain: %1; the cockpit keeps it in memory until it ends.':
        'Das Passwort funktioniert, konnte aber nicht im Schlüsselbund des Systems gespeichert werden: %1; das Cockpit hält es bis zu seinem Ende im Speicher.',
    'CONNECTION LOST':
        'VERBINDUNG VERLOREN',
    'The server %1 logged you in as %2 and records every action as %2, whatever this cockpit says.':
        'Der Server %1 hat Sie als %2 angemeldet und zeichnet jede Handlung als %2 auf, was immer dieses Cockpit sagt.',
    'team session; server login':
        'Team-Sitzung; Server-Anmeldung',
    'A team session on %1: everyone logs in to the server as their own role, and the server records who did what and enforces the four-eyes rule.':
        'Eine Team-Sitzung auf %1: Alle melden sich mit ihrer eigenen Rolle am Server an, und der Server zeichnet auf, wer was getan hat, und setzt das Vier-Augen-Prinzip durch.',
    '<b>No connection to the server since %1.</b> Nothing can be changed here until it is back, not even a rollback (its intent could not be recorded): roll back at the load balancer if you must, and log it afterwards. Everything committed before is safe on the server; the cockpit tries again every few seconds and reads the session anew when it answers.':
        '<b>Keine Verbindung zum Server seit %1.</b> Bis sie wieder steht, lässt sich hier nichts ändern, nicht einmal ein Rollback (seine Absicht könnte nicht aufgezeichnet werden): Rollen Sie notfalls am Load Balancer zurück und protokollieren Sie es danach. Alles zuvor Gespeicherte ist auf dem Server sicher; das Cockpit versucht es alle paar Sekunden erneut und liest die Sitzung neu, sobald er antwortet.',
    'Last try: %1':
        'Letzter Versuch: %1',
    'The server is back (lost since %1): the session was read again from the server.':
        'Der Server ist wieder da (verloren seit %1): Die Sitzung wurde neu vom Server gelesen.',
    'team session on %1 as %2':
        'Team-Sitzung auf %1 als %2',
    'you':
        'Sie',
    'Open team session…':
        'Team-Sitzung öffnen…',
    "A session on your team's PostgreSQL server, shared live with the others":
        'Eine Sitzung auf dem PostgreSQL-Server Ihres Teams, live mit den anderen geteilt',
    'Where':
        'Wo',
    'no heartbeat recorded; control passes to the next cockpit that acts':
        'kein Lebenszeichen aufgezeichnet; die Steuerung geht an das nächste Cockpit, das handelt',
    'last heartbeat %1 s ago; without one for %2 s, control passes to the next cockpit that acts':
        'letztes Lebenszeichen vor %1 s; bleibt es %2 s aus, geht die Steuerung an das nächste Cockpit, das handelt',
    'Controlled by %1 (%2). This cockpit only looks at the traffic.':
        'Gesteuert von %1 (%2). Dieses Cockpit schaut beim Traffic nur zu.',
    'access denied: the role %1 may only read the session %2 (a viewer). Nothing was changed.':
        'Zugriff verweigert: Die Rolle %1 darf die Sitzung %2 nur lesen (Betrachter). Nichts wurde geändert.',
    'the server refused the change: %1. Nothing was changed.':
        'der Server hat die Änderung abgelehnt: %1. Nichts wurde geändert.',
    'the connection to the server was lost (%1); nothing was changed. Try again when the server is back.':
        'die Verbindung zum Server ist verloren (%1); nichts wurde geändert. Versuchen Sie es erneut, wenn der Server wieder da ist.',
}

# Plural messages: source -> (German singular, German plural); English forms likewise.
DE_NUMERUS = {
    '%n team session(s) in this database.': ('%n Team-Sitzung in dieser Datenbank.', '%n Team-Sitzungen in dieser Datenbank.'),
    "%n more": ("%n weiteres", "%n weitere"),
    "%n program(s)": ("%n Programm", "%n Programme"),
    "%n SQL connection(s)": ("%n SQL-Verbindung", "%n SQL-Verbindungen"),
    "%n URL(s) or socket(s)": ("%n URL oder Socket", "%n URLs oder Sockets"),
    "%n sample(s)": ("%n Messwert", "%n Messwerte"),
    "%n failed": ("%n fehlgeschlagen", "%n fehlgeschlagen"),
    "Head of the audit hash chain (%n records):\n%1\nKeep a copy to prove later that nothing was cut off the end.":
        ("Kopf der Audit-Hash-Kette (%n Eintrag):\n%1\nBewahren Sie eine Kopie auf, um später zu belegen, dass am "
         "Ende nichts abgeschnitten wurde.",
         "Kopf der Audit-Hash-Kette (%n Einträge):\n%1\nBewahren Sie eine Kopie auf, um später zu belegen, dass am "
         "Ende nichts abgeschnitten wurde."),
    "Built-in HTTP prober (%n endpoint(s))": ("Eingebauter HTTP-Prober (%n Endpunkt)", "Eingebauter HTTP-Prober (%n Endpunkte)"),
    "%1 saved to %2 with %n change(s).": ("%1 in %2 gespeichert, mit %n Änderung.", "%1 in %2 gespeichert, mit %n Änderungen."),
    "The session is open read-only; %n metric sample(s) were not saved.":
        ("Die Session ist schreibgeschützt geöffnet; %n Messwert wurde nicht gespeichert.",
         "Die Session ist schreibgeschützt geöffnet; %n Messwerte wurden nicht gespeichert."),
    "%n metric sample(s) could not be saved yet and will be retried: %1":
        ("%n Messwert konnte noch nicht gespeichert werden und wird erneut versucht: %1",
         "%n Messwerte konnten noch nicht gespeichert werden und werden erneut versucht: %1"),
    "Prometheus at %1, %n series, every %2 s": ("Prometheus unter %1, %n Reihe, alle %2 s",
                                                 "Prometheus unter %1, %n Reihen, alle %2 s"),
    "%n notification(s) parked: the receiver kept refusing them; later ones go on. Select one, then send it again or drop it: %1":
        ("%n Benachrichtigung geparkt: der Empfänger hat sie immer wieder abgelehnt; spätere gehen weiter. Wählen Sie sie, dann erneut senden oder verwerfen: %1",
         "%n Benachrichtigungen geparkt: der Empfänger hat sie immer wieder abgelehnt; spätere gehen weiter. Wählen Sie eine, dann erneut senden oder verwerfen: %1"),
    "Incident log – %n notification(s) parked": ("Ereignisprotokoll – %n Benachrichtigung geparkt",
                                                  "Ereignisprotokoll – %n Benachrichtigungen geparkt"),
    "The audit trail of %1 has %n record(s); there is no record %2 to start after.":
        ("Der Audit-Trail von %1 hat %n Eintrag; es gibt keinen Eintrag %2, nach dem begonnen werden kann.",
         "Der Audit-Trail von %1 hat %n Einträge; es gibt keinen Eintrag %2, nach dem begonnen werden kann."),
}
EN_NUMERUS = {
    "%n more": ("%n more", "%n more"),
    "%n program(s)": ("%n program", "%n programs"),
    "%n SQL connection(s)": ("%n SQL connection", "%n SQL connections"),
    "%n URL(s) or socket(s)": ("%n URL or socket", "%n URLs or sockets"),
    "%n sample(s)": ("%n sample", "%n samples"),
    "%n failed": ("%n failed", "%n failed"),
    "Head of the audit hash chain (%n records):\n%1\nKeep a copy to prove later that nothing was cut off the end.":
        ("Head of the audit hash chain (%n record):\n%1\nKeep a copy to prove later that nothing was cut off the end.",
         "Head of the audit hash chain (%n records):\n%1\nKeep a copy to prove later that nothing was cut off the end."),
    "Built-in HTTP prober (%n endpoint(s))": ("Built-in HTTP prober (%n endpoint)", "Built-in HTTP prober (%n endpoints)"),
    "%1 saved to %2 with %n change(s).": ("%1 saved to %2 with %n change.", "%1 saved to %2 with %n changes."),
    "The session is open read-only; %n metric sample(s) were not saved.":
        ("The session is open read-only; %n metric sample was not saved.",
         "The session is open read-only; %n metric samples were not saved."),
    "%n metric sample(s) could not be saved yet and will be retried: %1":
        ("%n metric sample could not be saved yet and will be retried: %1",
         "%n metric samples could not be saved yet and will be retried: %1"),
    "Prometheus at %1, %n series, every %2 s": ("Prometheus at %1, %n series, every %2 s",
                                                 "Prometheus at %1, %n series, every %2 s"),
    "%n notification(s) parked: the receiver kept refusing them; later ones go on. Select one, then send it again or drop it: %1":
        ("%n notification parked: the receiver kept refusing it; later ones go on. Select it, then send it again or drop it: %1",
         "%n notifications parked: the receiver kept refusing them; later ones go on. Select one, then send it again or drop it: %1"),
    "Incident log – %n notification(s) parked": ("Incident log – %n notification parked",
                                                  "Incident log – %n notifications parked"),
    "The audit trail of %1 has %n record(s); there is no record %2 to start after.":
        ("The audit trail of %1 has %n record; there is no record %2 to start after.",
         "The audit trail of %1 has %n records; there is no record %2 to start after."),
}

# Contexts that lupdate files under a helper class name instead of the context used at run time.
CONTEXT_ALIASES = {"Builder": "RunbookCodec"}

HELPER = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*return\s+QCoreApplication::translate\(\s*"(\w+)"')
LITERAL = r'"(?:[^"\\]|\\.)*"'
TR_CALL = re.compile(r'(?<![\w:.>])tr\(\s*((?:' + LITERAL + r'\s*)+)')


def unescape(literals):
    parts = re.findall(LITERAL, literals)
    text = "".join(p[1:-1] for p in parts)
    # Raw UTF-8 (e.g. "−") and \xNN escapes both come back as the bytes of the source, then as UTF-8.
    return text.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") \
        if "\\u" not in text else bytes(text, "utf-8").decode("unicode_escape")


def helper_strings():
    """Strings passed to file-local tr() helpers in models/, by the context the helper uses."""
    found = {}
    models = os.path.join(ROOT, "models")
    for name in sorted(os.listdir(models)):
        if not name.endswith(".cpp"):
            continue
        text = open(os.path.join(models, name), encoding="utf-8").read()
        m = HELPER.search(text)
        if not m:
            continue
        ctx = m.group(1)
        for call in TR_CALL.finditer(text[m.end():]):
            found.setdefault(ctx, []).append(unescape(call.group(1)))
    return found


def context_map(root):
    return {c.find("name").text: c for c in root.findall("context")}


def ensure_context(root, name):
    ctx = context_map(root).get(name)
    if ctx is None:
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
    return ctx


def normalise(root):
    for alias, real in CONTEXT_ALIASES.items():
        ctx = context_map(root).get(alias)
        if ctx is None:
            continue
        target = ensure_context(root, real)
        for m in ctx.findall("message"):
            target.append(m)
        root.remove(ctx)
    for ctx_name, strings in helper_strings().items():
        ctx = ensure_context(root, ctx_name)
        have = {m.find("source").text for m in ctx.findall("message")}
        for s in strings:
            if s in have:
                continue
            m = ET.SubElement(ctx, "message")
            ET.SubElement(m, "source").text = s
            ET.SubElement(m, "translation", {"type": "unfinished"})
            have.add(s)
    # Several messages of one context must not share a source text.
    for ctx in root.findall("context"):
        seen = set()
        for m in list(ctx.findall("message")):
            key = (m.find("source").text, m.get("numerus"))
            if key in seen:
                ctx.remove(m)
            seen.add(key)


def fill(root, singular, plural):
    missing = []
    for ctx in root.findall("context"):
        for m in ctx.findall("message"):
            src = m.find("source").text
            tr = m.find("translation")
            if tr is None:
                tr = ET.SubElement(m, "translation")
            if m.get("numerus") == "yes":
                forms = plural(src)
                if forms is None:
                    missing.append((ctx.find("name").text, src))
                    continue
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for f in forms:
                    ET.SubElement(tr, "numerusform").text = f
            else:
                text = singular(src)
                if text is None:
                    missing.append((ctx.find("name").text, src))
                    continue
                tr.text = text
            tr.attrib.pop("type", None)
    return missing


def process(filename, singular, plural):
    path = os.path.join(HERE, filename)
    tree = ET.parse(path)
    root = tree.getroot()
    normalise(root)
    missing = fill(root, singular, plural)
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")
    return missing


def main():
    missing = process("cockpit_de.ts", DE.get, DE_NUMERUS.get)
    process("cockpit_en.ts", lambda s: s, EN_NUMERUS.get)
    if missing:
        print("No German text for:", file=sys.stderr)
        for ctx, src in missing:
            print(f"  [{ctx}] {src!r}", file=sys.stderr)
        return 1
    print("cockpit_de.ts and cockpit_en.ts are complete.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
