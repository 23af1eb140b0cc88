<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AuditChain</name>
        <message>
            <source>cannot read the audit trail: %1</source>
            <translation>der Audit-Trail kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>record %1 is missing (next stored record is %2)</source>
            <translation>Eintrag %1 fehlt (nächster gespeicherter Eintrag ist %2)</translation>
        </message>
        <message>
            <source>record %1 does not follow the record before it (a record before it was changed or deleted)</source>
            <translation>Eintrag %1 passt nicht zum Eintrag davor (ein früherer Eintrag wurde geändert oder gelöscht)</translation>
        </message>
        <message>
            <source>record %1 was changed after it was written</source>
            <translation>Eintrag %1 wurde nach dem Schreiben geändert</translation>
        </message>
        <message>
            <source>item %1 exists but the trail never created it</source>
            <translation>Punkt %1 existiert, wurde laut Audit-Trail aber nie angelegt</translation>
        </message>
        <message>
            <source>item %1: %2 is "%3" but the trail says "%4"</source>
            <translation>Punkt %1: %2 ist „%3“, laut Audit-Trail aber „%4“</translation>
        </message>
        <message>
            <source>item %1 is in the trail but was deleted</source>
            <translation>Punkt %1 steht im Audit-Trail, wurde aber gelöscht</translation>
        </message>
    </context>
    <context>
        <name>ChecklistActions</name>
        <message>
            <source>There is no checklist item %1 in this session.</source>
            <translation>Diese Session hat keinen Checklistenpunkt %1.</translation>
        </message>
        <message>
            <source>"%1" already has the status %2; use Reopen to work on it again.</source>
            <translation>„%1“ hat bereits den Status %2; mit „Wieder öffnen“ können Sie erneut daran arbeiten.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>needed</source>
            <translation>nötig</translation>
        </message>
        <message>
            <source>completed by %1</source>
            <translation>erledigt von %1</translation>
        </message>
        <message>
            <source>signed off by %1</source>
            <translation>freigegeben von %1</translation>
        </message>
        <message>
            <source>needs a sign-off by a second person</source>
            <translation>braucht die Freigabe einer zweiten Person</translation>
        </message>
        <message>
            <source>skipped because: %1</source>
            <translation>übersprungen, weil: %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Expected result</source>
            <translation>Erwartetes Ergebnis</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Freigabe</translation>
        </message>
        <message>
            <source>Planned min</source>
            <translation>Geplant (Min.)</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Nachweise</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Nothing was recorded for this action. Correct it and try again.</source>
            <translation>Für diese Aktion wurde nichts gespeichert. Korrigieren Sie sie und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Beginnen</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Erledigt</translation>
        </message>
        <message>
            <source>&amp;Failed</source>
            <translation>&amp;Fehlgeschlagen</translation>
        </message>
        <message>
            <source>S&amp;kip…</source>
            <translation>Übers&amp;pringen…</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Wieder öffnen</translation>
        </message>
        <message>
            <source>Sign &amp;off…</source>
            <translation>Frei&amp;geben…</translation>
        </message>
        <message>
            <source>Edit &amp;notes…</source>
            <translation>&amp;Notizen bearbeiten…</translation>
        </message>
        <message>
            <source>Add &amp;evidence…</source>
            <translation>Nachweise hin&amp;zufügen…</translation>
        </message>
        <message>
            <source>Set o&amp;wner…</source>
            <translation>&amp;Verantwortlich setzen…</translation>
        </message>
        <message>
            <source>Mark the selected item as in progress</source>
            <translation>Den gewählten Punkt als in Arbeit markieren</translation>
        </message>
        <message>
            <source>Mark the selected item as done (items that need a sign-off then await it)</source>
            <translation>Den gewählten Punkt als erledigt markieren (Punkte mit Freigabe warten dann auf sie)</translation>
        </message>
        <message>
            <source>Mark the selected item as failed</source>
            <translation>Den gewählten Punkt als fehlgeschlagen markieren</translation>
        </message>
        <message>
            <source>Skip the selected item; you will be asked for the reason</source>
            <translation>Den gewählten Punkt überspringen; Sie werden nach dem Grund gefragt</translation>
        </message>
        <message>
            <source>Set the selected item back to open</source>
            <translation>Den gewählten Punkt wieder auf offen setzen</translation>
        </message>
        <message>
            <source>Sign off the selected item as a second person</source>
            <translation>Den gewählten Punkt als zweite Person freigeben</translation>
        </message>
        <message>
            <source>Edit the notes of the selected item</source>
            <translation>Die Notizen des gewählten Punkts bearbeiten</translation>
        </message>
        <message>
            <source>Add or edit evidence links of the selected item (one per line)</source>
            <translation>Nachweis-Links des gewählten Punkts hinzufügen oder bearbeiten (einer pro Zeile)</translation>
        </message>
        <message>
            <source>Set who owns the selected item</source>
            <translation>Festlegen, wer für den gewählten Punkt verantwortlich ist</translation>
        </message>
        <message>
            <source>&amp;Open items only</source>
            <translation>Nur &amp;offene Punkte</translation>
        </message>
        <message>
            <source>Hide items that are done or skipped (%1)</source>
            <translation>Erledigte und übersprungene Punkte ausblenden (%1)</translation>
        </message>
        <message>
            <source>&amp;My items</source>
            <translation>&amp;Meine Punkte</translation>
        </message>
        <message>
            <source>Show only the items you own (%1)</source>
            <translation>Nur Punkte zeigen, für die Sie verantwortlich sind (%1)</translation>
        </message>
        <message>
            <source>Space: next status · Enter: notes · I start · D done · F failed · S skip · R reopen · E evidence · O owner · right-click: all actions</source>
            <translation>Leertaste: nächster Status · Enter: Notizen · I beginnen · D erledigt · F fehlgeschlagen · S überspringen · R wieder öffnen · E Nachweise · O verantwortlich · Rechtsklick: alle Aktionen</translation>
        </message>
        <message>
            <source>"%1" is signed off by %2.</source>
            <translation>„%1“ ist von %2 freigegeben.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistProgressHeader</name>
        <message>
            <source>All phases</source>
            <translation>Alle Phasen</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Gesamt</translation>
        </message>
    </context>
    <context>
        <name>CutoverSession</name>
        <message>
            <source>A session is created by a named person; give your name.</source>
            <translation>Eine Session wird von einer namentlich genannten Person angelegt; geben Sie Ihren Namen an.</translation>
        </message>
        <message>
            <source>The session needs a name.</source>
            <translation>Die Session braucht einen Namen.</translation>
        </message>
        <message>
            <source>Cannot write the new session: %1</source>
            <translation>Die neue Session kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>%1 has no session header; it is damaged.</source>
            <translation>%1 hat keinen Session-Kopf; die Datei ist beschädigt.</translation>
        </message>
        <message>
            <source>Item %1 has an unknown status "%2"; the session file is damaged.</source>
            <translation>Punkt %1 hat einen unbekannten Status „%2“; die Session-Datei ist beschädigt.</translation>
        </message>
        <message>
            <source>This session is open read-only; nothing can be changed here.</source>
            <translation>Diese Session ist nur zum Lesen geöffnet; hier kann nichts geändert werden.</translation>
        </message>
        <message>
            <source>Every change is recorded with a name; give your name first.</source>
            <translation>Jede Änderung wird mit einem Namen festgehalten; geben Sie zuerst Ihren Namen an.</translation>
        </message>
        <message>
            <source>There is no checklist item %1 in this session.</source>
            <translation>Diese Session hat keinen Checklistenpunkt %1.</translation>
        </message>
        <message>
            <source>An item awaits sign-off after it is marked done; mark it done instead.</source>
            <translation>Ein Punkt wartet auf Freigabe, nachdem er als erledigt markiert wurde; markieren Sie ihn als erledigt.</translation>
        </message>
        <message>
            <source>Skipping "%1" needs a reason.</source>
            <translation>Das Überspringen von „%1“ braucht einen Grund.</translation>
        </message>
        <message>
            <source>"%1" does not need a sign-off.</source>
            <translation>„%1“ braucht keine Freigabe.</translation>
        </message>
        <message>
            <source>"%1" is %2; it can be signed off once it has been marked done.</source>
            <translation>„%1“ ist %2; freigeben lässt sich der Punkt, sobald er als erledigt markiert ist.</translation>
        </message>
        <message>
            <source>The sign-off must come from a second person: %1 completed "%2" and cannot sign it off too.</source>
            <translation>Die Freigabe muss von einer zweiten Person kommen: %1 hat „%2“ erledigt und kann es nicht auch freigeben.</translation>
        </message>
        <message>
            <source>The change was not saved: %1</source>
            <translation>Die Änderung wurde nicht gespeichert: %1</translation>
        </message>
    </context>
    <context>
        <name>DemoSession</name>
        <message>
            <source>The demo session could not be built: %1</source>
            <translation>Die Demo-Session konnte nicht aufgebaut werden: %1</translation>
        </message>
        <message>
            <source>DEMO: Core banking adapter</source>
            <translation>DEMO: Kernbanken-Adapter</translation>
        </message>
        <message>
            <source>Move the payment flow to the new integration platform without downtime (demo data).</source>
            <translation>Den Zahlungsfluss ohne Ausfallzeit auf die neue Integrationsplattform umziehen (Demodaten).</translation>
        </message>
        <message>
            <source>The demo template has fewer than two phases.</source>
            <translation>Die Demo-Vorlage hat weniger als zwei Phasen.</translation>
        </message>
        <message>
            <source>checked in the demo</source>
            <translation>in der Demo geprüft</translation>
        </message>
        <message>
            <source>Change CHG-4711 approved; bridge call open. (demo)</source>
            <translation>Change CHG-4711 genehmigt; Bridge-Call offen. (Demo)</translation>
        </message>
    </context>
    <context>
        <name>ItemDetailsView</name>
        <message>
            <source>Select an item to see its full record.</source>
            <translation>Wählen Sie einen Punkt, um seinen vollständigen Eintrag zu sehen.</translation>
        </message>
        <message>
            <source>completed by %1</source>
            <translation>erledigt von %1</translation>
        </message>
        <message>
            <source>signed off by %1</source>
            <translation>freigegeben von %1</translation>
        </message>
        <message>
            <source>needs a sign-off by a second person</source>
            <translation>braucht die Freigabe einer zweiten Person</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Expected result</source>
            <translation>Erwartetes Ergebnis</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Skipped because</source>
            <translation>Übersprungen, weil</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>started %1</source>
            <translation>begonnen %1</translation>
        </message>
        <message>
            <source>ended %1</source>
            <translation>beendet %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Nachweise</translation>
        </message>
    </context>
    <context>
        <name>ItemInputDialogs</name>
        <message>
            <source>Skip item</source>
            <translation>Punkt überspringen</translation>
        </message>
        <message>
            <source>Why is "%1" skipped? The reason is recorded in the audit trail.</source>
            <translation>Warum wird „%1“ übersprungen? Der Grund wird im Audit-Trail festgehalten.</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Freigeben</translation>
        </message>
        <message>
            <source>"%1" was completed by %2. The sign-off must come from a second person.
