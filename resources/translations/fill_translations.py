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
    # AuditChain
    "cannot read the audit trail: %1": "der Audit-Trail kann nicht gelesen werden: %1",
    "record %1 is missing (next stored record is %2)": "Eintrag %1 fehlt (nächster gespeicherter Eintrag ist %2)",
    "record %1 does not follow the record before it (a record before it was changed or deleted)":
        "Eintrag %1 passt nicht zum Eintrag davor (ein früherer Eintrag wurde geändert oder gelöscht)",
    "record %1 was changed after it was written": "Eintrag %1 wurde nach dem Schreiben geändert",
    "item %1 exists but the trail never created it": "Punkt %1 existiert, wurde laut Audit-Trail aber nie angelegt",
    'item %1: %2 is "%3" but the trail says "%4"': "Punkt %1: %2 ist „%3“, laut Audit-Trail aber „%4“",
    "item %1 is in the trail but was deleted": "Punkt %1 steht im Audit-Trail, wurde aber gelöscht",
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
    "&Metrics": "&Metriken",
    "&Incident log": "&Ereignisprotokoll",
    "&Result && report": "&Ergebnis && Bericht",
    "&Status page\u2026": "&Statusseite\u2026",
    "&Notification channels\u2026": "&Benachrichtigungskanäle\u2026",
    "Traffic &backend\u2026": "Traffic-&Backend\u2026",
    "Roll &back\u2026": "&Zurückrollen\u2026",
    "Roll back: all traffic to the old path, with a reason (%1)":
        "Zurückrollen: der ganze Traffic auf den alten Pfad, mit Begründung (%1)",
    "Export &report\u2026": "&Bericht exportieren\u2026",
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
    "holding until promoted": "wird gehalten bis zur Freigabe",
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
    "&Hold": "&Halten",
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
    "hold until promoted": "halten bis zur Freigabe",
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
}

# Plural messages: source -> (German singular, German plural); English forms likewise.
DE_NUMERUS = {
    "%n sample(s)": ("%n Messwert", "%n Messwerte"),
    "%n failed": ("%n fehlgeschlagen", "%n fehlgeschlagen"),
    "Head of the audit hash chain (%n records):\n%1\nKeep a copy to prove later that nothing was cut off the end.":
        ("Kopf der Audit-Hash-Kette (%n Eintrag):\n%1\nBewahren Sie eine Kopie auf, um später zu belegen, dass am "
         "Ende nichts abgeschnitten wurde.",
         "Kopf der Audit-Hash-Kette (%n Einträge):\n%1\nBewahren Sie eine Kopie auf, um später zu belegen, dass am "
         "Ende nichts abgeschnitten wurde."),
}
EN_NUMERUS = {
    "%n sample(s)": ("%n sample", "%n samples"),
    "%n failed": ("%n failed", "%n failed"),
    "Head of the audit hash chain (%n records):\n%1\nKeep a copy to prove later that nothing was cut off the end.":
        ("Head of the audit hash chain (%n record):\n%1\nKeep a copy to prove later that nothing was cut off the end.",
         "Head of the audit hash chain (%n records):\n%1\nKeep a copy to prove later that nothing was cut off the end."),
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
