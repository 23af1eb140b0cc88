<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>AuditChain</name>
        <message>
            <source>cannot read the audit trail: %1</source>
            <translation>cannot read the audit trail: %1</translation>
        </message>
        <message>
            <source>record %1 is missing (next stored record is %2)</source>
            <translation>record %1 is missing (next stored record is %2)</translation>
        </message>
        <message>
            <source>record %1 does not follow the record before it (a record before it was changed or deleted)</source>
            <translation>record %1 does not follow the record before it (a record before it was changed or deleted)</translation>
        </message>
        <message>
            <source>record %1 was changed after it was written</source>
            <translation>record %1 was changed after it was written</translation>
        </message>
        <message>
            <source>item %1 exists but the trail never created it</source>
            <translation>item %1 exists but the trail never created it</translation>
        </message>
        <message>
            <source>item %1: %2 is "%3" but the trail says "%4"</source>
            <translation>item %1: %2 is "%3" but the trail says "%4"</translation>
        </message>
        <message>
            <source>item %1 is in the trail but was deleted</source>
            <translation>item %1 is in the trail but was deleted</translation>
        </message>
    </context>
    <context>
        <name>ChecklistActions</name>
        <message>
            <source>There is no checklist item %1 in this session.</source>
            <translation>There is no checklist item %1 in this session.</translation>
        </message>
        <message>
            <source>"%1" already has the status %2; use Reopen to work on it again.</source>
            <translation>"%1" already has the status %2; use Reopen to work on it again.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>needed</source>
            <translation>needed</translation>
        </message>
        <message>
            <source>completed by %1</source>
            <translation>completed by %1</translation>
        </message>
        <message>
            <source>signed off by %1</source>
            <translation>signed off by %1</translation>
        </message>
        <message>
            <source>needs a sign-off by a second person</source>
            <translation>needs a sign-off by a second person</translation>
        </message>
        <message>
            <source>skipped because: %1</source>
            <translation>skipped because: %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Expected result</source>
            <translation>Expected result</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Sign-off</translation>
        </message>
        <message>
            <source>Planned min</source>
            <translation>Planned min</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Nothing was recorded for this action. Correct it and try again.</source>
            <translation>Nothing was recorded for this action. Correct it and try again.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <source>&amp;Failed</source>
            <translation>&amp;Failed</translation>
        </message>
        <message>
            <source>S&amp;kip…</source>
            <translation>S&amp;kip…</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Reopen</translation>
        </message>
        <message>
            <source>Sign &amp;off…</source>
            <translation>Sign &amp;off…</translation>
        </message>
        <message>
            <source>Edit &amp;notes…</source>
            <translation>Edit &amp;notes…</translation>
        </message>
        <message>
            <source>Add &amp;evidence…</source>
            <translation>Add &amp;evidence…</translation>
        </message>
        <message>
            <source>Set o&amp;wner…</source>
            <translation>Set o&amp;wner…</translation>
        </message>
        <message>
            <source>Mark the selected item as in progress</source>
            <translation>Mark the selected item as in progress</translation>
        </message>
        <message>
            <source>Mark the selected item as done (items that need a sign-off then await it)</source>
            <translation>Mark the selected item as done (items that need a sign-off then await it)</translation>
        </message>
        <message>
            <source>Mark the selected item as failed</source>
            <translation>Mark the selected item as failed</translation>
        </message>
        <message>
            <source>Skip the selected item; you will be asked for the reason</source>
            <translation>Skip the selected item; you will be asked for the reason</translation>
        </message>
        <message>
            <source>Set the selected item back to open</source>
            <translation>Set the selected item back to open</translation>
        </message>
        <message>
            <source>Sign off the selected item as a second person</source>
            <translation>Sign off the selected item as a second person</translation>
        </message>
        <message>
            <source>Edit the notes of the selected item</source>
            <translation>Edit the notes of the selected item</translation>
        </message>
        <message>
            <source>Add or edit evidence links of the selected item (one per line)</source>
            <translation>Add or edit evidence links of the selected item (one per line)</translation>
        </message>
        <message>
            <source>Set who owns the selected item</source>
            <translation>Set who owns the selected item</translation>
        </message>
        <message>
            <source>&amp;Open items only</source>
            <translation>&amp;Open items only</translation>
        </message>
        <message>
            <source>Hide items that are done or skipped (%1)</source>
            <translation>Hide items that are done or skipped (%1)</translation>
        </message>
        <message>
            <source>&amp;My items</source>
            <translation>&amp;My items</translation>
        </message>
        <message>
            <source>Show only the items you own (%1)</source>
            <translation>Show only the items you own (%1)</translation>
        </message>
        <message>
            <source>Space: next status · Enter: notes · I start · D done · F failed · S skip · R reopen · E evidence · O owner · right-click: all actions</source>
            <translation>Space: next status · Enter: notes · I start · D done · F failed · S skip · R reopen · E evidence · O owner · right-click: all actions</translation>
        </message>
        <message>
            <source>"%1" is signed off by %2.</source>
            <translation>"%1" is signed off by %2.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistProgressHeader</name>
        <message>
            <source>All phases</source>
            <translation>All phases</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Overall</translation>
        </message>
    </context>
    <context>
        <name>CutoverSession</name>
        <message>
            <source>A session is created by a named person; give your name.</source>
            <translation>A session is created by a named person; give your name.</translation>
        </message>
        <message>
            <source>The session needs a name.</source>
            <translation>The session needs a name.</translation>
        </message>
        <message>
            <source>Cannot write the new session: %1</source>
            <translation>Cannot write the new session: %1</translation>
        </message>
        <message>
            <source>%1 has no session header; it is damaged.</source>
            <translation>%1 has no session header; it is damaged.</translation>
        </message>
        <message>
            <source>Item %1 has an unknown status "%2"; the session file is damaged.</source>
            <translation>Item %1 has an unknown status "%2"; the session file is damaged.</translation>
        </message>
        <message>
            <source>This session is open read-only; nothing can be changed here.</source>
            <translation>This session is open read-only; nothing can be changed here.</translation>
        </message>
        <message>
            <source>Every change is recorded with a name; give your name first.</source>
            <translation>Every change is recorded with a name; give your name first.</translation>
        </message>
        <message>
            <source>There is no checklist item %1 in this session.</source>
            <translation>There is no checklist item %1 in this session.</translation>
        </message>
        <message>
            <source>An item awaits sign-off after it is marked done; mark it done instead.</source>
            <translation>An item awaits sign-off after it is marked done; mark it done instead.</translation>
        </message>
        <message>
            <source>Skipping "%1" needs a reason.</source>
            <translation>Skipping "%1" needs a reason.</translation>
        </message>
        <message>
            <source>"%1" does not need a sign-off.</source>
            <translation>"%1" does not need a sign-off.</translation>
        </message>
        <message>
            <source>"%1" is %2; it can be signed off once it has been marked done.</source>
            <translation>"%1" is %2; it can be signed off once it has been marked done.</translation>
        </message>
        <message>
            <source>The sign-off must come from a second person: %1 completed "%2" and cannot sign it off too.</source>
            <translation>The sign-off must come from a second person: %1 completed "%2" and cannot sign it off too.</translation>
        </message>
        <message>
            <source>The change was not saved: %1</source>
            <translation>The change was not saved: %1</translation>
        </message>
    </context>
    <context>
        <name>DemoSession</name>
        <message>
            <source>The demo session could not be built: %1</source>
            <translation>The demo session could not be built: %1</translation>
        </message>
        <message>
            <source>DEMO: Core banking adapter</source>
            <translation>DEMO: Core banking adapter</translation>
        </message>
        <message>
            <source>Move the payment flow to the new integration platform without downtime (demo data).</source>
            <translation>Move the payment flow to the new integration platform without downtime (demo data).</translation>
        </message>
        <message>
            <source>The demo template has fewer than two phases.</source>
            <translation>The demo template has fewer than two phases.</translation>
        </message>
        <message>
            <source>checked in the demo</source>
            <translation>checked in the demo</translation>
        </message>
        <message>
            <source>Change CHG-4711 approved; bridge call open. (demo)</source>
            <translation>Change CHG-4711 approved; bridge call open. (demo)</translation>
        </message>
    </context>
    <context>
        <name>ItemDetailsView</name>
        <message>
            <source>Select an item to see its full record.</source>
            <translation>Select an item to see its full record.</translation>
        </message>
        <message>
            <source>completed by %1</source>
            <translation>completed by %1</translation>
        </message>
        <message>
            <source>signed off by %1</source>
            <translation>signed off by %1</translation>
        </message>
        <message>
            <source>needs a sign-off by a second person</source>
            <translation>needs a sign-off by a second person</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Expected result</source>
            <translation>Expected result</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Skipped because</source>
            <translation>Skipped because</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>started %1</source>
            <translation>started %1</translation>
        </message>
        <message>
            <source>ended %1</source>
            <translation>ended %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
    </context>
    <context>
        <name>ItemInputDialogs</name>
        <message>
            <source>Skip item</source>
            <translation>Skip item</translation>
        </message>
        <message>
            <source>Why is "%1" skipped? The reason is recorded in the audit trail.</source>
            <translation>Why is "%1" skipped? The reason is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Sign off</translation>
        </message>
        <message>
            <source>"%1" was completed by %2. The sign-off must come from a second person.