Sign off as:</source>
            <translation>„%1“ wurde von %2 erledigt. Die Freigabe muss von einer zweiten Person kommen.
Freigeben als:</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Who owns "%1"?</source>
            <translation>Wer ist für „%1“ verantwortlich?</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Nachweise</translation>
        </message>
        <message>
            <source>Evidence for "%1": links or file paths, one per line.</source>
            <translation>Nachweise für „%1“: Links oder Dateipfade, einer pro Zeile.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Notes on "%1":</source>
            <translation>Notizen zu „%1“:</translation>
        </message>
    </context>
    <context>
        <name>ItemStatus</name>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>Awaiting sign-off</source>
            <translation>Wartet auf Freigabe</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Cutover Cockpit</source>
            <translation>Über Cutover Cockpit</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Cutover Cockpit %1&lt;/h3&gt;&lt;p&gt;The cockpit for the lead of a zero-downtime production cutover: checklist, sign-offs and a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Cutover Cockpit %1&lt;/h3&gt;&lt;p&gt;Das Cockpit für die Leitung eines Production Cutovers ohne Ausfallzeit: Checkliste, Freigaben und ein manipulationssicherer Audit-Trail.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Neue Session…</translation>
        </message>
        <message>
            <source>&amp;Open session…</source>
            <translation>Session ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>&amp;Demo öffnen</translation>
        </message>
        <message>
            <source>&amp;Import runbook…</source>
            <translation>Runbook &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Export runbook…</source>
            <translation>Runbook e&amp;xportieren…</translation>
        </message>
        <message>
            <source>&amp;Close session</source>
            <translation>Session &amp;schließen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>Change &amp;your name…</source>
            <translation>&amp;Ihren Namen ändern…</translation>
        </message>
        <message>
            <source>&amp;Item</source>
            <translation>&amp;Punkt</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Checklist</source>
            <translation>&amp;Checkliste</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Cutover Cockpit</source>
            <translation>Ü&amp;ber Cutover Cockpit</translation>
        </message>
        <message>
            <source>Cutover Cockpit</source>
            <translation>Cutover Cockpit</translation>
        </message>
        <message>
            <source>%1 [DEMO] — Cutover Cockpit</source>
            <translation>%1 [DEMO] — Cutover Cockpit</translation>
        </message>
        <message>
            <source>%1 — Cutover Cockpit</source>
            <translation>%1 — Cutover Cockpit</translation>
        </message>
        <message>
            <source>Cannot open the session</source>
            <translation>Die Session kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>The file was not changed. Check that it is a Cutover Cockpit session, or open another one.</source>
            <translation>Die Datei wurde nicht verändert. Prüfen Sie, ob es eine Cutover-Cockpit-Session ist, oder öffnen Sie eine andere.</translation>
        </message>
        <message>
            <source>Cannot create a temporary folder for the demo.</source>
            <translation>Für die Demo kann kein temporärer Ordner angelegt werden.</translation>
        </message>
        <message>
            <source>Cannot start the demo</source>
            <translation>Die Demo kann nicht gestartet werden</translation>
        </message>
        <message>
            <source>Check that the temporary folder is writable.</source>
            <translation>Prüfen Sie, ob der temporäre Ordner beschreibbar ist.</translation>
        </message>
        <message>
            <source>Cannot create the session</source>
            <translation>Die Session kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Choose another file name or folder and try again.</source>
            <translation>Wählen Sie einen anderen Dateinamen oder Ordner und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Open a cutover session</source>
            <translation>Eine Cutover-Session öffnen</translation>
        </message>
        <message>
            <source>Cutover sessions (*.cutover);;All files (*)</source>
            <translation>Cutover-Sessions (*.cutover);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Close message</source>
            <translation>Meldung schließen</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>Rehearsal</source>
            <translation>Probe</translation>
        </message>
        <message>
            <source>Live cutover</source>
            <translation>Echter Cutover</translation>
        </message>
        <message>
            <source>New cutover session</source>
            <translation>Neue Cutover-Session</translation>
        </message>
        <message>
            <source>e.g. Core banking adapter</source>
            <translation>z. B. Kernbanken-Adapter</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>What must be true when the cutover is done?</source>
            <translation>Was muss gelten, wenn der Cutover abgeschlossen ist?</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <source>Practise the cutover; the session is shown in blue as REHEARSAL.</source>
            <translation>Den Cutover üben; die Session wird blau als PROBE angezeigt.</translation>
        </message>
        <message>
            <source>The real cutover; the session is shown in red as LIVE.</source>
            <translation>Der echte Cutover; die Session wird rot als LIVE angezeigt.</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>Default: the article's ten-step checklist</source>
            <translation>Standard: die zehnteilige Checkliste aus dem Artikel</translation>
        </message>
        <message>
            <source>Import from file…</source>
            <translation>Aus Datei importieren…</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Vorlage:</translation>
        </message>
        <message>
            <source>&amp;Language of the checklist:</source>
            <translation>&amp;Sprache der Checkliste:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>Session &amp;file:</source>
            <translation>Session-&amp;Datei:</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>Session anlegen</translation>
        </message>
        <message>
            <source>Import a runbook</source>
            <translation>Ein Runbook importieren</translation>
        </message>
        <message>
            <source>Runbooks (*.md *.markdown *.csv *.json)</source>
            <translation>Runbooks (*.md *.markdown *.csv *.json)</translation>
        </message>
        <message>
            <source>Session file</source>
            <translation>Session-Datei</translation>
        </message>
        <message>
            <source>Cutover sessions (*.cutover)</source>
            <translation>Cutover-Sessions (*.cutover)</translation>
        </message>
        <message>
            <source>Choose a runbook file to import, or another template.</source>
            <translation>Wählen Sie eine Runbook-Datei zum Import oder eine andere Vorlage.</translation>
        </message>
        <message>
            <source>%1 already exists. Choose another file name; an existing session is never overwritten.</source>
            <translation>%1 existiert bereits. Wählen Sie einen anderen Dateinamen; eine bestehende Session wird nie überschrieben.</translation>
        </message>
        <message>
            <source>The template cannot be used: %1
