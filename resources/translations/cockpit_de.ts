<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>ActionReasonDialog</name>
        <message>
            <source>Reason (required, kept in the audit trail):</source>
            <translation>Grund (Pflicht, wird im Audit-Trail festgehalten):</translation>
        </message>
        <message>
            <source>e.g. error rate on the new path above 1 %</source>
            <translation>z. B. Fehlerrate auf dem neuen Pfad über 1 %</translation>
        </message>
    </context>
    <context>
        <name>AllowedSigners</name>
        <message>
            <source>the time "%1" is not YYYYMMDD[HHMM[SS]][Z]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown option "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>no public key of the form "TYPE BASE64"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the allowed signers file %1: %2</source>
            <translation>Die Allowed-Signers-Datei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The allowed signers file %1 is larger than 16 MiB.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AsyncProcess</name>
        <message>
            <source>%1 did not finish within %2 ms and was stopped.</source>
            <translation>%1 wurde nicht innerhalb von %2 ms fertig und wurde beendet.</translation>
        </message>
        <message>
            <source>%1 could not be started: %2</source>
            <translation>%1 konnte nicht gestartet werden: %2</translation>
        </message>
        <message>
            <source>%1 crashed or was killed.</source>
            <translation>%1 ist abgestürzt oder wurde beendet.</translation>
        </message>
    </context>
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
            <source>The audit trail of %1 is broken at record %2 (%3); nothing more is written. Run `cutoverctl audit verify %1` for details.</source>
            <translation>Der Audit-Trail von %1 ist bei Eintrag %2 unterbrochen (%3); es wird nichts mehr geschrieben. Details zeigt `cutoverctl audit verify %1`.</translation>
        </message>
        <message>
            <source>the server wrote audit record %1 with hash %2, not the record %3 with hash %4 this cockpit expected; nothing was saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditCsv</name>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>AuditFeed</name>
        <message numerus="yes">
            <source>The audit trail of %1 has %n record(s); there is no record %2 to start after.</source>
            <translation>
                <numerusform>Der Audit-Trail von %1 hat %n Eintrag; es gibt keinen Eintrag %2, nach dem begonnen werden kann.</numerusform>
                <numerusform>Der Audit-Trail von %1 hat %n Einträge; es gibt keinen Eintrag %2, nach dem begonnen werden kann.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read the audit trail of %1: %2</source>
            <translation>Der Audit-Trail von %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Record %1 of the audit trail of %2 does not verify; run `cutoverctl audit verify %2`.</source>
            <translation>Eintrag %1 des Audit-Trails von %2 ist nicht intakt; führen Sie `cutoverctl audit verify %2` aus.</translation>
        </message>
        <message>
            <source>record %1, the last one seen, is no longer in the trail (records were deleted or cut off the end)</source>
            <translation>Eintrag %1, der zuletzt gesehene, ist nicht mehr im Trail (Einträge wurden gelöscht oder am Ende abgeschnitten)</translation>
        </message>
        <message>
            <source>record %1, the last one seen, was changed after it was read</source>
            <translation>Eintrag %1, der zuletzt gesehene, wurde geändert, nachdem er gelesen wurde</translation>
        </message>
    </context>
    <context>
        <name>BackendConfigDialog</name>
        <message>
            <source>Traffic backend</source>
            <translation>Traffic-Backend</translation>
        </message>
        <message>
            <source>why this backend</source>
            <translation>warum dieses Backend</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Grund:</translation>
        </message>
        <message>
            <source>Some backend plugins could not be loaded:
%1</source>
            <translation>Einige Backend-Plugins konnten nicht geladen werden:
%1</translation>
        </message>
        <message>
            <source>name of the environment variable holding it</source>
            <translation>Name der Umgebungsvariable, die den Wert enthält</translation>
        </message>
        <message>
            <source>%1 (from environment variable)</source>
            <translation>%1 (aus Umgebungsvariable)</translation>
        </message>
    </context>
    <context>
        <name>BackendInfo</name>
        <message>
            <source>"%1" (%2) is required.</source>
            <translation>„%1“ (%2) ist erforderlich.</translation>
        </message>
        <message>
            <source>"%1" is a secret and must not be written into a configuration; set the environment variable named in "%1_env" instead.</source>
            <translation>„%1“ ist ein Geheimnis und darf nicht in eine Konfiguration geschrieben werden; setzen Sie stattdessen die in „%1_env“ genannte Umgebungsvariable.</translation>
        </message>
        <message>
            <source>"%1" must be of type %2.</source>
            <translation>„%1“ muss vom Typ %2 sein.</translation>
        </message>
    </context>
    <context>
        <name>BodyCap</name>
        <message>
            <source>%1 MiB</source>
            <translation>%1 MiB</translation>
        </message>
        <message>
            <source>%1 KiB</source>
            <translation>%1 KiB</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 Bytes</translation>
        </message>
        <message>
            <source>response larger than %1 — cut off</source>
            <translation>Antwort größer als %1 — abgeschnitten</translation>
        </message>
        <message>
            <source>(output larger than %1 — cut off)</source>
            <translation>(Ausgabe größer als %1 — abgeschnitten)</translation>
        </message>
    </context>
    <context>
        <name>BusinessGatePage</name>
        <message>
            <source>HTTP request sequence</source>
            <translation>Folge von HTTP-Requests</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>&amp;Test by:</source>
            <translation>Pr&amp;üfen per:</translation>
        </message>
        <message>
            <source>Run in order; each is judged like a health check and the first that fails decides.</source>
            <translation>Der Reihe nach ausgeführt; jeder wird wie ein Health-Check bewertet, und der erste, der nicht besteht, entscheidet.</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Expected status</source>
            <translation>Erwarteter Status</translation>
        </message>
        <message>
            <source>Body matches</source>
            <translation>Body passt zu</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>The HTTP requests of the transaction, in order.</source>
            <translation>Die HTTP-Requests der Transaktion, in Reihenfolge.</translation>
        </message>
        <message>
            <source>Add re&amp;quest</source>
            <translation>&amp;Request hinzufügen</translation>
        </message>
        <message>
            <source>Remove request</source>
            <translation>Request entfernen</translation>
        </message>
        <message>
            <source>&amp;Program:</source>
            <translation>Pr&amp;ogramm:</translation>
        </message>
        <message>
            <source>Run without a shell; exit code 0 passes. Its last output line is shown with the measurement.</source>
            <translation>Wird ohne Shell ausgeführt; Exit-Code 0 besteht. Seine letzte Ausgabezeile wird mit der Messung angezeigt.</translation>
        </message>
        <message>
            <source>The arguments, separated by spaces; quote one with spaces.</source>
            <translation>Die Argumente, durch Leerzeichen getrennt; ein Argument mit Leerzeichen in Anführungszeichen setzen.</translation>
        </message>
        <message>
            <source>&amp;Arguments:</source>
            <translation>A&amp;rgumente:</translation>
        </message>
    </context>
    <context>
        <name>BusinessTransactionProbe</name>
        <message>
            <source>The business transaction has no requests.</source>
            <translation>Die Geschäftstransaktion enthält keine Requests.</translation>
        </message>
        <message>
            <source>request %1 of %2: %3</source>
            <translation>Request %1 von %2: %3</translation>
        </message>
        <message>
            <source>all %1 requests met their conditions</source>
            <translation>alle %1 Requests erfüllten ihre Bedingungen</translation>
        </message>
        <message>
            <source>request %1: %2</source>
            <translation>Request %1: %2</translation>
        </message>
        <message>
            <source>exit code 0 within %1 ms</source>
            <translation>Exit-Code 0 innerhalb von %1 ms</translation>
        </message>
        <message>
            <source>no exit after %1 ms</source>
            <translation>kein Ende nach %1 ms</translation>
        </message>
        <message>
            <source>The command did not finish within %1 ms and was stopped.</source>
            <translation>Der Befehl wurde nicht innerhalb von %1 ms fertig und wurde beendet.</translation>
        </message>
        <message>
            <source>The command did not finish within %1 ms and was stopped; its last output: %2</source>
            <translation>Der Befehl wurde nicht innerhalb von %1 ms fertig und wurde beendet; seine letzte Ausgabe: %2</translation>
        </message>
        <message>
            <source>The command crashed; its last output: %1</source>
            <translation>Der Befehl ist abgestürzt; seine letzte Ausgabe: %1</translation>
        </message>
        <message>
            <source>the command succeeded: %1</source>
            <translation>der Befehl war erfolgreich: %1</translation>
        </message>
        <message>
            <source>the command exited with %1: %2</source>
            <translation>der Befehl endete mit %1: %2</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht gestartet</translation>
        </message>
        <message>
            <source>The command "%1" could not be started: %2</source>
            <translation>Der Befehl „%1“ konnte nicht gestartet werden: %2</translation>
        </message>
        <message>
            <source>crashed</source>
            <translation>abgestürzt</translation>
        </message>
        <message>
            <source>The command crashed.</source>
            <translation>Der Befehl ist abgestürzt.</translation>
        </message>
        <message>
            <source>exit code %1</source>
            <translation>Exit-Code %1</translation>
        </message>
        <message>
            <source>the command succeeded</source>
            <translation>der Befehl war erfolgreich</translation>
        </message>
        <message>
            <source>the command exited with %1</source>
            <translation>der Befehl endete mit %1</translation>
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
        <message>
            <source>"%1" was changed meanwhile: it is now %2. Look at it again before you change it.</source>
            <translation>„%1“ wurde inzwischen geändert: es ist jetzt %2. Sehen Sie es sich erneut an, bevor Sie es ändern.</translation>
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
        <message>
            <source>&amp;Withdraw my sign-off…</source>
            <translation>Meine Freigabe zu&amp;rücknehmen…</translation>
        </message>
        <message>
            <source>Take back your own sign-off of the selected item (recorded with a reason)</source>
            <translation>Die eigene Freigabe des gewählten Punkts zurücknehmen (wird mit Grund festgehalten)</translation>
        </message>
        <message>
            <source>Withdraw sign-off</source>
            <translation>Freigabe zurücknehmen</translation>
        </message>
        <message>
            <source>Withdraw your sign-off of "%1"? It then awaits a sign-off again.</source>
            <translation>Ihre Freigabe von „%1“ zurücknehmen? Der Punkt wartet dann wieder auf eine Freigabe.</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Zurücknehmen</translation>
        </message>
        <message>
            <source>Your sign-off of "%1" is withdrawn.</source>
            <translation>Ihre Freigabe von „%1“ ist zurückgenommen.</translation>
        </message>
        <message>
            <source>Se&amp;t owner…</source>
            <translation>Verantwortlichen &amp;festlegen…</translation>
        </message>
        <message>
            <source>M&amp;y items</source>
            <translation>Mei&amp;ne Punkte</translation>
        </message>
        <message>
            <source>e.g. signed off before the evidence was attached</source>
            <translation>z. B. freigegeben, bevor der Nachweis angehängt war</translation>
        </message>
        <message>
            <source>Skip with your signature</source>
            <translation>Mit Ihrer Signatur überspringen</translation>
        </message>
        <message>
            <source>"%1" is skipped, signed by %2.</source>
            <translation>„%1“ ist übersprungen, signiert von %2.</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Freigeben</translation>
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
        <name>ChecklistTrailReplayer</name>
        <message>
            <source>item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>item %1 exists but the trail never created it</source>
            <translation>Punkt %1 existiert, wurde laut Audit-Trail aber nie angelegt</translation>
        </message>
    </context>
    <context>
        <name>CommandBackend</name>
        <message>
            <source>"apply_command" is required.</source>
            <translation>„apply_command“ ist erforderlich.</translation>
        </message>
        <message>
            <source>"read_command" is required: without it the split in force cannot be read back.</source>
            <translation>„read_command“ ist erforderlich: ohne ihn lässt sich die geltende Aufteilung nicht zurücklesen.</translation>
        </message>
        <message>
            <source>%1 is not an executable file.</source>
            <translation>%1 ist keine ausführbare Datei.</translation>
        </message>
        <message>
            <source>"timeout_ms" must be positive.</source>
            <translation>„timeout_ms“ muss positiv sein.</translation>
        </message>
        <message>
            <source>%1 % is not between 0 and 100.</source>
            <translation>%1 % liegt nicht zwischen 0 und 100.</translation>
        </message>
        <message>
            <source>%1 exited with %2: %3</source>
            <translation>%1 endete mit %2: %3</translation>
        </message>
        <message>
            <source>the command succeeded but the read-back shows %1 % instead of %2 %</source>
            <translation>der Befehl war erfolgreich, aber das Zurücklesen zeigt %1 % statt %2 %</translation>
        </message>
        <message>
            <source>%1 printed "%2", not a percentage between 0 and 100.</source>
            <translation>%1 gab „%2“ aus, keinen Prozentwert zwischen 0 und 100.</translation>
        </message>
        <message>
            <source>%1 reports %2 % on %3</source>
            <translation>%1 meldet %2 % auf %3</translation>
        </message>
        <message>
            <source>no check command configured</source>
            <translation>kein Prüfbefehl konfiguriert</translation>
        </message>
    </context>
    <context>
        <name>ConsistencyGatePage</name>
        <message>
            <source>Old system</source>
            <translation>Altes System</translation>
        </message>
        <message>
            <source>New system</source>
            <translation>Neues System</translation>
        </message>
        <message>
            <source>How far the new value may differ from the old one.</source>
            <translation>Wie weit der neue Wert vom alten abweichen darf.</translation>
        </message>
        <message>
            <source>absolute</source>
            <translation>absolut</translation>
        </message>
        <message>
            <source>% of the old value</source>
            <translation>% des alten Werts</translation>
        </message>
        <message>
            <source>&amp;Tolerance:</source>
            <translation>T&amp;oleranz:</translation>
        </message>
        <message>
            <source>Sample &amp;old:</source>
            <translation>Stic&amp;hprobe alt:</translation>
        </message>
        <message>
            <source>Optional: rows from the old system that must equal the new system's sample as a set.</source>
            <translation>Optional: Zeilen aus dem alten System, die als Menge der Stichprobe des neuen Systems gleichen müssen.</translation>
        </message>
        <message>
            <source>Sample &amp;new:</source>
            <translation>Stichp&amp;robe neu:</translation>
        </message>
        <message>
            <source>Optional: the same rows read from the new system.</source>
            <translation>Optional: dieselben Zeilen, aus dem neuen System gelesen.</translation>
        </message>
    </context>
    <context>
        <name>CsvReplaySource</name>
        <message>
            <source>CSV replay of %1</source>
            <translation>CSV-Wiedergabe von %1</translation>
        </message>
        <message>
            <source>Line %1: expected 3 fields "time,series,value", found %2.</source>
            <translation>Zeile %1: 3 Felder „time,series,value“ erwartet, %2 gefunden.</translation>
        </message>
        <message>
            <source>Line %1: the time "%2" is neither epoch milliseconds nor ISO 8601.</source>
            <translation>Zeile %1: die Zeit „%2“ ist weder Epoch-Millisekunden noch ISO 8601.</translation>
        </message>
        <message>
            <source>Line %1: the series "%2" is not of the form metric/path (e.g. error_ratio/new).</source>
            <translation>Zeile %1: die Reihe „%2“ hat nicht die Form Metrik/Pfad (z. B. error_ratio/new).</translation>
        </message>
        <message>
            <source>Line %1: the value "%2" is not a finite number.</source>
            <translation>Zeile %1: der Wert „%2“ ist keine endliche Zahl.</translation>
        </message>
        <message>
            <source>Cannot open the replay file %1: %2</source>
            <translation>Die Wiedergabedatei %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>The replay file %1 cannot be used. %2</source>
            <translation>Die Wiedergabedatei %1 ist nicht verwendbar. %2</translation>
        </message>
    </context>
    <context>
        <name>CutoverEngine</name>
        <message>
            <source>idle</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>shifting</source>
            <translation>wird umgeschaltet</translation>
        </message>
        <message>
            <source>holding</source>
            <translation>wird gehalten</translation>
        </message>
        <message>
            <source>gates running</source>
            <translation>Gates laufen</translation>
        </message>
        <message>
            <source>paused for a decision</source>
            <translation>angehalten für eine Entscheidung</translation>
        </message>
        <message>
            <source>rolling back</source>
            <translation>wird zurückgerollt</translation>
        </message>
        <message>
            <source>rolled back</source>
            <translation>zurückgerollt</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>Say who chooses the backend.</source>
            <translation>Geben Sie an, wer das Backend wählt.</translation>
        </message>
        <message>
            <source>The backend cannot be changed while traffic is being moved.</source>
            <translation>Das Backend kann nicht geändert werden, während Traffic verschoben wird.</translation>
        </message>
        <message>
            <source>The %1 configuration is not usable: %2</source>
            <translation>Die Konfiguration von %1 ist nicht verwendbar: %2</translation>
        </message>
        <message>
            <source>The backend choice could not be saved: %1</source>
            <translation>Die Backend-Wahl konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Say who changes the plan.</source>
            <translation>Geben Sie an, wer den Plan ändert.</translation>
        </message>
        <message>
            <source>The plan cannot be changed while it runs; hold or roll back first.</source>
            <translation>Der Plan kann nicht geändert werden, während er läuft; zuerst halten oder zurückrollen.</translation>
        </message>
        <message>
            <source>The plan could not be saved: %1</source>
            <translation>Der Plan konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>The session's backend "%1" cannot be used here: %2</source>
            <translation>Das Backend „%1“ der Session ist hier nicht verwendbar: %2</translation>
        </message>
        <message>
            <source>The backend cannot be read: %1</source>
            <translation>Das Backend kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>the backend matches the record</source>
            <translation>das Backend stimmt mit dem Eintrag überein</translation>
        </message>
        <message>
            <source>A change to %1 % new was started but not confirmed; the backend has %2 % new.</source>
            <translation>Eine Änderung auf %1 % neu wurde begonnen, aber nicht bestätigt; das Backend hat %2 % neu.</translation>
        </message>
        <message>
            <source>The record says %1 % new, the backend has %2 % new.</source>
            <translation>Laut Eintrag %1 % neu, das Backend hat %2 % neu.</translation>
        </message>
        <message>
            <source>No traffic backend is configured for this session.</source>
            <translation>Für diese Session ist kein Traffic-Backend konfiguriert.</translation>
        </message>
        <message>
            <source>This session is open read-only.</source>
            <translation>Diese Session ist schreibgeschützt geöffnet.</translation>
        </message>
        <message>
            <source>The backend is still busy with the last change; wait a moment.</source>
            <translation>Das Backend ist noch mit der letzten Änderung beschäftigt; bitte kurz warten.</translation>
        </message>
        <message>
            <source>cockpit</source>
            <translation>Cockpit</translation>
        </message>
        <message>
            <source>The traffic state could not be saved: %1</source>
            <translation>Der Traffic-Zustand konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>The backend did not answer within %1 s.</source>
            <translation>Das Backend hat nicht innerhalb von %1 s geantwortet.</translation>
        </message>
        <message>
            <source>An event could not be recorded: %1</source>
            <translation>Ein Ereignis konnte nicht festgehalten werden: %1</translation>
        </message>
        <message>
            <source>The intent could not be recorded, so the backend was not called: %1</source>
            <translation>Das Vorhaben konnte nicht festgehalten werden, daher wurde das Backend nicht aufgerufen: %1</translation>
        </message>
        <message>
            <source>ROLLBACK FAILED: %1</source>
            <translation>ROLLBACK FEHLGESCHLAGEN: %1</translation>
        </message>
        <message>
            <source>The change to %1 % new failed: %2</source>
            <translation>Die Änderung auf %1 % neu ist fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Say who starts the plan.</source>
            <translation>Geben Sie an, wer den Plan startet.</translation>
        </message>
        <message>
            <source>The session has no traffic plan.</source>
            <translation>Die Session hat keinen Traffic-Plan.</translation>
        </message>
        <message>
            <source>The plan is already running (%1).</source>
            <translation>Der Plan läuft bereits (%1).</translation>
        </message>
        <message>
            <source>plan started</source>
            <translation>Plan gestartet</translation>
        </message>
        <message>
            <source>every step of the plan is done</source>
            <translation>alle Schritte des Plans sind ausgeführt</translation>
        </message>
        <message>
            <source>step %1 of %2: %3 % to the new path</source>
            <translation>Schritt %1 von %2: %3 % auf den neuen Pfad</translation>
        </message>
        <message>
            <source>the backend did not take %1 %: %2</source>
            <translation>das Backend hat %1 % nicht übernommen: %2</translation>
        </message>
        <message>
            <source>%1 gates running after step %2</source>
            <translation>%1 Gates laufen nach Schritt %2</translation>
        </message>
        <message>
            <source>A gate measurement could not be recorded: %1</source>
            <translation>Eine Gate-Messung konnte nicht festgehalten werden: %1</translation>
        </message>
        <message>
            <source>gate failed: %1</source>
            <translation>Gate nicht bestanden: %1</translation>
        </message>
        <message>
            <source>gate failed during the hold: %1</source>
            <translation>Gate während der Haltezeit nicht bestanden: %1</translation>
        </message>
        <message>
            <source>gate inconclusive during the hold, a person decides: %1</source>
            <translation>Gate während der Haltezeit unklar, eine Person entscheidet: %1</translation>
        </message>
        <message>
            <source>gate inconclusive, a person decides: %1</source>
            <translation>Gate unklar, eine Person entscheidet: %1</translation>
        </message>
        <message>
            <source>all gates passed</source>
            <translation>alle Gates bestanden</translation>
        </message>
        <message>
            <source>the last step passed its gates</source>
            <translation>der letzte Schritt hat seine Gates bestanden</translation>
        </message>
        <message>
            <source>holding at %1 % until a person promotes</source>
            <translation>halte bei %1 %, bis eine Person weiterschaltet</translation>
        </message>
        <message>
            <source>holding at %1 % for %2 s</source>
            <translation>halte bei %1 % für %2 s</translation>
        </message>
        <message>
            <source>Promoting needs a person and a reason.</source>
            <translation>Weiterschalten braucht eine Person und einen Grund.</translation>
        </message>
        <message>
            <source>There is nothing to promote while the plan is %1.</source>
            <translation>Solange der Plan %1 ist, gibt es nichts weiterzuschalten.</translation>
        </message>
        <message>
            <source>The backend differs from the record; resume or roll back first.</source>
            <translation>Das Backend weicht vom Eintrag ab; zuerst fortsetzen oder zurückrollen.</translation>
        </message>
        <message>
            <source>Holding needs a person and a reason.</source>
            <translation>Halten braucht eine Person und einen Grund.</translation>
        </message>
        <message>
            <source>There is nothing to hold while the plan is %1.</source>
            <translation>Solange der Plan %1 ist, gibt es nichts zu halten.</translation>
        </message>
        <message>
            <source>held at %1 % until a person promotes: %2</source>
            <translation>bei %1 % gehalten, bis eine Person weiterschaltet: %2</translation>
        </message>
        <message>
            <source>Resuming needs a person and a reason.</source>
            <translation>Fortsetzen braucht eine Person und einen Grund.</translation>
        </message>
        <message>
            <source>Only a paused plan can be resumed.</source>
            <translation>Nur ein angehaltener Plan kann fortgesetzt werden.</translation>
        </message>
        <message>
            <source>resuming at %1 %: %2</source>
            <translation>Fortsetzung bei %1 %: %2</translation>
        </message>
        <message>
            <source>split restored to %1 %; promote to continue the plan</source>
            <translation>Aufteilung auf %1 % wiederhergestellt; zum Fortsetzen des Plans weiterschalten</translation>
        </message>
        <message>
            <source>Say who shifts the traffic.</source>
            <translation>Geben Sie an, wer den Traffic verschiebt.</translation>
        </message>
        <message>
            <source>%1 % is not a percentage between 0 and 100.</source>
            <translation>%1 % ist kein Prozentwert zwischen 0 und 100.</translation>
        </message>
        <message>
            <source>manual shift to %1 %</source>
            <translation>manuelle Umschaltung auf %1 %</translation>
        </message>
        <message>
            <source>manual shift: all traffic on the old path</source>
            <translation>manuelle Umschaltung: der ganze Traffic auf dem alten Pfad</translation>
        </message>
        <message>
            <source>manual shift to %1 % done; promote or run to continue</source>
            <translation>manuelle Umschaltung auf %1 % erfolgt; zum Fortfahren weiterschalten oder starten</translation>
        </message>
        <message>
            <source>Rolling back needs a person and a reason.</source>
            <translation>Zurückrollen braucht eine Person und einen Grund.</translation>
        </message>
        <message>
            <source>A rollback is already under way.</source>
            <translation>Ein Rollback läuft bereits.</translation>
        </message>
        <message>
            <source>The old path may not be healthy: %1. Rolling back anyway.</source>
            <translation>Der alte Pfad ist möglicherweise nicht gesund: %1. Es wird trotzdem zurückgerollt.</translation>
        </message>
        <message>
            <source>the old path's health URL answered %1 (%2)</source>
            <translation>die Health-URL des alten Pfads antwortete %1 (%2)</translation>
        </message>
        <message>
            <source>ROLLBACK FAILED, traffic may still reach the new path: %1</source>
            <translation>ROLLBACK FEHLGESCHLAGEN, Traffic erreicht eventuell noch den neuen Pfad: %1</translation>
        </message>
        <message>
            <source>ramp-down to %1 %: %2</source>
            <translation>Zurückfahren auf %1 %: %2</translation>
        </message>
        <message>
            <source>The split cannot be read: %1</source>
            <translation>Die Aufteilung kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The backend cannot be read back: %1</source>
            <translation>Das Backend kann nicht zurückgelesen werden: %1</translation>
        </message>
        <message>
            <source>The backend cannot be read back</source>
            <translation>Das Backend kann nicht zurückgelesen werden</translation>
        </message>
        <message>
            <source>cockpit (read-back)</source>
            <translation>Cockpit (Zurücklesen)</translation>
        </message>
        <message>
            <source>changed outside the cockpit: the session says %1 % new, the backend has %2 % new</source>
            <translation>außerhalb des Cockpits geändert: die Session sagt %1 % neu, das Backend hat %2 % neu</translation>
        </message>
        <message>
            <source>There is nothing to stop while the plan is %1.</source>
            <translation>Solange der Plan %1 ist, gibt es nichts anzuhalten.</translation>
        </message>
        <message>
            <source>A backend call is under way; stop when it has answered.</source>
            <translation>Ein Backend-Aufruf läuft; anhalten, sobald er geantwortet hat.</translation>
        </message>
        <message>
            <source>stopped at %1 %: %2; the next run measures this step's gates again</source>
            <translation>bei %1 % angehalten: %2; der nächste Durchlauf misst die Gates dieses Schritts erneut</translation>
        </message>
        <message>
            <source>The stored plan has gates that cannot be read (%1). The plan does not run or promote until it is set again; rolling back still works.</source>
            <translation>Der gespeicherte Plan hat Gates, die nicht mehr gelesen werden können (%1). Der Plan läuft nicht und wird nicht weitergeschaltet, bis er neu gesetzt ist; zurückrollen geht weiterhin.</translation>
        </message>
        <message>
            <source>The stored plan has gates that cannot be read (%1); set the plan again.</source>
            <translation>Der gespeicherte Plan hat Gates, die nicht mehr gelesen werden können (%1); setzen Sie den Plan neu.</translation>
        </message>
        <message>
            <source>cutoverctl reconcile %1 --by NAME --reason TEXT</source>
            <translation>cutoverctl reconcile %1 --by NAME --reason TEXT</translation>
        </message>
        <message>
            <source>cutoverctl rollback %1 --by NAME --reason TEXT</source>
            <translation>cutoverctl rollback %1 --by NAME --reason TEXT</translation>
        </message>
        <message>
            <source>The backend cannot be read, so nobody knows the split in force. Check it (cutoverctl backend %1 --check), then `%2`; a rollback does not need the read-back: `%3`.</source>
            <translation>Das Backend kann nicht gelesen werden, niemand kennt also die geltende Aufteilung. Prüfen Sie es (cutoverctl backend %1 --check), dann `%2`; ein Rollback braucht das Zurücklesen nicht: `%3`.</translation>
        </message>
        <message>
            <source>The backend has the unconfirmed change to %1 %. Confirm it: `%2`.</source>
            <translation>Das Backend hat die unbestätigte Änderung auf %1 %. Bestätigen Sie sie: `%2`.</translation>
        </message>
        <message>
            <source>The change to %1 % never reached the backend, which still has %2 % (the last confirmed split). Record that: `%3`; then run again or roll back.</source>
            <translation>Die Änderung auf %1 % hat das Backend nie erreicht; es hat weiter %2 % (die zuletzt bestätigte Aufteilung). Halten Sie das fest: `%3`; dann erneut ausführen oder zurückrollen.</translation>
        </message>
        <message>
            <source>The backend has %1 %, which nobody confirmed (changed outside the cockpit?). Either set the split you want (`cutoverctl shift %2 --to PERCENT --by NAME --reason TEXT`, e.g. --to %3 to restore the last confirmed split) or roll back: `%4`.</source>
            <translation>Das Backend hat %1 %, was niemand bestätigt hat (außerhalb des Cockpits geändert?). Setzen Sie entweder die gewünschte Aufteilung (`cutoverctl shift %2 --to PERCENT --by NAME --reason TEXT`, z. B. --to %3 für die zuletzt bestätigte Aufteilung) oder rollen Sie zurück: `%4`.</translation>
        </message>
        <message>
            <source>unknown (the backend cannot be read)</source>
            <translation>unbekannt (das Backend kann nicht gelesen werden)</translation>
        </message>
        <message>
            <source>%1 % new</source>
            <translation>%1 % neu</translation>
        </message>
        <message>
            <source>reopened after an interruption (%1 on record): meant %2 % new, in force %3; nothing goes on until a person decides</source>
            <translation>nach einer Unterbrechung wieder geöffnet (%1 laut Aufzeichnung): beabsichtigt %2 % neu, in Kraft %3; nichts geht weiter, bis ein Mensch entscheidet</translation>
        </message>
        <message>
            <source>Reopened after an interruption (%1 on record), nothing goes on until a person decides. %2</source>
            <translation>Nach einer Unterbrechung wieder geöffnet (%1 laut Aufzeichnung), nichts geht weiter, bis ein Mensch entscheidet. %2</translation>
        </message>
        <message>
            <source>Reconciling needs a person and a reason.</source>
            <translation>Abgleichen braucht eine Person und einen Grund.</translation>
        </message>
        <message>
            <source>confirmed by read-back (reconcile)</source>
            <translation>durch Zurücklesen bestätigt (Abgleich)</translation>
        </message>
        <message>
            <source>not applied: the backend still has %1 % (reconcile)</source>
            <translation>nicht angewendet: das Backend hat weiter %1 % (Abgleich)</translation>
        </message>
        <message>
            <source>The reconcile could not be recorded: %1</source>
            <translation>Der Abgleich konnte nicht aufgezeichnet werden: %1</translation>
        </message>
        <message>
            <source>Taking over needs a person and a reason.</source>
            <translation>Übernehmen braucht eine Person und einen Grund.</translation>
        </message>
        <message>
            <source>Took over the traffic of this session from %1.</source>
            <translation>Den Traffic dieser Sitzung von %1 übernommen.</translation>
        </message>
        <message>
            <source>The traffic lease cannot be taken: %1</source>
            <translation>Die Traffic-Steuerung kann nicht übernommen werden: %1</translation>
        </message>
        <message>
            <source>%1 took over the traffic of this session; this cockpit stopped its hold and gates and only looks now.</source>
            <translation>%1 hat den Traffic dieser Sitzung übernommen; dieses Cockpit hat Halten und Gates beendet und schaut nur noch zu.</translation>
        </message>
        <message>
            <source>Another cockpit</source>
            <translation>Ein anderes Cockpit</translation>
        </message>
        <message>
            <source>The backend has %1 % new, but the confirmation could not be recorded: %2. Read the split back before acting.</source>
            <translation>Das Backend hat %1 % neu, aber die Bestätigung konnte nicht aufgezeichnet werden: %2. Lesen Sie die Aufteilung zurück, bevor Sie handeln.</translation>
        </message>
        <message>
            <source>The backend's error could not be recorded: %1</source>
            <translation>Der Fehler des Backends konnte nicht aufgezeichnet werden: %1</translation>
        </message>
        <message>
            <source>The backend differs from the record; reconcile, resume or roll back first.</source>
            <translation>Das Backend weicht von der Aufzeichnung ab; erst abgleichen, fortsetzen oder zurückrollen.</translation>
        </message>
        <message>
            <source>step %1 is not in force (%2 % new is); its gates do not run. Run or resume to go on.</source>
            <translation>Schritt %1 ist nicht in Kraft (%2 % neu sind es); seine Gates laufen nicht. Ausführen oder fortsetzen, um weiterzugehen.</translation>
        </message>
        <message>
            <source>ROLLBACK NOT STARTED, the intent could not be recorded: %1</source>
            <translation>ROLLBACK NICHT GESTARTET, die Absicht konnte nicht aufgezeichnet werden: %1</translation>
        </message>
        <message>
            <source>The rollback could not be recorded.</source>
            <translation>Der Rollback konnte nicht aufgezeichnet werden.</translation>
        </message>
        <message>
            <source>ROLLBACK NOT CONFIRMED, the backend reports %1: traffic may still reach the new path</source>
            <translation>ROLLBACK NICHT BESTÄTIGT, das Backend meldet %1: Traffic kann noch den neuen Pfad erreichen</translation>
        </message>
        <message>
            <source>%1 %2 drives the traffic; that cockpit reconciles it.</source>
            <translation>%1 %2 steuert den Traffic; jenes Cockpit gleicht ihn ab.</translation>
        </message>
        <message>
            <source>The traffic of this session is controlled by %1 (%2); this cockpit only looks. Take over explicitly, with a reason, to drive it from here.</source>
            <translation>Den Traffic dieser Sitzung steuert %1 (%2); dieses Cockpit schaut nur zu. Übernehmen Sie ausdrücklich, mit einem Grund, um ihn von hier zu steuern.</translation>
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
        <message>
            <source>"%1" is not signed off; there is nothing to withdraw.</source>
            <translation>„%1“ ist nicht freigegeben; es gibt nichts zurückzunehmen.</translation>
        </message>
        <message>
            <source>Only %1, who signed off "%2", can withdraw that sign-off.</source>
            <translation>Nur wer „%2“ freigegeben hat (%1), kann diese Freigabe zurücknehmen.</translation>
        </message>
        <message>
            <source>Withdrawing a sign-off needs a reason.</source>
            <translation>Das Zurücknehmen einer Freigabe braucht einen Grund.</translation>
        </message>
        <message>
            <source>%1 already exists; choose another file name.</source>
            <translation>%1 existiert bereits; wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>Cannot write the new session: %1 could not be renamed to %2 (does %2 exist now?).</source>
            <translation>Die neue Session kann nicht geschrieben werden: %1 konnte nicht in %2 umbenannt werden (gibt es %2 inzwischen?).</translation>
        </message>
        <message>
            <source>unknown signature policy "%1" (required or declared)</source>
            <translation>unbekannte Signaturregel „%1“ (required oder declared)</translation>
        </message>
        <message>
            <source>The signed statement describes "%1", but the item is now %2; sign again.</source>
            <translation>Die signierte Erklärung beschreibt „%1“, der Punkt ist aber jetzt %2; signieren Sie erneut.</translation>
        </message>
        <message>
            <source>The signed statement describes "%1", but the act is %2; sign again.</source>
            <translation>Die signierte Erklärung beschreibt „%1“, die Handlung ist aber %2; signieren Sie erneut.</translation>
        </message>
        <message>
            <source>The session's signature policy is already "%1".</source>
            <translation>Die Signaturregel der Sitzung ist bereits „%1“.</translation>
        </message>
        <message>
            <source>The signed statement describes "%1", but the change is %2; sign again.</source>
            <translation>Die signierte Erklärung beschreibt „%1“, die Änderung ist aber %2; signieren Sie erneut.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>"%1" was already signed off by %2 (completed by %3); it is %4. Nothing was changed.</source>
            <translation>„%1“ wurde bereits von %2 abgezeichnet (erledigt von %3); der Status ist %4. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>"%1" was already completed by %2; it is %3. Nothing was changed.</source>
            <translation>„%1“ wurde bereits von %2 erledigt; der Status ist %3. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>The commit failed: %1</source>
            <translation>Das Speichern ist fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>DataConsistencyProbe</name>
        <message>
            <source>the answer is not JSON: %1</source>
            <translation>die Antwort ist kein JSON: %1</translation>
        </message>
        <message>
            <source>the value at %1 is not a number or text</source>
            <translation>der Wert bei %1 ist weder Zahl noch Text</translation>
        </message>
        <message>
            <source>the source has neither "sql" nor "http"</source>
            <translation>die Quelle hat weder „sql“ noch „http“</translation>
        </message>
        <message>
            <source>|old − new| ≤ %1 % of old</source>
            <translation>|alt − neu| ≤ %1 % von alt</translation>
        </message>
        <message>
            <source>|old − new| ≤ %1</source>
            <translation>|alt − neu| ≤ %1</translation>
        </message>
        <message>
            <source>old %1, new %2</source>
            <translation>alt %1, neu %2</translation>
        </message>
        <message>
            <source>old: %1</source>
            <translation>alt: %1</translation>
        </message>
        <message>
            <source>new: %1</source>
            <translation>neu: %1</translation>
        </message>
        <message>
            <source>a side returned no value</source>
            <translation>eine Seite lieferte keinen Wert</translation>
        </message>
        <message>
            <source>old %1, new %2 (difference %3)</source>
            <translation>alt %1, neu %2 (Differenz %3)</translation>
        </message>
        <message>
            <source>within tolerance</source>
            <translation>innerhalb der Toleranz</translation>
        </message>
        <message>
            <source>difference %1 exceeds %2</source>
            <translation>Differenz %1 übersteigt %2</translation>
        </message>
        <message>
            <source>the values cannot be compared (a number and a text, or not finite)</source>
            <translation>die Werte sind nicht vergleichbar (eine Zahl und ein Text, oder nicht endlich)</translation>
        </message>
        <message>
            <source>old = new</source>
            <translation>alt = neu</translation>
        </message>
        <message>
            <source>the values are equal</source>
            <translation>die Werte sind gleich</translation>
        </message>
        <message>
            <source>the values differ</source>
            <translation>die Werte unterscheiden sich</translation>
        </message>
        <message>
            <source>sampling failed: %1</source>
            <translation>Stichprobe fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>; sampled records equal</source>
            <translation>; Stichproben-Datensätze gleich</translation>
        </message>
        <message>
            <source>; %1 sampled records, %2 differ</source>
            <translation>; %1 Stichproben-Datensätze, %2 abweichend</translation>
        </message>
        <message>
            <source>sampled records differ: only in old: %1; only in new: %2</source>
            <translation>Stichproben-Datensätze weichen ab: nur in alt: %1; nur in neu: %2</translation>
        </message>
        <message>
            <source>the query has an unclosed %1</source>
            <translation>die Abfrage hat ein nicht geschlossenes %1</translation>
        </message>
        <message>
            <source>the query has an unclosed /* comment</source>
            <translation>die Abfrage hat einen nicht geschlossenen /*-Kommentar</translation>
        </message>
        <message>
            <source>a consistency gate runs one statement; this query has more than one (";").</source>
            <translation>ein Konsistenz-Gate führt eine Anweisung aus; diese Abfrage hat mehrere (";").</translation>
        </message>
        <message>
            <source>a consistency gate only reads: the query must be a SELECT (or WITH … SELECT), not "%1".</source>
            <translation>ein Konsistenz-Gate liest nur: die Abfrage muss ein SELECT (oder WITH … SELECT) sein, nicht "%1".</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
    </context>
    <context>
        <name>DataSourceFields</name>
        <message>
            <source>SQL query</source>
            <translation>SQL-Abfrage</translation>
        </message>
        <message>
            <source>HTTP JSON</source>
            <translation>HTTP-JSON</translation>
        </message>
        <message>
            <source>Read by:</source>
            <translation>Lesen per:</translation>
        </message>
        <message>
            <source>Driver:</source>
            <translation>Treiber:</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Host:</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Datenbank:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Benutzer:</translation>
        </message>
        <message>
            <source>The name of the environment variable that holds the password; the password itself is never stored.</source>
            <translation>Der Name der Umgebungsvariable, die das Passwort enthält; das Passwort selbst wird nie gespeichert.</translation>
        </message>
        <message>
            <source>Password from env:</source>
            <translation>Passwort aus Umgebungsvariable:</translation>
        </message>
        <message>
            <source>Returns one value: a count or a checksum.</source>
            <translation>Liefert einen Wert: eine Anzahl oder eine Prüfsumme.</translation>
        </message>
        <message>
            <source>Query:</source>
            <translation>Abfrage:</translation>
        </message>
        <message>
            <source>URL:</source>
            <translation>URL:</translation>
        </message>
        <message>
            <source>A JSON pointer to the value in the answer.</source>
            <translation>Ein JSON-Pointer auf den Wert in der Antwort.</translation>
        </message>
        <message>
            <source>JSON pointer:</source>
            <translation>JSON-Pointer:</translation>
        </message>
    </context>
    <context>
        <name>DemoCutover</name>
        <message>
            <source>demo: simulated backend</source>
            <translation>Demo: simuliertes Backend</translation>
        </message>
        <message>
            <source>demo: change window opened</source>
            <translation>Demo: Change-Fenster geöffnet</translation>
        </message>
        <message>
            <source>demo: error rate and latency within the SLO</source>
            <translation>Demo: Fehlerrate und Latenz innerhalb des SLO</translation>
        </message>
        <message>
            <source>Bridge call opened; change CHG-4711 approved. (demo)</source>
            <translation>Bridge-Call eröffnet; Change CHG-4711 genehmigt. (Demo)</translation>
        </message>
        <message>
            <source>New path at 5 %: p95 latency briefly 380 ms, back under 250 ms within a minute. (demo)</source>
            <translation>Neuer Pfad bei 5 %: p95-Latenz kurz 380 ms, innerhalb einer Minute wieder unter 250 ms. (Demo)</translation>
        </message>
        <message>
            <source>demo: the article's plan with two gates</source>
            <translation>Demo: der Plan aus dem Artikel mit zwei Gates</translation>
        </message>
        <message>
            <source>25 % reached; the partner bank's settlement feed has no data yet, so the lead decides on the next step. (demo)</source>
            <translation>25 % erreicht; der Abwicklungs-Feed der Partnerbank liefert noch keine Daten, daher entscheidet der Lead über den nächsten Schritt. (Demo)</translation>
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
        <name>ElectronicSignature</name>
        <message>
            <source>The signature names no principal.</source>
            <translation>Die Signatur nennt keinen Principal.</translation>
        </message>
        <message>
            <source>The signed statement is for %1 of %2 %3, not for %4 of %5 %6; sign again.</source>
            <translation>Die signierte Erklärung gilt für %1 von %2 %3, nicht für %4 von %5 %6; signieren Sie erneut.</translation>
        </message>
        <message>
            <source>The signed statement's meaning "%1" is not that of %2; sign again.</source>
            <translation>Die Bedeutung „%1“ der signierten Erklärung ist nicht die von %2; signieren Sie erneut.</translation>
        </message>
        <message>
            <source>The signed statement belongs to another session (%1); sign again.</source>
            <translation>Die signierte Erklärung gehört zu einer anderen Sitzung (%1); signieren Sie erneut.</translation>
        </message>
        <message>
            <source>The signed statement has no time.</source>
            <translation>Die signierte Erklärung hat keine Zeit.</translation>
        </message>
        <message>
            <source>This session requires electronic signatures: %1 must sign with their key (cutoverctl: --key FILE or COCKPIT_SIGNING_KEY).</source>
            <translation>Diese Sitzung verlangt elektronische Signaturen: %1 muss mit dem eigenen Schlüssel signieren (cutoverctl: --key DATEI oder COCKPIT_SIGNING_KEY).</translation>
        </message>
        <message>
            <source>The trail moved on since you signed; sign again.</source>
            <translation>Der Audit-Trail ist seit Ihrer Signatur weitergegangen; signieren Sie erneut.</translation>
        </message>
    </context>
    <context>
        <name>EngineTrafficStatus</name>
        <message>
            <source>holding until promoted</source>
            <translation>wird gehalten bis „Weiter“</translation>
        </message>
        <message>
            <source>the backend reports %1 % on the new path, not %2 %</source>
            <translation>das Backend meldet %1 % auf dem neuen Pfad, nicht %2 %</translation>
        </message>
    </context>
    <context>
        <name>EntryAmendDialog</name>
        <message>
            <source>Retract entry %1</source>
            <translation>Eintrag %1 zurückziehen</translation>
        </message>
        <message>
            <source>Correct entry %1</source>
            <translation>Eintrag %1 korrigieren</translation>
        </message>
        <message>
            <source>The entry stays in the log, marked as retracted, once a second person verifies the retraction.</source>
            <translation>Der Eintrag bleibt im Protokoll und wird als zurückgezogen markiert, sobald eine zweite Person die Rücknahme bestätigt.</translation>
        </message>
        <message>
            <source>The correction is a new entry; it replaces this one once a second person verifies it.</source>
            <translation>Die Korrektur ist ein neuer Eintrag; er ersetzt diesen, sobald eine zweite Person ihn bestätigt.</translation>
        </message>
        <message>
            <source>Entry:</source>
            <translation>Eintrag:</translation>
        </message>
        <message>
            <source>Corrected &amp;text:</source>
            <translation>Korrigierter &amp;Text:</translation>
        </message>
        <message>
            <source>Why is the entry wrong?</source>
            <translation>Warum ist der Eintrag falsch?</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>Retract</source>
            <translation>Zurückziehen</translation>
        </message>
        <message>
            <source>Record correction</source>
            <translation>Korrektur festhalten</translation>
        </message>
    </context>
    <context>
        <name>FileKind</name>
        <message>
            <source>%1 is a directory, not a %2 file.</source>
            <translation>%1 ist ein Verzeichnis, keine %2-Datei.</translation>
        </message>
        <message>
            <source>%1 is a named pipe (FIFO), not a %2 file; it was not read.</source>
            <translation>%1 ist eine benannte Pipe (FIFO), keine %2-Datei; sie wurde nicht gelesen.</translation>
        </message>
        <message>
            <source>%1 is a device, not a %2 file; it was not read.</source>
            <translation>%1 ist ein Gerät, keine %2-Datei; es wurde nicht gelesen.</translation>
        </message>
        <message>
            <source>%1 is a socket, not a %2 file.</source>
            <translation>%1 ist ein Socket, keine %2-Datei.</translation>
        </message>
        <message>
            <source>%1 is not a regular file, so it is not a %2 file.</source>
            <translation>%1 ist keine gewöhnliche Datei und damit keine %2-Datei.</translation>
        </message>
        <message>
            <source>There is no %1 file named %2.</source>
            <translation>Es gibt keine %1-Datei namens %2.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MiB; a %3 file that large is refused.</source>
            <translation>%1 ist größer als %2 MiB; eine so große %3-Datei wird abgelehnt.</translation>
        </message>
    </context>
    <context>
        <name>GateDefinition</name>
        <message>
            <source>gate "%1"</source>
            <translation>Gate „%1“</translation>
        </message>
        <message>
            <source>HTTP health</source>
            <translation>HTTP-Health</translation>
        </message>
        <message>
            <source>Business transaction</source>
            <translation>Geschäftstransaktion</translation>
        </message>
        <message>
            <source>Data consistency</source>
            <translation>Datenkonsistenz</translation>
        </message>
        <message>
            <source>Metric condition</source>
            <translation>Metrikbedingung</translation>
        </message>
        <message>
            <source>gate %1 "%2"</source>
            <translation>Gate %1 „%2“</translation>
        </message>
        <message>
            <source>gate %1</source>
            <translation>Gate %1</translation>
        </message>
        <message>
            <source>the gate</source>
            <translation>das Gate</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: key "kind" is missing; use one of %2.</source>
            <translation>%1: der Schlüssel „kind“ fehlt; verwenden Sie eine von %2.</translation>
        </message>
        <message>
            <source>%1: key "kind" has the unknown kind "%2"; use one of %3.</source>
            <translation>%1: der Schlüssel „kind“ hat die unbekannte Art „%2“; verwenden Sie eine von %3.</translation>
        </message>
        <message>
            <source>%1: key "kind" must be text (one of %2), not %3.</source>
            <translation>%1: der Schlüssel „kind“ muss Text sein (eine von %2), nicht %3.</translation>
        </message>
        <message>
            <source>%1: key "name" must be text, not %2.</source>
            <translation>%1: der Schlüssel „name“ muss Text sein, nicht %2.</translation>
        </message>
        <message>
            <source>%1: key "%2" must be a whole number of at least %3, not %4.</source>
            <translation>%1: der Schlüssel „%2“ muss eine ganze Zahl ab %3 sein, nicht %4.</translation>
        </message>
        <message>
            <source>%1: key "no_data" must be "inconclusive" or "fail" (no data never passes), not %2.</source>
            <translation>%1: der Schlüssel „no_data“ muss „inconclusive“ oder „fail“ sein (keine Daten bestehen nie), nicht %2.</translation>
        </message>
        <message>
            <source>key "%1" must be at least %2, not %3.</source>
            <translation>der Schlüssel „%1“ muss mindestens %2 sein, nicht %3.</translation>
        </message>
        <message>
            <source>key "%1" must not be written into a gate definition; name an environment variable in "%1_env" instead, so the secret never reaches the session file.</source>
            <translation>der Schlüssel „%1“ darf nicht in eine Gate-Definition geschrieben werden; nennen Sie stattdessen eine Umgebungsvariable in „%1_env“, damit das Geheimnis nie in die Session-Datei gelangt.</translation>
        </message>
        <message>
            <source>key "command" must name the program to run, e.g. "/opt/checks/payment-roundtrip".</source>
            <translation>der Schlüssel „command“ muss das auszuführende Programm nennen, z. B. „/opt/checks/payment-roundtrip“.</translation>
        </message>
        <message>
            <source>key "args" must be a list of texts, e.g. ["--amount", "1.00"].</source>
            <translation>der Schlüssel „args“ muss eine Liste von Texten sein, z. B. ["--amount", "1.00"].</translation>
        </message>
        <message>
            <source>key "requests" must be a non-empty list of HTTP requests ({"url": ..., "method": ..., "expect_status": ...}).</source>
            <translation>der Schlüssel „requests“ muss eine nicht leere Liste von HTTP-Requests sein ({"url": ..., "method": ..., "expect_status": ...}).</translation>
        </message>
        <message>
            <source>request %1: </source>
            <translation>Request %1: </translation>
        </message>
        <message>
            <source>it must be an object with at least "url".</source>
            <translation>er muss ein Objekt mit mindestens „url“ sein.</translation>
        </message>
        <message>
            <source>a business gate needs key "requests" (a list of HTTP requests) or key "command" (a program whose exit code 0 passes).</source>
            <translation>ein business-Gate braucht den Schlüssel „requests“ (eine Liste von HTTP-Requests) oder den Schlüssel „command“ (ein Programm, dessen Exit-Code 0 besteht).</translation>
        </message>
        <message>
            <source>keys "sample_old" and "sample_new" go together: give both sampling queries or neither.</source>
            <translation>die Schlüssel „sample_old“ und „sample_new“ gehören zusammen: geben Sie beide Stichproben-Abfragen an oder keine.</translation>
        </message>
        <message>
            <source>key "series" is required but missing: the metric series to judge, e.g. "error_ratio/new".</source>
            <translation>der Schlüssel „series“ ist erforderlich, fehlt aber: die zu bewertende Metrikreihe, z. B. „error_ratio/new“.</translation>
        </message>
        <message>
            <source>key "%1" must be a number, not %2.</source>
            <translation>der Schlüssel „%1“ muss eine Zahl sein, nicht %2.</translation>
        </message>
        <message>
            <source>a metric gate needs a condition: key "max", "min" or "max_ratio" (with "baseline").</source>
            <translation>ein metric-Gate braucht eine Bedingung: den Schlüssel „max“, „min“ oder „max_ratio“ (mit „baseline“).</translation>
        </message>
        <message>
            <source>key "baseline" is required with "max_ratio": the series the ratio is taken against, e.g. "latency_p99/old".</source>
            <translation>der Schlüssel „baseline“ ist mit „max_ratio“ erforderlich: die Reihe, auf die sich das Verhältnis bezieht, z. B. „latency_p99/old“.</translation>
        </message>
        <message>
            <source>The gates must be a JSON array of gate objects ([{"kind": "http", ...}, ...]).</source>
            <translation>Die Gates müssen ein JSON-Array von Gate-Objekten sein ([{"kind": "http", ...}, ...]).</translation>
        </message>
        <message>
            <source>gate %1 is %2, not a JSON object ({"kind": ..., "name": ..., ...}).</source>
            <translation>Gate %1 ist %2, kein JSON-Objekt ({"kind": ..., "name": ..., ...}).</translation>
        </message>
        <message>
            <source>key "%1" must name one of the cockpit's own environment variables (upper case, beginning with %2, e.g. %2ORDERS_DB_PASSWORD); a gate may not read other variables.</source>
            <translation>Schlüssel "%1" muss eine eigene Umgebungsvariable des Cockpits nennen (Großbuchstaben, beginnend mit %2, z. B. %2ORDERS_DB_PASSWORD); ein Gate darf keine anderen Variablen lesen.</translation>
        </message>
        <message>
            <source>key "%1" is refused: %2</source>
            <translation>Schlüssel "%1" wird abgelehnt: %2</translation>
        </message>
    </context>
    <context>
        <name>GateEditor</name>
        <message>
            <source>What the gate checks (JSON key "kind").</source>
            <translation>Was das Gate prüft (JSON-Schlüssel „kind“).</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>e.g. health, booking, error ratio</source>
            <translation>z. B. health, booking, error ratio</translation>
        </message>
        <message>
            <source>Shown with every measurement; unique within the step.</source>
            <translation>Wird mit jeder Messung angezeigt; eindeutig innerhalb des Schritts.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>What is checked</source>
            <translation>Was geprüft wird</translation>
        </message>
        <message>
            <source>How it is judged</source>
            <translation>Wie bewertet wird</translation>
        </message>
        <message>
            <source>No data &amp;fails the measurement (otherwise: inconclusive)</source>
            <translation>Bei keinen &amp;Daten ist die Messung nicht bestanden (sonst: unklar)</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>&amp;Interval:</source>
            <translation>&amp;Intervall:</translation>
        </message>
        <message>
            <source>Time between two measurements (interval_ms).</source>
            <translation>Zeit zwischen zwei Messungen (interval_ms).</translation>
        </message>
        <message>
            <source>&amp;Measurements:</source>
            <translation>&amp;Messungen:</translation>
        </message>
        <message>
            <source>How many measurements (count).</source>
            <translation>Wie viele Messungen (count).</translation>
        </message>
        <message>
            <source>&amp;Timeout:</source>
            <translation>&amp;Timeout:</translation>
        </message>
        <message>
            <source>Of one measurement (timeout_ms).</source>
            <translation>Einer Messung (timeout_ms).</translation>
        </message>
        <message>
            <source>Failures &amp;tolerated:</source>
            <translation>Fehlschl&amp;äge toleriert:</translation>
        </message>
        <message>
            <source>More failed measurements than this fail the gate (failure_limit).</source>
            <translation>Mehr nicht bestandene Messungen als diese lassen das Gate nicht bestehen (failure_limit).</translation>
        </message>
        <message>
            <source>Inconclusive t&amp;olerated:</source>
            <translation>Un&amp;klare toleriert:</translation>
        </message>
        <message>
            <source>More inconclusive measurements than this make the gate wait for a person (inconclusive_limit).</source>
            <translation>Bei mehr unklaren Messungen als diesen wartet das Gate auf eine Person (inconclusive_limit).</translation>
        </message>
        <message>
            <source>&amp;Errors in a row:</source>
            <translation>Messfehler in &amp;Folge:</translation>
        </message>
        <message>
            <source>Provider errors are retried and never pass; more in a row than this fail the gate (consecutive_error_limit).</source>
            <translation>Messfehler werden wiederholt und bestehen nie; mehr in Folge als diese lassen das Gate nicht bestehen (consecutive_error_limit).</translation>
        </message>
    </context>
    <context>
        <name>GateMeasurement</name>
        <message>
            <source>pass</source>
            <translation>bestanden</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>nicht bestanden</translation>
        </message>
        <message>
            <source>inconclusive</source>
            <translation>unklar</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>keine Daten</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
    </context>
    <context>
        <name>GateMeasurementModel</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>Gate</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Bedingung</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Urteil</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>step %1 (%2 %)</source>
            <translation>Schritt %1 (%2 %)</translation>
        </message>
        <message>
            <source>step %1</source>
            <translation>Schritt %1</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Durchlauf %1</translation>
        </message>
        <message>
            <source>Before the first run</source>
            <translation>Vor dem ersten Durchlauf</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>1 measurement</source>
            <translation>1 Messung</translation>
        </message>
        <message>
            <source>%1 measurements</source>
            <translation>%1 Messungen</translation>
        </message>
    </context>
    <context>
        <name>GateRunner</name>
        <message>
            <source>no result</source>
            <translation>kein Ergebnis</translation>
        </message>
        <message>
            <source>The measurement gave no result within %1 ms.</source>
            <translation>Die Messung lieferte innerhalb von %1 ms kein Ergebnis.</translation>
        </message>
        <message>
            <source>(not evaluated)</source>
            <translation>(nicht ausgewertet)</translation>
        </message>
        <message>
            <source>%1 provider errors in a row (limit %2); errors never pass. Last: %3</source>
            <translation>%1 Messfehler in Folge (Grenze %2); Fehler bestehen nie. Zuletzt: %3</translation>
        </message>
        <message>
            <source>%1 failed measurements (limit %2). Last: %3 (%4; condition %5)</source>
            <translation>%1 nicht bestandene Messungen (Grenze %2). Zuletzt: %3 (%4; Bedingung %5)</translation>
        </message>
        <message>
            <source>%1 inconclusive measurements (limit %2). Last: %3</source>
            <translation>%1 unklare Messungen (Grenze %2). Zuletzt: %3</translation>
        </message>
        <message>
            <source>%1 of %2 measurements passed (%3 failed, %4 inconclusive within limits)</source>
            <translation>%1 von %2 Messungen bestanden (%3 nicht bestanden, %4 unklar, innerhalb der Grenzen)</translation>
        </message>
    </context>
    <context>
        <name>HaproxyBackend</name>
        <message>
            <source>"socket" is required (HOST:PORT or a unix socket path).</source>
            <translation>„socket“ ist erforderlich (HOST:PORT oder ein Unix-Socket-Pfad).</translation>
        </message>
        <message>
            <source>"%1" must be a HAProxy name (letters, digits, _ . : -), not "%2".</source>
            <translation>„%1“ muss ein HAProxy-Name sein (Buchstaben, Ziffern, _ . : -), nicht „%2“.</translation>
        </message>
        <message>
            <source>The old and the new server must differ.</source>
            <translation>Der alte und der neue Server müssen sich unterscheiden.</translation>
        </message>
        <message>
            <source>"timeout_ms" must be positive.</source>
            <translation>„timeout_ms“ muss positiv sein.</translation>
        </message>
        <message>
            <source>HAProxy gave an unexpected reply to `show servers state`: "%1"</source>
            <translation>HAProxy gab eine unerwartete Antwort auf `show servers state`: „%1“</translation>
        </message>
        <message>
            <source>HAProxy's server state line is too short: "%1"</source>
            <translation>Die Serverstatus-Zeile von HAProxy ist zu kurz: „%1“</translation>
        </message>
        <message>
            <source>HAProxy's server state line cannot be read: "%1"</source>
            <translation>Die Serverstatus-Zeile von HAProxy kann nicht gelesen werden: „%1“</translation>
        </message>
        <message>
            <source>HAProxy does not list the server "%1" in this backend.</source>
            <translation>HAProxy führt den Server „%1“ in diesem Backend nicht.</translation>
        </message>
        <message>
            <source>Both servers have weight 0: no traffic can flow.</source>
            <translation>Beide Server haben Gewicht 0: es kann kein Traffic fließen.</translation>
        </message>
        <message>
            <source>weights old %1, new %2</source>
            <translation>Gewichte alt %1, neu %2</translation>
        </message>
        <message>
            <source>; server states old %1/%2, new %3/%4 (operational/admin)</source>
            <translation>; Serverstatus alt %1/%2, neu %3/%4 (operational/admin)</translation>
        </message>
        <message>
            <source>HAProxy refused "%1": %2</source>
            <translation>HAProxy hat „%1“ abgelehnt: %2</translation>
        </message>
        <message>
            <source>%1 % is not between 0 and 100.</source>
            <translation>%1 % liegt nicht zwischen 0 und 100.</translation>
        </message>
        <message>
            <source>HAProxy reports the old server as not running (state %1).</source>
            <translation>HAProxy meldet den alten Server als nicht laufend (Status %1).</translation>
        </message>
        <message>
            <source>The old server is in maintenance mode.</source>
            <translation>Der alte Server ist im Wartungsmodus.</translation>
        </message>
        <message>
            <source>The old server is draining.</source>
            <translation>Der alte Server wird geleert (draining).</translation>
        </message>
        <message>
            <source>the old server is running</source>
            <translation>der alte Server läuft</translation>
        </message>
    </context>
    <context>
        <name>HaproxyRuntimeApi</name>
        <message>
            <source>The HAProxy runtime API at %1 did not answer within %2 ms%3.</source>
            <translation>Die HAProxy-Runtime-API unter %1 hat nicht innerhalb von %2 ms geantwortet%3.</translation>
        </message>
        <message>
            <source> (partial reply: %1)</source>
            <translation> (Teilantwort: %1)</translation>
        </message>
        <message>
            <source>The HAProxy runtime API at %1 cannot be reached: %2</source>
            <translation>Die HAProxy-Runtime-API unter %1 ist nicht erreichbar: %2</translation>
        </message>
        <message>
            <source>"%1" is not HOST:PORT.</source>
            <translation>„%1“ ist nicht HOST:PORT.</translation>
        </message>
    </context>
    <context>
        <name>HtmlReportWriter</name>
        <message>
            <source>The export was cancelled; nothing was written.</source>
            <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>HttpGatePage</name>
        <message>
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <source>The address checked on the new path (http:// or https://).</source>
            <translation>Die Adresse, die auf dem neuen Pfad geprüft wird (http:// oder https://).</translation>
        </message>
        <message>
            <source>The HTTP method of the request.</source>
            <translation>Die HTTP-Methode des Requests.</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>Met&amp;hode:</translation>
        </message>
        <message>
            <source>The status code that passes.</source>
            <translation>Der Statuscode, der besteht.</translation>
        </message>
        <message>
            <source>Expected &amp;status:</source>
            <translation>E&amp;rwarteter Status:</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>keine Grenze</translation>
        </message>
        <message>
            <source>A slower answer fails the measurement.</source>
            <translation>Eine langsamere Antwort lässt die Messung nicht bestehen.</translation>
        </message>
        <message>
            <source>Max &amp;latency:</source>
            <translation>Ma&amp;x. Latenz:</translation>
        </message>
        <message>
            <source>Body &amp;matches:</source>
            <translation>&amp;Body passt zu:</translation>
        </message>
        <message>
            <source>A regular expression the response body must match (optional).</source>
            <translation>Ein regulärer Ausdruck, zu dem der Body der Antwort passen muss (optional).</translation>
        </message>
        <message>
            <source>Request &amp;body:</source>
            <translation>Re&amp;quest-Body:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <source>Sent with POST, PUT or PATCH, as application/json unless content_type says otherwise.</source>
            <translation>Wird mit POST, PUT oder PATCH gesendet, als application/json, sofern content_type nichts anderes sagt.</translation>
        </message>
    </context>
    <context>
        <name>HttpHealthProbe</name>
        <message>
            <source>status = %1</source>
            <translation>Status = %1</translation>
        </message>
        <message>
            <source>latency ≤ %1 ms</source>
            <translation>Latenz ≤ %1 ms</translation>
        </message>
        <message>
            <source>body matches /%1/</source>
            <translation>Body passt zu /%1/</translation>
        </message>
        <message>
            <source>"%1" is not a valid URL.</source>
            <translation>„%1“ ist keine gültige URL.</translation>
        </message>
        <message>
            <source>The body regex is invalid: %1</source>
            <translation>Der reguläre Ausdruck für den Body ist ungültig: %1</translation>
        </message>
        <message>
            <source>no answer after %1 ms</source>
            <translation>keine Antwort nach %1 ms</translation>
        </message>
        <message>
            <source>No HTTP answer: %1</source>
            <translation>Keine HTTP-Antwort: %1</translation>
        </message>
        <message>
            <source>HTTP %1 in %2 ms</source>
            <translation>HTTP %1 in %2 ms</translation>
        </message>
        <message>
            <source>status %1 instead of %2</source>
            <translation>Status %1 statt %2</translation>
        </message>
        <message>
            <source>latency %1 ms above %2 ms</source>
            <translation>Latenz %1 ms über %2 ms</translation>
        </message>
        <message>
            <source>body does not match /%1/</source>
            <translation>Body passt nicht zu /%1/</translation>
        </message>
        <message>
            <source>all conditions met</source>
            <translation>alle Bedingungen erfüllt</translation>
        </message>
        <message>
            <source>%1 after %2 ms</source>
            <translation>%1 nach %2 ms</translation>
        </message>
        <message>
            <source>HTTP: %1; a health answer that large is not judged.</source>
            <translation>HTTP: %1; eine so große Antwort wird nicht bewertet.</translation>
        </message>
    </context>
    <context>
        <name>HttpProberEditor</name>
        <message>
            <source>Add &amp;old endpoint</source>
            <translation>&amp;Alten Endpunkt hinzufügen</translation>
        </message>
        <message>
            <source>Add &amp;new endpoint</source>
            <translation>&amp;Neuen Endpunkt hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>Probe &amp;every:</source>
            <translation>Prüf&amp;intervall:</translation>
        </message>
        <message>
            <source>A probe without an answer in this time counts as an error.</source>
            <translation>Eine Prüfung ohne Antwort in dieser Zeit zählt als Fehler.</translation>
        </message>
        <message>
            <source>&amp;Timeout:</source>
            <translation>&amp;Timeout:</translation>
        </message>
        <message>
            <source> probes</source>
            <translation> Prüfungen</translation>
        </message>
        <message>
            <source>Error ratio and latency percentiles are computed over this many recent probes per path.</source>
            <translation>Fehlerquote und Latenz-Perzentile werden über so viele letzte Prüfungen pro Pfad berechnet.</translation>
        </message>
        <message>
            <source>Sliding &amp;window:</source>
            <translation>Gleitendes &amp;Fenster:</translation>
        </message>
        <message>
            <source>The timeout is more than ten intervals: a hanging endpoint would be noticed late.</source>
            <translation>Das Timeout ist länger als zehn Intervalle: ein hängender Endpunkt würde spät bemerkt.</translation>
        </message>
    </context>
    <context>
        <name>HttpProberSource</name>
        <message numerus="yes">
            <source>Built-in HTTP prober (%n endpoint(s))</source>
            <translation>
                <numerusform>Eingebauter HTTP-Prober (%n Endpunkt)</numerusform>
                <numerusform>Eingebauter HTTP-Prober (%n Endpunkte)</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" is not an http(s) URL</source>
            <translation>„%1“ ist keine http(s)-URL</translation>
        </message>
        <message>
            <source>the path of %1 must be "old" or "new", not "%2"</source>
            <translation>der Pfad von %1 muss „old“ oder „new“ sein, nicht „%2“</translation>
        </message>
        <message>
            <source>no endpoints are configured</source>
            <translation>keine Endpunkte konfiguriert</translation>
        </message>
        <message>
            <source>The prober cannot start: %1.</source>
            <translation>Der Prober kann nicht starten: %1.</translation>
        </message>
        <message>
            <source>HTTP status %1</source>
            <translation>HTTP-Status %1</translation>
        </message>
        <message>
            <source>no answer within %1 s (timeout)</source>
            <translation>keine Antwort innerhalb von %1 s (Timeout)</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>Verbindung abgelehnt</translation>
        </message>
    </context>
    <context>
        <name>InProcessSignatureCheck</name>
        <message>
            <source>the allowed signers file has lines this check does not read (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the allowed signers file names a certificate authority (line %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the signature cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the signature is for the namespace "%1", not "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key type %1 is checked by ssh-keygen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the ssh-ed25519 key or signature is malformed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hash algorithm "%1" is not sha256 or sha512</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the Ed25519 signature does not match the statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the allowed signers file does not accept this key for %1 in the namespace %2 at this time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentEntry</name>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisch</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Bestätigt</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>Retracted</source>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Ersetzt</translation>
        </message>
    </context>
    <context>
        <name>IncidentLog</name>
        <message>
            <source>The incident log cannot be read: %1</source>
            <translation>Das Ereignisprotokoll kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>This session is open read-only; nothing can be changed here.</source>
            <translation>Diese Session ist nur zum Lesen geöffnet; hier kann nichts geändert werden.</translation>
        </message>
        <message>
            <source>Every log entry is recorded with a name; give your name first.</source>
            <translation>Jeder Protokolleintrag wird mit einem Namen festgehalten; geben Sie zuerst Ihren Namen an.</translation>
        </message>
        <message>
            <source>There is no log entry %1 in this session.</source>
            <translation>Diese Session hat keinen Protokolleintrag %1.</translation>
        </message>
        <message>
            <source>Retracting entry %1 needs a reason.</source>
            <translation>Das Zurückziehen von Eintrag %1 braucht einen Grund.</translation>
        </message>
        <message>
            <source>Retraction of entry %1: %2</source>
            <translation>Rücknahme von Eintrag %1: %2</translation>
        </message>
        <message>
            <source>Correcting entry %1 needs a reason.</source>
            <translation>Das Korrigieren von Eintrag %1 braucht einen Grund.</translation>
        </message>
        <message>
            <source>A log entry needs text: write what you see.</source>
            <translation>Ein Protokolleintrag braucht Text: schreiben Sie, was Sie sehen.</translation>
        </message>
        <message>
            <source>Entry %1 is a retraction; a retraction cannot be retracted or corrected. Write a new entry instead.</source>
            <translation>Eintrag %1 ist eine Rücknahme; eine Rücknahme kann nicht zurückgezogen oder korrigiert werden. Schreiben Sie stattdessen einen neuen Eintrag.</translation>
        </message>
        <message>
            <source>Entry %1 is already %2 (by entry %3).</source>
            <translation>Eintrag %1 ist bereits %2 (durch Eintrag %3).</translation>
        </message>
        <message>
            <source>There is no checklist item %1 to link this entry to.</source>
            <translation>Es gibt keinen Checklistenpunkt %1, mit dem dieser Eintrag verknüpft werden kann.</translation>
        </message>
        <message>
            <source>A traffic step is numbered from 1 (got %1).</source>
            <translation>Traffic-Schritte werden ab 1 gezählt (erhalten: %1).</translation>
        </message>
        <message>
            <source>The time it happened (%1) lies in the future; give the time you saw it.</source>
            <translation>Der Zeitpunkt des Geschehens (%1) liegt in der Zukunft; geben Sie an, wann Sie es gesehen haben.</translation>
        </message>
        <message>
            <source>The log entry could not be written: %1</source>
            <translation>Der Protokolleintrag konnte nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>Entry %1 is %2; only a draft can be verified.</source>
            <translation>Eintrag %1 ist %2; nur ein Entwurf kann bestätigt werden.</translation>
        </message>
        <message>
            <source>An entry must be verified by a second person: %1 wrote entry %2 and cannot verify it too.</source>
            <translation>Ein Eintrag muss von einer zweiten Person bestätigt werden: %1 hat Eintrag %2 geschrieben und kann ihn nicht auch bestätigen.</translation>
        </message>
        <message>
            <source>Update %1 (%2)</source>
            <translation>Meldung %1 (%2)</translation>
        </message>
        <message>
            <source>Correction of update %1</source>
            <translation>Korrektur von Meldung %1</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Grund: %1</translation>
        </message>
        <message>
            <source>Retraction of update %1</source>
            <translation>Rücknahme von Meldung %1</translation>
        </message>
        <message>
            <source>Update %1 is withdrawn: %2</source>
            <translation>Meldung %1 ist zurückgezogen: %2</translation>
        </message>
        <message>
            <source>Reported by %1, verified by %2.</source>
            <translation>Gemeldet von %1, bestätigt von %2.</translation>
        </message>
        <message>
            <source>Entry %1 could not be verified: %2</source>
            <translation>Eintrag %1 konnte nicht bestätigt werden: %2</translation>
        </message>
        <message>
            <source>The signed statement describes "%1", not entry %2; sign again.</source>
            <translation>Die signierte Erklärung beschreibt „%1“, nicht Eintrag %2; signieren Sie erneut.</translation>
        </message>
    </context>
    <context>
        <name>IncidentLogModel</name>
        <message>
            <source>retracts %1</source>
            <translation>zieht %1 zurück</translation>
        </message>
        <message>
            <source>corrects %1</source>
            <translation>korrigiert %1</translation>
        </message>
        <message>
            <source>replaced by %1</source>
            <translation>ersetzt durch %1</translation>
        </message>
        <message>
            <source>Happened %1, recorded %2</source>
            <translation>Geschehen %1, festgehalten %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Grund: %1</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>Geschehen</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schwere</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Geschrieben von</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Bestätigt von</translation>
        </message>
        <message>
            <source>Refers to</source>
            <translation>Bezieht sich auf</translation>
        </message>
        <message>
            <source>Verified by %1</source>
            <translation>Bestätigt von %1</translation>
        </message>
    </context>
    <context>
        <name>IncidentLogPanel</name>
        <message>
            <source>Record</source>
            <translation>Festhalten</translation>
        </message>
        <message>
            <source>Re&amp;tract…</source>
            <translation>&amp;Zurückziehen…</translation>
        </message>
        <message>
            <source>C&amp;orrect…</source>
            <translation>&amp;Korrigieren…</translation>
        </message>
        <message>
            <source>Severity: Alt+1 info, Alt+2 warning, Alt+3 critical</source>
            <translation>Schwere: Alt+1 Info, Alt+2 Warnung, Alt+3 kritisch</translation>
        </message>
        <message>
            <source>What do you see? Enter records it as a draft for a second person to verify</source>
            <translation>Was sehen Sie? Enter hält es als Entwurf fest, den eine zweite Person bestätigt</translation>
        </message>
        <message>
            <source>Tick when you write it down later than it happened; otherwise the entry is dated now</source>
            <translation>Ankreuzen, wenn Sie es später aufschreiben, als es geschah; sonst gilt jetzt als Zeitpunkt</translation>
        </message>
        <message>
            <source>Confirm another person's draft so it reaches stakeholders (you cannot verify your own)</source>
            <translation>Den Entwurf einer anderen Person bestätigen, damit er die Stakeholder erreicht (eigene nicht)</translation>
        </message>
        <message>
            <source>This session is open read-only</source>
            <translation>Diese Session ist schreibgeschützt geöffnet</translation>
        </message>
        <message>
            <source>Recorded as a draft; a second person verifies it before anyone else sees it.</source>
            <translation>Als Entwurf festgehalten; eine zweite Person bestätigt ihn, bevor andere ihn sehen.</translation>
        </message>
        <message>
            <source>Select the draft to verify first.</source>
            <translation>Wählen Sie zuerst den zu bestätigenden Entwurf.</translation>
        </message>
        <message>
            <source>Entry %1 verified; stakeholders see it now.</source>
            <translation>Eintrag %1 bestätigt; die Stakeholder sehen ihn jetzt.</translation>
        </message>
        <message>
            <source>Select the entry to retract first.</source>
            <translation>Wählen Sie zuerst den zurückzuziehenden Eintrag.</translation>
        </message>
        <message>
            <source>Retraction recorded as a draft; it takes effect once a second person verifies it.</source>
            <translation>Rücknahme als Entwurf festgehalten; sie gilt, sobald eine zweite Person sie bestätigt.</translation>
        </message>
        <message>
            <source>Select the entry to correct first.</source>
            <translation>Wählen Sie zuerst den zu korrigierenden Eintrag.</translation>
        </message>
        <message>
            <source>Correction recorded as a draft; it replaces the entry once a second person verifies it.</source>
            <translation>Korrektur als Entwurf festgehalten; sie ersetzt den Eintrag, sobald eine zweite Person sie bestätigt.</translation>
        </message>
        <message>
            <source>You wrote this entry; a second person must verify it.</source>
            <translation>Sie haben diesen Eintrag geschrieben; eine zweite Person muss ihn bestätigen.</translation>
        </message>
        <message>
            <source>Confirm another person's draft so it reaches stakeholders</source>
            <translation>Den Entwurf einer anderen Person bestätigen, damit er die Stakeholder erreicht</translation>
        </message>
        <message>
            <source>happened &amp;at</source>
            <translation>geschehen &amp;um</translation>
        </message>
        <message>
            <source>Ve&amp;rify</source>
            <translation>Bestäti&amp;gen</translation>
        </message>
        <message>
            <source>Show on&amp;ly verified (what stakeholders see)</source>
            <translation>&amp;Nur bestätigte zeigen (was Stakeholder sehen)</translation>
        </message>
        <message>
            <source>Verify the entry</source>
            <translation>Den Eintrag bestätigen</translation>
        </message>
    </context>
    <context>
        <name>IncidentTrailReplayer</name>
        <message>
            <source>log entry</source>
            <translation>Protokolleintrag</translation>
        </message>
        <message>
            <source>log event</source>
            <translation>Protokollereignis</translation>
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
        <name>JsonReportWriter</name>
        <message>
            <source>The export was cancelled; nothing was written.</source>
            <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>LessonDialog</name>
        <message>
            <source>Lesson learned</source>
            <translation>Lesson Learned</translation>
        </message>
        <message>
            <source>What did we learn?</source>
            <translation>Was haben wir gelernt?</translation>
        </message>
        <message>
            <source>What we will do about it</source>
            <translation>Was wir daraus machen</translation>
        </message>
        <message>
            <source>Who owns the action</source>
            <translation>Wer für die Maßnahme verantwortlich ist</translation>
        </message>
        <message>
            <source>No change to the runbook</source>
            <translation>Keine Änderung am Runbook</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Ändern</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>a task</source>
            <translation>eine Aufgabe</translation>
        </message>
        <message>
            <source>an expected result</source>
            <translation>ein erwartetes Ergebnis</translation>
        </message>
        <message>
            <source>The new task text</source>
            <translation>Der Text der neuen Aufgabe</translation>
        </message>
        <message>
            <source>The expected result</source>
            <translation>Das erwartete Ergebnis</translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>&amp;Erkenntnis:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Maßnahme:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>Runbook change for the next cutover</source>
            <translation>Runbook-Änderung für den nächsten Cutover</translation>
        </message>
        <message>
            <source>&amp;Change:</source>
            <translation>Än&amp;derung:</translation>
        </message>
        <message>
            <source>&amp;Phase:</source>
            <translation>&amp;Phase:</translation>
        </message>
        <message>
            <source>&amp;Task:</source>
            <translation>&amp;Aufgabe:</translation>
        </message>
        <message>
            <source>&amp;New text:</source>
            <translation>Neuer &amp;Text:</translation>
        </message>
        <message>
            <source>&amp;Expected result:</source>
            <translation>Erwartetes Er&amp;gebnis:</translation>
        </message>
        <message>
            <source>Write the lesson first: what did we learn?</source>
            <translation>Schreiben Sie zuerst die Erkenntnis: Was haben wir gelernt?</translation>
        </message>
    </context>
    <context>
        <name>LessonTableModel</name>
        <message>
            <source>Lesson</source>
            <translation>Erkenntnis</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Runbook change</source>
            <translation>Runbook-Änderung</translation>
        </message>
    </context>
    <context>
        <name>LessonsLearned</name>
        <message>
            <source>Cannot read the result statement: %1</source>
            <translation>Das Ergebnis-Statement kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Cannot read the lessons learned: %1</source>
            <translation>Die Lessons Learned können nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Lesson %1 has an unknown runbook change "%2 %3"; the session file is damaged.</source>
            <translation>Erkenntnis %1 hat eine unbekannte Runbook-Änderung „%2 %3“; die Session-Datei ist beschädigt.</translation>
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
            <source>A runbook change names the phase it changes.</source>
            <translation>Eine Runbook-Änderung nennt die Phase, die sie ändert.</translation>
        </message>
        <message>
            <source>Adding a task needs the text of the new task.</source>
            <translation>Zum Hinzufügen einer Aufgabe wird ihr Text benötigt.</translation>
        </message>
        <message>
            <source>A runbook change names the task it changes (its text or its number in the phase).</source>
            <translation>Eine Runbook-Änderung nennt die Aufgabe, die sie ändert (ihren Text oder ihre Nummer in der Phase).</translation>
        </message>
        <message>
            <source>Changing a task needs its new text.</source>
            <translation>Zum Ändern einer Aufgabe wird ihr neuer Text benötigt.</translation>
        </message>
        <message>
            <source>Adding or changing an expected result needs the expected result.</source>
            <translation>Zum Hinzufügen oder Ändern eines erwarteten Ergebnisses wird das erwartete Ergebnis benötigt.</translation>
        </message>
        <message>
            <source>A lesson needs a text: what did we learn?</source>
            <translation>Eine Erkenntnis braucht einen Text: Was haben wir gelernt?</translation>
        </message>
        <message>
            <source>The result statement was not saved: %1</source>
            <translation>Das Ergebnis-Statement wurde nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>The lesson was not saved: %1</source>
            <translation>Die Erkenntnis wurde nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>There is no lesson %1 in this session.</source>
            <translation>Diese Session hat keine Erkenntnis %1.</translation>
        </message>
        <message>
            <source>The lesson was not removed: %1</source>
            <translation>Die Erkenntnis wurde nicht entfernt: %1</translation>
        </message>
        <message>
            <source>The result statement was marked final by %1 and announced; it is no longer edited. Add what changed as a lesson or an incident entry.</source>
            <translation>Das Ergebnis-Statement wurde von %1 als endgültig markiert und verkündet; es wird nicht mehr bearbeitet. Halten Sie Änderungen als Erkenntnis oder Log-Eintrag fest.</translation>
        </message>
        <message>
            <source>Goal: %1</source>
            <translation>Ziel: %1</translation>
        </message>
        <message>
            <source>What went well: %1</source>
            <translation>Was lief gut: %1</translation>
        </message>
        <message>
            <source>What is open: %1</source>
            <translation>Was ist offen: %1</translation>
        </message>
        <message>
            <source>The result statement was already marked final by %1 on %2.</source>
            <translation>Das Ergebnis-Statement wurde bereits am %2 von %1 als endgültig markiert.</translation>
        </message>
        <message>
            <source>The result statement is empty; write what the cutover achieved first.</source>
            <translation>Das Ergebnis-Statement ist leer; schreiben Sie zuerst, was der Cutover erreicht hat.</translation>
        </message>
        <message>
            <source>The result statement was not marked final: %1</source>
            <translation>Das Ergebnis-Statement wurde nicht als endgültig markiert: %1</translation>
        </message>
        <message>
            <source>Result of the cutover</source>
            <translation>Ergebnis des Cutovers</translation>
        </message>
        <message>
            <source>The result statement was not announced, so it was not marked final: %1</source>
            <translation>Das Ergebnis-Statement wurde nicht verkündet und daher nicht als endgültig markiert: %1</translation>
        </message>
        <message>
            <source>The signed statement is not the result statement as it is now; sign again.</source>
            <translation>Die signierte Erklärung ist nicht die Ergebnisaussage in ihrer jetzigen Form; signieren Sie erneut.</translation>
        </message>
    </context>
    <context>
        <name>LessonsTrailReplayer</name>
        <message>
            <source>result statement</source>
            <translation>Ergebniserklärung</translation>
        </message>
        <message>
            <source>final mark of the result statement</source>
            <translation>Abschlussvermerk der Ergebniserklärung</translation>
        </message>
        <message>
            <source>lesson</source>
            <translation>Lektion</translation>
        </message>
    </context>
    <context>
        <name>LoginProblem</name>
        <message>
            <source>%1. (The server said: %2)</source>
            <translation>%1. (Der Server meldete: %2)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Cutover Cockpit</source>
            <translation>Über Cutover Cockpit</translation>
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
            <source>&amp;Item</source>
            <translation>&amp;Punkt</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
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
            <source>&lt;h3&gt;Cutover Cockpit %1&lt;/h3&gt;&lt;p&gt;The cockpit for the lead of a zero-downtime production cutover: checklist and sign-offs, the traffic shift with gates, live metrics, the incident log, the report and a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Cutover Cockpit %1&lt;/h3&gt;&lt;p&gt;Das Cockpit für die Leitung eines Production Cutovers ohne Ausfallzeit: Checkliste und Freigaben, die Traffic-Umschaltung mit Gates, Live-Metriken, das Ereignisprotokoll, der Bericht und ein manipulationssicherer Audit-Trail.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Session</translation>
        </message>
        <message>
            <source>%1 [stakeholder view] — Cutover Cockpit</source>
            <translation>%1 [Stakeholder-Ansicht] — Cutover Cockpit</translation>
        </message>
        <message>
            <source>Check the path; the viewer never changes the file.</source>
            <translation>Prüfen Sie den Pfad; die Ansicht ändert die Datei nie.</translation>
        </message>
        <message>
            <source>Not following the session any more: %1</source>
            <translation>Die Session wird nicht mehr verfolgt: %1</translation>
        </message>
        <message>
            <source>Open recen&amp;t</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Change &amp;your display name…</source>
            <translation>&amp;Anzeigenamen ändern…</translation>
        </message>
        <message>
            <source>Signing &amp;keys…</source>
            <translation>Signatur&amp;schlüssel…</translation>
        </message>
        <message>
            <source>Signature &amp;policy…</source>
            <translation>Signatur&amp;regel…</translation>
        </message>
        <message>
            <source>The file was not changed.</source>
            <translation>Die Datei wurde nicht geändert.</translation>
        </message>
        <message>
            <source>Sign &amp;in…</source>
            <translation>&amp;Anmelden…</translation>
        </message>
        <message>
            <source>Prove who you are with your signing key (%1); also to switch to another key</source>
            <translation>Mit Ihrem Signaturschlüssel nachweisen, wer Sie sind (%1); auch um zu einem anderen Schlüssel zu wechseln</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Ab&amp;melden</translation>
        </message>
        <message>
            <source>Nobody proven any more: the session stays open read-only until you sign in</source>
            <translation>Niemand mehr nachgewiesen: Die Sitzung bleibt nur lesend geöffnet, bis Sie sich anmelden</translation>
        </message>
        <message>
            <source>Identities are declared</source>
            <translation>Identitäten sind erklärt</translation>
        </message>
        <message>
            <source>Identities are declared, not verified, in this session: every action is recorded with the operating-system account running the cockpit (%1). Nobody signs in with a key here.</source>
            <translation>Identitäten sind in dieser Sitzung erklärt, nicht geprüft: Jede Handlung wird mit dem Betriebssystemkonto aufgezeichnet, unter dem das Cockpit läuft (%1). Hier meldet sich niemand mit einem Schlüssel an.</translation>
        </message>
        <message>
            <source>To have every action proven by a key, change Session &gt; Signature policy… to required; the change is itself signed.</source>
            <translation>Damit jede Handlung durch einen Schlüssel nachgewiesen wird, stellen Sie Sitzung &gt; Signaturregel… auf „verlangt“; die Änderung wird selbst signiert.</translation>
        </message>
        <message>
            <source>Signed in: every action is recorded as %1 from now on.</source>
            <translation>Angemeldet: Jede Handlung wird von jetzt an als %1 aufgezeichnet.</translation>
        </message>
        <message>
            <source>Signed out (%1): the session is open read-only until you sign in again (Session &gt; Sign in…, %2).</source>
            <translation>Abgemeldet (%1): Die Sitzung ist nur lesend geöffnet, bis Sie sich wieder anmelden (Sitzung &gt; Anmelden…, %2).</translation>
        </message>
        <message>
            <source>Opened read-only: this session requires signatures and you did not prove who you are. Sign in to work in it (Session &gt; Sign in…, %1).</source>
            <translation>Nur lesend geöffnet: Diese Sitzung verlangt Signaturen, und Sie haben nicht nachgewiesen, wer Sie sind. Melden Sie sich an, um darin zu arbeiten (Sitzung &gt; Anmelden…, %1).</translation>
        </message>
        <message>
            <source>Open te&amp;am session…</source>
            <translation>Te&amp;am-Sitzung öffnen…</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Nicht angemeldet</translation>
        </message>
        <message>
            <source>Your key proves %1, but the server logged you in as %2.</source>
            <translation>Ihr Schlüssel weist %1 nach, der Server hat Sie aber als %2 angemeldet.</translation>
        </message>
        <message>
            <source>In a team session your key must name the role you log in to the server with.</source>
            <translation>In einer Team-Sitzung muss Ihr Schlüssel die Rolle nennen, mit der Sie sich am Server anmelden.</translation>
        </message>
        <message>
            <source>Your key proves %1, but the server logged you in as %2: opened read-only. Open the session with your own role, or sign in with your own key.</source>
            <translation>Ihr Schlüssel weist %1 nach, der Server hat Sie aber als %2 angemeldet: nur lesend geöffnet. Öffnen Sie die Sitzung mit Ihrer eigenen Rolle oder melden Sie sich mit Ihrem eigenen Schlüssel an.</translation>
        </message>
    </context>
    <context>
        <name>MarkdownReportWriter</name>
        <message>
            <source>Cannot write the figure %1: %2</source>
            <translation>Die Abbildung %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The export was cancelled; nothing was written.</source>
            <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <name>MetricChartView</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>old path</source>
            <translation>alter Pfad</translation>
        </message>
        <message>
            <source>new path</source>
            <translation>neuer Pfad</translation>
        </message>
    </context>
    <context>
        <name>MetricCondition</name>
        <message>
            <source>The condition is empty; write e.g. "error_ratio/new &lt; 0.005".</source>
            <translation>Die Bedingung ist leer; schreiben Sie z. B. „error_ratio/new &lt; 0.005“.</translation>
        </message>
        <message>
            <source>a comparison (&lt;, &lt;=, &gt;, &gt;=, ==, !=) is expected</source>
            <translation>ein Vergleich (&lt;, &lt;=, &gt;, &gt;=, ==, !=) wird erwartet</translation>
        </message>
        <message>
            <source>unexpected text after the condition</source>
            <translation>unerwarteter Text nach der Bedingung</translation>
        </message>
        <message>
            <source>The condition "%1" cannot be read. %2</source>
            <translation>Die Bedingung „%1“ kann nicht gelesen werden. %2</translation>
        </message>
        <message>
            <source>The condition "%1" names no series; write e.g. "error_ratio/new &lt; 0.005".</source>
            <translation>Die Bedingung „%1“ nennt keine Reihe; schreiben Sie z. B. „error_ratio/new &lt; 0.005“.</translation>
        </message>
        <message>
            <source>%1: no reading</source>
            <translation>%1: kein Messwert</translation>
        </message>
        <message>
            <source>%1 = %2</source>
            <translation>%1 = %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: no data</source>
            <translation>%1: keine Daten</translation>
        </message>
        <message>
            <source>%1 %2 %3</source>
            <translation>%1 %2 %3</translation>
        </message>
        <message>
            <source>Inconclusive: the metric source reports an error (%1).</source>
            <translation>Unklar: die Metrikquelle meldet einen Fehler (%1).</translation>
        </message>
        <message>
            <source>No data: %1.</source>
            <translation>Keine Daten: %1.</translation>
        </message>
        <message>
            <source>Inconclusive: %1 gives no finite result (%2).</source>
            <translation>Unklar: %1 liefert kein endliches Ergebnis (%2).</translation>
        </message>
        <message>
            <source>Pass: %1 holds (%2).</source>
            <translation>Bestanden: %1 gilt (%2).</translation>
        </message>
        <message>
            <source>Fail: %1 does not hold (%2).</source>
            <translation>Nicht bestanden: %1 gilt nicht (%2).</translation>
        </message>
    </context>
    <context>
        <name>MetricConditionProbe</name>
        <message>
            <source>No metric source is connected to this session.</source>
            <translation>Mit dieser Session ist keine Metrikquelle verbunden.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>keine Daten</translation>
        </message>
        <message>
            <source>%1 has no value</source>
            <translation>%1 hat keinen Wert</translation>
        </message>
        <message>
            <source>%1 = %2, %3 = 0</source>
            <translation>%1 = %2, %3 = 0</translation>
        </message>
        <message>
            <source>%1 / %2 ≤ %3</source>
            <translation>%1 / %2 ≤ %3</translation>
        </message>
        <message>
            <source>both are 0</source>
            <translation>beide sind 0</translation>
        </message>
        <message>
            <source>the baseline is 0, so the ratio is undefined</source>
            <translation>die Baseline ist 0, daher ist das Verhältnis undefiniert</translation>
        </message>
        <message>
            <source>ratio %1 (%2 / %3)</source>
            <translation>Verhältnis %1 (%2 / %3)</translation>
        </message>
        <message>
            <source>≤ %1</source>
            <translation>≤ %1</translation>
        </message>
        <message>
            <source>≥ %1</source>
            <translation>≥ %1</translation>
        </message>
        <message>
            <source>condition met</source>
            <translation>Bedingung erfüllt</translation>
        </message>
        <message>
            <source>; fails above %1</source>
            <translation>; nicht bestanden über %1</translation>
        </message>
        <message>
            <source>%1 is above the failure limit %2</source>
            <translation>%1 liegt über der Fehlergrenze %2</translation>
        </message>
        <message>
            <source>%1 misses the success condition but not the failure condition</source>
            <translation>%1 verfehlt die Erfolgsbedingung, aber nicht die Fehlerbedingung</translation>
        </message>
        <message>
            <source>%1 misses the condition %2</source>
            <translation>%1 verfehlt die Bedingung %2</translation>
        </message>
    </context>
    <context>
        <name>MetricGatePage</name>
        <message>
            <source>&amp;Series:</source>
            <translation>&amp;Reihe:</translation>
        </message>
        <message>
            <source>A series of the session's metric source, "&lt;metric&gt;/&lt;path&gt;": error_ratio/new, p99_seconds/new, ...</source>
            <translation>Eine Reihe der Metrikquelle der Session, „&lt;metric&gt;/&lt;path&gt;“: error_ratio/new, p99_seconds/new, ...</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwellwert</translation>
        </message>
        <message>
            <source>Ratio to a baseline series</source>
            <translation>Verhältnis zu einer Baseline-Reihe</translation>
        </message>
        <message>
            <source>&amp;Condition:</source>
            <translation>Beding&amp;ung:</translation>
        </message>
        <message>
            <source>Passes at &amp;most:</source>
            <translation>Bestanden bei &amp;höchstens:</translation>
        </message>
        <message>
            <source>The success condition: value ≤ this.</source>
            <translation>Die Erfolgsbedingung: Wert ≤ diesem.</translation>
        </message>
        <message>
            <source>Passes at &amp;least:</source>
            <translation>&amp;Bestanden bei mindestens:</translation>
        </message>
        <message>
            <source>(no lower bound)</source>
            <translation>(keine Untergrenze)</translation>
        </message>
        <message>
            <source>The success condition: value ≥ this.</source>
            <translation>Die Erfolgsbedingung: Wert ≥ diesem.</translation>
        </message>
        <message>
            <source>&amp;Fails above:</source>
            <translation>Nicht bestanden &amp;über:</translation>
        </message>
        <message>
            <source>(misses fail)</source>
            <translation>(Verfehlen = nicht bestanden)</translation>
        </message>
        <message>
            <source>The failure condition; a value between the success and the failure condition is inconclusive.</source>
            <translation>Die Fehlerbedingung; ein Wert zwischen Erfolgs- und Fehlerbedingung ist unklar.</translation>
        </message>
        <message>
            <source>&amp;Baseline series:</source>
            <translation>&amp;Baseline-Reihe:</translation>
        </message>
        <message>
            <source>The ratio is series / baseline.</source>
            <translation>Das Verhältnis ist Reihe / Baseline.</translation>
        </message>
        <message>
            <source>Ratio at &amp;most:</source>
            <translation>Verhältnis &amp;höchstens:</translation>
        </message>
        <message>
            <source>The success condition: series / baseline ≤ this.</source>
            <translation>Die Erfolgsbedingung: Reihe / Baseline ≤ diesem.</translation>
        </message>
        <message>
            <source>Fails a&amp;bove ratio:</source>
            <translation>Nicht bestanden &amp;über Verhältnis:</translation>
        </message>
        <message>
            <source>The failure condition for the ratio.</source>
            <translation>Die Fehlerbedingung für das Verhältnis.</translation>
        </message>
    </context>
    <context>
        <name>MetricHub</name>
        <message>
            <source>No samples of %1 yet.</source>
            <translation>Noch keine Messwerte von %1.</translation>
        </message>
        <message>
            <source>The latest sample of %1 is %2 s old.</source>
            <translation>Der neueste Messwert von %1 ist %2 s alt.</translation>
        </message>
        <message>
            <source>%1 has no value now (NaN or infinite).</source>
            <translation>%1 hat gerade keinen Wert (NaN oder unendlich).</translation>
        </message>
    </context>
    <context>
        <name>MetricSourceSettings</name>
        <message>
            <source>metric source: unknown "kind" "%1" (use prometheus, prober, csv or none).</source>
            <translation>Metrikquelle: unbekannte Art („kind“) „%1“ (verwenden Sie prometheus, prober, csv oder none).</translation>
        </message>
        <message>
            <source>The Prometheus address "%1" is not an http(s) URL (e.g. http://127.0.0.1:9090).</source>
            <translation>Die Prometheus-Adresse „%1“ ist keine http(s)-URL (z. B. http://127.0.0.1:9090).</translation>
        </message>
        <message>
            <source>The Prometheus address holds a user name or password; name an environment variable or a keychain entry for the authentication header instead.</source>
            <translation>Die Prometheus-Adresse enthält einen Benutzernamen oder ein Passwort; nennen Sie stattdessen eine Umgebungsvariable oder einen Schlüsselbund-Eintrag für den Authentifizierungs-Header.</translation>
        </message>
        <message>
            <source>Prometheus needs at least one query.</source>
            <translation>Prometheus braucht mindestens eine Abfrage.</translation>
        </message>
        <message>
            <source>Query %1: the series name is empty.</source>
            <translation>Abfrage %1: der Reihenname ist leer.</translation>
        </message>
        <message>
            <source>Query %1: the series "%2" is given twice.</source>
            <translation>Abfrage %1: die Reihe „%2“ ist zweimal angegeben.</translation>
        </message>
        <message>
            <source>Query %1 (%2): the PromQL query is empty.</source>
            <translation>Abfrage %1 (%2): die PromQL-Abfrage ist leer.</translation>
        </message>
        <message>
            <source>The Prometheus poll interval must be at least 100 ms.</source>
            <translation>Das Abfrageintervall für Prometheus muss mindestens 100 ms betragen.</translation>
        </message>
        <message>
            <source>The %1 endpoint "%2" is not an http(s) URL.</source>
            <translation>Der Endpunkt %1 „%2“ ist keine http(s)-URL.</translation>
        </message>
        <message>
            <source>An endpoint's path must be old or new (got "%1").</source>
            <translation>Der Pfad eines Endpunkts muss old oder new sein (erhalten: „%1“).</translation>
        </message>
        <message>
            <source>The prober needs an endpoint of the old and one of the new path.</source>
            <translation>Der Prober braucht einen Endpunkt des alten und einen des neuen Pfads.</translation>
        </message>
        <message>
            <source>The probe interval must be at least 100 ms.</source>
            <translation>Das Prüfintervall muss mindestens 100 ms betragen.</translation>
        </message>
        <message>
            <source>The CSV replay needs a file.</source>
            <translation>Die CSV-Wiedergabe braucht eine Datei.</translation>
        </message>
        <message>
            <source>The CSV file %1 cannot be read.</source>
            <translation>Die CSV-Datei %1 kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The replay speed must not be negative.</source>
            <translation>Die Wiedergabegeschwindigkeit darf nicht negativ sein.</translation>
        </message>
        <message numerus="yes">
            <source>Prometheus at %1, %n series, every %2 s</source>
            <translation>
                <numerusform>Prometheus unter %1, %n Reihe, alle %2 s</numerusform>
                <numerusform>Prometheus unter %1, %n Reihen, alle %2 s</numerusform>
            </translation>
        </message>
        <message>
            <source>HTTP prober of %1, every %2 s</source>
            <translation>HTTP-Prober für %1, alle %2 s</translation>
        </message>
        <message>
            <source>CSV replay of %1</source>
            <translation>CSV-Wiedergabe von %1</translation>
        </message>
        <message>
            <source>no metric source</source>
            <translation>keine Metrikquelle</translation>
        </message>
    </context>
    <context>
        <name>MetricSourceTrailReplayer</name>
        <message>
            <source>metric source</source>
            <translation>Metrikquelle</translation>
        </message>
    </context>
    <context>
        <name>MetricSourcesDialog</name>
        <message>
            <source>Metric sources</source>
            <translation>Metrikquellen</translation>
        </message>
        <message>
            <source>Where this session's metrics come from. Metric gates refer to the series by name (e.g. error_ratio/new). The settings are stored in the session and every change is recorded; passwords and tokens are not: name an environment variable or a keychain entry instead.</source>
            <translation>Woher die Metriken dieser Session kommen. metric-Gates beziehen sich über den Namen auf die Reihe (z. B. error_ratio/new). Die Einstellungen werden in der Session gespeichert und jede Änderung wird festgehalten; Passwörter und Tokens nicht: nennen Sie stattdessen eine Umgebungsvariable oder einen Schlüsselbund-Eintrag.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Prometheus</source>
            <translation>Prometheus</translation>
        </message>
        <message>
            <source>Built-in HTTP prober</source>
            <translation>Eingebauter HTTP-Prober</translation>
        </message>
        <message>
            <source>CSV replay</source>
            <translation>CSV-Wiedergabe</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Quelle:</translation>
        </message>
        <message>
            <source>No metric source: metric gates judge "no data".</source>
            <translation>Keine Metrikquelle: metric-Gates ergeben „keine Daten“.</translation>
        </message>
        <message>
            <source>A CSV file of time,series,value lines, replayed as if live</source>
            <translation>Eine CSV-Datei mit Zeilen time,series,value, abgespielt wie live</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>Aus&amp;wählen…</translation>
        </message>
        <message>
            <source>Choose a CSV file to replay</source>
            <translation>Eine CSV-Datei zum Abspielen auswählen</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>MetricsDashboard</name>
        <message>
            <source>SIMULATED DATA (demo)</source>
            <translation>SIMULIERTE DATEN (Demo)</translation>
        </message>
        <message>
            <source>&amp;Window:</source>
            <translation>&amp;Zeitfenster:</translation>
        </message>
        <message>
            <source>Last 15 minutes</source>
            <translation>Letzte 15 Minuten</translation>
        </message>
        <message>
            <source>Last hour</source>
            <translation>Letzte Stunde</translation>
        </message>
        <message>
            <source>Whole session</source>
            <translation>Ganze Session</translation>
        </message>
        <message>
            <source>Time window of all charts (Home: whole session)</source>
            <translation>Zeitfenster aller Diagramme (Pos1: ganze Session)</translation>
        </message>
        <message>
            <source>Keep the newest samples in view (End). Zooming or panning stops following.</source>
            <translation>Die neuesten Messwerte im Blick behalten (Ende). Zoomen oder Verschieben beendet das Folgen.</translation>
        </message>
        <message>
            <source>&lt;span style='color:%1'&gt;&amp;#9632; old path&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;&amp;#9632; new path&lt;/span&gt; &amp;nbsp; &lt;span style='color:#c62828'&gt;- - SLO&lt;/span&gt;</source>
            <translation>&lt;span style='color:%1'&gt;&amp;#9632; alter Pfad&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;&amp;#9632; neuer Pfad&lt;/span&gt; &amp;nbsp; &lt;span style='color:#c62828'&gt;- - SLO&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Wheel or + / − zooms, drag or ← / → pans, Home shows the whole session, End follows live.</source>
            <translation>Mausrad oder + / − zoomt, Ziehen oder ← / → verschiebt, Pos1 zeigt die ganze Session, Ende folgt live.</translation>
        </message>
        <message>
            <source>Saving samples: %1</source>
            <translation>Messwerte speichern: %1</translation>
        </message>
        <message>
            <source>Error ratio</source>
            <translation>Fehlerquote</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>Durchsatz</translation>
        </message>
        <message>
            <source>req/s</source>
            <translation>Anfr./s</translation>
        </message>
        <message>
            <source>Latency p50</source>
            <translation>Latenz p50</translation>
        </message>
        <message>
            <source>Latency p95</source>
            <translation>Latenz p95</translation>
        </message>
        <message>
            <source>Latency p99</source>
            <translation>Latenz p99</translation>
        </message>
        <message>
            <source>SLO %1 %2</source>
            <translation>SLO %1 %2</translation>
        </message>
        <message>
            <source>No samples in this time range</source>
            <translation>Keine Messwerte in diesem Zeitraum</translation>
        </message>
        <message>
            <source>&lt;span style='color:#c62828'&gt;%1: %2&lt;/span&gt;</source>
            <translation>&lt;span style='color:#c62828'&gt;%1: %2&lt;/span&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n sample(s)</source>
            <translation>
                <numerusform>%n Messwert</numerusform>
                <numerusform>%n Messwerte</numerusform>
            </translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>keine Daten</translation>
        </message>
        <message>
            <source>old</source>
            <translation>alt</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>marker: %1</source>
            <translation>Markierung: %1</translation>
        </message>
        <message>
            <source>Fo&amp;llow live</source>
            <translation>&amp;Live folgen</translation>
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
        <name>NginxBackend</name>
        <message>
            <source>"upstream" must be an nginx upstream name (letters, digits, _), not "%1".</source>
            <translation>„upstream“ muss ein nginx-Upstream-Name sein (Buchstaben, Ziffern, _), nicht „%1“.</translation>
        </message>
        <message>
            <source>"old_server" must be HOST:PORT, not "%1".</source>
            <translation>„old_server“ muss HOST:PORT sein, nicht „%1“.</translation>
        </message>
        <message>
            <source>"new_server" must be HOST:PORT, not "%1".</source>
            <translation>„new_server“ muss HOST:PORT sein, nicht „%1“.</translation>
        </message>
        <message>
            <source>The old and the new server must differ.</source>
            <translation>Der alte und der neue Server müssen sich unterscheiden.</translation>
        </message>
        <message>
            <source>The main configuration "%1" does not exist.</source>
            <translation>Die Hauptkonfiguration „%1“ existiert nicht.</translation>
        </message>
        <message>
            <source>"include" (the upstream file the cockpit writes) is required.</source>
            <translation>„include“ (die Upstream-Datei, die das Cockpit schreibt) ist erforderlich.</translation>
        </message>
        <message>
            <source>"generation_url" must be an http(s) URL, not "%1".</source>
            <translation>„generation_url“ muss eine http(s)-URL sein, nicht „%1“.</translation>
        </message>
        <message>
            <source>"timeout_ms" must be at least 100.</source>
            <translation>„timeout_ms“ muss mindestens 100 sein.</translation>
        </message>
        <message>
            <source>The include has no generation marker ($cutover_gen).</source>
            <translation>Die Include-Datei hat keine Generationsmarke ($cutover_gen).</translation>
        </message>
        <message>
            <source>The include names neither %1 nor %2.</source>
            <translation>Die Include-Datei nennt weder %1 noch %2.</translation>
        </message>
        <message>
            <source>the new include %1 could not be removed</source>
            <translation>die neue Include-Datei %1 konnte nicht entfernt werden</translation>
        </message>
        <message>
            <source>%1 % is not between 0 and 100.</source>
            <translation>%1 % liegt nicht zwischen 0 und 100.</translation>
        </message>
        <message>
            <source>The include %1 cannot be read: %2</source>
            <translation>Die Include-Datei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The backup %1.bak cannot be written: %2</source>
            <translation>Die Sicherung %1.bak kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The include %1 cannot be written: %2</source>
            <translation>Die Include-Datei %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>nginx -t rejected the new configuration; the previous include was restored and stays in force: %1</source>
            <translation>nginx -t hat die neue Konfiguration abgelehnt; die vorige Include-Datei wurde wiederhergestellt und bleibt in Kraft: %1</translation>
        </message>
        <message>
            <source>nginx -t rejected the new configuration (%1) AND the previous include could not be restored: %2</source>
            <translation>nginx -t hat die neue Konfiguration abgelehnt (%1) UND die vorige Include-Datei konnte nicht wiederhergestellt werden: %2</translation>
        </message>
        <message>
            <source>nginx -s reload failed; the previous include was restored: %1</source>
            <translation>nginx -s reload ist fehlgeschlagen; die vorige Include-Datei wurde wiederhergestellt: %1</translation>
        </message>
        <message>
            <source>generation %1 serving: old %2, new %3</source>
            <translation>Generation %1 aktiv: alt %2, neu %3</translation>
        </message>
        <message>
            <source>nginx reloaded, but %1 still shows generation "%2" instead of %3 after %4 ms.</source>
            <translation>nginx wurde neu geladen, aber %1 zeigt nach %4 ms noch Generation „%2“ statt %3.</translation>
        </message>
        <message>
            <source>nginx does not answer at %1: %2</source>
            <translation>nginx antwortet nicht unter %1: %2</translation>
        </message>
        <message>
            <source>nginx serves generation "%1" but the include has %2: a reload is pending or failed, so the split in force is not known.</source>
            <translation>nginx bedient Generation „%1“, aber die Include-Datei hat %2: ein Reload steht aus oder ist fehlgeschlagen, daher ist die geltende Aufteilung nicht bekannt.</translation>
        </message>
        <message>
            <source>Neither server of the upstream carries traffic.</source>
            <translation>Keiner der Server des Upstreams erhält Traffic.</translation>
        </message>
        <message>
            <source>generation %1: weights old %2, new %3</source>
            <translation>Generation %1: Gewichte alt %2, neu %3</translation>
        </message>
        <message>
            <source>not checked by nginx (set the plan's old-path health URL)</source>
            <translation>nicht von nginx geprüft (setzen Sie die Health-URL des alten Pfads im Plan)</translation>
        </message>
    </context>
    <context>
        <name>NotificationChannelSettings</name>
        <message>
            <source>There is no notification channel "%1" (known: %2).</source>
            <translation>Es gibt keinen Benachrichtigungskanal „%1“ (bekannt: %2).</translation>
        </message>
        <message>
            <source>Every change is recorded with a name; give your name first.</source>
            <translation>Jede Änderung wird mit einem Namen festgehalten; geben Sie zuerst Ihren Namen an.</translation>
        </message>
        <message>
            <source>The channel choice was not saved: %1</source>
            <translation>Die Kanalauswahl wurde nicht gespeichert: %1</translation>
        </message>
    </context>
    <context>
        <name>NotificationChannelsWidget</name>
        <message>
            <source>Only verified entries, traffic step changes and the result are posted. A webhook URL is a secret: it is kept in the system keychain or the environment, never in the session file.</source>
            <translation>Gesendet werden nur bestätigte Einträge, Traffic-Schrittwechsel und das Ergebnis. Eine Webhook-URL ist ein Geheimnis: sie liegt im Schlüsselbund des Systems oder in der Umgebung, nie in der Session-Datei.</translation>
        </message>
        <message>
            <source>looking up…</source>
            <translation>wird gesucht…</translation>
        </message>
        <message>
            <source>paste a new webhook URL to store it in the keychain</source>
            <translation>neue Webhook-URL einfügen, um sie im Schlüsselbund zu speichern</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>set (from the environment)</source>
            <translation>gesetzt (aus der Umgebung)</translation>
        </message>
        <message>
            <source>set (from the keychain)</source>
            <translation>gesetzt (aus dem Schlüsselbund)</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <source>not saved: %1</source>
            <translation>nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>that is not an http(s) URL; nothing was saved</source>
            <translation>das ist keine http(s)-URL; es wurde nichts gespeichert</translation>
        </message>
        <message>
            <source>saving…</source>
            <translation>wird gespeichert…</translation>
        </message>
        <message>
            <source>post this session's updates here</source>
            <translation>Meldungen dieser Session hierher senden</translation>
        </message>
        <message>
            <source>set, not used by this session</source>
            <translation>gesetzt, von dieser Session nicht genutzt</translation>
        </message>
    </context>
    <context>
        <name>NotificationSettingsTrailReplayer</name>
        <message>
            <source>notification channel setting</source>
            <translation>Einstellung der Benachrichtigungskanäle</translation>
        </message>
    </context>
    <context>
        <name>OpenTeamSessionDialog</name>
        <message>
            <source>&amp;Look up sessions</source>
            <translation>Sitzungen &amp;nachschlagen</translation>
        </message>
        <message>
            <source>Open team session</source>
            <translation>Team-Sitzung öffnen</translation>
        </message>
        <message>
            <source>A team session lives on your team's PostgreSQL server and is shared live: what anyone does shows on everyone's screen. You log in as your own role; the server records every action under it. The password comes from ~/.pgpass, PGPASSWORD or the system keychain, or the cockpit asks for it; a client certificate named in the address (sslcert, sslkey) needs none.</source>
            <translation>Eine Team-Sitzung liegt auf dem PostgreSQL-Server Ihres Teams und wird live geteilt: Was jemand tut, sehen alle. Sie melden sich mit Ihrer eigenen Rolle an; der Server zeichnet jede Handlung unter ihr auf. Das Passwort kommt aus ~/.pgpass, PGPASSWORD oder dem Schlüsselbund des Systems, oder das Cockpit fragt danach; ein in der Adresse genanntes Client-Zertifikat (sslcert, sslkey) braucht keins.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>db.example.com, or a socket folder</source>
            <translation>db.example.com oder ein Socket-Ordner</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <source>Your &amp;role:</source>
            <translation>Ihre &amp;Rolle:</translation>
        </message>
        <message>
            <source>Ask the server which team sessions the database holds</source>
            <translation>Den Server fragen, welche Team-Sitzungen die Datenbank enthält</translation>
        </message>
        <message>
            <source>S&amp;ession:</source>
            <translation>S&amp;itzung:</translation>
        </message>
        <message>
            <source>The database holds no team session yet (a lead creates one with `cutoverctl new --out ADDRESS`).</source>
            <translation>Die Datenbank enthält noch keine Team-Sitzung (eine Leitung legt eine mit `cutoverctl new --out ADRESSE` an).</translation>
        </message>
        <message numerus="yes">
            <source>%n team session(s) in this database.</source>
            <translation>
                <numerusform>%n Team-Sitzung in dieser Datenbank.</numerusform>
                <numerusform>%n Team-Sitzungen in dieser Datenbank.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a team address: %1</source>
            <translation>Keine Team-Adresse: %1</translation>
        </message>
        <message>
            <source>Opens %1</source>
            <translation>Öffnet %1</translation>
        </message>
        <message>
            <source>Name the session (or look the database's sessions up).</source>
            <translation>Nennen Sie die Sitzung (oder schlagen Sie die Sitzungen der Datenbank nach).</translation>
        </message>
        <message>
            <source>Server and database are needed.</source>
            <translation>Server und Datenbank werden gebraucht.</translation>
        </message>
        <message>
            <source>Asking %1…</source>
            <translation>Frage %1…</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>REHEARSAL</source>
            <translation>PROBE</translation>
        </message>
        <message>
            <source>LIVE</source>
            <translation>LIVE</translation>
        </message>
        <message>
            <source>Every change is recorded with a name; give your name first.</source>
            <translation>Jede Änderung wird mit einem Namen festgehalten; geben Sie zuerst Ihren Namen an.</translation>
        </message>
        <message>
            <source>The notification could not be written: %1</source>
            <translation>Die Benachrichtigung konnte nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>A step change needs a step between 0 and %1 and a split between 0 and 100 (got step %2, split %3).</source>
            <translation>Ein Schrittwechsel braucht einen Schritt zwischen 0 und %1 und eine Aufteilung zwischen 0 und 100 (erhalten: Schritt %2, Aufteilung %3).</translation>
        </message>
        <message>
            <source>Traffic step %1 of %2</source>
            <translation>Traffic-Schritt %1 von %2</translation>
        </message>
        <message>
            <source>Split in force: old %1 % | new %2 %</source>
            <translation>Geltende Aufteilung: alt %1 % | neu %2 %</translation>
        </message>
        <message>
            <source>delivery was interrupted (the outbox stopped); it is sent again</source>
            <translation>Zustellung unterbrochen (die Outbox wurde gestoppt); sie wird erneut gesendet</translation>
        </message>
        <message>
            <source>the receiver answered HTTP %1 %2</source>
            <translation>der Empfänger antwortete HTTP %1 %2</translation>
        </message>
        <message>
            <source>no answer from the receiver (%1)</source>
            <translation>keine Antwort vom Empfänger (%1)</translation>
        </message>
        <message>
            <source>no webhook URL is configured for %1</source>
            <translation>für %1 ist keine Webhook-URL eingerichtet</translation>
        </message>
        <message>
            <source>Dropping message %1 needs a reason: it is never sent.</source>
            <translation>Das Verwerfen von Nachricht %1 braucht eine Begründung: sie wird nie gesendet.</translation>
        </message>
        <message>
            <source>Message %1 could not be changed: %2</source>
            <translation>Nachricht %1 konnte nicht geändert werden: %2</translation>
        </message>
        <message>
            <source>Message %1 is not parked; only a parked message can be retried or dropped.</source>
            <translation>Nachricht %1 ist nicht geparkt; nur eine geparkte Nachricht kann erneut gesendet oder verworfen werden.</translation>
        </message>
        <message>
            <source>parked: %1, which a retry does not cure</source>
            <translation>geparkt: %1, das behebt kein neuer Versuch</translation>
        </message>
        <message>
            <source>parked after %1 attempts: %2</source>
            <translation>geparkt nach %1 Versuchen: %2</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Neuer Versuch</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <source>no webhook URL configured for %1 in this cockpit</source>
            <translation>keine Webhook-URL für %1 in diesem Cockpit konfiguriert</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Zustellung</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
        <message>
            <source>Sent / next try</source>
            <translation>Gesendet / nächster Versuch</translation>
        </message>
        <message>
            <source>PARKED – needs you</source>
            <translation>GEPARKT – braucht Sie</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Verworfen</translation>
        </message>
    </context>
    <context>
        <name>OutboxPanel</name>
        <message>
            <source>Notifications (verified entries, step changes, result)</source>
            <translation>Benachrichtigungen (bestätigte Einträge, Schrittwechsel, Ergebnis)</translation>
        </message>
        <message>
            <source>Send a&amp;gain</source>
            <translation>&amp;Erneut senden</translation>
        </message>
        <message>
            <source>&amp;Drop…</source>
            <translation>&amp;Verwerfen…</translation>
        </message>
        <message>
            <source>Send the selected parked message again (its attempts start over)</source>
            <translation>Die gewählte geparkte Nachricht erneut senden (die Versuche beginnen von vorn)</translation>
        </message>
        <message>
            <source>Give up the selected parked message; it is never sent (a reason is recorded)</source>
            <translation>Die gewählte geparkte Nachricht aufgeben; sie wird nie gesendet (eine Begründung wird festgehalten)</translation>
        </message>
        <message>
            <source>Notification %1 to %2 is parked (%3): send it again or drop it.</source>
            <translation>Benachrichtigung %1 an %2 ist geparkt (%3): erneut senden oder verwerfen.</translation>
        </message>
        <message>
            <source>Select the parked message first.</source>
            <translation>Wählen Sie zuerst die geparkte Nachricht.</translation>
        </message>
        <message>
            <source>Message %1 is queued again.</source>
            <translation>Nachricht %1 steht wieder zum Senden an.</translation>
        </message>
        <message>
            <source>Message %1 is dropped; it is never sent.</source>
            <translation>Nachricht %1 ist verworfen; sie wird nie gesendet.</translation>
        </message>
        <message>
            <source>Drop message %1</source>
            <translation>Nachricht %1 verwerfen</translation>
        </message>
        <message>
            <source>Why is message %1 given up? (It is never sent; the reason is recorded.)</source>
            <translation>Warum wird Nachricht %1 aufgegeben? (Sie wird nie gesendet; die Begründung wird festgehalten.)</translation>
        </message>
        <message numerus="yes">
            <source>%n notification(s) parked: the receiver kept refusing them; later ones go on. Select one, then send it again or drop it: %1</source>
            <translation>
                <numerusform>%n Benachrichtigung geparkt: der Empfänger hat sie immer wieder abgelehnt; spätere gehen weiter. Wählen Sie sie, dann erneut senden oder verwerfen: %1</numerusform>
                <numerusform>%n Benachrichtigungen geparkt: der Empfänger hat sie immer wieder abgelehnt; spätere gehen weiter. Wählen Sie eine, dann erneut senden oder verwerfen: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutboxTrailReplayer</name>
        <message>
            <source>outbox message</source>
            <translation>Outbox-Nachricht</translation>
        </message>
    </context>
    <context>
        <name>Parser</name>
        <message>
            <source>At position %1: %2</source>
            <translation>An Position %1: %2</translation>
        </message>
        <message>
            <source>a closing parenthesis is missing</source>
            <translation>eine schließende Klammer fehlt</translation>
        </message>
        <message>
            <source>a number or a series name is missing at the end</source>
            <translation>am Ende fehlt eine Zahl oder ein Reihenname</translation>
        </message>
        <message>
            <source>unexpected "%1"; expected a number or a series name such as error_ratio/new</source>
            <translation>unerwartetes „%1“; erwartet wird eine Zahl oder ein Reihenname wie error_ratio/new</translation>
        </message>
        <message>
            <source>"%1" is not a number</source>
            <translation>„%1“ ist keine Zahl</translation>
        </message>
        <message>
            <source>"%1" is not a series name: expected metric/path, e.g. %1/new</source>
            <translation>„%1“ ist kein Reihenname: erwartet wird Metrik/Pfad, z. B. %1/new</translation>
        </message>
        <message>
            <source>the series name "%1" has no path after the slash (old or new)</source>
            <translation>der Reihenname „%1“ hat keinen Pfad nach dem Schrägstrich (old oder new)</translation>
        </message>
    </context>
    <context>
        <name>PdfReportWriter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The export was cancelled; nothing was written.</source>
            <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Laying out pages</source>
            <translation>Seiten werden gesetzt</translation>
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
        <name>PlanEditDialog</name>
        <message>
            <source>Traffic plan</source>
            <translation>Traffic-Plan</translation>
        </message>
        <message>
            <source>until promoted</source>
            <translation>bis „Weiter“</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>% new</source>
            <translation>% neu</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Gates</source>
            <translation>Gates</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>S&amp;chritt hinzufügen</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Schritt entfernen</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>The share of traffic on the new path at this step (1..100, rising).</source>
            <translation>Der Anteil des Traffics auf dem neuen Pfad in diesem Schritt (1..100, steigend).</translation>
        </message>
        <message>
            <source>&amp;Share on new:</source>
            <translation>Ant&amp;eil neu:</translation>
        </message>
        <message>
            <source>30s, 5m, 2h</source>
            <translation>30s, 5m, 2h</translation>
        </message>
        <message>
            <source>How long to stay at this step before the next: 30s, 5m, 2h.</source>
            <translation>Wie lange dieser Schritt vor dem nächsten gehalten wird: 30s, 5m, 2h.</translation>
        </message>
        <message>
            <source>&amp;until promoted</source>
            <translation>bis „&amp;Weiter“</translation>
        </message>
        <message>
            <source>Stay at this step until a person promotes.</source>
            <translation>Bei diesem Schritt bleiben, bis eine Person weiterschaltet.</translation>
        </message>
        <message>
            <source>&amp;Hold:</source>
            <translation>Ha&amp;ltezeit:</translation>
        </message>
        <message>
            <source>Add &amp;gate</source>
            <translation>Gate hin&amp;zufügen</translation>
        </message>
        <message>
            <source>Remove gate</source>
            <translation>Gate entfernen</translation>
        </message>
        <message>
            <source>Use for &amp;every step</source>
            <translation>Für jeden Schritt &amp;verwenden</translation>
        </message>
        <message>
            <source>This step has no gate selected.
Add one with Ctrl+G.</source>
            <translation>In diesem Schritt ist kein Gate ausgewählt.
Fügen Sie eines mit Strg+G hinzu.</translation>
        </message>
        <message>
            <source>Checked before a rollback, so traffic goes back only to a healthy old path.</source>
            <translation>Wird vor einem Rollback geprüft, damit Traffic nur auf einen gesunden alten Pfad zurückgeht.</translation>
        </message>
        <message>
            <source>Old path health &amp;URL:</source>
            <translation>Health-URL des alten &amp;Pfads:</translation>
        </message>
        <message>
            <source>&amp;Steps and gates</source>
            <translation>&amp;Schritte und Gates</translation>
        </message>
        <message>
            <source>The plan as JSON, as `cutoverctl plan --help` documents it. Edits here are taken over by the form.</source>
            <translation>Der Plan als JSON, wie `cutoverctl plan --help` ihn beschreibt. Änderungen hier übernimmt das Formular.</translation>
        </message>
        <message>
            <source>&amp;JSON</source>
            <translation>&amp;JSON</translation>
        </message>
        <message>
            <source>why the plan changes (recorded in the audit trail)</source>
            <translation>warum sich der Plan ändert (wird im Audit-Trail festgehalten)</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>Add a step after the selected one</source>
            <translation>Einen Schritt nach dem gewählten hinzufügen</translation>
        </message>
        <message>
            <source>Remove the selected step</source>
            <translation>Den gewählten Schritt entfernen</translation>
        </message>
        <message>
            <source>Add a gate to the selected step</source>
            <translation>Dem gewählten Schritt ein Gate hinzufügen</translation>
        </message>
        <message>
            <source>Remove the selected gate</source>
            <translation>Das gewählte Gate entfernen</translation>
        </message>
        <message>
            <source>Give every step the gates of the selected step.</source>
            <translation>Jedem Schritt die Gates des gewählten Schritts geben.</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Step %1</source>
            <translation>Schritt %1</translation>
        </message>
        <message>
            <source>Gates of step %1 (%2 % new), measured after the shift and through the hold:</source>
            <translation>Gates von Schritt %1 (%2 % neu), gemessen nach der Umschaltung und während der Haltezeit:</translation>
        </message>
        <message>
            <source>No step selected</source>
            <translation>Kein Schritt ausgewählt</translation>
        </message>
        <message>
            <source>Step %1: the hold "%2" is not a duration; write 30s, 5m or 2h, or tick "until promoted".</source>
            <translation>Schritt %1: die Haltezeit „%2“ ist keine Dauer; schreiben Sie 30s, 5m oder 2h, oder kreuzen Sie bis „Weiter“ an.</translation>
        </message>
        <message>
            <source>JSON: not valid JSON at line %1: %2.</source>
            <translation>JSON: kein gültiges JSON in Zeile %1: %2.</translation>
        </message>
        <message>
            <source>JSON: a plan is an object: {"steps": [...]}.</source>
            <translation>JSON: ein Plan ist ein Objekt: {"steps": [...]}.</translation>
        </message>
        <message>
            <source>JSON: %1</source>
            <translation>JSON: %1</translation>
        </message>
        <message>
            <source>The plan has no steps: add one with Ctrl+N.</source>
            <translation>Der Plan hat keine Schritte: fügen Sie einen mit Strg+N hinzu.</translation>
        </message>
        <message>
            <source>Step %1: %2 % does not go beyond the step before (%3 %); steps must rise.</source>
            <translation>Schritt %1: %2 % geht nicht über den vorigen Schritt (%3 %) hinaus; Schritte müssen steigen.</translation>
        </message>
        <message>
            <source>key "name" is empty; give the gate a name, it is shown with every measurement.</source>
            <translation>der Schlüssel „name“ ist leer; geben Sie dem Gate einen Namen, er wird mit jeder Messung angezeigt.</translation>
        </message>
        <message>
            <source>key "name" is "%1" for a second gate of this step; measurements are told apart by the name.</source>
            <translation>der Schlüssel „name“ ist „%1“ für ein zweites Gate dieses Schritts; Messungen werden am Namen unterschieden.</translation>
        </message>
        <message>
            <source>Step %1, %2</source>
            <translation>Schritt %1, %2</translation>
        </message>
        <message>
            <source>Old path health URL: "%1" is not an http:// or https:// URL with a host.</source>
            <translation>Health-URL des alten Pfads: „%1“ ist keine http://- oder https://-URL mit Host.</translation>
        </message>
        <message>
            <source>… and %1 more.</source>
            <translation>… und %1 weitere.</translation>
        </message>
    </context>
    <context>
        <name>PostgresChangeSignal</name>
        <message>
            <source>Cannot follow %1: its connection is closed; reopen the session.</source>
            <translation>%1 kann nicht verfolgt werden: Die Verbindung ist geschlossen; öffnen Sie die Sitzung erneut.</translation>
        </message>
        <message>
            <source>Cannot follow %1: the server did not take the request to announce its changes (LISTEN: %2). Nothing would be shown; check the connection and your rights on the session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server closed it</source>
            <translation>der Server hat sie geschlossen</translation>
        </message>
        <message>
            <source>The connection to %1 was lost (%2). Nothing is shown or changed until it is back; reopen the session.</source>
            <translation>Die Verbindung zu %1 ist verloren (%2). Bis sie wieder steht, wird nichts angezeigt oder geändert; öffnen Sie die Sitzung erneut.</translation>
        </message>
    </context>
    <context>
        <name>ProbeEndpointModel</name>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Path (old / new)</source>
            <translation>Pfad (old / new)</translation>
        </message>
        <message>
            <source>The URL is empty.</source>
            <translation>Die URL ist leer.</translation>
        </message>
        <message>
            <source>"%1" is not an http(s) URL such as http://10.0.0.5:8080/health.</source>
            <translation>„%1“ ist keine http(s)-URL wie http://10.0.0.5:8080/health.</translation>
        </message>
        <message>
            <source>The path must be "old" or "new", not "%1".</source>
            <translation>Der Pfad muss „old“ oder „new“ sein, nicht „%1“.</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>No endpoint of the old path: old and new cannot be compared.</source>
            <translation>Kein Endpunkt des alten Pfads: alt und neu lassen sich nicht vergleichen.</translation>
        </message>
        <message>
            <source>No endpoint of the new path: old and new cannot be compared.</source>
            <translation>Kein Endpunkt des neuen Pfads: alt und neu lassen sich nicht vergleichen.</translation>
        </message>
    </context>
    <context>
        <name>PrometheusQueryModel</name>
        <message>
            <source>Series %1/old and %1/new</source>
            <translation>Reihen %1/old und %1/new</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Metrik</translation>
        </message>
        <message>
            <source>PromQL query</source>
            <translation>PromQL-Abfrage</translation>
        </message>
        <message>
            <source>Path label</source>
            <translation>Pfad-Label</translation>
        </message>
        <message>
            <source>Old path value</source>
            <translation>Wert alter Pfad</translation>
        </message>
        <message>
            <source>New path value</source>
            <translation>Wert neuer Pfad</translation>
        </message>
        <message>
            <source>The metric name is empty.</source>
            <translation>Der Metrikname ist leer.</translation>
        </message>
        <message>
            <source>The metric name "%1" is used twice.</source>
            <translation>Der Metrikname „%1“ wird zweimal verwendet.</translation>
        </message>
        <message>
            <source>The PromQL query is empty.</source>
            <translation>Die PromQL-Abfrage ist leer.</translation>
        </message>
        <message>
            <source>The label that tells old and new apart is empty.</source>
            <translation>Das Label, das alt und neu unterscheidet, ist leer.</translation>
        </message>
        <message>
            <source>The label values of the old and the new path must both be given.</source>
            <translation>Die Label-Werte des alten und des neuen Pfads müssen beide angegeben sein.</translation>
        </message>
        <message>
            <source>The old and the new path have the same label value "%1".</source>
            <translation>Der alte und der neue Pfad haben denselben Label-Wert „%1“.</translation>
        </message>
        <message>
            <source>No query is configured.</source>
            <translation>Keine Abfrage konfiguriert.</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>The metric name "%1" may contain only letters, digits, _ and . (it becomes %1/old and %1/new), or name one whole series such as error_ratio/new.</source>
            <translation>Der Metrikname „%1“ darf nur Buchstaben, Ziffern, _ und . enthalten (daraus werden %1/old und %1/new) oder eine ganze Reihe wie error_ratio/new nennen.</translation>
        </message>
    </context>
    <context>
        <name>PrometheusResponseParser</name>
        <message>
            <source>Prometheus answered with an empty body (HTTP %1).</source>
            <translation>Prometheus antwortete mit leerem Body (HTTP %1).</translation>
        </message>
        <message>
            <source>Prometheus' answer is not valid JSON (HTTP %1, %2 at byte %3): %4</source>
            <translation>Die Antwort von Prometheus ist kein gültiges JSON (HTTP %1, %2 bei Byte %3): %4</translation>
        </message>
        <message>
            <source>Prometheus' answer is not a JSON object (HTTP %1): %2</source>
            <translation>Die Antwort von Prometheus ist kein JSON-Objekt (HTTP %1): %2</translation>
        </message>
        <message>
            <source>Prometheus reported an error (%1, HTTP %2): %3</source>
            <translation>Prometheus meldete einen Fehler (%1, HTTP %2): %3</translation>
        </message>
        <message>
            <source>no error type</source>
            <translation>kein Fehlertyp</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>keine Meldung</translation>
        </message>
        <message>
            <source>Prometheus' answer has no "status" of success or error (HTTP %1).</source>
            <translation>Die Antwort von Prometheus hat keinen „status“ success oder error (HTTP %1).</translation>
        </message>
        <message>
            <source>Prometheus answered with HTTP status %1 despite a success body.</source>
            <translation>Prometheus antwortete trotz Erfolgs-Body mit HTTP-Status %1.</translation>
        </message>
        <message>
            <source>Prometheus' answer cannot be read: %1.</source>
            <translation>Die Antwort von Prometheus kann nicht gelesen werden: %1.</translation>
        </message>
        <message>
            <source>"result" is not a list</source>
            <translation>„result“ ist keine Liste</translation>
        </message>
        <message>
            <source>a matrix result has no "values" list</source>
            <translation>ein matrix-Ergebnis hat keine „values“-Liste</translation>
        </message>
        <message>
            <source>the query returns a string, not a number</source>
            <translation>die Abfrage liefert einen String, keine Zahl</translation>
        </message>
        <message>
            <source>unknown result type "%1"</source>
            <translation>unbekannter Ergebnistyp „%1“</translation>
        </message>
    </context>
    <context>
        <name>PrometheusSource</name>
        <message>
            <source>Prometheus at %1</source>
            <translation>Prometheus unter %1</translation>
        </message>
        <message>
            <source>The Prometheus address "%1" is not a valid URL (expected e.g. http://127.0.0.1:9090).</source>
            <translation>Die Prometheus-Adresse „%1“ ist keine gültige URL (erwartet z. B. http://127.0.0.1:9090).</translation>
        </message>
        <message>
            <source>Prometheus authentication: %1 Continuing without an authentication header.</source>
            <translation>Prometheus-Authentifizierung: %1 Es geht ohne Authentifizierungs-Header weiter.</translation>
        </message>
        <message>
            <source>no answer within %1 s (timeout)</source>
            <translation>keine Antwort innerhalb von %1 s (Timeout)</translation>
        </message>
        <message>
            <source>connection refused — is Prometheus running at this address?</source>
            <translation>Verbindung abgelehnt — läuft Prometheus unter dieser Adresse?</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Prometheus query failed (retrying in %1 s): %2</source>
            <translation>Prometheus-Abfrage fehlgeschlagen (neuer Versuch in %1 s): %2</translation>
        </message>
        <message>
            <source>%1: the query returns %2 series; aggregate it to one (e.g. with sum or max) or give a metric name without "/" to split it by "%3"</source>
            <translation>%1: die Abfrage liefert %2 Reihen; aggregieren Sie sie zu einer (z. B. mit sum oder max) oder geben Sie einen Metriknamen ohne „/“ an, um sie nach „%3“ aufzuteilen</translation>
        </message>
    </context>
    <context>
        <name>PrometheusSourceEditor</name>
        <message>
            <source>Prometheus &amp;address:</source>
            <translation>Prometheus-&amp;Adresse:</translation>
        </message>
        <message>
            <source>Name of an environment variable holding the whole Authorization header value, e.g. "Bearer …". Only the name is saved.</source>
            <translation>Name einer Umgebungsvariable mit dem vollständigen Wert des Authorization-Headers, z. B. „Bearer …“. Gespeichert wird nur der Name.</translation>
        </message>
        <message>
            <source>Auth header from &amp;environment variable:</source>
            <translation>Auth-Header aus &amp;Umgebungsvariable:</translation>
        </message>
        <message>
            <source>Entry in the system keychain (service "%1") holding the Authorization header value; asked first. Only the entry name is saved.</source>
            <translation>Eintrag im Schlüsselbund des Systems (Dienst „%1“) mit dem Wert des Authorization-Headers; wird zuerst abgefragt. Gespeichert wird nur der Name des Eintrags.</translation>
        </message>
        <message>
            <source>… or from &amp;keychain entry:</source>
            <translation>… oder aus &amp;Schlüsselbund-Eintrag:</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>&amp;Poll every:</source>
            <translation>Abfrage&amp;intervall:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>How much history to fetch with query_range when the source starts.</source>
            <translation>Wie viel Verlauf beim Start der Quelle mit query_range geholt wird.</translation>
        </message>
        <message>
            <source>Fill &amp;history of:</source>
            <translation>&amp;Verlauf laden für:</translation>
        </message>
        <message>
            <source>&amp;Add query</source>
            <translation>Abfrage hin&amp;zufügen</translation>
        </message>
        <message>
            <source>&amp;Remove query</source>
            <translation>Abfrage &amp;entfernen</translation>
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation>Stan&amp;dard wiederherstellen</translation>
        </message>
        <message>
            <source>The Prometheus address is empty.</source>
            <translation>Die Prometheus-Adresse ist leer.</translation>
        </message>
        <message>
            <source>The Prometheus address "%1" is not an http(s) URL such as http://127.0.0.1:9090.</source>
            <translation>Die Prometheus-Adresse „%1“ ist keine http(s)-URL wie http://127.0.0.1:9090.</translation>
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
        <name>ReportBuilder</name>
        <message>
            <source>Cannot read the audit trail: %1</source>
            <translation>Der Audit-Trail kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Checklist and lessons read</source>
            <translation>Checkliste und Lessons Learned gelesen</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>Der Bericht wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Report gathered</source>
            <translation>Bericht zusammengestellt</translation>
        </message>
    </context>
    <context>
        <name>ReportExporter</name>
        <message>
            <source>Reports are written in English (en) or German (de), not "%1".</source>
            <translation>Berichte werden auf Englisch (en) oder Deutsch (de) geschrieben, nicht „%1“.</translation>
        </message>
        <message>
            <source>Say where the report goes (an output file).</source>
            <translation>Geben Sie an, wohin der Bericht geht (eine Ausgabedatei).</translation>
        </message>
        <message>
            <source>Opening the session</source>
            <translation>Session wird geöffnet</translation>
        </message>
        <message>
            <source>Cannot read the audit trail: %1</source>
            <translation>Der Audit-Trail kann nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>ResultPanel</name>
        <message>
            <source>&amp;Add lesson…</source>
            <translation>Erkenntnis hin&amp;zufügen…</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>Ent&amp;fernen…</translation>
        </message>
        <message>
            <source>Save as new &amp;template version…</source>
            <translation>Als neue &amp;Vorlagenversion speichern…</translation>
        </message>
        <message>
            <source>E&amp;xport report…</source>
            <translation>Bericht e&amp;xportieren…</translation>
        </message>
        <message>
            <source>What was the goal of this cutover?</source>
            <translation>Was war das Ziel dieses Cutovers?</translation>
        </message>
        <message>
            <source>What went well?</source>
            <translation>Was lief gut?</translation>
        </message>
        <message>
            <source>What is still open?</source>
            <translation>Was ist noch offen?</translation>
        </message>
        <message>
            <source>Save the result statement (Ctrl+S); every change is recorded in the audit trail</source>
            <translation>Das Ergebnis-Statement speichern (Strg+S); jede Änderung wird im Audit-Trail festgehalten</translation>
        </message>
        <message>
            <source>Result statement</source>
            <translation>Ergebnis-Statement</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <source>What went &amp;well:</source>
            <translation>Was gut &amp;lief:</translation>
        </message>
        <message>
            <source>What is &amp;open:</source>
            <translation>Was &amp;offen ist:</translation>
        </message>
        <message>
            <source>Apply the lessons' runbook changes to this session's runbook and save them as the next version of a template, with a changelog</source>
            <translation>Die Runbook-Änderungen der Lessons Learned auf das Runbook dieser Session anwenden und als nächste Version einer Vorlage speichern, mit Changelog</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>Lessons Learned</translation>
        </message>
        <message>
            <source>The language of the report</source>
            <translation>Die Sprache des Berichts</translation>
        </message>
        <message>
            <source>Report language:</source>
            <translation>Berichtssprache:</translation>
        </message>
        <message>
            <source>Exporting the report: %1</source>
            <translation>Bericht wird exportiert: %1</translation>
        </message>
        <message>
            <source>Report written: %1</source>
            <translation>Bericht geschrieben: %1</translation>
        </message>
        <message>
            <source>The report was not written: %1</source>
            <translation>Der Bericht wurde nicht geschrieben: %1</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <source>Last saved by %1, %2</source>
            <translation>Zuletzt gespeichert von %1, %2</translation>
        </message>
        <message>
            <source>Result statement saved.</source>
            <translation>Ergebnis-Statement gespeichert.</translation>
        </message>
        <message>
            <source>Lesson recorded.</source>
            <translation>Erkenntnis festgehalten.</translation>
        </message>
        <message>
            <source>Lesson saved.</source>
            <translation>Erkenntnis gespeichert.</translation>
        </message>
        <message>
            <source>Remove lesson</source>
            <translation>Erkenntnis entfernen</translation>
        </message>
        <message>
            <source>Why is "%1" removed? (Its text stays in the audit trail.)</source>
            <translation>Warum wird „%1“ entfernt? (Der Text bleibt im Audit-Trail.)</translation>
        </message>
        <message>
            <source>Lesson removed.</source>
            <translation>Erkenntnis entfernt.</translation>
        </message>
        <message numerus="yes">
            <source>%1 saved to %2 with %n change(s).</source>
            <translation>
                <numerusform>%1 in %2 gespeichert, mit %n Änderung.</numerusform>
                <numerusform>%1 in %2 gespeichert, mit %n Änderungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save as new template version</source>
            <translation>Als neue Vorlagenversion speichern</translation>
        </message>
        <message>
            <source>Template name (the next version number is added):</source>
            <translation>Vorlagenname (die nächste Versionsnummer wird angehängt):</translation>
        </message>
        <message>
            <source>Exporting the report…</source>
            <translation>Bericht wird exportiert…</translation>
        </message>
        <message>
            <source>PDF for the change board (*.pdf)</source>
            <translation>PDF für das Change Board (*.pdf)</translation>
        </message>
        <message>
            <source>Self-contained HTML page (*.html)</source>
            <translation>Eigenständige HTML-Seite (*.html)</translation>
        </message>
        <message>
            <source>Markdown for a wiki, charts as PNG beside it (*.md)</source>
            <translation>Markdown für ein Wiki, Diagramme als PNG daneben (*.md)</translation>
        </message>
        <message>
            <source>JSON for machines (*.json)</source>
            <translation>JSON für Maschinen (*.json)</translation>
        </message>
        <message>
            <source>Audit trail as CSV (*.csv)</source>
            <translation>Audit-Trail als CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Freeze the saved result statement and announce it once to the notification channels and the status page; it cannot be edited afterwards</source>
            <translation>Das gespeicherte Ergebnis-Statement festschreiben und einmal an die Benachrichtigungskanäle und die Statusseite melden; danach ist es nicht mehr änderbar</translation>
        </message>
        <message>
            <source>Final since %1 (%2)</source>
            <translation>Endgültig seit %1 (%2)</translation>
        </message>
        <message>
            <source>Mark the result statement final</source>
            <translation>Ergebnis-Statement endgültig markieren</translation>
        </message>
        <message>
            <source>The saved result statement is announced once to the notification channels and shown on the status page. It cannot be edited afterwards. Mark it final?</source>
            <translation>Das gespeicherte Ergebnis-Statement wird einmal an die Benachrichtigungskanäle gemeldet und auf der Statusseite gezeigt. Danach ist es nicht mehr änderbar. Endgültig markieren?</translation>
        </message>
        <message>
            <source>The result statement is final and was handed to the notification outbox.</source>
            <translation>Das Ergebnis-Statement ist endgültig und wurde an den Postausgang der Benachrichtigungen übergeben.</translation>
        </message>
        <message>
            <source>Save result state&amp;ment</source>
            <translation>Ergebnis&amp;aussage speichern</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>Be&amp;arbeiten…</translation>
        </message>
        <message>
            <source>Mark fi&amp;nal…</source>
            <translation>Als &amp;endgültig markieren…</translation>
        </message>
        <message>
            <source>Final by %1</source>
            <translation>Abgeschlossen von %1</translation>
        </message>
        <message>
            <source>Approve the template version</source>
            <translation>Die Vorlagenversion freigeben</translation>
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
            <source>%1.task is missing or empty</source>
            <translation>%1.task fehlt oder ist leer</translation>
        </message>
        <message>
            <source>%1: unknown runbook format; use a .md, .csv or .json file</source>
            <translation>%1: unbekanntes Runbook-Format; verwenden Sie eine .md-, .csv- oder .json-Datei</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>line %1: the file is not UTF-8 text</source>
            <translation>Zeile %1: die Datei ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>line %1, column %2: the member "%3" appears twice in one object; say it once</source>
            <translation>Zeile %1, Spalte %2: das Element „%3“ steht zweimal im selben Objekt; nennen Sie es nur einmal</translation>
        </message>
        <message>
            <source>%1.name holds a control character (escape sequences, NUL and the like are not allowed in a runbook)</source>
            <translation>%1.name enthält ein Steuerzeichen (Escape-Sequenzen, NUL und Ähnliches sind in einem Runbook nicht erlaubt)</translation>
        </message>
        <message>
            <source>%1 holds a control character (escape sequences, NUL and the like are not allowed in a runbook)</source>
            <translation>%1 enthält ein Steuerzeichen (Escape-Sequenzen, NUL und Ähnliches sind in einem Runbook nicht erlaubt)</translation>
        </message>
        <message>
            <source>line %1, column %2: the control character %3 is not allowed in a runbook (a NUL byte, an escape sequence or the like)</source>
            <translation>Zeile %1, Spalte %2: das Steuerzeichen %3 ist in einem Runbook nicht erlaubt (ein NUL-Byte, eine Escape-Sequenz oder Ähnliches)</translation>
        </message>
        <message>
            <source>runbook</source>
            <translation>Runbook</translation>
        </message>
        <message>
            <source>%1.minutes must be a whole number from 0 to %2</source>
            <translation>%1.minutes muss eine ganze Zahl von 0 bis %2 sein</translation>
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
            <source>%1: a second phase named "%2" (%3 has that name); phase names must differ</source>
            <translation>%1: eine zweite Phase namens „%2“ (%3 heißt schon so); Phasennamen müssen sich unterscheiden</translation>
        </message>
        <message>
            <source>phase "%1" appears again after other phases (first at line %2 as "%3"); the rows of a phase must be together and phase names must differ</source>
            <translation>Phase „%1“ kommt nach anderen Phasen erneut vor (zuerst in Zeile %2 als „%3“); die Zeilen einer Phase müssen zusammenstehen und Phasennamen sich unterscheiden</translation>
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
        <name>RuntimeIndicators</name>
        <message>
            <source>traffic: no backend configured</source>
            <translation>Traffic: kein Backend konfiguriert</translation>
        </message>
        <message>
            <source>traffic: no plan</source>
            <translation>Traffic: kein Plan</translation>
        </message>
        <message>
            <source>split old %1 | new %2</source>
            <translation>alt %1 | neu %2</translation>
        </message>
        <message>
            <source>step %1 of %2</source>
            <translation>Schritt %1 von %2</translation>
        </message>
        <message>
            <source>not started (%1 steps)</source>
            <translation>nicht gestartet (%1 Schritte)</translation>
        </message>
        <message>
            <source>gates: none yet</source>
            <translation>Gates: keine</translation>
        </message>
        <message>
            <source>gates ✓ passed</source>
            <translation>Gates ✓ bestanden</translation>
        </message>
        <message>
            <source>gates ✗ failed</source>
            <translation>Gates ✗ nicht bestanden</translation>
        </message>
        <message>
            <source>gates ? inconclusive</source>
            <translation>Gates ? unklar</translation>
        </message>
        <message>
            <source>BACKEND ERROR</source>
            <translation>BACKEND-FEHLER</translation>
        </message>
        <message>
            <source>PROBLEM</source>
            <translation>PROBLEM</translation>
        </message>
        <message>
            <source>log %1 verified · %2 to verify</source>
            <translation>Log %1 bestätigt · %2 offen</translation>
        </message>
        <message>
            <source>log %1 verified</source>
            <translation>Log %1 bestätigt</translation>
        </message>
        <message>
            <source>DRIFT: new %1, not %2</source>
            <translation>DRIFT: neu %1 statt %2</translation>
        </message>
        <message>
            <source>The backend reports %1 % on the new path; the session intends %2 %. See the Traffic tab.</source>
            <translation>Das Backend meldet %1 % auf dem neuen Pfad; die Session sieht %2 % vor. Siehe Reiter Traffic.</translation>
        </message>
        <message>
            <source>gates ✓ watching</source>
            <translation>Gates ✓ unter Beobachtung</translation>
        </message>
        <message>
            <source>gate ✓ pass</source>
            <translation>Gate ✓ bestanden</translation>
        </message>
        <message>
            <source>gate ✗ fail</source>
            <translation>Gate ✗ nicht bestanden</translation>
        </message>
        <message>
            <source>gate ? inconclusive</source>
            <translation>Gate ? unklar</translation>
        </message>
        <message>
            <source>gate ? no data</source>
            <translation>Gate ? keine Daten</translation>
        </message>
        <message>
            <source>gate ! error</source>
            <translation>Gate ! Fehler</translation>
        </message>
        <message>
            <source>%1 at %2: %3 (%4) — %5</source>
            <translation>%1 um %2: %3 (%4) — %5</translation>
        </message>
    </context>
    <context>
        <name>SampleBatchTrailReplayer</name>
        <message>
            <source>metric sample at row %1 (series %2, t %3, value "%4") exists but the trail never recorded it</source>
            <translation>Messwert in Zeile %1 (Reihe %2, t %3, Wert „%4“) existiert, steht aber nicht im Audit-Trail</translation>
        </message>
        <message>
            <source>%1 more metric samples exist that the trail never recorded</source>
            <translation>%1 weitere Messwerte existieren, die nicht im Audit-Trail stehen</translation>
        </message>
    </context>
    <context>
        <name>SampleStoreWorker</name>
        <message>
            <source>The metric store cannot open %1: %2</source>
            <translation>Der Metrikspeicher kann %1 nicht öffnen: %2</translation>
        </message>
        <message>
            <source>%1 has no metric_samples table (the session needs to be opened for writing once to be upgraded): %2</source>
            <translation>%1 hat keine Tabelle metric_samples (die Session muss einmal schreibend geöffnet werden, damit sie aktualisiert wird): %2</translation>
        </message>
        <message numerus="yes">
            <source>The session is open read-only; %n metric sample(s) were not saved.</source>
            <translation>
                <numerusform>Die Session ist schreibgeschützt geöffnet; %n Messwert wurde nicht gespeichert.</numerusform>
                <numerusform>Die Session ist schreibgeschützt geöffnet; %n Messwerte wurden nicht gespeichert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n metric sample(s) could not be saved yet and will be retried: %1</source>
            <translation>
                <numerusform>%n Messwert konnte noch nicht gespeichert werden und wird erneut versucht: %1</numerusform>
                <numerusform>%n Messwerte konnten noch nicht gespeichert werden und werden erneut versucht: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>the metric store is not open</source>
            <translation>der Metrikspeicher ist nicht geöffnet</translation>
        </message>
        <message>
            <source>The metric samples of %1 cannot be read: %2</source>
            <translation>Die Messwerte von %1 können nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>the metric samples were not numbered one after another</source>
            <translation>die Messwerte wurden nicht fortlaufend nummeriert</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>%1 is set but is not an http(s) URL.</source>
            <translation>%1 ist gesetzt, aber keine http(s)-URL.</translation>
        </message>
        <message>
            <source>no webhook URL for %1: set %2 (no system keychain is available)</source>
            <translation>keine Webhook-URL für %1: setzen Sie %2 (kein Schlüsselbund im System verfügbar)</translation>
        </message>
        <message>
            <source>no webhook URL for %1 in the system keychain (%2); set %3 instead</source>
            <translation>keine Webhook-URL für %1 im Schlüsselbund des Systems (%2); setzen Sie stattdessen %3</translation>
        </message>
        <message>
            <source>the keychain entry for %1 is not a URL</source>
            <translation>der Schlüsselbund-Eintrag für %1 ist keine URL</translation>
        </message>
        <message>
            <source>No system keychain is available; set %1 in the environment instead.</source>
            <translation>Kein Schlüsselbund im System verfügbar; setzen Sie stattdessen %1 in der Umgebung.</translation>
        </message>
        <message>
            <source>the system keychain is switched off (COCKPIT_NO_KEYCHAIN)</source>
            <translation>der Schlüsselbund des Systems ist abgeschaltet (COCKPIT_NO_KEYCHAIN)</translation>
        </message>
        <message>
            <source>the system keychain did not answer in time</source>
            <translation>der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet</translation>
        </message>
        <message>
            <source>the system keychain holds an empty entry</source>
            <translation>der Schlüsselbund des Systems enthält einen leeren Eintrag</translation>
        </message>
    </context>
    <context>
        <name>ServerError</name>
        <message>
            <source>Access denied: the role %1 may not open the session %2 (its team role was revoked, or it was never granted one; the lead can grant it with cutoverctl team grant).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>access denied: the role %1 may no longer change the session %2 (its team role was revoked; the lead can grant it again with cutoverctl team grant). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>access denied: the role %1 may only read the session %2 (a viewer). Nothing was changed.</source>
            <translation>Zugriff verweigert: Die Rolle %1 darf die Sitzung %2 nur lesen (Betrachter). Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>the connection to the server was lost (%1). Try again when the server is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server is busy and gave up waiting (%1). Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>access denied for the role %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you are logged in as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server refused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection to the server was lost during the commit (%1): whether this change was saved is known only when the server is back; look at the session then (cutoverctl status).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection to the server was lost (%1); nothing was changed. Try again when the server is back.</source>
            <translation>die Verbindung zum Server ist verloren (%1); nichts wurde geändert. Versuchen Sie es erneut, wenn der Server wieder da ist.</translation>
        </message>
        <message>
            <source>the server is busy: the session is locked by another writer, and the server gave up waiting (%1); nothing was changed. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another writer changed the session at the same moment (%1); nothing was changed. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection is read-only (%1); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>access denied for the role %1 (%2): its team role was revoked, or it may only read. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server refused the change: %1. Nothing was changed.</source>
            <translation>der Server hat die Änderung abgelehnt: %1. Nichts wurde geändert.</translation>
        </message>
    </context>
    <context>
        <name>ServerPasswordDialog</name>
        <message>
            <source>&amp;Remember in the system keychain</source>
            <translation>Im Schlüsselbund des Systems &amp;merken</translation>
        </message>
        <message>
            <source>&amp;Forget the refused password in the system keychain</source>
            <translation>Das abgelehnte Passwort im Schlüsselbund des Systems &amp;vergessen</translation>
        </message>
        <message>
            <source>Password for the team server</source>
            <translation>Passwort für den Team-Server</translation>
        </message>
        <message>
            <source>The server asks for a password.</source>
            <translation>Der Server fragt nach einem Passwort.</translation>
        </message>
        <message>
            <source>The server refused that password.</source>
            <translation>Der Server hat dieses Passwort abgelehnt.</translation>
        </message>
        <message>
            <source>The server refused the password kept in the system keychain.</source>
            <translation>Der Server hat das im Schlüsselbund des Systems gespeicherte Passwort abgelehnt.</translation>
        </message>
        <message>
            <source>%1

The password of %2 on %3 (kept in memory until the cockpit ends; put it in ~/.pgpass, or remember it in the keychain, to be asked no more):</source>
            <translation>%1

Das Passwort von %2 auf %3 (bis zum Ende des Cockpits im Speicher gehalten; legen Sie es in ~/.pgpass ab oder merken Sie es im Schlüsselbund, um nicht mehr gefragt zu werden):</translation>
        </message>
        <message>
            <source>The system keychain is switched off (COCKPIT_NO_KEYCHAIN).</source>
            <translation>Der Schlüsselbund des Systems ist abgeschaltet (COCKPIT_NO_KEYCHAIN).</translation>
        </message>
        <message>
            <source>Saved once the server takes the password, under the server, port, database and role.</source>
            <translation>Gespeichert, sobald der Server das Passwort annimmt, unter Server, Port, Datenbank und Rolle.</translation>
        </message>
    </context>
    <context>
        <name>SessionAddress</name>
        <message>
            <source>No session was named: give a file path or a postgresql:// address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address %1 names several hosts; a session address names one server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address %1 has an unclosed [ in its host.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address %1 has a parameter "%2" that a session address does not take.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The parameter %1 of the address %2 contains a ';', which cannot be passed on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address %1 has an invalid port "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address %1 names no database (postgresql://host/DATABASE?session=NAME).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a valid session name: use a lower-case letter, then up to 47 lower-case letters, digits or underscores.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 auf %2</translation>
        </message>
    </context>
    <context>
        <name>SessionCommands</name>
        <message>
            <source>&amp;Checklist</source>
            <translation>&amp;Checkliste</translation>
        </message>
        <message>
            <source>&amp;Traffic</source>
            <translation>&amp;Traffic</translation>
        </message>
        <message>
            <source>&amp;Metrics</source>
            <translation>Metr&amp;iken</translation>
        </message>
        <message>
            <source>&amp;Incident log</source>
            <translation>&amp;Ereignisprotokoll</translation>
        </message>
        <message>
            <source>&amp;Result &amp;&amp; report</source>
            <translation>E&amp;rgebnis &amp;&amp; Bericht</translation>
        </message>
        <message>
            <source>&amp;Status page…</source>
            <translation>&amp;Statusseite…</translation>
        </message>
        <message>
            <source>&amp;Notification channels…</source>
            <translation>Benachrichtigungs&amp;kanäle…</translation>
        </message>
        <message>
            <source>Roll &amp;back…</source>
            <translation>&amp;Zurückrollen…</translation>
        </message>
        <message>
            <source>Roll back: all traffic to the old path, with a reason (%1)</source>
            <translation>Zurückrollen: der ganze Traffic auf den alten Pfad, mit Begründung (%1)</translation>
        </message>
        <message>
            <source>Export &amp;report…</source>
            <translation>Be&amp;richt exportieren…</translation>
        </message>
        <message>
            <source>Stakeholder status page</source>
            <translation>Statusseite für Stakeholder</translation>
        </message>
        <message>
            <source>Notification channels</source>
            <translation>Benachrichtigungskanäle</translation>
        </message>
        <message>
            <source>&amp;Metric sources…</source>
            <translation>Metrik&amp;quellen…</translation>
        </message>
        <message>
            <source>&amp;Traffic backend…</source>
            <translation>&amp;Traffic-Backend…</translation>
        </message>
    </context>
    <context>
        <name>SessionConnection</name>
        <message>
            <source>Team sessions need Qt's PostgreSQL driver (Debian: libqt6sql6-psql), which is not installed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot connect to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot prepare the connection to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
    </context>
    <context>
        <name>SessionCopier</name>
        <message>
            <source>%1 uses schema version %2; a copy is made of a session with the current version %3. Open it for writing once (in the cockpit or with any cutoverctl command that changes it) to upgrade it, then copy it again.</source>
            <translation>%1 hat Schema-Version %2; kopiert wird eine Session mit der aktuellen Version %3. Öffnen Sie sie einmal zum Schreiben (im Cockpit oder mit einem cutoverctl-Befehl, der sie ändert), damit sie aktualisiert wird, und kopieren Sie sie dann erneut.</translation>
        </message>
        <message>
            <source>%1 is not a freshly created session of schema version %2.</source>
            <translation>%1 ist keine frisch angelegte Session mit Schema-Version %2.</translation>
        </message>
        <message>
            <source>Cannot read table %1 of %2: %3</source>
            <translation>Tabelle %1 von %2 kann nicht gelesen werden: %3</translation>
        </message>
        <message>
            <source>%1 is not empty (table %2 holds %3 rows); a session is copied only into a new one.</source>
            <translation>%1 ist nicht leer (Tabelle %2 enthält %3 Zeilen); eine Session wird nur in eine neue kopiert.</translation>
        </message>
        <message>
            <source>Cannot write to %1: %2</source>
            <translation>In %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Table %1 has the columns (%2) in %3 but (%4) in %5; the two sessions do not have the same schema.</source>
            <translation>Tabelle %1 hat in %3 die Spalten (%2), in %5 aber (%4); die beiden Sessions haben nicht dasselbe Schema.</translation>
        </message>
        <message>
            <source>Cannot write table %1 of %2: %3</source>
            <translation>Tabelle %1 von %2 kann nicht geschrieben werden: %3</translation>
        </message>
        <message>
            <source>Cannot copy row %1 of table %2 into %3: %4</source>
            <translation>Zeile %1 der Tabelle %2 kann nicht nach %3 kopiert werden: %4</translation>
        </message>
        <message>
            <source>Table %1 of %2 gave %3 rows while it counted %4.</source>
            <translation>Tabelle %1 von %2 lieferte %3 Zeilen, gezählt waren %4.</translation>
        </message>
        <message>
            <source>record %1: %2</source>
            <translation>Eintrag %1: %2</translation>
        </message>
        <message>
            <source>%1 more</source>
            <translation>%1 weitere</translation>
        </message>
        <message>
            <source>stored values differ from the trail: %1</source>
            <translation>gespeicherte Werte weichen vom Audit-Trail ab: %1</translation>
        </message>
        <message>
            <source>The audit trail of the copy does not verify, so %1 itself does not (its trail is broken or its tables were changed behind the trail; `cutoverctl audit verify` names what). Nothing was copied: %2</source>
            <translation>Der Audit-Trail der Kopie ist nicht intakt, also auch der von %1 nicht (sein Trail ist gebrochen oder seine Tabellen wurden am Trail vorbei geändert; `cutoverctl audit verify` nennt, was). Nichts wurde kopiert: %2</translation>
        </message>
        <message>
            <source>The copy's audit head (%1 records, %2) differs from the source's (%3 records, %4); nothing was copied.</source>
            <translation>Der Audit-Kopf der Kopie (%1 Einträge, %2) weicht von dem des Originals ab (%3 Einträge, %4); nichts wurde kopiert.</translation>
        </message>
        <message>
            <source>Cannot commit the copy to %1: %2</source>
            <translation>Die Kopie nach %1 kann nicht festgeschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1 already exists; a copy never overwrites a file. Choose another file name.</source>
            <translation>%1 existiert bereits; eine Kopie überschreibt nie eine Datei. Wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Der Ordner %1 existiert nicht.</translation>
        </message>
        <message>
            <source>Cannot create the copy beside %1: %2</source>
            <translation>Die Kopie neben %1 kann nicht angelegt werden: %2</translation>
        </message>
        <message>
            <source>The copy %1 was not closed cleanly (its -wal file is left).</source>
            <translation>Die Kopie %1 wurde nicht sauber geschlossen (ihre -wal-Datei ist übrig).</translation>
        </message>
        <message>
            <source>%1 was created by someone else while the copy was made; it was left as it is.</source>
            <translation>%1 wurde von jemand anderem angelegt, während die Kopie entstand; die Datei blieb, wie sie ist.</translation>
        </message>
        <message>
            <source>Cannot rename the copy to %1.</source>
            <translation>Die Kopie kann nicht in %1 umbenannt werden.</translation>
        </message>
    </context>
    <context>
        <name>SessionLogin</name>
        <message>
            <source>No signing key or no allowed-signers file is set: this session needs both to prove who you are.</source>
            <translation>Kein Signaturschlüssel oder keine Allowed-Signers-Datei festgelegt: Diese Sitzung braucht beides, damit Sie nachweisen, wer Sie sind.</translation>
        </message>
    </context>
    <context>
        <name>SessionLoginDialog</name>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Anmelden</translation>
        </message>
        <message>
            <source>Prove who you are</source>
            <translation>Weisen Sie nach, wer Sie sind</translation>
        </message>
        <message>
            <source>"%1" requires signatures: every action is recorded with the principal your key proves. Sign a one-time challenge with your key to work in it; without that it opens read-only.</source>
            <translation>„%1“ verlangt Signaturen: Jede Handlung wird mit dem Prinzipal aufgezeichnet, den Ihr Schlüssel nachweist. Signieren Sie einmalig eine Herausforderung mit Ihrem Schlüssel, um darin zu arbeiten; sonst wird sie nur lesend geöffnet.</translation>
        </message>
        <message>
            <source>Signing &amp;keys…</source>
            <translation>Signatur&amp;schlüssel…</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Nur &amp;lesend öffnen</translation>
        </message>
        <message>
            <source>no signing key is set</source>
            <translation>kein Signaturschlüssel festgelegt</translation>
        </message>
        <message>
            <source>no allowed-signers file is set</source>
            <translation>keine Allowed-Signers-Datei festgelegt</translation>
        </message>
        <message>
            <source>Cannot prove who you are yet: %1. Set them under Signing keys…, or open the session read-only.</source>
            <translation>Sie können noch nicht nachweisen, wer Sie sind: %1. Legen Sie sie unter Signaturschlüssel… fest, oder öffnen Sie die Sitzung nur lesend.</translation>
        </message>
    </context>
    <context>
        <name>SessionManifest</name>
        <message>
            <source>run %1</source>
            <translation>%1 ausführen</translation>
        </message>
        <message>
            <source>connect to %1</source>
            <translation>sich mit %1 verbinden</translation>
        </message>
        <message>
            <source>use the file %1</source>
            <translation>die Datei %1 verwenden</translation>
        </message>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>%n weiteres</numerusform>
                <numerusform>%n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>would %1</source>
            <translation>würde %1</translation>
        </message>
    </context>
    <context>
        <name>SessionMetricSources</name>
        <message>
            <source>the stored metric source is not JSON: %1</source>
            <translation>die gespeicherte Metrikquelle ist kein JSON: %1</translation>
        </message>
        <message>
            <source>The session is open read-only; the metric source cannot be changed.</source>
            <translation>Die Session ist schreibgeschützt geöffnet; die Metrikquelle kann nicht geändert werden.</translation>
        </message>
        <message>
            <source>Every change is recorded with a name; give your name first.</source>
            <translation>Jede Änderung wird mit einem Namen festgehalten; geben Sie zuerst Ihren Namen an.</translation>
        </message>
        <message>
            <source>The metric source was not saved: %1</source>
            <translation>Die Metrikquelle wurde nicht gespeichert: %1</translation>
        </message>
    </context>
    <context>
        <name>SessionOpener</name>
        <message>
            <source>Cannot create a temporary folder for the demo.</source>
            <translation>Für die Demo kann kein temporärer Ordner angelegt werden.</translation>
        </message>
        <message>
            <source>Open a cutover session</source>
            <translation>Eine Cutover-Session öffnen</translation>
        </message>
        <message>
            <source>Cutover sessions (*.cutover);;All files (*)</source>
            <translation>Cutover-Sessions (*.cutover);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>your role</source>
            <translation>Ihre Rolle</translation>
        </message>
        <message>
            <source>System keychain</source>
            <translation>Schlüsselbund des Systems</translation>
        </message>
        <message>
            <source>The refused password could not be removed from the system keychain: %1</source>
            <translation>Das abgelehnte Passwort konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
        </message>
        <message>
            <source>The password works but could not be saved in the system keychain: %1; the cockpit keeps it in memory until it ends.</source>
            <translation>Das Passwort funktioniert, konnte aber nicht im Schlüsselbund des Systems gespeichert werden: %1; das Cockpit hält es bis zu seinem Ende im Speicher.</translation>
        </message>
    </context>
    <context>
        <name>SessionRuntime</name>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 % (demo)</source>
            <translation>%1 % (Demo)</translation>
        </message>
        <message>
            <source>The session's metric source cannot be read: %1</source>
            <translation>Die Metrikquelle der Session kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>%1 is not an http(s) URL; nothing is sent to %2.</source>
            <translation>%1 ist keine http(s)-URL; an %2 wird nichts gesendet.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
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
            <source>READ-ONLY</source>
            <translation>NUR LESEN</translation>
        </message>
        <message>
            <source>This session is open read-only; nothing can be changed here.</source>
            <translation>Diese Session ist nur zum Lesen geöffnet; hier kann nichts geändert werden.</translation>
        </message>
        <message>
            <source>You proved who you are with your signing key; every action is recorded as %1.</source>
            <translation>Sie haben mit Ihrem Signaturschlüssel nachgewiesen, wer Sie sind; jede Handlung wird als %1 aufgezeichnet.</translation>
        </message>
        <message>
            <source>Every action is recorded as %1, the operating-system account running the cockpit. The display name is only shown beside it (Edit &gt; Change your display name).</source>
            <translation>Jede Handlung wird als %1 aufgezeichnet, das Betriebssystemkonto, unter dem das Cockpit läuft. Der Anzeigename wird nur daneben gezeigt (Bearbeiten &gt; Anzeigenamen ändern).</translation>
        </message>
        <message>
            <source>no signing key</source>
            <translation>kein Signaturschlüssel</translation>
        </message>
        <message>
            <source>No signing key is set (Edit &gt; Signing keys…).</source>
            <translation>Kein Signaturschlüssel festgelegt (Bearbeiten &gt; Signaturschlüssel…).</translation>
        </message>
        <message>
            <source>key %1</source>
            <translation>Schlüssel %1</translation>
        </message>
        <message>
            <source>Signing key: %1
%2</source>
            <translation>Signaturschlüssel: %1
%2</translation>
        </message>
        <message>
            <source>identities declared, not verified</source>
            <translation>Identitäten angegeben, nicht geprüft</translation>
        </message>
        <message>
            <source>In this session people are who their operating-system account says; no signature proves it.</source>
            <translation>In dieser Sitzung sind Personen, wer ihr Betriebssystemkonto sagt; keine Signatur weist es nach.</translation>
        </message>
        <message>
            <source>signatures required; not signed in</source>
            <translation>Signaturen verlangt; nicht angemeldet</translation>
        </message>
        <message>
            <source>You signed in with the key %1.</source>
            <translation>Sie haben sich mit dem Schlüssel %1 angemeldet.</translation>
        </message>
        <message>
            <source>signatures required; signed in</source>
            <translation>Signaturen verlangt; angemeldet</translation>
        </message>
        <message>
            <source>You proved with your key that you are %1: every action is recorded so.</source>
            <translation>Sie haben mit Ihrem Schlüssel nachgewiesen, dass Sie %1 sind: So wird jede Handlung aufgezeichnet.</translation>
        </message>
        <message>
            <source>Nobody proved who they are: the session is open read-only. Sign in with your key to work in it.</source>
            <translation>Niemand hat nachgewiesen, wer er ist: Die Sitzung ist nur lesend geöffnet. Melden Sie sich mit Ihrem Schlüssel an, um darin zu arbeiten.</translation>
        </message>
        <message>
            <source>CONNECTION LOST</source>
            <translation>VERBINDUNG VERLOREN</translation>
        </message>
        <message>
            <source>The server %1 logged you in as %2 and records every action as %2, whatever this cockpit says.</source>
            <translation>Der Server %1 hat Sie als %2 angemeldet und zeichnet jede Handlung als %2 auf, was immer dieses Cockpit sagt.</translation>
        </message>
        <message>
            <source>team session; server login</source>
            <translation>Team-Sitzung; Server-Anmeldung</translation>
        </message>
        <message>
            <source>A team session on %1: everyone logs in to the server as their own role, and the server records who did what and enforces the four-eyes rule.</source>
            <translation>Eine Team-Sitzung auf %1: Alle melden sich mit ihrer eigenen Rolle am Server an, und der Server zeichnet auf, wer was getan hat, und setzt das Vier-Augen-Prinzip durch.</translation>
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
            <source>Cannot create the session at %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A session "%1" is being created in the database %2 by another connection right now; choose another name, or look again when it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A session "%1" already exists in the database %2; choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 uses an older schema (version %2); the session's lead must open it for writing once to upgrade it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionTrailReplayer</name>
        <message>
            <source>session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>session %1 exists but the trail never created it</source>
            <translation>Session %1 existiert, wurde laut Audit-Trail aber nie angelegt</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>phase %1 exists but the trail never created it</source>
            <translation>Phase %1 existiert, wurde laut Audit-Trail aber nie angelegt</translation>
        </message>
    </context>
    <context>
        <name>SessionTrust</name>
        <message>
            <source>This session %1; nothing runs until you trust it.</source>
            <translation>Diese Sitzung %1; nichts davon läuft, bis Sie ihr vertrauen.</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Checklist</source>
            <translation>Checkliste</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>No goal statement was given for this session.</source>
            <translation>Für diese Session wurde kein Ziel angegeben.</translation>
        </message>
        <message>
            <source>gate: %1</source>
            <translation>Gate: %1</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Traffic</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metriken</translation>
        </message>
        <message>
            <source>Incident log</source>
            <translation>Ereignisprotokoll</translation>
        </message>
        <message>
            <source>Result &amp;&amp; report</source>
            <translation>Ergebnis &amp;&amp; Bericht</translation>
        </message>
        <message>
            <source>The checklist of the selected phase</source>
            <translation>Die Checkliste der gewählten Phase</translation>
        </message>
        <message>
            <source>The traffic shift: split, plan, gates</source>
            <translation>Die Traffic-Umschaltung: Aufteilung, Plan, Gates</translation>
        </message>
        <message>
            <source>Live metrics of the old and the new path</source>
            <translation>Live-Metriken des alten und des neuen Pfads</translation>
        </message>
        <message>
            <source>What happened, verified by a second person</source>
            <translation>Was geschah, bestätigt von einer zweiten Person</translation>
        </message>
        <message>
            <source>Result statement, lessons learned and the report</source>
            <translation>Ergebnis, Lessons Learned und der Bericht</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Strg+%2)</translation>
        </message>
        <message>
            <source>Notification %1 to %2 is parked: the receiver keeps refusing it (Incident log tab).</source>
            <translation>Benachrichtigung %1 an %2 ist geparkt: der Empfänger lehnt sie immer wieder ab (Reiter Ereignisprotokoll).</translation>
        </message>
        <message numerus="yes">
            <source>Incident log – %n notification(s) parked</source>
            <translation>
                <numerusform>Ereignisprotokoll – %n Benachrichtigung geparkt</numerusform>
                <numerusform>Ereignisprotokoll – %n Benachrichtigungen geparkt</numerusform>
            </translation>
        </message>
        <message>
            <source>Signature policy</source>
            <translation>Signaturregel</translation>
        </message>
        <message>
            <source>This session's signatures are %1. Change them to %2? The change is itself signed and recorded.</source>
            <translation>Die Signaturen dieser Sitzung sind %1. Auf %2 ändern? Die Änderung wird selbst signiert und aufgezeichnet.</translation>
        </message>
        <message>
            <source>Change the signature policy</source>
            <translation>Die Signaturregel ändern</translation>
        </message>
        <message>
            <source>&lt;b&gt;No connection to the server since %1.&lt;/b&gt; Nothing can be changed here until it is back, not even a rollback (its intent could not be recorded): roll back at the load balancer if you must, and log it afterwards. Everything committed before is safe on the server; the cockpit tries again every few seconds and reads the session anew when it answers.</source>
            <translation>&lt;b&gt;Keine Verbindung zum Server seit %1.&lt;/b&gt; Bis sie wieder steht, lässt sich hier nichts ändern, nicht einmal ein Rollback (seine Absicht könnte nicht aufgezeichnet werden): Rollen Sie notfalls am Load Balancer zurück und protokollieren Sie es danach. Alles zuvor Gespeicherte ist auf dem Server sicher; das Cockpit versucht es alle paar Sekunden erneut und liest die Sitzung neu, sobald er antwortet.</translation>
        </message>
        <message>
            <source>Last try: %1</source>
            <translation>Letzter Versuch: %1</translation>
        </message>
        <message>
            <source>The server is back (lost since %1): the session was read again from the server.</source>
            <translation>Der Server ist wieder da (verloren seit %1): Die Sitzung wurde neu vom Server gelesen.</translation>
        </message>
    </context>
    <context>
        <name>SetItemStatusCommand</name>
        <message>
            <source>set "%1" to %2</source>
            <translation>„%1“ auf %2 setzen</translation>
        </message>
        <message>
            <source> (signed off by %1)</source>
            <translation> (freigegeben von %1)</translation>
        </message>
        <message>
            <source>"%1" was changed since: it is now %2%3. Undo takes back only your own last change; a sign-off is withdrawn by the person who gave it.</source>
            <translation>„%1“ wurde inzwischen geändert: jetzt %2%3. Rückgängig nimmt nur Ihre eigene letzte Änderung zurück; eine Freigabe nimmt die Person zurück, die sie gegeben hat.</translation>
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
        <name>SignOffCommand</name>
        <message>
            <source>sign off "%1"</source>
            <translation>„%1“ freigeben</translation>
        </message>
        <message>
            <source>sign-off withdrawn by its signer (undo)</source>
            <translation>Freigabe von der freigebenden Person zurückgenommen (Rückgängig)</translation>
        </message>
    </context>
    <context>
        <name>SignOffDelegate</name>
        <message>
            <source>declared, not verified</source>
            <translation>erklärt, nicht geprüft</translation>
        </message>
        <message>
            <source>Identity declared, not verified: %1 is the operating-system account that recorded the sign-off; no key proves who it was.</source>
            <translation>Identität erklärt, nicht geprüft: %1 ist das Betriebssystemkonto, das die Abnahme aufgezeichnet hat; kein Schlüssel weist nach, wer es war.</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>The statement you sign:</source>
            <translation>Die Erklärung, die Sie signieren:</translation>
        </message>
        <message>
            <source>&amp;Record (declared)</source>
            <translation>&amp;Aufzeichnen (erklärt)</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>&amp;Signieren</translation>
        </message>
        <message>
            <source>Identities declared, not verified: this session records the act with your operating-system account and no signature.</source>
            <translation>Identitäten erklärt, nicht geprüft: Diese Sitzung zeichnet die Handlung mit Ihrem Betriebssystemkonto und ohne Signatur auf.</translation>
        </message>
        <message>
            <source>Your key signs the statement; the allowed-signers file says whose key it is.</source>
            <translation>Ihr Schlüssel signiert die Erklärung; die Allowed-Signers-Datei sagt, wessen Schlüssel es ist.</translation>
        </message>
        <message>
            <source>%1
Meaning: %2
Signed by: %3
Time: %4 (UTC)</source>
            <translation>%1
Bedeutung: %2
Signiert von: %3
Zeit: %4 (UTC)</translation>
        </message>
        <message>
            <source>Choose your signing key (a private key file, or KEY.pub of a key in ssh-agent).</source>
            <translation>Wählen Sie Ihren Signaturschlüssel (eine private Schlüsseldatei oder KEY.pub eines Schlüssels im ssh-agent).</translation>
        </message>
        <message>
            <source>No allowed-signers file is set, so no signature can be checked. Set it under Session &gt; Signing keys…</source>
            <translation>Keine Allowed-Signers-Datei festgelegt, daher kann keine Signatur geprüft werden. Legen Sie sie unter Sitzung &gt; Signaturschlüssel… fest</translation>
        </message>
        <message>
            <source>The key made no signature.</source>
            <translation>Der Schlüssel hat keine Signatur erzeugt.</translation>
        </message>
        <message>
            <source>nobody yet: choose your signing key</source>
            <translation>noch niemand: Wählen Sie Ihren Signaturschlüssel</translation>
        </message>
        <message>
            <source>nobody yet: no allowed-signers file is set (Edit &gt; Signing keys…)</source>
            <translation>noch niemand: Keine Allowed-Signers-Datei festgelegt (Bearbeiten &gt; Signaturschlüssel…)</translation>
        </message>
        <message>
            <source>(finding out whose key this is…)</source>
            <translation>(wird ermittelt, wessen Schlüssel das ist…)</translation>
        </message>
        <message>
            <source>nobody: this key is not in the allowed-signers file %1, so it cannot sign here</source>
            <translation>niemand: Dieser Schlüssel steht nicht in der Allowed-Signers-Datei %1 und kann hier daher nicht signieren</translation>
        </message>
        <message>
            <source>not known until the key can be read: %1</source>
            <translation>unbekannt, bis der Schlüssel gelesen werden kann: %1</translation>
        </message>
    </context>
    <context>
        <name>SignatureManifestation</name>
        <message>
            <source>%1, %2 UTC, %3</source>
            <translation>%1, %2 UTC, %3</translation>
        </message>
        <message>
            <source>; identities declared, not verified</source>
            <translation>; Identitäten erklärt, nicht geprüft</translation>
        </message>
    </context>
    <context>
        <name>SignatureMeaning</name>
        <message>
            <source>reviewed and approved</source>
            <translation>geprüft und freigegeben</translation>
        </message>
        <message>
            <source>verified as accurate</source>
            <translation>als zutreffend bestätigt</translation>
        </message>
        <message>
            <source>responsible for</source>
            <translation>verantwortlich für</translation>
        </message>
    </context>
    <context>
        <name>SignaturePolicy</name>
        <message>
            <source>signatures required</source>
            <translation>Signaturen verlangt</translation>
        </message>
        <message>
            <source>identities declared, not verified</source>
            <translation>Identitäten angegeben, nicht geprüft</translation>
        </message>
        <message>
            <source>Identities declared, not verified.</source>
            <translation>Identitäten angegeben, nicht geprüft.</translation>
        </message>
    </context>
    <context>
        <name>SignatureStatement</name>
        <message>
            <source>The statement does not end with a line break.</source>
            <translation>Die Erklärung endet nicht mit einem Zeilenumbruch.</translation>
        </message>
        <message>
            <source>The statement has %1 lines instead of 10.</source>
            <translation>Die Erklärung hat %1 Zeilen statt 10.</translation>
        </message>
        <message>
            <source>The statement does not start with "%1".</source>
            <translation>Die Erklärung beginnt nicht mit „%1“.</translation>
        </message>
        <message>
            <source>Line %1 of the statement is not "%2".</source>
            <translation>Zeile %1 der Erklärung ist nicht „%2“.</translation>
        </message>
        <message>
            <source>The statement's entity line is not "ENTITY ID".</source>
            <translation>Die Objektzeile der Erklärung ist nicht „OBJEKT ID“.</translation>
        </message>
        <message>
            <source>The statement's time "%1" is not UTC with milliseconds.</source>
            <translation>Die Zeit „%1“ der Erklärung ist nicht UTC mit Millisekunden.</translation>
        </message>
        <message>
            <source>The statement is not in its canonical form.</source>
            <translation>Die Erklärung ist nicht in ihrer kanonischen Form.</translation>
        </message>
    </context>
    <context>
        <name>SignatureVerifier</name>
        <message>
            <source>its statement says "%1" where the row says "%2"</source>
            <translation>ihre Erklärung sagt „%1“, wo die Zeile „%2“ sagt</translation>
        </message>
        <message>
            <source>its statement is not a canonical signed statement: %1</source>
            <translation>ihre Erklärung ist keine kanonische signierte Erklärung: %1</translation>
        </message>
        <message>
            <source>covers chain head %1 which is not in the trail — the history before it was rewritten</source>
            <translation>deckt den Kettenkopf %1 ab, der nicht im Trail ist — die Geschichte davor wurde umgeschrieben</translation>
        </message>
        <message>
            <source>names audit record %1 as its act's record, which is not in the trail</source>
            <translation>nennt den Audit-Eintrag %1 als Eintrag ihrer Handlung, der nicht im Trail ist</translation>
        </message>
        <message>
            <source>covers chain head %1 (record %2), which is not before its act's record %3</source>
            <translation>deckt den Kettenkopf %1 (Eintrag %2) ab, der nicht vor dem Eintrag %3 ihrer Handlung liegt</translation>
        </message>
        <message>
            <source>has no signature.create record in the trail</source>
            <translation>hat keinen signature.create-Eintrag im Trail</translation>
        </message>
        <message>
            <source>differs from what its signature.create record %1 says</source>
            <translation>weicht von ihrem signature.create-Eintrag %1 ab</translation>
        </message>
        <message>
            <source>is declared, not signed, in a session whose signatures are required</source>
            <translation>ist erklärt, nicht signiert, in einer Sitzung, die Signaturen verlangt</translation>
        </message>
        <message>
            <source>signature %1 (%2, %3)</source>
            <translation>Signatur %1 (%2, %3)</translation>
        </message>
        <message>
            <source>cannot read the signatures: %1</source>
            <translation>die Signaturen können nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>signature %1 was recorded (audit record %2) but its row is missing</source>
            <translation>Signatur %1 wurde aufgezeichnet (Audit-Eintrag %2), aber ihre Zeile fehlt</translation>
        </message>
        <message>
            <source>%1 does not verify for %2 with the allowed signers %3: %4</source>
            <translation>%1 lässt sich für %2 mit den Allowed Signers %3 nicht prüfen: %4</translation>
        </message>
        <message>
            <source>ssh-keygen -Y verify and the in-process check disagree (ssh-keygen: %1); check it with --openssh and report this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>verified</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SigningKeyField</name>
        <message>
            <source>Signing &amp;key:</source>
            <translation>Signatur&amp;schlüssel:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>a private key file, or KEY.pub of a key in ssh-agent</source>
            <translation>eine private Schlüsseldatei oder KEY.pub eines Schlüssels im ssh-agent</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Signaturschlüssel</translation>
        </message>
    </context>
    <context>
        <name>SigningKeyFile</name>
        <message>
            <source>Cannot read the allowed-signers file %1: %2</source>
            <translation>Die Allowed-Signers-Datei %1 kann nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>SigningSettingsDialog</name>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Signing keys</source>
            <translation>Signaturschlüssel</translation>
        </message>
        <message>
            <source>Your signing key (a private key file, or KEY.pub of a key in ssh-agent) and the OpenSSH allowed-signers file that says whose key is whose. Both stay outside the session files.</source>
            <translation>Ihr Signaturschlüssel (eine private Schlüsseldatei oder KEY.pub eines Schlüssels im ssh-agent) und die OpenSSH-Allowed-Signers-Datei, die sagt, welcher Schlüssel wem gehört. Beide bleiben außerhalb der Sitzungsdateien.</translation>
        </message>
        <message>
            <source>Signing &amp;key:</source>
            <translation>Signatur&amp;schlüssel:</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Signaturschlüssel</translation>
        </message>
        <message>
            <source>&amp;Allowed signers:</source>
            <translation>&amp;Allowed Signers:</translation>
        </message>
        <message>
            <source>Allowed signers</source>
            <translation>Allowed Signers</translation>
        </message>
        <message>
            <source>%1 is set in the environment; it is used instead of the setting.</source>
            <translation>%1 ist in der Umgebung gesetzt; es wird statt der Einstellung verwendet.</translation>
        </message>
    </context>
    <context>
        <name>SimulatedBackend</name>
        <message>
            <source>"initial_percent" must be between 0 and 100.</source>
            <translation>„initial_percent“ muss zwischen 0 und 100 liegen.</translation>
        </message>
        <message>
            <source>"drift_to" must be between 0 and 100.</source>
            <translation>„drift_to“ muss zwischen 0 und 100 liegen.</translation>
        </message>
        <message>
            <source>"latency_ms" must not be negative.</source>
            <translation>„latency_ms“ darf nicht negativ sein.</translation>
        </message>
        <message>
            <source>simulated failure (the script allows %1 changes)</source>
            <translation>simulierter Fehler (das Skript erlaubt %1 Änderungen)</translation>
        </message>
        <message>
            <source>simulated: old %1, new %2</source>
            <translation>simuliert: alt %1, neu %2</translation>
        </message>
        <message>
            <source>the simulated state file %1 cannot be read</source>
            <translation>die simulierte Zustandsdatei %1 kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>simulated old path is healthy</source>
            <translation>simulierter alter Pfad ist gesund</translation>
        </message>
        <message>
            <source>the simulated old path is unhealthy</source>
            <translation>der simulierte alte Pfad ist nicht gesund</translation>
        </message>
    </context>
    <context>
        <name>SimulatedSource</name>
        <message>
            <source>Simulated (demo)</source>
            <translation>Simuliert (Demo)</translation>
        </message>
    </context>
    <context>
        <name>SourceCredentials</name>
        <message>
            <source>The environment variable %1 is not set.</source>
            <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
        </message>
        <message>
            <source>The keychain entry "%1" could not be read: %2</source>
            <translation>Der Schlüsselbund-Eintrag „%1“ konnte nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>SqliteChangeSignal</name>
        <message>
            <source>The session file %1 was removed or renamed; it can no longer be followed.</source>
            <translation>Die Session-Datei %1 wurde entfernt oder umbenannt; ihr kann nicht mehr gefolgt werden.</translation>
        </message>
        <message>
            <source>The session file %1 was replaced by another file; the one that was opened can no longer be followed.</source>
            <translation>Die Session-Datei %1 wurde durch eine andere Datei ersetzt; der geöffneten kann nicht mehr gefolgt werden.</translation>
        </message>
        <message>
            <source>The session file %1 is no longer readable (its permissions changed).</source>
            <translation>Die Session-Datei %1 ist nicht mehr lesbar (ihre Berechtigungen wurden geändert).</translation>
        </message>
        <message>
            <source>The session file %1 cannot be read: %2</source>
            <translation>Die Session-Datei %1 kann nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>SshKeygen</name>
        <message>
            <source>%1 is a public key, but no ssh-agent is reachable (SSH_AUTH_SOCK is not set); give the private key file or start ssh-agent and add the key with ssh-add.</source>
            <translation>%1 ist ein öffentlicher Schlüssel, aber kein ssh-agent ist erreichbar (SSH_AUTH_SOCK ist nicht gesetzt); geben Sie die private Schlüsseldatei an oder starten Sie ssh-agent und fügen Sie den Schlüssel mit ssh-add hinzu.</translation>
        </message>
        <message>
            <source>The key %1 is protected by a passphrase; give the passphrase.</source>
            <translation>Der Schlüssel %1 ist durch eine Passphrase geschützt; geben Sie die Passphrase an.</translation>
        </message>
        <message>
            <source>Wrong passphrase for the key %1.</source>
            <translation>Falsche Passphrase für den Schlüssel %1.</translation>
        </message>
        <message>
            <source>ssh-agent does not hold the private half of %1 (add it with ssh-add): %2</source>
            <translation>ssh-agent hält den privaten Teil von %1 nicht (fügen Sie ihn mit ssh-add hinzu): %2</translation>
        </message>
        <message>
            <source>ssh-keygen could not sign with %1: %2</source>
            <translation>ssh-keygen konnte nicht mit %1 signieren: %2</translation>
        </message>
        <message>
            <source>There is no signature to verify.</source>
            <translation>Es gibt keine Signatur zu prüfen.</translation>
        </message>
        <message>
            <source>The signature names no principal.</source>
            <translation>Die Signatur nennt keinen Principal.</translation>
        </message>
        <message>
            <source>The signature of %1 does not verify against the allowed signers file %2 (the key is not allowed for %1 there, or the signed text was changed): %3</source>
            <translation>Die Signatur von %1 lässt sich mit der Allowed-Signers-Datei %2 nicht bestätigen (der Schlüssel ist dort nicht für %1 zugelassen, oder der signierte Text wurde geändert): %3</translation>
        </message>
        <message>
            <source>The signing key is not in the allowed signers file %1.</source>
            <translation>Der Signaturschlüssel steht nicht in der Allowed-Signers-Datei %1.</translation>
        </message>
        <message>
            <source>%1 is not an SSH key: %2</source>
            <translation>%1 ist kein SSH-Schlüssel: %2</translation>
        </message>
        <message>
            <source>Cannot read the public half of %1 (is it protected by a passphrase?): %2</source>
            <translation>Der öffentliche Teil von %1 kann nicht gelesen werden (ist er durch eine Passphrase geschützt?): %2</translation>
        </message>
        <message>
            <source>The public key is not of the form "TYPE BASE64".</source>
            <translation>Der öffentliche Schlüssel hat nicht die Form „TYP BASE64“.</translation>
        </message>
        <message>
            <source>The key is not in the allowed signers file %1.</source>
            <translation>Der Schlüssel steht nicht in der Allowed-Signers-Datei %1.</translation>
        </message>
        <message>
            <source>ssh-keygen was not found; install OpenSSH's client tools (package openssh-client).</source>
            <translation>ssh-keygen wurde nicht gefunden; installieren Sie die Client-Werkzeuge von OpenSSH (Paket openssh-client).</translation>
        </message>
        <message>
            <source>ssh-keygen (%1) could not be started.</source>
            <translation>ssh-keygen (%1) konnte nicht gestartet werden.</translation>
        </message>
        <message>
            <source>ssh-keygen did not finish within %1 s and was stopped.</source>
            <translation>ssh-keygen ist nicht innerhalb von %1 s fertig geworden und wurde beendet.</translation>
        </message>
        <message>
            <source>Cannot write a temporary file for the signature: %1</source>
            <translation>Eine temporäre Datei für die Signatur kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>No allowed signers file is set: give --allowed-signers FILE, set COCKPIT_ALLOWED_SIGNERS or choose one in the settings.</source>
            <translation>Keine Allowed-Signers-Datei ist festgelegt: geben Sie --allowed-signers DATEI an, setzen Sie COCKPIT_ALLOWED_SIGNERS oder wählen Sie eine in den Einstellungen.</translation>
        </message>
        <message>
            <source>The allowed signers file %1 does not exist.</source>
            <translation>Die Allowed-Signers-Datei %1 existiert nicht.</translation>
        </message>
        <message>
            <source>No signing key is set: give --key FILE or set COCKPIT_SIGNING_KEY.</source>
            <translation>Kein Signaturschlüssel ist festgelegt: geben Sie --key DATEI an oder setzen Sie COCKPIT_SIGNING_KEY.</translation>
        </message>
        <message>
            <source>There is no key file %1.</source>
            <translation>Es gibt keine Schlüsseldatei %1.</translation>
        </message>
    </context>
    <context>
        <name>SshSignatureBlob</name>
        <message>
            <source>it is not an armored SSH signature (no BEGIN/END SSH SIGNATURE lines)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its base64 text is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it does not start with the SSHSIG magic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its version is %1, not 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its fields are truncated or followed by extra bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its key or signature field is malformed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StakeholderBoard</name>
        <message>
            <source>Traffic</source>
            <translation>Traffic</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Verified updates</source>
            <translation>Bestätigte Meldungen</translation>
        </message>
        <message>
            <source>No session</source>
            <translation>Keine Session</translation>
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
            <source>as of %1</source>
            <translation>Stand %1</translation>
        </message>
        <message>
            <source>not configured</source>
            <translation>nicht konfiguriert</translation>
        </message>
        <message>
            <source>No traffic plan is connected to this view.</source>
            <translation>Mit dieser Ansicht ist kein Traffic-Plan verbunden.</translation>
        </message>
        <message>
            <source>old %1 % | new %2 %</source>
            <translation>alt %1 % | neu %2 %</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Schritt %1 von %2</translation>
        </message>
        <message>
            <source>No gate has run yet.</source>
            <translation>Noch kein Gate ist gelaufen.</translation>
        </message>
        <message>
            <source>%1 / %2 items</source>
            <translation>%1 / %2 Punkte</translation>
        </message>
        <message>
            <source>%1: %2/%3 · %4 failed</source>
            <translation>%1: %2/%3 · %4 fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1: %2/%3</source>
            <translation>%1: %2/%3</translation>
        </message>
        <message>
            <source>Result: %1</source>
            <translation>Ergebnis: %1</translation>
        </message>
        <message>
            <source>No verified updates yet.</source>
            <translation>Noch keine bestätigten Meldungen.</translation>
        </message>
        <message>
            <source>written by %1, verified by %2</source>
            <translation>geschrieben von %1, bestätigt von %2</translation>
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
            <source>team session on %1 as %2</source>
            <translation>Team-Sitzung auf %1 als %2</translation>
        </message>
        <message>
            <source>you</source>
            <translation>Sie</translation>
        </message>
        <message>
            <source>Open team session…</source>
            <translation>Team-Sitzung öffnen…</translation>
        </message>
        <message>
            <source>A session on your team's PostgreSQL server, shared live with the others</source>
            <translation>Eine Sitzung auf dem PostgreSQL-Server Ihres Teams, live mit den anderen geteilt</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
    </context>
    <context>
        <name>StatusPageControl</name>
        <message>
            <source>Allow other machines (plain HTTP; anyone with the link can read)</source>
            <translation>Andere Rechner zulassen (reines HTTP; jeder mit dem Link kann lesen)</translation>
        </message>
        <message>
            <source>&amp;Start status page</source>
            <translation>Statusseite &amp;starten</translation>
        </message>
        <message>
            <source>Sto&amp;p</source>
            <translation>Sto&amp;ppen</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>Link &amp;kopieren</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>beliebiger freier Port</translation>
        </message>
        <message>
            <source>Off: the page is not served</source>
            <translation>Aus: die Seite wird nicht bereitgestellt</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Link for stakeholders:</source>
            <translation>Link für Stakeholder:</translation>
        </message>
        <message>
            <source>Serving on port %1. Only verified information is shown; the link contains the access token — hand it only to stakeholders.</source>
            <translation>Bereitgestellt auf Port %1. Gezeigt werden nur bestätigte Informationen; der Link enthält das Zugriffstoken — geben Sie ihn nur an Stakeholder weiter.</translation>
        </message>
        <message>
            <source>Stopped; the old link no longer works.</source>
            <translation>Gestoppt; der alte Link funktioniert nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>StatusPageRenderer</name>
        <message>
            <source>%1 · cutover status</source>
            <translation>%1 · Cutover-Status</translation>
        </message>
        <message>
            <source>as of %1 UTC</source>
            <translation>Stand %1 UTC</translation>
        </message>
        <message>
            <source>LIVE</source>
            <translation>LIVE</translation>
        </message>
        <message>
            <source>REHEARSAL</source>
            <translation>PROBE</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Traffic</translation>
        </message>
        <message>
            <source>Traffic shift: not configured</source>
            <translation>Traffic-Umschaltung: nicht konfiguriert</translation>
        </message>
        <message>
            <source>old path</source>
            <translation>alter Pfad</translation>
        </message>
        <message>
            <source>new path</source>
            <translation>neuer Pfad</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Schritt %1 von %2</translation>
        </message>
        <message>
            <source>Gates</source>
            <translation>Gates</translation>
        </message>
        <message>
            <source>Gates: not configured</source>
            <translation>Gates: nicht konfiguriert</translation>
        </message>
        <message>
            <source>No gate has run yet.</source>
            <translation>Noch kein Gate ist gelaufen.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>checklist items finished</source>
            <translation>Checklistenpunkte abgeschlossen</translation>
        </message>
        <message>
            <source>%1 failed</source>
            <translation>%1 fehlgeschlagen</translation>
        </message>
        <message>
            <source>Verified updates</source>
            <translation>Bestätigte Meldungen</translation>
        </message>
        <message>
            <source>No verified updates yet.</source>
            <translation>Noch keine bestätigten Meldungen.</translation>
        </message>
        <message>
            <source>%1 UTC · written by %2, verified by %3</source>
            <translation>%1 UTC · geschrieben von %2, bestätigt von %3</translation>
        </message>
        <message>
            <source>corrects update %1</source>
            <translation>korrigiert Meldung %1</translation>
        </message>
        <message>
            <source>Read-only view · only verified information · updated %1 UTC · refreshes every %2 s</source>
            <translation>Nur-Lese-Ansicht · nur bestätigte Informationen · aktualisiert %1 UTC · neu geladen alle %2 s</translation>
        </message>
        <message>
            <source>Identities declared, not verified: the names are the accounts people said they were, not proven with a key.</source>
            <translation>Identitäten erklärt, nicht geprüft: Die Namen sind die Konten, als die sich Personen ausgaben, nicht mit einem Schlüssel nachgewiesen.</translation>
        </message>
        <message>
            <source>%1 UTC · written by %2, verified by %3 at %4 UTC</source>
            <translation>%1 UTC · geschrieben von %2, bestätigt von %3 am %4 UTC</translation>
        </message>
        <message>
            <source>declared, not verified</source>
            <translation>erklärt, nicht geprüft</translation>
        </message>
        <message>
            <source>Audit trail head: %1 (%2 records)</source>
            <translation>Kopf des Audit-Trails: %1 (%2 Einträge)</translation>
        </message>
    </context>
    <context>
        <name>StatusPageServer</name>
        <message>
            <source>The status page needs an access token of at least 8 characters.</source>
            <translation>Die Statusseite braucht ein Zugriffstoken mit mindestens 8 Zeichen.</translation>
        </message>
        <message>
            <source>The status page cannot listen on %1 port %2 (in use, or not allowed).</source>
            <translation>Die Statusseite kann nicht auf %1 Port %2 lauschen (belegt oder nicht erlaubt).</translation>
        </message>
    </context>
    <context>
        <name>StatusSnapshotBuilder</name>
        <message>
            <source>Traffic backend: a problem is reported; the cutover lead is on it.</source>
            <translation>Traffic-Backend: ein Problem ist gemeldet; die Cutover-Leitung kümmert sich darum.</translation>
        </message>
        <message>
            <source>no conclusive measurement yet</source>
            <translation>noch keine aussagekräftige Messung</translation>
        </message>
    </context>
    <context>
        <name>StepChangePublisher</name>
        <message>
            <source>Rolled back to the old path: %1</source>
            <translation>Auf den alten Pfad zurückgerollt: %1</translation>
        </message>
    </context>
    <context>
        <name>StepPlan</name>
        <message>
            <source>The hold "%1" is not a duration (use 30s, 5m, 2h or until-promoted).</source>
            <translation>Die Haltezeit „%1“ ist keine Dauer (verwenden Sie 30s, 5m, 2h oder until-promoted).</translation>
        </message>
        <message>
            <source>"%1" in the step list is not a whole percentage.</source>
            <translation>„%1“ in der Schrittliste ist kein ganzer Prozentwert.</translation>
        </message>
        <message>
            <source>The plan has no steps.</source>
            <translation>Der Plan hat keine Schritte.</translation>
        </message>
        <message>
            <source>Step %1: %2 % is outside 1..100.</source>
            <translation>Schritt %1: %2 % liegt außerhalb von 1..100.</translation>
        </message>
        <message>
            <source>Step %1: %2 % does not go beyond the step before (%3 %); steps must rise.</source>
            <translation>Schritt %1: %2 % geht nicht über den vorigen Schritt (%3 %) hinaus; Schritte müssen steigen.</translation>
        </message>
        <message>
            <source>The plan: key "old_health_url" must be a URL as text.</source>
            <translation>Der Plan: der Schlüssel „old_health_url“ muss eine URL als Text sein.</translation>
        </message>
        <message>
            <source>The plan: key "steps" is missing; a plan is {"steps": [{"percent": 1, "hold_s": 300, "gates": [...]}, ...]}.</source>
            <translation>Der Plan: der Schlüssel „steps“ fehlt; ein Plan ist {"steps": [{"percent": 1, "hold_s": 300, "gates": [...]}, ...]}.</translation>
        </message>
        <message>
            <source>The plan: key "steps" must be a list of steps ({"percent": ..., "hold_s": ..., "gates": [...]}).</source>
            <translation>Der Plan: der Schlüssel „steps“ muss eine Liste von Schritten sein ({"percent": ..., "hold_s": ..., "gates": [...]}).</translation>
        </message>
        <message>
            <source>Step %1 is not an object ({"percent": ..., "hold_s": ..., "gates": [...]}).</source>
            <translation>Schritt %1 ist kein Objekt ({"percent": ..., "hold_s": ..., "gates": [...]}).</translation>
        </message>
        <message>
            <source>Step %1: key "percent" is missing: the share of traffic on the new path, 1..100.</source>
            <translation>Schritt %1: der Schlüssel „percent“ fehlt: der Anteil des Traffics auf dem neuen Pfad, 1..100.</translation>
        </message>
        <message>
            <source>Step %1: key "percent" must be a whole number 1..100.</source>
            <translation>Schritt %1: der Schlüssel „percent“ muss eine ganze Zahl 1..100 sein.</translation>
        </message>
        <message>
            <source>Step %1: key "hold_s" must be whole seconds, or -1 to hold until a person promotes.</source>
            <translation>Schritt %1: der Schlüssel „hold_s“ muss ganze Sekunden angeben, oder -1, um zu halten, bis eine Person weiterschaltet.</translation>
        </message>
        <message>
            <source>Step %1: key "hold" must be a duration (30s, 5m, 2h) or "until-promoted".</source>
            <translation>Schritt %1: der Schlüssel „hold“ muss eine Dauer (30s, 5m, 2h) oder „until-promoted“ sein.</translation>
        </message>
        <message>
            <source>Step %1: key "gates" must be a list of gates ([{"kind": "http", ...}]).</source>
            <translation>Schritt %1: der Schlüssel „gates“ muss eine Liste von Gates sein ([{"kind": "http", ...}]).</translation>
        </message>
        <message>
            <source>Step %1, %2</source>
            <translation>Schritt %1, %2</translation>
        </message>
        <message>
            <source>A traffic plan in JSON:

  {"steps": [{"percent": 1, "hold_s": 300, "gates": [GATE, ...]},
             {"percent": 5, "hold": "until-promoted", "gates": [GATE, ...]},
             {"percent": 100}],
   "old_health_url": "http://old.internal:8080/health"}

  percent         share of traffic on the new path, 1..100, rising from step to step
  hold_s          seconds to stay at the step before the next one; -1 holds until a person
                  promotes (default 0)
  hold            the same as text: "30s", "5m", "2h" or "until-promoted"
  gates           the gates of the step, measured after the shift and through the hold (default none)
  old_health_url  checked before a rollback (optional)

`cutoverctl plan SESSION --plan FILE` reads such a plan; `cutoverctl plan SESSION --gates FILE`
reads a JSON array [GATE, ...] and uses it for every step of --steps.

Every GATE has these keys; only "kind" and the kind's required keys must be given:

  kind                     http, business, consistency or metric
  name                     shown with every measurement (default: the kind)
  interval_ms              time between two measurements (default 10000)
  count                    measurements to take (default 1)
  failure_limit            failed measurements tolerated (default 0)
  inconclusive_limit       inconclusive measurements tolerated (default 0)
  consecutive_error_limit  provider errors in a row tolerated; errors never pass (default 4)
  timeout_ms               of one measurement (default 10000)
  no_data                  "inconclusive" (default) or "fail"; no data never passes

Secrets never go into a gate: name an environment variable ("password_env"), never write
"password" or "token".

kind "http" (HTTP health): one request, judged by its status, latency and body.
  url (required), method (GET), expect_status (200), max_latency_ms, body_regex, body,
  content_type (application/json)
  {"kind": "http", "name": "health", "url": "http://new.internal:8080/health",
   "expect_status": 200, "max_latency_ms": 500, "interval_ms": 5000, "count": 3}

kind "business" (business transaction): a sequence of HTTP requests, each judged like a
health check (the first that fails decides), or your own command (exit code 0 passes; its
last output line is shown with the measurement).
  requests: [{url, method, body, content_type, expect_status, max_latency_ms, body_regex}]
  {"kind": "business", "name": "booking", "requests": [
     {"method": "POST", "url": "http://new.internal:8080/payments",
      "body": "{\"amount\": 1}", "expect_status": 201},
     {"url": "http://new.internal:8080/payments/last", "body_regex": "booked"}]}
  command (the program, run without a shell), args (a list of texts)
  {"kind": "business", "name": "payment round trip",
   "command": "/opt/checks/payment-roundtrip", "args": ["--amount", "1.00"],
   "timeout_ms": 30000}

kind "consistency" (data consistency): one value (a count or checksum) read from the old
and from the new system, compared within a tolerance.
  old, new (required): {"sql": {driver, database, host, port, user, password_env, query}}
  or {"http": URL, "pointer": "/json/pointer"}; tolerance (absolute, default 0) or
  tolerance_percent (of the old value); sample_old and sample_new: two queries whose rows
  must be equal as sets
  {"kind": "consistency", "name": "payments backfill",
   "old": {"sql": {"driver": "QPSQL", "host": "old-db", "database": "pay",
           "user": "cockpit", "password_env": "COCKPIT_OLD_DB_PASSWORD",
           "query": "SELECT count(*) FROM payments"}},
   "new": {"http": "http://new.internal:8080/stats", "pointer": "/payments/count"},
   "tolerance_percent": 0.1}

kind "metric" (metric condition): the latest value of a series of the session's metric
source ("&lt;metric&gt;/&lt;path&gt;", e.g. error_ratio/new, p99_seconds/old).
  series (required); max and/or min; or max_ratio with baseline (series / baseline);
  fail_max or fail_max_ratio: the failure condition (a value between the two conditions is
  inconclusive; without it, missing the condition fails)
  {"kind": "metric", "name": "error ratio", "series": "error_ratio/new",
   "max": 0.005, "fail_max": 0.02, "interval_ms": 10000, "count": 6}
  {"kind": "metric", "name": "p99 vs old", "series": "p99_seconds/new",
   "baseline": "p99_seconds/old", "max_ratio": 1.2}
</source>
            <translation>Ein Traffic-Plan in JSON:

  {"steps": [{"percent": 1, "hold_s": 300, "gates": [GATE, ...]},
             {"percent": 5, "hold": "until-promoted", "gates": [GATE, ...]},
             {"percent": 100}],
   "old_health_url": "http://old.internal:8080/health"}

  percent         Anteil des Traffics auf dem neuen Pfad, 1..100, von Schritt zu Schritt steigend
  hold_s          Sekunden, die der Schritt vor dem nächsten gehalten wird; -1 hält, bis eine
                  Person weiterschaltet (Standard 0)
  hold            dasselbe als Text: "30s", "5m", "2h" oder "until-promoted"
  gates           die Gates des Schritts, gemessen nach der Umschaltung und während der Haltezeit
                  (Standard: keine)
  old_health_url  wird vor einem Rollback geprüft (optional)

`cutoverctl plan SESSION --plan FILE` liest einen solchen Plan; `cutoverctl plan SESSION --gates FILE`
liest ein JSON-Array [GATE, ...] und verwendet es für jeden Schritt von --steps.

Jedes GATE hat diese Schlüssel; nur "kind" und die Pflichtschlüssel der Art müssen angegeben werden:

  kind                     http, business, consistency oder metric
  name                     wird mit jeder Messung angezeigt (Standard: die Art)
  interval_ms              Zeit zwischen zwei Messungen (Standard 10000)
  count                    Anzahl der Messungen (Standard 1)
  failure_limit            tolerierte nicht bestandene Messungen (Standard 0)
  inconclusive_limit       tolerierte unklare Messungen (Standard 0)
  consecutive_error_limit  tolerierte Messfehler in Folge; Fehler bestehen nie (Standard 4)
  timeout_ms               einer Messung (Standard 10000)
  no_data                  "inconclusive" (Standard) oder "fail"; keine Daten bestehen nie

Geheimnisse gehören nie in ein Gate: nennen Sie eine Umgebungsvariable ("password_env"), schreiben
Sie nie "password" oder "token".

kind "http" (HTTP-Health): ein Request, bewertet nach Status, Latenz und Body.
  url (erforderlich), method (GET), expect_status (200), max_latency_ms, body_regex, body,
  content_type (application/json)
  {"kind": "http", "name": "health", "url": "http://new.internal:8080/health",
   "expect_status": 200, "max_latency_ms": 500, "interval_ms": 5000, "count": 3}

kind "business" (Geschäftstransaktion): eine Folge von HTTP-Requests, jeder bewertet wie ein
Health-Check (der erste, der nicht besteht, entscheidet), oder ein eigener Befehl (Exit-Code 0
besteht; seine letzte Ausgabezeile wird mit der Messung angezeigt).
  requests: [{url, method, body, content_type, expect_status, max_latency_ms, body_regex}]
  {"kind": "business", "name": "booking", "requests": [
     {"method": "POST", "url": "http://new.internal:8080/payments",
      "body": "{\"amount\": 1}", "expect_status": 201},
     {"url": "http://new.internal:8080/payments/last", "body_regex": "booked"}]}
  command (das Programm, ohne Shell ausgeführt), args (eine Liste von Texten)
  {"kind": "business", "name": "payment round trip",
   "command": "/opt/checks/payment-roundtrip", "args": ["--amount", "1.00"],
   "timeout_ms": 30000}

kind "consistency" (Datenkonsistenz): ein Wert (eine Anzahl oder Prüfsumme), aus dem alten
und aus dem neuen System gelesen und innerhalb einer Toleranz verglichen.
  old, new (erforderlich): {"sql": {driver, database, host, port, user, password_env, query}}
  oder {"http": URL, "pointer": "/json/pointer"}; tolerance (absolut, Standard 0) oder
  tolerance_percent (vom alten Wert); sample_old und sample_new: zwei Abfragen, deren Zeilen
  als Mengen gleich sein müssen
  {"kind": "consistency", "name": "payments backfill",
   "old": {"sql": {"driver": "QPSQL", "host": "old-db", "database": "pay",
           "user": "cockpit", "password_env": "COCKPIT_OLD_DB_PASSWORD",
           "query": "SELECT count(*) FROM payments"}},
   "new": {"http": "http://new.internal:8080/stats", "pointer": "/payments/count"},
   "tolerance_percent": 0.1}

kind "metric" (Metrikbedingung): der neueste Wert einer Reihe der Metrikquelle der Session
("&lt;metric&gt;/&lt;path&gt;", z. B. error_ratio/new, p99_seconds/old).
  series (erforderlich); max und/oder min; oder max_ratio mit baseline (series / baseline);
  fail_max oder fail_max_ratio: die Fehlerbedingung (ein Wert zwischen den beiden Bedingungen ist
  unklar; ohne sie ist das Verfehlen der Bedingung nicht bestanden)
  {"kind": "metric", "name": "error ratio", "series": "error_ratio/new",
   "max": 0.005, "fail_max": 0.02, "interval_ms": 10000, "count": 6}
  {"kind": "metric", "name": "p99 vs old", "series": "p99_seconds/new",
   "baseline": "p99_seconds/old", "max_ratio": 1.2}
</translation>
        </message>
    </context>
    <context>
        <name>TeamSchema</name>
        <message>
            <source>Cannot set up team mode in %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the session %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot bring the session %1 to the server's write functions: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot look up your team role: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 is not set up for team sessions; its owner runs cutoverctl team init first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a lead creates team sessions, and %1 is not a lead in the database %2 (the database's owner makes them one: cutoverctl team grant ADDRESS %1 --as lead).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a team role: use lead, member or viewer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no role "%1" on the server (create it with CREATE ROLE %1 LOGIN PASSWORD ...).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot grant %1 to %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no role "%1" on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no team role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot revoke %1's team role: %2</source>
            <translation type="unfinished" />
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
        <message>
            <source>runbook</source>
            <translation>Runbook</translation>
        </message>
    </context>
    <context>
        <name>TemplateVersionTrailReplayer</name>
        <message>
            <source>template version</source>
            <translation>Vorlagenversion</translation>
        </message>
    </context>
    <context>
        <name>TemplateVersions</name>
        <message>
            <source>Lesson %1 ("%2"): %3</source>
            <translation>Erkenntnis %1 („%2“): %3</translation>
        </message>
        <message>
            <source>phase "%1" already has the task "%2"</source>
            <translation>Phase „%1“ hat bereits die Aufgabe „%2“</translation>
        </message>
        <message>
            <source>the runbook has no phase "%1"</source>
            <translation>das Runbook hat keine Phase „%1“</translation>
        </message>
        <message>
            <source>phase "%1" has no task "%2"</source>
            <translation>Phase „%1“ hat keine Aufgabe „%2“</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is not a template version: %2</source>
            <translation>%1 ist keine Vorlagenversion: %2</translation>
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
            <source>A template name uses letters, digits, '-' and '_' (and is not "default"), not "%1".</source>
            <translation>Ein Vorlagenname besteht aus Buchstaben, Ziffern, „-“ und „_“ (und ist nicht „default“), nicht „%1“.</translation>
        </message>
        <message>
            <source>The new version was not saved; these changes cannot be applied:
%1</source>
            <translation>Die neue Version wurde nicht gespeichert; diese Änderungen lassen sich nicht anwenden:
%1</translation>
        </message>
        <message>
            <source>No lesson carries a runbook change, so there is nothing for a new version.</source>
            <translation>Keine Erkenntnis enthält eine Runbook-Änderung, daher gibt es nichts für eine neue Version.</translation>
        </message>
        <message>
            <source>Cannot create the template folder %1.</source>
            <translation>Der Vorlagenordner %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>%1 already exists; it is not overwritten.</source>
            <translation>%1 existiert bereits; die Datei wird nicht überschrieben.</translation>
        </message>
        <message>
            <source>The new version was not saved: %1</source>
            <translation>Die neue Version wurde nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The signed statement describes %1, not %2; sign again.</source>
            <translation>Die signierte Erklärung beschreibt %1, nicht %2; signieren Sie erneut.</translation>
        </message>
    </context>
    <context>
        <name>TrafficBackendRegistry</name>
        <message>
            <source>%1: the plugin metadata has no "id".</source>
            <translation>%1: die Plugin-Metadaten haben keine „id“.</translation>
        </message>
        <message>
            <source>%1: a backend with the id "%2" is already loaded; this one is ignored.</source>
            <translation>%1: ein Backend mit der id „%2“ ist bereits geladen; dieses wird ignoriert.</translation>
        </message>
        <message>
            <source>built-in</source>
            <translation>eingebaut</translation>
        </message>
        <message>
            <source>%1 is not a Qt plugin: %2</source>
            <translation>%1 ist kein Qt-Plugin: %2</translation>
        </message>
        <message>
            <source>%1 is a Qt plugin but not a traffic backend (interface %2, expected %3).</source>
            <translation>%1 ist ein Qt-Plugin, aber kein Traffic-Backend (Schnittstelle %2, erwartet %3).</translation>
        </message>
        <message>
            <source>There is no traffic backend "%1" (known: %2).</source>
            <translation>Es gibt kein Traffic-Backend „%1“ (bekannt: %2).</translation>
        </message>
        <message>
            <source>The backend plugin %1 cannot be loaded: %2</source>
            <translation>Das Backend-Plugin %1 kann nicht geladen werden: %2</translation>
        </message>
        <message>
            <source>The plugin for "%1" does not implement the traffic backend interface.</source>
            <translation>Das Plugin für „%1“ implementiert die Traffic-Backend-Schnittstelle nicht.</translation>
        </message>
    </context>
    <context>
        <name>TrafficLease</name>
        <message>
            <source>Taking over from %1 needs a reason.</source>
            <translation>Die Übernahme von %1 braucht einen Grund.</translation>
        </message>
        <message>
            <source>the holder is gone (process ended or no heartbeat for %1 s)</source>
            <translation>der Inhaber ist weg (Prozess beendet oder seit %1 s kein Lebenszeichen)</translation>
        </message>
    </context>
    <context>
        <name>TrafficLease::Holder</name>
        <message>
            <source>%1 on %2 (pid %3) since %4</source>
            <translation>%1 auf %2 (PID %3) seit %4</translation>
        </message>
        <message>
            <source>no heartbeat recorded; control passes to the next cockpit that acts</source>
            <translation>kein Lebenszeichen aufgezeichnet; die Steuerung geht an das nächste Cockpit, das handelt</translation>
        </message>
        <message>
            <source>last heartbeat %1 s ago; without one for %2 s, control passes to the next cockpit that acts</source>
            <translation>letztes Lebenszeichen vor %1 s; bleibt es %2 s aus, geht die Steuerung an das nächste Cockpit, das handelt</translation>
        </message>
    </context>
    <context>
        <name>TrafficPanel</name>
        <message>
            <source>Resume the recorded split…</source>
            <translation>Festgehaltene Aufteilung wiederherstellen…</translation>
        </message>
        <message>
            <source>&amp;Run plan</source>
            <translation>Plan &amp;starten</translation>
        </message>
        <message>
            <source>&amp;Promote</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>Roll &amp;back</source>
            <translation>&amp;Zurückrollen</translation>
        </message>
        <message>
            <source>Backend…</source>
            <translation>Backend…</translation>
        </message>
        <message>
            <source>Plan…</source>
            <translation>Plan…</translation>
        </message>
        <message>
            <source>Read back split</source>
            <translation>Aufteilung zurücklesen</translation>
        </message>
        <message>
            <source>OLD path</source>
            <translation>ALTER Pfad</translation>
        </message>
        <message>
            <source>NEW path</source>
            <translation>NEUER Pfad</translation>
        </message>
        <message>
            <source>new %p %</source>
            <translation>neu %p %</translation>
        </message>
        <message>
            <source>hold: %1:%2 left</source>
            <translation>halten: noch %1:%2</translation>
        </message>
        <message>
            <source>BACKEND ERROR: %1</source>
            <translation>BACKEND-FEHLER: %1</translation>
        </message>
        <message>
            <source>DRIFT: the split was changed outside the cockpit. The session says %1 % new, the backend has %2 % new. Roll back, or shift to restore it.</source>
            <translation>DRIFT: Die Aufteilung wurde außerhalb des Cockpits geändert. Die Session sagt %1 % neu, das Backend hat %2 % neu. Zurückrollen oder die Aufteilung wiederherstellen.</translation>
        </message>
        <message>
            <source>RECONCILE: %1 The session intends %2 % new; the backend has %3. Resume the intended split or roll back.</source>
            <translation>ABGLEICH: %1 Die Session sieht %2 % neu vor; das Backend hat %3. Die vorgesehene Aufteilung wiederherstellen oder zurückrollen.</translation>
        </message>
        <message>
            <source>an unknown split</source>
            <translation>eine unbekannte Aufteilung</translation>
        </message>
        <message>
            <source>%1 % new</source>
            <translation>%1 % neu</translation>
        </message>
        <message>
            <source>WARNING: %1</source>
            <translation>WARNUNG: %1</translation>
        </message>
        <message>
            <source>read back: new %1 % (%2)</source>
            <translation>zurückgelesen: neu %1 % (%2)</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>Zustand: %1</translation>
        </message>
        <message>
            <source>holding until promoted</source>
            <translation>wird gehalten bis „Weiter“</translation>
        </message>
        <message>
            <source>backend: %1</source>
            <translation>Backend: %1</translation>
        </message>
        <message>
            <source>no backend configured</source>
            <translation>kein Backend konfiguriert</translation>
        </message>
        <message>
            <source>hold until promoted</source>
            <translation>halten bis „Weiter“</translation>
        </message>
        <message>
            <source>hold %1 s</source>
            <translation>%1 s halten</translation>
        </message>
        <message>
            <source>%1. %2 % new — %3 — %4 gates</source>
            <translation>%1. %2 % neu — %3 — %4 Gates</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Nicht ausgeführt</translation>
        </message>
        <message>
            <source>Run the plan</source>
            <translation>Den Plan starten</translation>
        </message>
        <message>
            <source>Start moving traffic to the new path step by step, with the gates after every step?</source>
            <translation>Den Traffic Schritt für Schritt auf den neuen Pfad verschieben, mit den Gates nach jedem Schritt?</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Promote</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Go on to the next step now (at %1 % new)?</source>
            <translation>Jetzt zum nächsten Schritt gehen (bei %1 % neu)?</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Stay at this step until a person promotes?</source>
            <translation>Bei diesem Schritt bleiben, bis eine Person weiterschaltet?</translation>
        </message>
        <message>
            <source>Roll back</source>
            <translation>Zurückrollen</translation>
        </message>
        <message>
            <source>Send ALL traffic back to the old path (now %1 % on new)? The old path's health is checked first; a warning does not stop the rollback.</source>
            <translation>DEN GANZEN Traffic zurück auf den alten Pfad (jetzt %1 % auf neu)? Der alte Pfad wird zuerst geprüft; eine Warnung hält das Zurückrollen nicht auf.</translation>
        </message>
        <message>
            <source>Ramp down through the earlier steps instead of all at once</source>
            <translation>Über die früheren Schritte zurückfahren statt alles auf einmal</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Set the backend to the split the session intends (%1 % new) and continue?</source>
            <translation>Das Backend auf die vorgesehene Aufteilung (%1 % neu) setzen und fortfahren?</translation>
        </message>
        <message>
            <source>H&amp;old</source>
            <translation>Ha&amp;lten</translation>
        </message>
        <message>
            <source>e.g. change CHG-1234 approved, rehearsal passed, on-call teams ready</source>
            <translation>z. B. Change CHG-1234 genehmigt, Probe bestanden, Bereitschaftsteams bereit</translation>
        </message>
        <message>
            <source>e.g. error rate and latency on the new path flat for the whole hold</source>
            <translation>z. B. Fehlerrate und Latenz auf dem neuen Pfad über die ganze Haltezeit unauffällig</translation>
        </message>
        <message>
            <source>e.g. wait for the nightly settlement batch before more traffic</source>
            <translation>z. B. vor mehr Traffic auf den nächtlichen Settlement-Batch warten</translation>
        </message>
        <message>
            <source>e.g. the backend was restarted; the recorded split is still what we want</source>
            <translation>z. B. das Backend wurde neu gestartet; die aufgezeichnete Aufteilung ist weiterhin gewollt</translation>
        </message>
        <message>
            <source>Take over…</source>
            <translation>Übernehmen…</translation>
        </message>
        <message>
            <source>Drive this session's traffic from here; the other cockpit stops and only looks. Recorded in the audit trail with your reason.</source>
            <translation>Den Traffic dieser Sitzung von hier steuern; das andere Cockpit hält an und schaut nur zu. Wird mit Ihrem Grund im Audit-Trail festgehalten.</translation>
        </message>
        <message>
            <source>Reopened after an interruption: meant %1 % new, in force %2. Nothing goes on by itself: run the plan to go on (the gates of the step in force are measured again), or roll back.</source>
            <translation>Nach einer Unterbrechung wieder geöffnet: beabsichtigt %1 % neu, in Kraft %2. Nichts geht von selbst weiter: führen Sie den Plan aus, um weiterzugehen (die Gates des geltenden Schritts werden erneut gemessen), oder rollen Sie zurück.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Nobody drives the traffic now; the first action here takes control.</source>
            <translation>Niemand steuert den Traffic gerade; die erste Aktion hier übernimmt die Steuerung.</translation>
        </message>
        <message>
            <source>This cockpit controls the traffic (%1).</source>
            <translation>Dieses Cockpit steuert den Traffic (%1).</translation>
        </message>
        <message>
            <source>Controlled by %1, which stopped answering; the next action here takes over at once (recorded).</source>
            <translation>Gesteuert von %1, das nicht mehr antwortet; die nächste Aktion hier übernimmt sofort (wird aufgezeichnet).</translation>
        </message>
        <message>
            <source>Take over the traffic</source>
            <translation>Den Traffic übernehmen</translation>
        </message>
        <message>
            <source>%1 controls this session's traffic now. Take over? That cockpit stops its hold and gates and only looks; your reason goes into the audit trail.</source>
            <translation>%1 steuert den Traffic dieser Sitzung gerade. Übernehmen? Jenes Cockpit beendet Halten und Gates und schaut nur zu; Ihr Grund kommt in den Audit-Trail.</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>e.g. alice's laptop lost the VPN; bob leads the cutover from here</source>
            <translation>z. B. Alices Laptop hat das VPN verloren; Bob leitet den Cutover von hier</translation>
        </message>
        <message>
            <source>Controlled by %1 (%2). This cockpit only looks at the traffic.</source>
            <translation>Gesteuert von %1 (%2). Dieses Cockpit schaut beim Traffic nur zu.</translation>
        </message>
    </context>
    <context>
        <name>TrafficStore</name>
        <message>
            <source>step %1: %2</source>
            <translation>Schritt %1: %2</translation>
        </message>
        <message>
            <source>another cockpit controls this session's traffic now</source>
            <translation>ein anderes Cockpit steuert den Traffic dieser Sitzung gerade</translation>
        </message>
    </context>
    <context>
        <name>TrafficTrailReplayer</name>
        <message>
            <source>traffic backend setting</source>
            <translation>Traffic-Backend-Einstellung</translation>
        </message>
        <message>
            <source>traffic plan</source>
            <translation>Traffic-Plan</translation>
        </message>
        <message>
            <source>traffic step</source>
            <translation>Traffic-Schritt</translation>
        </message>
        <message>
            <source>traffic state</source>
            <translation>Traffic-Zustand</translation>
        </message>
        <message>
            <source>traffic event</source>
            <translation>Traffic-Ereignis</translation>
        </message>
        <message>
            <source>gate measurement</source>
            <translation>Gate-Messung</translation>
        </message>
        <message>
            <source>traffic lease</source>
            <translation>Traffic-Steuerrecht</translation>
        </message>
        <message>
            <source>traffic lease %1 exists but the trail never recorded who took it</source>
            <translation>Traffic-Steuerrecht %1 existiert, laut Audit-Trail hat es aber nie jemand übernommen</translation>
        </message>
    </context>
    <context>
        <name>TrailReplayer</name>
        <message>
            <source>%1 %2 exists but the trail never recorded it</source>
            <translation>%1 %2 existiert, steht aber nicht im Audit-Trail</translation>
        </message>
        <message>
            <source>%1 %2: %3 is "%4" but the trail says "%5"</source>
            <translation>%1 %2: %3 ist „%4“, laut Audit-Trail aber „%5“</translation>
        </message>
        <message>
            <source>%1 %2 is in the trail but was deleted</source>
            <translation>%1 %2 steht im Audit-Trail, wurde aber gelöscht</translation>
        </message>
        <message>
            <source>%1: the table cannot be read (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrustBanner</name>
        <message>
            <source>&amp;Review and trust…</source>
            <translation>&amp;Prüfen und vertrauen…</translation>
        </message>
        <message>
            <source>Shows every program, SQL connection and URL this session would use</source>
            <translation>Zeigt jedes Programm, jede SQL-Verbindung und jede URL, die diese Sitzung verwenden würde</translation>
        </message>
        <message>
            <source>&lt;b&gt;Untrusted:&lt;/b&gt; this session %1 — nothing runs until you trust it. It is open read-only.</source>
            <translation>&lt;b&gt;Nicht vertraut:&lt;/b&gt; diese Sitzung %1 — nichts davon läuft, bis Sie ihr vertrauen. Sie ist nur lesend geöffnet.</translation>
        </message>
    </context>
    <context>
        <name>TrustDialog</name>
        <message>
            <source>Review what this session would run</source>
            <translation>Prüfen, was diese Sitzung ausführen würde</translation>
        </message>
        <message>
            <source>A session file is data: it may have been written by anyone. Once you trust it, the cockpit and cutoverctl run these programs and connect to these databases and URLs for you. Trust it only if you expect every line.</source>
            <translation>Eine Sitzungsdatei sind Daten: Jeder kann sie geschrieben haben. Sobald Sie ihr vertrauen, führen das Cockpit und cutoverctl diese Programme für Sie aus und verbinden sich mit diesen Datenbanken und URLs. Vertrauen Sie ihr nur, wenn Sie jede Zeile erwarten.</translation>
        </message>
        <message numerus="yes">
            <source>%n program(s)</source>
            <translation>
                <numerusform>%n Programm</numerusform>
                <numerusform>%n Programme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n SQL connection(s)</source>
            <translation>
                <numerusform>%n SQL-Verbindung</numerusform>
                <numerusform>%n SQL-Verbindungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n URL(s) or socket(s)</source>
            <translation>
                <numerusform>%n URL oder Socket</numerusform>
                <numerusform>%n URLs oder Sockets</numerusform>
            </translation>
        </message>
        <message>
            <source>What the session would run</source>
            <translation>Was die Sitzung ausführen würde</translation>
        </message>
        <message>
            <source>&amp;Trust</source>
            <translation>&amp;Vertrauen</translation>
        </message>
        <message>
            <source>&amp;Keep read-only</source>
            <translation>Nur &amp;lesend lassen</translation>
        </message>
    </context>
    <context>
        <name>UserNameDialog</name>
        <message>
            <source>e.g. Alice Meyer</source>
            <translation>z. B. Alice Meyer</translation>
        </message>
        <message>
            <source>Your display name</source>
            <translation>Ihr Anzeigename</translation>
        </message>
        <message>
            <source>Every change in a cutover session is recorded as %1: that is who acts, and a name typed here does not change it. The display name is only shown beside it. Leave it empty to show the account alone.</source>
            <translation>Jede Änderung in einer Cutover-Sitzung wird als %1 aufgezeichnet: Das ist, wer handelt, und ein hier eingegebener Name ändert das nicht. Der Anzeigename wird nur daneben gezeigt. Lassen Sie ihn leer, um nur das Konto zu zeigen.</translation>
        </message>
    </context>
    <context>
        <name>WebhookPayload</name>
        <message>
            <source>Audit trail head %1… (record %2)</source>
            <translation>Kopf des Audit-Trails %1… (Eintrag %2)</translation>
        </message>
    </context>
</TS>