Sign off as:</source>
            <translation>"%1" was completed by %2. The sign-off must come from a second person.
Sign off as:</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Who owns "%1"?</source>
            <translation>Who owns "%1"?</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Evidence for "%1": links or file paths, one per line.</source>
            <translation>Evidence for "%1": links or file paths, one per line.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Notes on "%1":</source>
            <translation>Notes on "%1":</translation>
        </message>
    </context>
    <context>
        <name>ItemStatus</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Awaiting sign-off</source>
            <translation>Awaiting sign-off</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Skipped</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Cutover Cockpit</source>
            <translation>About Cutover Cockpit</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Cutover Cockpit %1&lt;/h3&gt;&lt;p&gt;The cockpit for the lead of a zero-downtime production cutover: checklist, sign-offs and a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Cutover Cockpit %1&lt;/h3&gt;&lt;p&gt;The cockpit for the lead of a zero-downtime production cutover: checklist, sign-offs and a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;New session…</translation>
        </message>
        <message>
            <source>&amp;Open session…</source>
            <translation>&amp;Open session…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Open the &amp;demo</translation>
        </message>
        <message>
            <source>&amp;Import runbook…</source>
            <translation>&amp;Import runbook…</translation>
        </message>
        <message>
            <source>&amp;Export runbook…</source>
            <translation>&amp;Export runbook…</translation>
        </message>
        <message>
            <source>&amp;Close session</source>
            <translation>&amp;Close session</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Change &amp;your name…</source>
            <translation>Change &amp;your name…</translation>
        </message>
        <message>
            <source>&amp;Item</source>
            <translation>&amp;Item</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Checklist</source>
            <translation>&amp;Checklist</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Cutover Cockpit</source>
            <translation>&amp;About Cutover Cockpit</translation>
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
            <translation>Cannot open the session</translation>
        </message>
        <message>
            <source>The file was not changed. Check that it is a Cutover Cockpit session, or open another one.</source>
            <translation>The file was not changed. Check that it is a Cutover Cockpit session, or open another one.</translation>
        </message>
        <message>
            <source>Cannot create a temporary folder for the demo.</source>
            <translation>Cannot create a temporary folder for the demo.</translation>
        </message>
        <message>
            <source>Cannot start the demo</source>
            <translation>Cannot start the demo</translation>
        </message>
        <message>
            <source>Check that the temporary folder is writable.</source>
            <translation>Check that the temporary folder is writable.</translation>
        </message>
        <message>
            <source>Cannot create the session</source>
            <translation>Cannot create the session</translation>
        </message>
        <message>
            <source>Choose another file name or folder and try again.</source>
            <translation>Choose another file name or folder and try again.</translation>
        </message>
        <message>
            <source>Open a cutover session</source>
            <translation>Open a cutover session</translation>
        </message>
        <message>
            <source>Cutover sessions (*.cutover);;All files (*)</source>
            <translation>Cutover sessions (*.cutover);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Close message</source>
            <translation>Close message</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>Rehearsal</source>
            <translation>Rehearsal</translation>
        </message>
        <message>
            <source>Live cutover</source>
            <translation>Live cutover</translation>
        </message>
        <message>
            <source>New cutover session</source>
            <translation>New cutover session</translation>
        </message>
        <message>
            <source>e.g. Core banking adapter</source>
            <translation>e.g. Core banking adapter</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>What must be true when the cutover is done?</source>
            <translation>What must be true when the cutover is done?</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Goal:</translation>
        </message>
        <message>
            <source>Practise the cutover; the session is shown in blue as REHEARSAL.</source>
            <translation>Practise the cutover; the session is shown in blue as REHEARSAL.</translation>
        </message>
        <message>
            <source>The real cutover; the session is shown in red as LIVE.</source>
            <translation>The real cutover; the session is shown in red as LIVE.</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Default: the article's ten-step checklist</source>
            <translation>Default: the article's ten-step checklist</translation>
        </message>
        <message>
            <source>Import from file…</source>
            <translation>Import from file…</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Template:</translation>
        </message>
        <message>
            <source>&amp;Language of the checklist:</source>
            <translation>&amp;Language of the checklist:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Session &amp;file:</source>
            <translation>Session &amp;file:</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>Create session</translation>
        </message>
        <message>
            <source>Import a runbook</source>
            <translation>Import a runbook</translation>
        </message>
        <message>
            <source>Runbooks (*.md *.markdown *.csv *.json)</source>
            <translation>Runbooks (*.md *.markdown *.csv *.json)</translation>
        </message>
        <message>
            <source>Session file</source>
            <translation>Session file</translation>
        </message>
        <message>
            <source>Cutover sessions (*.cutover)</source>
            <translation>Cutover sessions (*.cutover)</translation>
        </message>
        <message>
            <source>Choose a runbook file to import, or another template.</source>
            <translation>Choose a runbook file to import, or another template.</translation>
        </message>
        <message>
            <source>%1 already exists. Choose another file name; an existing session is never overwritten.</source>
            <translation>%1 already exists. Choose another file name; an existing session is never overwritten.</translation>
        </message>
        <message>
            <source>The template cannot be used: %1