Correct the file or choose another template.</source>
            <translation>Die Vorlage kann nicht verwendet werden: %1
Korrigieren Sie die Datei oder wählen Sie eine andere Vorlage.</translation>
        </message>
    </context>
    <context>
        <name>PhaseItemDelegate</name>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fehlgeschlagen</numerusform>
                <numerusform>%n fehlgeschlagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhaseListModel</name>
        <message>
            <source>%1: %2 of %3 items finished</source>
            <translation>%1: %2 von %3 Punkten abgeschlossen</translation>
        </message>
    </context>
    <context>
        <name>PhaseListPanel</name>
        <message>
            <source>Phases</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <source>All phases</source>
            <translation>Alle Phasen</translation>
        </message>
        <message>
            <source>Show the items of every phase in one list</source>
            <translation>Die Punkte aller Phasen in einer Liste zeigen</translation>
        </message>
    </context>
    <context>
        <name>RecentSessions</name>
        <message>
            <source>(no recent sessions)</source>
            <translation>(keine zuletzt geöffneten Sessions)</translation>
        </message>
    </context>
    <context>
        <name>RunbookCodec</name>
        <message>
            <source>the runbook has no tasks</source>
            <translation>das Runbook enthält keine Aufgaben</translation>
        </message>
        <message>
            <source>a second table was found; a runbook file holds one table</source>
            <translation>eine zweite Tabelle wurde gefunden; eine Runbook-Datei enthält genau eine Tabelle</translation>
        </message>
        <message>
            <source>the header must be followed by a |---| line</source>
            <translation>auf die Kopfzeile muss eine |---|-Zeile folgen</translation>
        </message>
        <message>
            <source>no table found: expected a line like | Phase | Task | Result |</source>
            <translation>keine Tabelle gefunden: erwartet wird eine Zeile wie | Phase | Aufgabe | Ergebnis |</translation>
        </message>
        <message>
            <source>a quote inside an unquoted field</source>
            <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
        </message>
        <message>
            <source>a quoted field is never closed</source>
            <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
        </message>
        <message>
            <source>the CSV file is empty; it needs a header row</source>
            <translation>die CSV-Datei ist leer; sie braucht eine Kopfzeile</translation>
        </message>
        <message>
            <source>invalid JSON: %1</source>
            <translation>ungültiges JSON: %1</translation>
        </message>
        <message>
            <source>the JSON must be an object with "phases"</source>
            <translation>das JSON muss ein Objekt mit „phases“ sein</translation>
        </message>
        <message>
            <source>"phases" must be an array</source>
            <translation>„phases“ muss ein Array sein</translation>
        </message>
        <message>
            <source>%1.name is missing or empty</source>
            <translation>%1.name fehlt oder ist leer</translation>
        </message>
        <message>
            <source>%1.tasks must be an array</source>
            <translation>%1.tasks muss ein Array sein</translation>
        </message>
        <message>
            <source>%1 must be an object</source>
            <translation>%1 muss ein Objekt sein</translation>
        </message>
        <message>
            <source>%1.signoff must be true or false</source>
            <translation>%1.signoff muss true oder false sein</translation>
        </message>
        <message>
            <source>%1.minutes must be a whole number of zero or more</source>
            <translation>%1.minutes muss eine ganze Zahl ab null sein</translation>
        </message>
        <message>
            <source>%1.task is missing or empty</source>
            <translation>%1.task fehlt oder ist leer</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text</source>
            <translation>die Datei ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>%1: unknown runbook format; use a .md, .csv or .json file</source>
            <translation>%1: unbekanntes Runbook-Format; verwenden Sie eine .md-, .csv- oder .json-Datei</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>unknown column "%1" (expected Phase, Task, Result and optionally Owner, Sign-off, Minutes; German: Phase, Aufgabe, Ergebnis, Verantwortlich, Freigabe, Minuten)</source>
            <translation>unbekannte Spalte „%1“ (erwartet: Phase, Aufgabe, Ergebnis und optional Verantwortlich, Freigabe, Minuten; englisch: Phase, Task, Result, Owner, Sign-off, Minutes)</translation>
        </message>
        <message>
            <source>column "%1" appears twice</source>
            <translation>Spalte „%1“ kommt zweimal vor</translation>
        </message>
        <message>
            <source>the header needs at least the columns Phase and Task</source>
            <translation>die Kopfzeile braucht mindestens die Spalten Phase und Aufgabe</translation>
        </message>
        <message>
            <source>%1 cells, but the header has %2 columns</source>
            <translation>%1 Zellen, aber die Kopfzeile hat %2 Spalten</translation>
        </message>
        <message>
            <source>sign-off must be yes or no, not "%1"</source>
            <translation>Freigabe muss ja oder nein sein, nicht „%1“</translation>
        </message>
        <message>
            <source>minutes must be a whole number of zero or more, not "%1"</source>
            <translation>Minuten müssen eine ganze Zahl ab null sein, nicht „%1“</translation>
        </message>
        <message>
            <source>the phase is empty</source>
            <translation>die Phase ist leer</translation>
        </message>
        <message>
            <source>the task is empty</source>
            <translation>die Aufgabe ist leer</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
    </context>
    <context>
        <name>RunbookFileDialogs</name>
        <message>
            <source>Import a runbook</source>
            <translation>Ein Runbook importieren</translation>
        </message>
        <message>
            <source>Runbooks (*.md *.markdown *.csv *.json)</source>
            <translation>Runbooks (*.md *.markdown *.csv *.json)</translation>
        </message>
        <message>
            <source>Cannot import the runbook</source>
            <translation>Das Runbook kann nicht importiert werden</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct the file at the line named and import it again.</source>
            <translation>Es wurde nichts importiert. Korrigieren Sie die Datei in der genannten Zeile und importieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>Export the runbook</source>
            <translation>Das Runbook exportieren</translation>
        </message>
        <message>
            <source>Markdown (*.md);;CSV (*.csv);;JSON (*.json)</source>
            <translation>Markdown (*.md);;CSV (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <source>%1 has no known suffix; use .md, .csv or .json.</source>
            <translation>%1 hat keine bekannte Endung; verwenden Sie .md, .csv oder .json.</translation>
        </message>
        <message>
            <source>Cannot export the runbook</source>
            <translation>Das Runbook kann nicht exportiert werden</translation>
        </message>
        <message>
            <source>Choose another file name or folder.</source>
            <translation>Wählen Sie einen anderen Dateinamen oder Ordner.</translation>
        </message>
    </context>
    <context>
        <name>SessionStatusStrip</name>
        <message>
            <source>Goal: %1
File: %2</source>
            <translation>Ziel: %1
Datei: %2</translation>
        </message>
        <message>
            <source>REHEARSAL</source>
            <translation>PROBE</translation>
        </message>
        <message>
            <source>LIVE</source>
            <translation>LIVE</translation>
        </message>
        <message>
            <source>A rehearsal: production is not affected by design.</source>
            <translation>Eine Probe: die Produktion ist planmäßig nicht betroffen.</translation>
        </message>
        <message>
            <source>A live cutover: actions affect production.</source>
            <translation>Ein echter Cutover: Aktionen wirken auf die Produktion.</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <source>A demo session in a temporary folder; it is deleted when the program ends.</source>
            <translation>Eine Demo-Session in einem temporären Ordner; sie wird beim Beenden des Programms gelöscht.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the full audit head hash to the clipboard</source>
            <translation>Den vollständigen Audit-Kopf-Hash in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>elapsed %1</source>
            <translation>vergangen %1</translation>
        </message>
        <message>
            <source>Time since the session was created (%1)</source>
            <translation>Zeit seit dem Anlegen der Session (%1)</translation>
        </message>
        <message>
            <source>phase %1/%2</source>
            <translation>Phase %1/%2</translation>
        </message>
        <message>
            <source>checklist %1/%2</source>
            <translation>Checkliste %1/%2</translation>
        </message>
        <message>
            <source>audit head %1…</source>
            <translation>Audit-Kopf %1…</translation>
        </message>
        <message numerus="yes">
            <source>Head of the audit hash chain (%n records):
%1
Keep a copy to prove later that nothing was cut off the end.</source>
            <translation>
                <numerusform>Kopf der Audit-Hash-Kette (%n Eintrag):
%1
Bewahren Sie eine Kopie auf, um später zu belegen, dass am Ende nichts abgeschnitten wurde.</numerusform>
                <numerusform>Kopf der Audit-Hash-Kette (%n Einträge):
%1
Bewahren Sie eine Kopie auf, um später zu belegen, dass am Ende nichts abgeschnitten wurde.</numerusform>
            </translation>
        </message>
        <message>
            <source>you: %1</source>
            <translation>Sie: %1</translation>
        </message>
        <message>
            <source>you: (name not set)</source>
            <translation>Sie: (kein Name gesetzt)</translation>
        </message>
        <message>
            <source>READ-ONLY</source>
            <translation>NUR LESEN</translation>
        </message>
        <message>
            <source>This session is open read-only; nothing can be changed here.</source>
            <translation>Diese Session ist nur zum Lesen geöffnet; hier kann nichts geändert werden.</translation>
        </message>
    </context>
    <context>
        <name>SessionStore</name>
        <message>
            <source>%1 already exists; choose another file name.</source>
            <translation>%1 existiert bereits; wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>Cannot create %1: %2</source>
            <translation>%1 kann nicht angelegt werden: %2</translation>
        </message>
        <message>
            <source>%1 uses an older schema (version %2) and must be opened for writing once to be upgraded before it can be viewed read-only.</source>
            <translation>%1 verwendet ein älteres Schema (Version %2) und muss einmal schreibend geöffnet werden, damit es aktualisiert wird, bevor es nur lesend angezeigt werden kann.</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1 cannot be opened for writing: %2</source>
            <translation>%1 kann nicht schreibend geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Cannot upgrade %1: %2</source>
            <translation>%1 kann nicht aktualisiert werden: %2</translation>
        </message>
        <message>
            <source>Cannot upgrade %1 to schema version %2: %3</source>
            <translation>%1 kann nicht auf Schemaversion %2 aktualisiert werden: %3</translation>
        </message>
        <message>
            <source>Cannot record schema version %1 in %2: %3</source>
            <translation>Schemaversion %1 kann nicht in %2 eingetragen werden: %3</translation>
        </message>
        <message>
            <source>This session is open read-only; nothing can be changed here.</source>
            <translation>Diese Session ist nur zum Lesen geöffnet; hier kann nichts geändert werden.</translation>
        </message>
        <message>
            <source>The session file %1 does not exist.</source>
            <translation>Die Session-Datei %1 existiert nicht.</translation>
        </message>
        <message>
            <source>The session file %1 cannot be read: %2</source>
            <translation>Die Session-Datei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is not a Cutover Cockpit session: it is not an SQLite database (it may be damaged or another kind of file). It was not changed.</source>
            <translation>%1 ist keine Cutover-Cockpit-Session: es ist keine SQLite-Datenbank (sie ist vielleicht beschädigt oder eine andere Art Datei). Sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>%1 is damaged (SQLite integrity check: %2). It was not changed; restore it from a copy, or open it read-only with the sqlite3 shell to rescue data.</source>
            <translation>%1 ist beschädigt (SQLite-Integritätsprüfung: %2). Die Datei wurde nicht verändert; stellen Sie sie aus einer Kopie wieder her oder öffnen Sie sie nur lesend mit der sqlite3-Shell, um Daten zu retten.</translation>
        </message>
        <message>
            <source>%1 is an SQLite database, but not a Cutover Cockpit session. It was not changed.</source>
            <translation>%1 ist eine SQLite-Datenbank, aber keine Cutover-Cockpit-Session. Sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>%1 has no schema version; it is not a usable Cutover Cockpit session.</source>
            <translation>%1 hat keine Schemaversion; es ist keine verwendbare Cutover-Cockpit-Session.</translation>
        </message>
        <message>
            <source>%1 has an invalid schema version "%2".</source>
            <translation>%1 hat eine ungültige Schemaversion „%2“.</translation>
        </message>
        <message>
            <source>%1 was written by a newer Cutover Cockpit (schema version %2; this version understands up to %3). It was not changed; open it with a newer version.</source>
            <translation>%1 wurde von einem neueren Cutover Cockpit geschrieben (Schemaversion %2; diese Version versteht bis %3). Die Datei wurde nicht verändert; öffnen Sie sie mit einer neueren Version.</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Checklist</source>
            <translation>Checkliste</translation>
        </message>
        <message>
            <source>The checklist of the selected phase (Ctrl+1)</source>
            <translation>Die Checkliste der gewählten Phase (Strg+1)</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>No goal statement was given for this session.</source>
            <translation>Für diese Session wurde kein Ziel angegeben.</translation>
        </message>
    </context>
    <context>
        <name>SetItemStatusCommand</name>
        <message>
            <source>set "%1" to %2</source>
            <translation>„%1“ auf %2 setzen</translation>
        </message>
    </context>
    <context>
        <name>SetItemTextCommand</name>
        <message>
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>Verantwortliche</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>Nachweise</translation>
        </message>
        <message>
            <source>edit %1 of "%2"</source>
            <translation>%1 von „%2“ bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>%1 (missing)</source>
            <translation>%1 (fehlt)</translation>
        </message>
        <message>
            <source>Cutover Cockpit</source>
            <translation>Cutover Cockpit</translation>
        </message>
        <message>
            <source>Lead a zero-downtime production cutover from its checklist: every step, sign-off and note is saved at once and recorded in a tamper-evident audit trail.</source>
            <translation>Einen Production Cutover ohne Ausfallzeit von seiner Checkliste aus leiten: jeder Schritt, jede Freigabe und jede Notiz wird sofort gespeichert und in einem manipulationssicheren Audit-Trail festgehalten.</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Neue Session…</translation>
        </message>
        <message>
            <source>Open session…</source>
            <translation>Session öffnen…</translation>
        </message>
        <message>
            <source>Look at the demo</source>
            <translation>Demo ansehen</translation>
        </message>
        <message>
            <source>A demo session mid-cutover, in a temporary folder</source>
            <translation>Eine Demo-Session mitten im Cutover, in einem temporären Ordner</translation>
        </message>
        <message>
            <source>Recent sessions</source>
            <translation>Zuletzt geöffnete Sessions</translation>
        </message>
        <message>
            <source>No recent sessions yet. Sessions you create or open appear here.</source>
            <translation>Noch keine zuletzt geöffneten Sessions. Sessions, die Sie anlegen oder öffnen, erscheinen hier.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
    </context>
    <context>
        <name>TemplateLibrary</name>
        <message>
            <source>There is no template or runbook file named "%1" (templates are in %2).</source>
            <translation>Es gibt keine Vorlage und keine Runbook-Datei namens „%1“ (Vorlagen liegen in %2).</translation>
        </message>
        <message>
            <source>A template name uses letters, digits, '-', '_' and '.', not "%1".</source>
            <translation>Ein Vorlagenname besteht aus Buchstaben, Ziffern, „-“, „_“ und „.“, nicht „%1“.</translation>
        </message>
        <message>
            <source>"default" is the built-in template; choose another name.</source>
            <translation>„default“ ist die eingebaute Vorlage; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>Cannot create the template folder %1.</source>
            <translation>Der Vorlagenordner %1 kann nicht angelegt werden.</translation>
        </message>
    </context>
    <context>
        <name>UserNameDialog</name>
        <message>
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>Every change in a cutover session is recorded with the name of the person who made it. Which name should the cockpit record for you?</source>
            <translation>Jede Änderung in einer Cutover-Session wird mit dem Namen der Person festgehalten, die sie gemacht hat. Welchen Namen soll das Cockpit für Sie festhalten?</translation>
        </message>
        <message>
            <source>e.g. Alice Meyer</source>
            <translation>z. B. Alice Meyer</translation>
        </message>
    </context>
</TS>