Correct the file or choose another template.</source>
            <translation>The template cannot be used: %1
Correct the file or choose another template.</translation>
        </message>
    </context>
    <context>
        <name>PhaseItemDelegate</name>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhaseListModel</name>
        <message>
            <source>%1: %2 of %3 items finished</source>
            <translation>%1: %2 of %3 items finished</translation>
        </message>
    </context>
    <context>
        <name>PhaseListPanel</name>
        <message>
            <source>Phases</source>
            <translation>Phases</translation>
        </message>
        <message>
            <source>All phases</source>
            <translation>All phases</translation>
        </message>
        <message>
            <source>Show the items of every phase in one list</source>
            <translation>Show the items of every phase in one list</translation>
        </message>
    </context>
    <context>
        <name>RecentSessions</name>
        <message>
            <source>(no recent sessions)</source>
            <translation>(no recent sessions)</translation>
        </message>
    </context>
    <context>
        <name>RunbookCodec</name>
        <message>
            <source>the runbook has no tasks</source>
            <translation>the runbook has no tasks</translation>
        </message>
        <message>
            <source>a second table was found; a runbook file holds one table</source>
            <translation>a second table was found; a runbook file holds one table</translation>
        </message>
        <message>
            <source>the header must be followed by a |---| line</source>
            <translation>the header must be followed by a |---| line</translation>
        </message>
        <message>
            <source>no table found: expected a line like | Phase | Task | Result |</source>
            <translation>no table found: expected a line like | Phase | Task | Result |</translation>
        </message>
        <message>
            <source>a quote inside an unquoted field</source>
            <translation>a quote inside an unquoted field</translation>
        </message>
        <message>
            <source>a quoted field is never closed</source>
            <translation>a quoted field is never closed</translation>
        </message>
        <message>
            <source>the CSV file is empty; it needs a header row</source>
            <translation>the CSV file is empty; it needs a header row</translation>
        </message>
        <message>
            <source>invalid JSON: %1</source>
            <translation>invalid JSON: %1</translation>
        </message>
        <message>
            <source>the JSON must be an object with "phases"</source>
            <translation>the JSON must be an object with "phases"</translation>
        </message>
        <message>
            <source>"phases" must be an array</source>
            <translation>"phases" must be an array</translation>
        </message>
        <message>
            <source>%1.name is missing or empty</source>
            <translation>%1.name is missing or empty</translation>
        </message>
        <message>
            <source>%1.tasks must be an array</source>
            <translation>%1.tasks must be an array</translation>
        </message>
        <message>
            <source>%1 must be an object</source>
            <translation>%1 must be an object</translation>
        </message>
        <message>
            <source>%1.signoff must be true or false</source>
            <translation>%1.signoff must be true or false</translation>
        </message>
        <message>
            <source>%1.minutes must be a whole number of zero or more</source>
            <translation>%1.minutes must be a whole number of zero or more</translation>
        </message>
        <message>
            <source>%1.task is missing or empty</source>
            <translation>%1.task is missing or empty</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text</source>
            <translation>the file is not UTF-8 text</translation>
        </message>
        <message>
            <source>%1: unknown runbook format; use a .md, .csv or .json file</source>
            <translation>%1: unknown runbook format; use a .md, .csv or .json file</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 cannot be read: %2</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 cannot be written: %2</translation>
        </message>
        <message>
            <source>unknown column "%1" (expected Phase, Task, Result and optionally Owner, Sign-off, Minutes; German: Phase, Aufgabe, Ergebnis, Verantwortlich, Freigabe, Minuten)</source>
            <translation>unknown column "%1" (expected Phase, Task, Result and optionally Owner, Sign-off, Minutes; German: Phase, Aufgabe, Ergebnis, Verantwortlich, Freigabe, Minuten)</translation>
        </message>
        <message>
            <source>column "%1" appears twice</source>
            <translation>column "%1" appears twice</translation>
        </message>
        <message>
            <source>the header needs at least the columns Phase and Task</source>
            <translation>the header needs at least the columns Phase and Task</translation>
        </message>
        <message>
            <source>%1 cells, but the header has %2 columns</source>
            <translation>%1 cells, but the header has %2 columns</translation>
        </message>
        <message>
            <source>sign-off must be yes or no, not "%1"</source>
            <translation>sign-off must be yes or no, not "%1"</translation>
        </message>
        <message>
            <source>minutes must be a whole number of zero or more, not "%1"</source>
            <translation>minutes must be a whole number of zero or more, not "%1"</translation>
        </message>
        <message>
            <source>the phase is empty</source>
            <translation>the phase is empty</translation>
        </message>
        <message>
            <source>the task is empty</source>
            <translation>the task is empty</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>line %1: %2</translation>
        </message>
    </context>
    <context>
        <name>RunbookFileDialogs</name>
        <message>
            <source>Import a runbook</source>
            <translation>Import a runbook</translation>
        </message>
        <message>
            <source>Runbooks (*.md *.markdown *.csv *.json)</source>
            <translation>Runbooks (*.md *.markdown *.csv *.json)</translation>
        </message>
        <message>
            <source>Cannot import the runbook</source>
            <translation>Cannot import the runbook</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct the file at the line named and import it again.</source>
            <translation>Nothing was imported. Correct the file at the line named and import it again.</translation>
        </message>
        <message>
            <source>Export the runbook</source>
            <translation>Export the runbook</translation>
        </message>
        <message>
            <source>Markdown (*.md);;CSV (*.csv);;JSON (*.json)</source>
            <translation>Markdown (*.md);;CSV (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <source>%1 has no known suffix; use .md, .csv or .json.</source>
            <translation>%1 has no known suffix; use .md, .csv or .json.</translation>
        </message>
        <message>
            <source>Cannot export the runbook</source>
            <translation>Cannot export the runbook</translation>
        </message>
        <message>
            <source>Choose another file name or folder.</source>
            <translation>Choose another file name or folder.</translation>
        </message>
    </context>
    <context>
        <name>SessionStatusStrip</name>
        <message>
            <source>Goal: %1
File: %2</source>
            <translation>Goal: %1
File: %2</translation>
        </message>
        <message>
            <source>REHEARSAL</source>
            <translation>REHEARSAL</translation>
        </message>
        <message>
            <source>LIVE</source>
            <translation>LIVE</translation>
        </message>
        <message>
            <source>A rehearsal: production is not affected by design.</source>
            <translation>A rehearsal: production is not affected by design.</translation>
        </message>
        <message>
            <source>A live cutover: actions affect production.</source>
            <translation>A live cutover: actions affect production.</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <source>A demo session in a temporary folder; it is deleted when the program ends.</source>
            <translation>A demo session in a temporary folder; it is deleted when the program ends.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Copy the full audit head hash to the clipboard</source>
            <translation>Copy the full audit head hash to the clipboard</translation>
        </message>
        <message>
            <source>elapsed %1</source>
            <translation>elapsed %1</translation>
        </message>
        <message>
            <source>Time since the session was created (%1)</source>
            <translation>Time since the session was created (%1)</translation>
        </message>
        <message>
            <source>phase %1/%2</source>
            <translation>phase %1/%2</translation>
        </message>
        <message>
            <source>checklist %1/%2</source>
            <translation>checklist %1/%2</translation>
        </message>
        <message>
            <source>audit head %1…</source>
            <translation>audit head %1…</translation>
        </message>
        <message numerus="yes">
            <source>Head of the audit hash chain (%n records):
%1
Keep a copy to prove later that nothing was cut off the end.</source>
            <translation>
                <numerusform>Head of the audit hash chain (%n record):
%1
Keep a copy to prove later that nothing was cut off the end.</numerusform>
                <numerusform>Head of the audit hash chain (%n records):
%1
Keep a copy to prove later that nothing was cut off the end.</numerusform>
            </translation>
        </message>
        <message>
            <source>you: %1</source>
            <translation>you: %1</translation>
        </message>
        <message>
            <source>you: (name not set)</source>
            <translation>you: (name not set)</translation>
        </message>
        <message>
            <source>READ-ONLY</source>
            <translation>READ-ONLY</translation>
        </message>
        <message>
            <source>This session is open read-only; nothing can be changed here.</source>
            <translation>This session is open read-only; nothing can be changed here.</translation>
        </message>
    </context>
    <context>
        <name>SessionStore</name>
        <message>
            <source>%1 already exists; choose another file name.</source>
            <translation>%1 already exists; choose another file name.</translation>
        </message>
        <message>
            <source>Cannot create %1: %2</source>
            <translation>Cannot create %1: %2</translation>
        </message>
        <message>
            <source>%1 uses an older schema (version %2) and must be opened for writing once to be upgraded before it can be viewed read-only.</source>
            <translation>%1 uses an older schema (version %2) and must be opened for writing once to be upgraded before it can be viewed read-only.</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>%1 cannot be opened: %2</translation>
        </message>
        <message>
            <source>%1 cannot be opened for writing: %2</source>
            <translation>%1 cannot be opened for writing: %2</translation>
        </message>
        <message>
            <source>Cannot upgrade %1: %2</source>
            <translation>Cannot upgrade %1: %2</translation>
        </message>
        <message>
            <source>Cannot upgrade %1 to schema version %2: %3</source>
            <translation>Cannot upgrade %1 to schema version %2: %3</translation>
        </message>
        <message>
            <source>Cannot record schema version %1 in %2: %3</source>
            <translation>Cannot record schema version %1 in %2: %3</translation>
        </message>
        <message>
            <source>This session is open read-only; nothing can be changed here.</source>
            <translation>This session is open read-only; nothing can be changed here.</translation>
        </message>
        <message>
            <source>The session file %1 does not exist.</source>
            <translation>The session file %1 does not exist.</translation>
        </message>
        <message>
            <source>The session file %1 cannot be read: %2</source>
            <translation>The session file %1 cannot be read: %2</translation>
        </message>
        <message>
            <source>%1 is not a Cutover Cockpit session: it is not an SQLite database (it may be damaged or another kind of file). It was not changed.</source>
            <translation>%1 is not a Cutover Cockpit session: it is not an SQLite database (it may be damaged or another kind of file). It was not changed.</translation>
        </message>
        <message>
            <source>%1 is damaged (SQLite integrity check: %2). It was not changed; restore it from a copy, or open it read-only with the sqlite3 shell to rescue data.</source>
            <translation>%1 is damaged (SQLite integrity check: %2). It was not changed; restore it from a copy, or open it read-only with the sqlite3 shell to rescue data.</translation>
        </message>
        <message>
            <source>%1 is an SQLite database, but not a Cutover Cockpit session. It was not changed.</source>
            <translation>%1 is an SQLite database, but not a Cutover Cockpit session. It was not changed.</translation>
        </message>
        <message>
            <source>%1 has no schema version; it is not a usable Cutover Cockpit session.</source>
            <translation>%1 has no schema version; it is not a usable Cutover Cockpit session.</translation>
        </message>
        <message>
            <source>%1 has an invalid schema version "%2".</source>
            <translation>%1 has an invalid schema version "%2".</translation>
        </message>
        <message>
            <source>%1 was written by a newer Cutover Cockpit (schema version %2; this version understands up to %3). It was not changed; open it with a newer version.</source>
            <translation>%1 was written by a newer Cutover Cockpit (schema version %2; this version understands up to %3). It was not changed; open it with a newer version.</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>The checklist of the selected phase (Ctrl+1)</source>
            <translation>The checklist of the selected phase (Ctrl+1)</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>No goal statement was given for this session.</source>
            <translation>No goal statement was given for this session.</translation>
        </message>
    </context>
    <context>
        <name>SetItemStatusCommand</name>
        <message>
            <source>set "%1" to %2</source>
            <translation>set "%1" to %2</translation>
        </message>
    </context>
    <context>
        <name>SetItemTextCommand</name>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>evidence</translation>
        </message>
        <message>
            <source>edit %1 of "%2"</source>
            <translation>edit %1 of "%2"</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>%1 (missing)</source>
            <translation>%1 (missing)</translation>
        </message>
        <message>
            <source>Cutover Cockpit</source>
            <translation>Cutover Cockpit</translation>
        </message>
        <message>
            <source>Lead a zero-downtime production cutover from its checklist: every step, sign-off and note is saved at once and recorded in a tamper-evident audit trail.</source>
            <translation>Lead a zero-downtime production cutover from its checklist: every step, sign-off and note is saved at once and recorded in a tamper-evident audit trail.</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>New session…</translation>
        </message>
        <message>
            <source>Open session…</source>
            <translation>Open session…</translation>
        </message>
        <message>
            <source>Look at the demo</source>
            <translation>Look at the demo</translation>
        </message>
        <message>
            <source>A demo session mid-cutover, in a temporary folder</source>
            <translation>A demo session mid-cutover, in a temporary folder</translation>
        </message>
        <message>
            <source>Recent sessions</source>
            <translation>Recent sessions</translation>
        </message>
        <message>
            <source>No recent sessions yet. Sessions you create or open appear here.</source>
            <translation>No recent sessions yet. Sessions you create or open appear here.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
    </context>
    <context>
        <name>TemplateLibrary</name>
        <message>
            <source>There is no template or runbook file named "%1" (templates are in %2).</source>
            <translation>There is no template or runbook file named "%1" (templates are in %2).</translation>
        </message>
        <message>
            <source>A template name uses letters, digits, '-', '_' and '.', not "%1".</source>
            <translation>A template name uses letters, digits, '-', '_' and '.', not "%1".</translation>
        </message>
        <message>
            <source>"default" is the built-in template; choose another name.</source>
            <translation>"default" is the built-in template; choose another name.</translation>
        </message>
        <message>
            <source>Cannot create the template folder %1.</source>
            <translation>Cannot create the template folder %1.</translation>
        </message>
    </context>
    <context>
        <name>UserNameDialog</name>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Every change in a cutover session is recorded with the name of the person who made it. Which name should the cockpit record for you?</source>
            <translation>Every change in a cutover session is recorded with the name of the person who made it. Which name should the cockpit record for you?</translation>
        </message>
        <message>
            <source>e.g. Alice Meyer</source>
            <translation>e.g. Alice Meyer</translation>
        </message>
    </context>
</TS>
