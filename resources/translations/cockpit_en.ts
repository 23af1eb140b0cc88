<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>ActionReasonDialog</name>
        <message>
            <source>Reason (required, kept in the audit trail):</source>
            <translation>Reason (required, kept in the audit trail):</translation>
        </message>
        <message>
            <source>e.g. error rate on the new path above 1 %</source>
            <translation>e.g. error rate on the new path above 1 %</translation>
        </message>
    </context>
    <context>
        <name>AllowedSigners</name>
        <message>
            <source>the time "%1" is not YYYYMMDD[HHMM[SS]][Z]</source>
            <translation>the time "%1" is not YYYYMMDD[HHMM[SS]][Z]</translation>
        </message>
        <message>
            <source>unknown option "%1"</source>
            <translation>unknown option "%1"</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>line %1: %2</translation>
        </message>
        <message>
            <source>no public key of the form "TYPE BASE64"</source>
            <translation>no public key of the form "TYPE BASE64"</translation>
        </message>
        <message>
            <source>Cannot read the allowed signers file %1: %2</source>
            <translation>Cannot read the allowed signers file %1: %2</translation>
        </message>
        <message>
            <source>The allowed signers file %1 is larger than 16 MiB.</source>
            <translation>The allowed signers file %1 is larger than 16 MiB.</translation>
        </message>
    </context>
    <context>
        <name>AsyncProcess</name>
        <message>
            <source>%1 did not finish within %2 ms and was stopped.</source>
            <translation>%1 did not finish within %2 ms and was stopped.</translation>
        </message>
        <message>
            <source>%1 could not be started: %2</source>
            <translation>%1 could not be started: %2</translation>
        </message>
        <message>
            <source>%1 crashed or was killed.</source>
            <translation>%1 crashed or was killed.</translation>
        </message>
    </context>
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
            <source>The audit trail of %1 is broken at record %2 (%3); nothing more is written. Run `cutoverctl audit verify %1` for details.</source>
            <translation>The audit trail of %1 is broken at record %2 (%3); nothing more is written. Run `cutoverctl audit verify %1` for details.</translation>
        </message>
        <message>
            <source>the server wrote audit record %1 with hash %2, not the record %3 with hash %4 this cockpit expected; nothing was saved</source>
            <translation>the server wrote audit record %1 with hash %2, not the record %3 with hash %4 this cockpit expected; nothing was saved</translation>
        </message>
    </context>
    <context>
        <name>AuditCsv</name>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 cannot be written: %2</translation>
        </message>
    </context>
    <context>
        <name>AuditFeed</name>
        <message numerus="yes">
            <source>The audit trail of %1 has %n record(s); there is no record %2 to start after.</source>
            <translation>
                <numerusform>The audit trail of %1 has %n record; there is no record %2 to start after.</numerusform>
                <numerusform>The audit trail of %1 has %n records; there is no record %2 to start after.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read the audit trail of %1: %2</source>
            <translation>Cannot read the audit trail of %1: %2</translation>
        </message>
        <message>
            <source>Record %1 of the audit trail of %2 does not verify; run `cutoverctl audit verify %2`.</source>
            <translation>Record %1 of the audit trail of %2 does not verify; run `cutoverctl audit verify %2`.</translation>
        </message>
        <message>
            <source>record %1, the last one seen, is no longer in the trail (records were deleted or cut off the end)</source>
            <translation>record %1, the last one seen, is no longer in the trail (records were deleted or cut off the end)</translation>
        </message>
        <message>
            <source>record %1, the last one seen, was changed after it was read</source>
            <translation>record %1, the last one seen, was changed after it was read</translation>
        </message>
    </context>
    <context>
        <name>BackendConfigDialog</name>
        <message>
            <source>Traffic backend</source>
            <translation>Traffic backend</translation>
        </message>
        <message>
            <source>why this backend</source>
            <translation>why this backend</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Some backend plugins could not be loaded:
%1</source>
            <translation>Some backend plugins could not be loaded:
%1</translation>
        </message>
        <message>
            <source>name of the environment variable holding it</source>
            <translation>name of the environment variable holding it</translation>
        </message>
        <message>
            <source>%1 (from environment variable)</source>
            <translation>%1 (from environment variable)</translation>
        </message>
    </context>
    <context>
        <name>BackendInfo</name>
        <message>
            <source>"%1" (%2) is required.</source>
            <translation>"%1" (%2) is required.</translation>
        </message>
        <message>
            <source>"%1" is a secret and must not be written into a configuration; set the environment variable named in "%1_env" instead.</source>
            <translation>"%1" is a secret and must not be written into a configuration; set the environment variable named in "%1_env" instead.</translation>
        </message>
        <message>
            <source>"%1" must be of type %2.</source>
            <translation>"%1" must be of type %2.</translation>
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
            <translation>%1 bytes</translation>
        </message>
        <message>
            <source>response larger than %1 — cut off</source>
            <translation>response larger than %1 — cut off</translation>
        </message>
        <message>
            <source>(output larger than %1 — cut off)</source>
            <translation>(output larger than %1 — cut off)</translation>
        </message>
    </context>
    <context>
        <name>BusinessGatePage</name>
        <message>
            <source>HTTP request sequence</source>
            <translation>HTTP request sequence</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Command</translation>
        </message>
        <message>
            <source>&amp;Test by:</source>
            <translation>&amp;Test by:</translation>
        </message>
        <message>
            <source>Run in order; each is judged like a health check and the first that fails decides.</source>
            <translation>Run in order; each is judged like a health check and the first that fails decides.</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Expected status</source>
            <translation>Expected status</translation>
        </message>
        <message>
            <source>Body matches</source>
            <translation>Body matches</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>The HTTP requests of the transaction, in order.</source>
            <translation>The HTTP requests of the transaction, in order.</translation>
        </message>
        <message>
            <source>Add re&amp;quest</source>
            <translation>Add re&amp;quest</translation>
        </message>
        <message>
            <source>Remove request</source>
            <translation>Remove request</translation>
        </message>
        <message>
            <source>&amp;Program:</source>
            <translation>&amp;Program:</translation>
        </message>
        <message>
            <source>Run without a shell; exit code 0 passes. Its last output line is shown with the measurement.</source>
            <translation>Run without a shell; exit code 0 passes. Its last output line is shown with the measurement.</translation>
        </message>
        <message>
            <source>The arguments, separated by spaces; quote one with spaces.</source>
            <translation>The arguments, separated by spaces; quote one with spaces.</translation>
        </message>
        <message>
            <source>&amp;Arguments:</source>
            <translation>&amp;Arguments:</translation>
        </message>
    </context>
    <context>
        <name>BusinessTransactionProbe</name>
        <message>
            <source>The business transaction has no requests.</source>
            <translation>The business transaction has no requests.</translation>
        </message>
        <message>
            <source>request %1 of %2: %3</source>
            <translation>request %1 of %2: %3</translation>
        </message>
        <message>
            <source>all %1 requests met their conditions</source>
            <translation>all %1 requests met their conditions</translation>
        </message>
        <message>
            <source>request %1: %2</source>
            <translation>request %1: %2</translation>
        </message>
        <message>
            <source>exit code 0 within %1 ms</source>
            <translation>exit code 0 within %1 ms</translation>
        </message>
        <message>
            <source>no exit after %1 ms</source>
            <translation>no exit after %1 ms</translation>
        </message>
        <message>
            <source>The command did not finish within %1 ms and was stopped.</source>
            <translation>The command did not finish within %1 ms and was stopped.</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>not started</translation>
        </message>
        <message>
            <source>The command "%1" could not be started: %2</source>
            <translation>The command "%1" could not be started: %2</translation>
        </message>
        <message>
            <source>crashed</source>
            <translation>crashed</translation>
        </message>
        <message>
            <source>The command crashed.</source>
            <translation>The command crashed.</translation>
        </message>
        <message>
            <source>exit code %1</source>
            <translation>exit code %1</translation>
        </message>
        <message>
            <source>the command succeeded</source>
            <translation>the command succeeded</translation>
        </message>
        <message>
            <source>the command exited with %1</source>
            <translation>the command exited with %1</translation>
        </message>
        <message>
            <source>The command did not finish within %1 ms and was stopped; its last output: %2</source>
            <translation>The command did not finish within %1 ms and was stopped; its last output: %2</translation>
        </message>
        <message>
            <source>The command crashed; its last output: %1</source>
            <translation>The command crashed; its last output: %1</translation>
        </message>
        <message>
            <source>the command succeeded: %1</source>
            <translation>the command succeeded: %1</translation>
        </message>
        <message>
            <source>the command exited with %1: %2</source>
            <translation>the command exited with %1: %2</translation>
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
        <message>
            <source>"%1" was changed meanwhile: it is now %2. Look at it again before you change it.</source>
            <translation>"%1" was changed meanwhile: it is now %2. Look at it again before you change it.</translation>
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
        <message>
            <source>&amp;Withdraw my sign-off…</source>
            <translation>&amp;Withdraw my sign-off…</translation>
        </message>
        <message>
            <source>Take back your own sign-off of the selected item (recorded with a reason)</source>
            <translation>Take back your own sign-off of the selected item (recorded with a reason)</translation>
        </message>
        <message>
            <source>Withdraw sign-off</source>
            <translation>Withdraw sign-off</translation>
        </message>
        <message>
            <source>Withdraw your sign-off of "%1"? It then awaits a sign-off again.</source>
            <translation>Withdraw your sign-off of "%1"? It then awaits a sign-off again.</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Withdraw</translation>
        </message>
        <message>
            <source>Your sign-off of "%1" is withdrawn.</source>
            <translation>Your sign-off of "%1" is withdrawn.</translation>
        </message>
        <message>
            <source>Se&amp;t owner…</source>
            <translation>Se&amp;t owner…</translation>
        </message>
        <message>
            <source>M&amp;y items</source>
            <translation>M&amp;y items</translation>
        </message>
        <message>
            <source>e.g. signed off before the evidence was attached</source>
            <translation>e.g. signed off before the evidence was attached</translation>
        </message>
        <message>
            <source>Skip with your signature</source>
            <translation>Skip with your signature</translation>
        </message>
        <message>
            <source>"%1" is skipped, signed by %2.</source>
            <translation>"%1" is skipped, signed by %2.</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Sign off</translation>
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
        <name>ChecklistTrailReplayer</name>
        <message>
            <source>item</source>
            <translation>item</translation>
        </message>
        <message>
            <source>item %1 exists but the trail never created it</source>
            <translation>item %1 exists but the trail never created it</translation>
        </message>
    </context>
    <context>
        <name>CommandBackend</name>
        <message>
            <source>"apply_command" is required.</source>
            <translation>"apply_command" is required.</translation>
        </message>
        <message>
            <source>"read_command" is required: without it the split in force cannot be read back.</source>
            <translation>"read_command" is required: without it the split in force cannot be read back.</translation>
        </message>
        <message>
            <source>%1 is not an executable file.</source>
            <translation>%1 is not an executable file.</translation>
        </message>
        <message>
            <source>"timeout_ms" must be positive.</source>
            <translation>"timeout_ms" must be positive.</translation>
        </message>
        <message>
            <source>%1 % is not between 0 and 100.</source>
            <translation>%1 % is not between 0 and 100.</translation>
        </message>
        <message>
            <source>%1 exited with %2: %3</source>
            <translation>%1 exited with %2: %3</translation>
        </message>
        <message>
            <source>the command succeeded but the read-back shows %1 % instead of %2 %</source>
            <translation>the command succeeded but the read-back shows %1 % instead of %2 %</translation>
        </message>
        <message>
            <source>%1 printed "%2", not a percentage between 0 and 100.</source>
            <translation>%1 printed "%2", not a percentage between 0 and 100.</translation>
        </message>
        <message>
            <source>%1 reports %2 % on %3</source>
            <translation>%1 reports %2 % on %3</translation>
        </message>
        <message>
            <source>no check command configured</source>
            <translation>no check command configured</translation>
        </message>
    </context>
    <context>
        <name>ConsistencyGatePage</name>
        <message>
            <source>Old system</source>
            <translation>Old system</translation>
        </message>
        <message>
            <source>New system</source>
            <translation>New system</translation>
        </message>
        <message>
            <source>How far the new value may differ from the old one.</source>
            <translation>How far the new value may differ from the old one.</translation>
        </message>
        <message>
            <source>absolute</source>
            <translation>absolute</translation>
        </message>
        <message>
            <source>% of the old value</source>
            <translation>% of the old value</translation>
        </message>
        <message>
            <source>&amp;Tolerance:</source>
            <translation>&amp;Tolerance:</translation>
        </message>
        <message>
            <source>Sample &amp;old:</source>
            <translation>Sample &amp;old:</translation>
        </message>
        <message>
            <source>Optional: rows from the old system that must equal the new system's sample as a set.</source>
            <translation>Optional: rows from the old system that must equal the new system's sample as a set.</translation>
        </message>
        <message>
            <source>Sample &amp;new:</source>
            <translation>Sample &amp;new:</translation>
        </message>
        <message>
            <source>Optional: the same rows read from the new system.</source>
            <translation>Optional: the same rows read from the new system.</translation>
        </message>
    </context>
    <context>
        <name>CsvReplaySource</name>
        <message>
            <source>CSV replay of %1</source>
            <translation>CSV replay of %1</translation>
        </message>
        <message>
            <source>Line %1: expected 3 fields "time,series,value", found %2.</source>
            <translation>Line %1: expected 3 fields "time,series,value", found %2.</translation>
        </message>
        <message>
            <source>Line %1: the time "%2" is neither epoch milliseconds nor ISO 8601.</source>
            <translation>Line %1: the time "%2" is neither epoch milliseconds nor ISO 8601.</translation>
        </message>
        <message>
            <source>Line %1: the series "%2" is not of the form metric/path (e.g. error_ratio/new).</source>
            <translation>Line %1: the series "%2" is not of the form metric/path (e.g. error_ratio/new).</translation>
        </message>
        <message>
            <source>Line %1: the value "%2" is not a finite number.</source>
            <translation>Line %1: the value "%2" is not a finite number.</translation>
        </message>
        <message>
            <source>Cannot open the replay file %1: %2</source>
            <translation>Cannot open the replay file %1: %2</translation>
        </message>
        <message>
            <source>The replay file %1 cannot be used. %2</source>
            <translation>The replay file %1 cannot be used. %2</translation>
        </message>
    </context>
    <context>
        <name>CutoverEngine</name>
        <message>
            <source>idle</source>
            <translation>idle</translation>
        </message>
        <message>
            <source>shifting</source>
            <translation>shifting</translation>
        </message>
        <message>
            <source>holding</source>
            <translation>holding</translation>
        </message>
        <message>
            <source>gates running</source>
            <translation>gates running</translation>
        </message>
        <message>
            <source>paused for a decision</source>
            <translation>paused for a decision</translation>
        </message>
        <message>
            <source>rolling back</source>
            <translation>rolling back</translation>
        </message>
        <message>
            <source>rolled back</source>
            <translation>rolled back</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completed</translation>
        </message>
        <message>
            <source>Say who chooses the backend.</source>
            <translation>Say who chooses the backend.</translation>
        </message>
        <message>
            <source>The backend cannot be changed while traffic is being moved.</source>
            <translation>The backend cannot be changed while traffic is being moved.</translation>
        </message>
        <message>
            <source>The %1 configuration is not usable: %2</source>
            <translation>The %1 configuration is not usable: %2</translation>
        </message>
        <message>
            <source>The backend choice could not be saved: %1</source>
            <translation>The backend choice could not be saved: %1</translation>
        </message>
        <message>
            <source>Say who changes the plan.</source>
            <translation>Say who changes the plan.</translation>
        </message>
        <message>
            <source>The plan cannot be changed while it runs; hold or roll back first.</source>
            <translation>The plan cannot be changed while it runs; hold or roll back first.</translation>
        </message>
        <message>
            <source>The plan could not be saved: %1</source>
            <translation>The plan could not be saved: %1</translation>
        </message>
        <message>
            <source>The session's backend "%1" cannot be used here: %2</source>
            <translation>The session's backend "%1" cannot be used here: %2</translation>
        </message>
        <message>
            <source>The backend cannot be read: %1</source>
            <translation>The backend cannot be read: %1</translation>
        </message>
        <message>
            <source>the backend matches the record</source>
            <translation>the backend matches the record</translation>
        </message>
        <message>
            <source>A change to %1 % new was started but not confirmed; the backend has %2 % new.</source>
            <translation>A change to %1 % new was started but not confirmed; the backend has %2 % new.</translation>
        </message>
        <message>
            <source>The record says %1 % new, the backend has %2 % new.</source>
            <translation>The record says %1 % new, the backend has %2 % new.</translation>
        </message>
        <message>
            <source>No traffic backend is configured for this session.</source>
            <translation>No traffic backend is configured for this session.</translation>
        </message>
        <message>
            <source>This session is open read-only.</source>
            <translation>This session is open read-only.</translation>
        </message>
        <message>
            <source>The backend is still busy with the last change; wait a moment.</source>
            <translation>The backend is still busy with the last change; wait a moment.</translation>
        </message>
        <message>
            <source>cockpit</source>
            <translation>cockpit</translation>
        </message>
        <message>
            <source>The traffic state could not be saved: %1</source>
            <translation>The traffic state could not be saved: %1</translation>
        </message>
        <message>
            <source>The backend did not answer within %1 s.</source>
            <translation>The backend did not answer within %1 s.</translation>
        </message>
        <message>
            <source>An event could not be recorded: %1</source>
            <translation>An event could not be recorded: %1</translation>
        </message>
        <message>
            <source>The intent could not be recorded, so the backend was not called: %1</source>
            <translation>The intent could not be recorded, so the backend was not called: %1</translation>
        </message>
        <message>
            <source>ROLLBACK FAILED: %1</source>
            <translation>ROLLBACK FAILED: %1</translation>
        </message>
        <message>
            <source>The change to %1 % new failed: %2</source>
            <translation>The change to %1 % new failed: %2</translation>
        </message>
        <message>
            <source>Say who starts the plan.</source>
            <translation>Say who starts the plan.</translation>
        </message>
        <message>
            <source>The session has no traffic plan.</source>
            <translation>The session has no traffic plan.</translation>
        </message>
        <message>
            <source>The plan is already running (%1).</source>
            <translation>The plan is already running (%1).</translation>
        </message>
        <message>
            <source>plan started</source>
            <translation>plan started</translation>
        </message>
        <message>
            <source>every step of the plan is done</source>
            <translation>every step of the plan is done</translation>
        </message>
        <message>
            <source>step %1 of %2: %3 % to the new path</source>
            <translation>step %1 of %2: %3 % to the new path</translation>
        </message>
        <message>
            <source>the backend did not take %1 %: %2</source>
            <translation>the backend did not take %1 %: %2</translation>
        </message>
        <message>
            <source>%1 gates running after step %2</source>
            <translation>%1 gates running after step %2</translation>
        </message>
        <message>
            <source>A gate measurement could not be recorded: %1</source>
            <translation>A gate measurement could not be recorded: %1</translation>
        </message>
        <message>
            <source>gate failed: %1</source>
            <translation>gate failed: %1</translation>
        </message>
        <message>
            <source>gate inconclusive, a person decides: %1</source>
            <translation>gate inconclusive, a person decides: %1</translation>
        </message>
        <message>
            <source>all gates passed</source>
            <translation>all gates passed</translation>
        </message>
        <message>
            <source>the last step passed its gates</source>
            <translation>the last step passed its gates</translation>
        </message>
        <message>
            <source>holding at %1 % until a person promotes</source>
            <translation>holding at %1 % until a person promotes</translation>
        </message>
        <message>
            <source>holding at %1 % for %2 s</source>
            <translation>holding at %1 % for %2 s</translation>
        </message>
        <message>
            <source>Promoting needs a person and a reason.</source>
            <translation>Promoting needs a person and a reason.</translation>
        </message>
        <message>
            <source>There is nothing to promote while the plan is %1.</source>
            <translation>There is nothing to promote while the plan is %1.</translation>
        </message>
        <message>
            <source>The backend differs from the record; resume or roll back first.</source>
            <translation>The backend differs from the record; resume or roll back first.</translation>
        </message>
        <message>
            <source>Holding needs a person and a reason.</source>
            <translation>Holding needs a person and a reason.</translation>
        </message>
        <message>
            <source>There is nothing to hold while the plan is %1.</source>
            <translation>There is nothing to hold while the plan is %1.</translation>
        </message>
        <message>
            <source>held at %1 % until a person promotes: %2</source>
            <translation>held at %1 % until a person promotes: %2</translation>
        </message>
        <message>
            <source>Resuming needs a person and a reason.</source>
            <translation>Resuming needs a person and a reason.</translation>
        </message>
        <message>
            <source>Only a paused plan can be resumed.</source>
            <translation>Only a paused plan can be resumed.</translation>
        </message>
        <message>
            <source>resuming at %1 %: %2</source>
            <translation>resuming at %1 %: %2</translation>
        </message>
        <message>
            <source>split restored to %1 %; promote to continue the plan</source>
            <translation>split restored to %1 %; promote to continue the plan</translation>
        </message>
        <message>
            <source>Say who shifts the traffic.</source>
            <translation>Say who shifts the traffic.</translation>
        </message>
        <message>
            <source>%1 % is not a percentage between 0 and 100.</source>
            <translation>%1 % is not a percentage between 0 and 100.</translation>
        </message>
        <message>
            <source>manual shift to %1 %</source>
            <translation>manual shift to %1 %</translation>
        </message>
        <message>
            <source>manual shift: all traffic on the old path</source>
            <translation>manual shift: all traffic on the old path</translation>
        </message>
        <message>
            <source>manual shift to %1 % done; promote or run to continue</source>
            <translation>manual shift to %1 % done; promote or run to continue</translation>
        </message>
        <message>
            <source>Rolling back needs a person and a reason.</source>
            <translation>Rolling back needs a person and a reason.</translation>
        </message>
        <message>
            <source>A rollback is already under way.</source>
            <translation>A rollback is already under way.</translation>
        </message>
        <message>
            <source>The old path may not be healthy: %1. Rolling back anyway.</source>
            <translation>The old path may not be healthy: %1. Rolling back anyway.</translation>
        </message>
        <message>
            <source>the old path's health URL answered %1 (%2)</source>
            <translation>the old path's health URL answered %1 (%2)</translation>
        </message>
        <message>
            <source>ROLLBACK FAILED, traffic may still reach the new path: %1</source>
            <translation>ROLLBACK FAILED, traffic may still reach the new path: %1</translation>
        </message>
        <message>
            <source>ramp-down to %1 %: %2</source>
            <translation>ramp-down to %1 %: %2</translation>
        </message>
        <message>
            <source>The split cannot be read: %1</source>
            <translation>The split cannot be read: %1</translation>
        </message>
        <message>
            <source>The backend cannot be read back: %1</source>
            <translation>The backend cannot be read back: %1</translation>
        </message>
        <message>
            <source>The backend cannot be read back</source>
            <translation>The backend cannot be read back</translation>
        </message>
        <message>
            <source>cockpit (read-back)</source>
            <translation>cockpit (read-back)</translation>
        </message>
        <message>
            <source>changed outside the cockpit: the session says %1 % new, the backend has %2 % new</source>
            <translation>changed outside the cockpit: the session says %1 % new, the backend has %2 % new</translation>
        </message>
        <message>
            <source>There is nothing to stop while the plan is %1.</source>
            <translation>There is nothing to stop while the plan is %1.</translation>
        </message>
        <message>
            <source>A backend call is under way; stop when it has answered.</source>
            <translation>A backend call is under way; stop when it has answered.</translation>
        </message>
        <message>
            <source>stopped at %1 %: %2; the next run measures this step's gates again</source>
            <translation>stopped at %1 %: %2; the next run measures this step's gates again</translation>
        </message>
        <message>
            <source>gate failed during the hold: %1</source>
            <translation>gate failed during the hold: %1</translation>
        </message>
        <message>
            <source>gate inconclusive during the hold, a person decides: %1</source>
            <translation>gate inconclusive during the hold, a person decides: %1</translation>
        </message>
        <message>
            <source>The stored plan has gates that cannot be read (%1). The plan does not run or promote until it is set again; rolling back still works.</source>
            <translation>The stored plan has gates that cannot be read (%1). The plan does not run or promote until it is set again; rolling back still works.</translation>
        </message>
        <message>
            <source>The stored plan has gates that cannot be read (%1); set the plan again.</source>
            <translation>The stored plan has gates that cannot be read (%1); set the plan again.</translation>
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
            <translation>The backend cannot be read, so nobody knows the split in force. Check it (cutoverctl backend %1 --check), then `%2`; a rollback does not need the read-back: `%3`.</translation>
        </message>
        <message>
            <source>The backend has the unconfirmed change to %1 %. Confirm it: `%2`.</source>
            <translation>The backend has the unconfirmed change to %1 %. Confirm it: `%2`.</translation>
        </message>
        <message>
            <source>The change to %1 % never reached the backend, which still has %2 % (the last confirmed split). Record that: `%3`; then run again or roll back.</source>
            <translation>The change to %1 % never reached the backend, which still has %2 % (the last confirmed split). Record that: `%3`; then run again or roll back.</translation>
        </message>
        <message>
            <source>The backend has %1 %, which nobody confirmed (changed outside the cockpit?). Either set the split you want (`cutoverctl shift %2 --to PERCENT --by NAME --reason TEXT`, e.g. --to %3 to restore the last confirmed split) or roll back: `%4`.</source>
            <translation>The backend has %1 %, which nobody confirmed (changed outside the cockpit?). Either set the split you want (`cutoverctl shift %2 --to PERCENT --by NAME --reason TEXT`, e.g. --to %3 to restore the last confirmed split) or roll back: `%4`.</translation>
        </message>
        <message>
            <source>unknown (the backend cannot be read)</source>
            <translation>unknown (the backend cannot be read)</translation>
        </message>
        <message>
            <source>%1 % new</source>
            <translation>%1 % new</translation>
        </message>
        <message>
            <source>reopened after an interruption (%1 on record): meant %2 % new, in force %3; nothing goes on until a person decides</source>
            <translation>reopened after an interruption (%1 on record): meant %2 % new, in force %3; nothing goes on until a person decides</translation>
        </message>
        <message>
            <source>Reopened after an interruption (%1 on record), nothing goes on until a person decides. %2</source>
            <translation>Reopened after an interruption (%1 on record), nothing goes on until a person decides. %2</translation>
        </message>
        <message>
            <source>Reconciling needs a person and a reason.</source>
            <translation>Reconciling needs a person and a reason.</translation>
        </message>
        <message>
            <source>confirmed by read-back (reconcile)</source>
            <translation>confirmed by read-back (reconcile)</translation>
        </message>
        <message>
            <source>not applied: the backend still has %1 % (reconcile)</source>
            <translation>not applied: the backend still has %1 % (reconcile)</translation>
        </message>
        <message>
            <source>The reconcile could not be recorded: %1</source>
            <translation>The reconcile could not be recorded: %1</translation>
        </message>
        <message>
            <source>Taking over needs a person and a reason.</source>
            <translation>Taking over needs a person and a reason.</translation>
        </message>
        <message>
            <source>Took over the traffic of this session from %1.</source>
            <translation>Took over the traffic of this session from %1.</translation>
        </message>
        <message>
            <source>The traffic lease cannot be taken: %1</source>
            <translation>The traffic lease cannot be taken: %1</translation>
        </message>
        <message>
            <source>%1 took over the traffic of this session; this cockpit stopped its hold and gates and only looks now.</source>
            <translation>%1 took over the traffic of this session; this cockpit stopped its hold and gates and only looks now.</translation>
        </message>
        <message>
            <source>Another cockpit</source>
            <translation>Another cockpit</translation>
        </message>
        <message>
            <source>The backend has %1 % new, but the confirmation could not be recorded: %2. Read the split back before acting.</source>
            <translation>The backend has %1 % new, but the confirmation could not be recorded: %2. Read the split back before acting.</translation>
        </message>
        <message>
            <source>The backend's error could not be recorded: %1</source>
            <translation>The backend's error could not be recorded: %1</translation>
        </message>
        <message>
            <source>The backend differs from the record; reconcile, resume or roll back first.</source>
            <translation>The backend differs from the record; reconcile, resume or roll back first.</translation>
        </message>
        <message>
            <source>step %1 is not in force (%2 % new is); its gates do not run. Run or resume to go on.</source>
            <translation>step %1 is not in force (%2 % new is); its gates do not run. Run or resume to go on.</translation>
        </message>
        <message>
            <source>ROLLBACK NOT STARTED, the intent could not be recorded: %1</source>
            <translation>ROLLBACK NOT STARTED, the intent could not be recorded: %1</translation>
        </message>
        <message>
            <source>The rollback could not be recorded.</source>
            <translation>The rollback could not be recorded.</translation>
        </message>
        <message>
            <source>ROLLBACK NOT CONFIRMED, the backend reports %1: traffic may still reach the new path</source>
            <translation>ROLLBACK NOT CONFIRMED, the backend reports %1: traffic may still reach the new path</translation>
        </message>
        <message>
            <source>%1 %2 drives the traffic; that cockpit reconciles it.</source>
            <translation>%1 %2 drives the traffic; that cockpit reconciles it.</translation>
        </message>
        <message>
            <source>The traffic of this session is controlled by %1 (%2); this cockpit only looks. Take over explicitly, with a reason, to drive it from here.</source>
            <translation>The traffic of this session is controlled by %1 (%2); this cockpit only looks. Take over explicitly, with a reason, to drive it from here.</translation>
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
        <message>
            <source>"%1" is not signed off; there is nothing to withdraw.</source>
            <translation>"%1" is not signed off; there is nothing to withdraw.</translation>
        </message>
        <message>
            <source>Only %1, who signed off "%2", can withdraw that sign-off.</source>
            <translation>Only %1, who signed off "%2", can withdraw that sign-off.</translation>
        </message>
        <message>
            <source>Withdrawing a sign-off needs a reason.</source>
            <translation>Withdrawing a sign-off needs a reason.</translation>
        </message>
        <message>
            <source>%1 already exists; choose another file name.</source>
            <translation>%1 already exists; choose another file name.</translation>
        </message>
        <message>
            <source>Cannot write the new session: %1 could not be renamed to %2 (does %2 exist now?).</source>
            <translation>Cannot write the new session: %1 could not be renamed to %2 (does %2 exist now?).</translation>
        </message>
        <message>
            <source>unknown signature policy "%1" (required or declared)</source>
            <translation>unknown signature policy "%1" (required or declared)</translation>
        </message>
        <message>
            <source>The signed statement describes "%1", but the item is now %2; sign again.</source>
            <translation>The signed statement describes "%1", but the item is now %2; sign again.</translation>
        </message>
        <message>
            <source>The signed statement describes "%1", but the act is %2; sign again.</source>
            <translation>The signed statement describes "%1", but the act is %2; sign again.</translation>
        </message>
        <message>
            <source>The session's signature policy is already "%1".</source>
            <translation>The session's signature policy is already "%1".</translation>
        </message>
        <message>
            <source>The signed statement describes "%1", but the change is %2; sign again.</source>
            <translation>The signed statement describes "%1", but the change is %2; sign again.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>"%1" was already signed off by %2 (completed by %3); it is %4. Nothing was changed.</source>
            <translation>"%1" was already signed off by %2 (completed by %3); it is %4. Nothing was changed.</translation>
        </message>
        <message>
            <source>"%1" was already completed by %2; it is %3. Nothing was changed.</source>
            <translation>"%1" was already completed by %2; it is %3. Nothing was changed.</translation>
        </message>
        <message>
            <source>The commit failed: %1</source>
            <translation>The commit failed: %1</translation>
        </message>
    </context>
    <context>
        <name>DataConsistencyProbe</name>
        <message>
            <source>the answer is not JSON: %1</source>
            <translation>the answer is not JSON: %1</translation>
        </message>
        <message>
            <source>the value at %1 is not a number or text</source>
            <translation>the value at %1 is not a number or text</translation>
        </message>
        <message>
            <source>the source has neither "sql" nor "http"</source>
            <translation>the source has neither "sql" nor "http"</translation>
        </message>
        <message>
            <source>|old − new| ≤ %1 % of old</source>
            <translation>|old − new| ≤ %1 % of old</translation>
        </message>
        <message>
            <source>|old − new| ≤ %1</source>
            <translation>|old − new| ≤ %1</translation>
        </message>
        <message>
            <source>old %1, new %2</source>
            <translation>old %1, new %2</translation>
        </message>
        <message>
            <source>old: %1</source>
            <translation>old: %1</translation>
        </message>
        <message>
            <source>new: %1</source>
            <translation>new: %1</translation>
        </message>
        <message>
            <source>a side returned no value</source>
            <translation>a side returned no value</translation>
        </message>
        <message>
            <source>old %1, new %2 (difference %3)</source>
            <translation>old %1, new %2 (difference %3)</translation>
        </message>
        <message>
            <source>within tolerance</source>
            <translation>within tolerance</translation>
        </message>
        <message>
            <source>difference %1 exceeds %2</source>
            <translation>difference %1 exceeds %2</translation>
        </message>
        <message>
            <source>the values cannot be compared (a number and a text, or not finite)</source>
            <translation>the values cannot be compared (a number and a text, or not finite)</translation>
        </message>
        <message>
            <source>old = new</source>
            <translation>old = new</translation>
        </message>
        <message>
            <source>the values are equal</source>
            <translation>the values are equal</translation>
        </message>
        <message>
            <source>the values differ</source>
            <translation>the values differ</translation>
        </message>
        <message>
            <source>sampling failed: %1</source>
            <translation>sampling failed: %1</translation>
        </message>
        <message>
            <source>; sampled records equal</source>
            <translation>; sampled records equal</translation>
        </message>
        <message>
            <source>; %1 sampled records, %2 differ</source>
            <translation>; %1 sampled records, %2 differ</translation>
        </message>
        <message>
            <source>sampled records differ: only in old: %1; only in new: %2</source>
            <translation>sampled records differ: only in old: %1; only in new: %2</translation>
        </message>
        <message>
            <source>the query has an unclosed %1</source>
            <translation>the query has an unclosed %1</translation>
        </message>
        <message>
            <source>the query has an unclosed /* comment</source>
            <translation>the query has an unclosed /* comment</translation>
        </message>
        <message>
            <source>a consistency gate runs one statement; this query has more than one (";").</source>
            <translation>a consistency gate runs one statement; this query has more than one (";").</translation>
        </message>
        <message>
            <source>a consistency gate only reads: the query must be a SELECT (or WITH … SELECT), not "%1".</source>
            <translation>a consistency gate only reads: the query must be a SELECT (or WITH … SELECT), not "%1".</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
    </context>
    <context>
        <name>DataSourceFields</name>
        <message>
            <source>SQL query</source>
            <translation>SQL query</translation>
        </message>
        <message>
            <source>HTTP JSON</source>
            <translation>HTTP JSON</translation>
        </message>
        <message>
            <source>Read by:</source>
            <translation>Read by:</translation>
        </message>
        <message>
            <source>Driver:</source>
            <translation>Driver:</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Host:</translation>
        </message>
        <message>
            <source>default</source>
            <translation>default</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>The name of the environment variable that holds the password; the password itself is never stored.</source>
            <translation>The name of the environment variable that holds the password; the password itself is never stored.</translation>
        </message>
        <message>
            <source>Password from env:</source>
            <translation>Password from env:</translation>
        </message>
        <message>
            <source>Returns one value: a count or a checksum.</source>
            <translation>Returns one value: a count or a checksum.</translation>
        </message>
        <message>
            <source>Query:</source>
            <translation>Query:</translation>
        </message>
        <message>
            <source>URL:</source>
            <translation>URL:</translation>
        </message>
        <message>
            <source>A JSON pointer to the value in the answer.</source>
            <translation>A JSON pointer to the value in the answer.</translation>
        </message>
        <message>
            <source>JSON pointer:</source>
            <translation>JSON pointer:</translation>
        </message>
    </context>
    <context>
        <name>DemoCutover</name>
        <message>
            <source>demo: simulated backend</source>
            <translation>demo: simulated backend</translation>
        </message>
        <message>
            <source>demo: change window opened</source>
            <translation>demo: change window opened</translation>
        </message>
        <message>
            <source>demo: error rate and latency within the SLO</source>
            <translation>demo: error rate and latency within the SLO</translation>
        </message>
        <message>
            <source>Bridge call opened; change CHG-4711 approved. (demo)</source>
            <translation>Bridge call opened; change CHG-4711 approved. (demo)</translation>
        </message>
        <message>
            <source>New path at 5 %: p95 latency briefly 380 ms, back under 250 ms within a minute. (demo)</source>
            <translation>New path at 5 %: p95 latency briefly 380 ms, back under 250 ms within a minute. (demo)</translation>
        </message>
        <message>
            <source>demo: the article's plan with two gates</source>
            <translation>demo: the article's plan with two gates</translation>
        </message>
        <message>
            <source>25 % reached; the partner bank's settlement feed has no data yet, so the lead decides on the next step. (demo)</source>
            <translation>25 % reached; the partner bank's settlement feed has no data yet, so the lead decides on the next step. (demo)</translation>
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
        <name>ElectronicSignature</name>
        <message>
            <source>The signature names no principal.</source>
            <translation>The signature names no principal.</translation>
        </message>
        <message>
            <source>The signed statement is for %1 of %2 %3, not for %4 of %5 %6; sign again.</source>
            <translation>The signed statement is for %1 of %2 %3, not for %4 of %5 %6; sign again.</translation>
        </message>
        <message>
            <source>The signed statement's meaning "%1" is not that of %2; sign again.</source>
            <translation>The signed statement's meaning "%1" is not that of %2; sign again.</translation>
        </message>
        <message>
            <source>The signed statement belongs to another session (%1); sign again.</source>
            <translation>The signed statement belongs to another session (%1); sign again.</translation>
        </message>
        <message>
            <source>The signed statement has no time.</source>
            <translation>The signed statement has no time.</translation>
        </message>
        <message>
            <source>This session requires electronic signatures: %1 must sign with their key (cutoverctl: --key FILE or COCKPIT_SIGNING_KEY).</source>
            <translation>This session requires electronic signatures: %1 must sign with their key (cutoverctl: --key FILE or COCKPIT_SIGNING_KEY).</translation>
        </message>
        <message>
            <source>The trail moved on since you signed; sign again.</source>
            <translation>The trail moved on since you signed; sign again.</translation>
        </message>
    </context>
    <context>
        <name>EngineTrafficStatus</name>
        <message>
            <source>holding until promoted</source>
            <translation>holding until promoted</translation>
        </message>
        <message>
            <source>the backend reports %1 % on the new path, not %2 %</source>
            <translation>the backend reports %1 % on the new path, not %2 %</translation>
        </message>
    </context>
    <context>
        <name>EntryAmendDialog</name>
        <message>
            <source>Retract entry %1</source>
            <translation>Retract entry %1</translation>
        </message>
        <message>
            <source>Correct entry %1</source>
            <translation>Correct entry %1</translation>
        </message>
        <message>
            <source>The entry stays in the log, marked as retracted, once a second person verifies the retraction.</source>
            <translation>The entry stays in the log, marked as retracted, once a second person verifies the retraction.</translation>
        </message>
        <message>
            <source>The correction is a new entry; it replaces this one once a second person verifies it.</source>
            <translation>The correction is a new entry; it replaces this one once a second person verifies it.</translation>
        </message>
        <message>
            <source>Entry:</source>
            <translation>Entry:</translation>
        </message>
        <message>
            <source>Corrected &amp;text:</source>
            <translation>Corrected &amp;text:</translation>
        </message>
        <message>
            <source>Why is the entry wrong?</source>
            <translation>Why is the entry wrong?</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Retract</source>
            <translation>Retract</translation>
        </message>
        <message>
            <source>Record correction</source>
            <translation>Record correction</translation>
        </message>
    </context>
    <context>
        <name>FileKind</name>
        <message>
            <source>%1 is a directory, not a %2 file.</source>
            <translation>%1 is a directory, not a %2 file.</translation>
        </message>
        <message>
            <source>%1 is a named pipe (FIFO), not a %2 file; it was not read.</source>
            <translation>%1 is a named pipe (FIFO), not a %2 file; it was not read.</translation>
        </message>
        <message>
            <source>%1 is a device, not a %2 file; it was not read.</source>
            <translation>%1 is a device, not a %2 file; it was not read.</translation>
        </message>
        <message>
            <source>%1 is a socket, not a %2 file.</source>
            <translation>%1 is a socket, not a %2 file.</translation>
        </message>
        <message>
            <source>%1 is not a regular file, so it is not a %2 file.</source>
            <translation>%1 is not a regular file, so it is not a %2 file.</translation>
        </message>
        <message>
            <source>There is no %1 file named %2.</source>
            <translation>There is no %1 file named %2.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 cannot be read: %2</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MiB; a %3 file that large is refused.</source>
            <translation>%1 is larger than %2 MiB; a %3 file that large is refused.</translation>
        </message>
    </context>
    <context>
        <name>GateDefinition</name>
        <message>
            <source>gate "%1"</source>
            <translation>gate "%1"</translation>
        </message>
        <message>
            <source>HTTP health</source>
            <translation>HTTP health</translation>
        </message>
        <message>
            <source>Business transaction</source>
            <translation>Business transaction</translation>
        </message>
        <message>
            <source>Data consistency</source>
            <translation>Data consistency</translation>
        </message>
        <message>
            <source>Metric condition</source>
            <translation>Metric condition</translation>
        </message>
        <message>
            <source>gate %1 "%2"</source>
            <translation>gate %1 "%2"</translation>
        </message>
        <message>
            <source>gate %1</source>
            <translation>gate %1</translation>
        </message>
        <message>
            <source>the gate</source>
            <translation>the gate</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: key "kind" is missing; use one of %2.</source>
            <translation>%1: key "kind" is missing; use one of %2.</translation>
        </message>
        <message>
            <source>%1: key "kind" has the unknown kind "%2"; use one of %3.</source>
            <translation>%1: key "kind" has the unknown kind "%2"; use one of %3.</translation>
        </message>
        <message>
            <source>%1: key "kind" must be text (one of %2), not %3.</source>
            <translation>%1: key "kind" must be text (one of %2), not %3.</translation>
        </message>
        <message>
            <source>%1: key "name" must be text, not %2.</source>
            <translation>%1: key "name" must be text, not %2.</translation>
        </message>
        <message>
            <source>%1: key "%2" must be a whole number of at least %3, not %4.</source>
            <translation>%1: key "%2" must be a whole number of at least %3, not %4.</translation>
        </message>
        <message>
            <source>%1: key "no_data" must be "inconclusive" or "fail" (no data never passes), not %2.</source>
            <translation>%1: key "no_data" must be "inconclusive" or "fail" (no data never passes), not %2.</translation>
        </message>
        <message>
            <source>key "%1" must be at least %2, not %3.</source>
            <translation>key "%1" must be at least %2, not %3.</translation>
        </message>
        <message>
            <source>key "%1" must not be written into a gate definition; name an environment variable in "%1_env" instead, so the secret never reaches the session file.</source>
            <translation>key "%1" must not be written into a gate definition; name an environment variable in "%1_env" instead, so the secret never reaches the session file.</translation>
        </message>
        <message>
            <source>key "command" must name the program to run, e.g. "/opt/checks/payment-roundtrip".</source>
            <translation>key "command" must name the program to run, e.g. "/opt/checks/payment-roundtrip".</translation>
        </message>
        <message>
            <source>key "args" must be a list of texts, e.g. ["--amount", "1.00"].</source>
            <translation>key "args" must be a list of texts, e.g. ["--amount", "1.00"].</translation>
        </message>
        <message>
            <source>key "requests" must be a non-empty list of HTTP requests ({"url": ..., "method": ..., "expect_status": ...}).</source>
            <translation>key "requests" must be a non-empty list of HTTP requests ({"url": ..., "method": ..., "expect_status": ...}).</translation>
        </message>
        <message>
            <source>request %1: </source>
            <translation>request %1: </translation>
        </message>
        <message>
            <source>it must be an object with at least "url".</source>
            <translation>it must be an object with at least "url".</translation>
        </message>
        <message>
            <source>a business gate needs key "requests" (a list of HTTP requests) or key "command" (a program whose exit code 0 passes).</source>
            <translation>a business gate needs key "requests" (a list of HTTP requests) or key "command" (a program whose exit code 0 passes).</translation>
        </message>
        <message>
            <source>keys "sample_old" and "sample_new" go together: give both sampling queries or neither.</source>
            <translation>keys "sample_old" and "sample_new" go together: give both sampling queries or neither.</translation>
        </message>
        <message>
            <source>key "series" is required but missing: the metric series to judge, e.g. "error_ratio/new".</source>
            <translation>key "series" is required but missing: the metric series to judge, e.g. "error_ratio/new".</translation>
        </message>
        <message>
            <source>key "%1" must be a number, not %2.</source>
            <translation>key "%1" must be a number, not %2.</translation>
        </message>
        <message>
            <source>a metric gate needs a condition: key "max", "min" or "max_ratio" (with "baseline").</source>
            <translation>a metric gate needs a condition: key "max", "min" or "max_ratio" (with "baseline").</translation>
        </message>
        <message>
            <source>key "baseline" is required with "max_ratio": the series the ratio is taken against, e.g. "latency_p99/old".</source>
            <translation>key "baseline" is required with "max_ratio": the series the ratio is taken against, e.g. "latency_p99/old".</translation>
        </message>
        <message>
            <source>The gates must be a JSON array of gate objects ([{"kind": "http", ...}, ...]).</source>
            <translation>The gates must be a JSON array of gate objects ([{"kind": "http", ...}, ...]).</translation>
        </message>
        <message>
            <source>gate %1 is %2, not a JSON object ({"kind": ..., "name": ..., ...}).</source>
            <translation>gate %1 is %2, not a JSON object ({"kind": ..., "name": ..., ...}).</translation>
        </message>
        <message>
            <source>key "%1" must name one of the cockpit's own environment variables (upper case, beginning with %2, e.g. %2ORDERS_DB_PASSWORD); a gate may not read other variables.</source>
            <translation>key "%1" must name one of the cockpit's own environment variables (upper case, beginning with %2, e.g. %2ORDERS_DB_PASSWORD); a gate may not read other variables.</translation>
        </message>
        <message>
            <source>key "%1" is refused: %2</source>
            <translation>key "%1" is refused: %2</translation>
        </message>
    </context>
    <context>
        <name>GateEditor</name>
        <message>
            <source>What the gate checks (JSON key "kind").</source>
            <translation>What the gate checks (JSON key "kind").</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>e.g. health, booking, error ratio</source>
            <translation>e.g. health, booking, error ratio</translation>
        </message>
        <message>
            <source>Shown with every measurement; unique within the step.</source>
            <translation>Shown with every measurement; unique within the step.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>What is checked</source>
            <translation>What is checked</translation>
        </message>
        <message>
            <source>How it is judged</source>
            <translation>How it is judged</translation>
        </message>
        <message>
            <source>No data &amp;fails the measurement (otherwise: inconclusive)</source>
            <translation>No data &amp;fails the measurement (otherwise: inconclusive)</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>&amp;Interval:</source>
            <translation>&amp;Interval:</translation>
        </message>
        <message>
            <source>Time between two measurements (interval_ms).</source>
            <translation>Time between two measurements (interval_ms).</translation>
        </message>
        <message>
            <source>&amp;Measurements:</source>
            <translation>&amp;Measurements:</translation>
        </message>
        <message>
            <source>How many measurements (count).</source>
            <translation>How many measurements (count).</translation>
        </message>
        <message>
            <source>&amp;Timeout:</source>
            <translation>&amp;Timeout:</translation>
        </message>
        <message>
            <source>Of one measurement (timeout_ms).</source>
            <translation>Of one measurement (timeout_ms).</translation>
        </message>
        <message>
            <source>Failures &amp;tolerated:</source>
            <translation>Failures &amp;tolerated:</translation>
        </message>
        <message>
            <source>More failed measurements than this fail the gate (failure_limit).</source>
            <translation>More failed measurements than this fail the gate (failure_limit).</translation>
        </message>
        <message>
            <source>Inconclusive t&amp;olerated:</source>
            <translation>Inconclusive t&amp;olerated:</translation>
        </message>
        <message>
            <source>More inconclusive measurements than this make the gate wait for a person (inconclusive_limit).</source>
            <translation>More inconclusive measurements than this make the gate wait for a person (inconclusive_limit).</translation>
        </message>
        <message>
            <source>&amp;Errors in a row:</source>
            <translation>&amp;Errors in a row:</translation>
        </message>
        <message>
            <source>Provider errors are retried and never pass; more in a row than this fail the gate (consecutive_error_limit).</source>
            <translation>Provider errors are retried and never pass; more in a row than this fail the gate (consecutive_error_limit).</translation>
        </message>
    </context>
    <context>
        <name>GateMeasurement</name>
        <message>
            <source>pass</source>
            <translation>pass</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>fail</translation>
        </message>
        <message>
            <source>inconclusive</source>
            <translation>inconclusive</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>no data</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
    </context>
    <context>
        <name>GateMeasurementModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>Gate</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>step %1 (%2 %)</source>
            <translation>step %1 (%2 %)</translation>
        </message>
        <message>
            <source>step %1</source>
            <translation>step %1</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Run %1</translation>
        </message>
        <message>
            <source>Before the first run</source>
            <translation>Before the first run</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>1 measurement</source>
            <translation>1 measurement</translation>
        </message>
        <message>
            <source>%1 measurements</source>
            <translation>%1 measurements</translation>
        </message>
    </context>
    <context>
        <name>GateRunner</name>
        <message>
            <source>no result</source>
            <translation>no result</translation>
        </message>
        <message>
            <source>The measurement gave no result within %1 ms.</source>
            <translation>The measurement gave no result within %1 ms.</translation>
        </message>
        <message>
            <source>(not evaluated)</source>
            <translation>(not evaluated)</translation>
        </message>
        <message>
            <source>%1 provider errors in a row (limit %2); errors never pass. Last: %3</source>
            <translation>%1 provider errors in a row (limit %2); errors never pass. Last: %3</translation>
        </message>
        <message>
            <source>%1 failed measurements (limit %2). Last: %3 (%4; condition %5)</source>
            <translation>%1 failed measurements (limit %2). Last: %3 (%4; condition %5)</translation>
        </message>
        <message>
            <source>%1 inconclusive measurements (limit %2). Last: %3</source>
            <translation>%1 inconclusive measurements (limit %2). Last: %3</translation>
        </message>
        <message>
            <source>%1 of %2 measurements passed (%3 failed, %4 inconclusive within limits)</source>
            <translation>%1 of %2 measurements passed (%3 failed, %4 inconclusive within limits)</translation>
        </message>
    </context>
    <context>
        <name>HaproxyBackend</name>
        <message>
            <source>"socket" is required (HOST:PORT or a unix socket path).</source>
            <translation>"socket" is required (HOST:PORT or a unix socket path).</translation>
        </message>
        <message>
            <source>"%1" must be a HAProxy name (letters, digits, _ . : -), not "%2".</source>
            <translation>"%1" must be a HAProxy name (letters, digits, _ . : -), not "%2".</translation>
        </message>
        <message>
            <source>The old and the new server must differ.</source>
            <translation>The old and the new server must differ.</translation>
        </message>
        <message>
            <source>"timeout_ms" must be positive.</source>
            <translation>"timeout_ms" must be positive.</translation>
        </message>
        <message>
            <source>HAProxy gave an unexpected reply to `show servers state`: "%1"</source>
            <translation>HAProxy gave an unexpected reply to `show servers state`: "%1"</translation>
        </message>
        <message>
            <source>HAProxy's server state line is too short: "%1"</source>
            <translation>HAProxy's server state line is too short: "%1"</translation>
        </message>
        <message>
            <source>HAProxy's server state line cannot be read: "%1"</source>
            <translation>HAProxy's server state line cannot be read: "%1"</translation>
        </message>
        <message>
            <source>HAProxy does not list the server "%1" in this backend.</source>
            <translation>HAProxy does not list the server "%1" in this backend.</translation>
        </message>
        <message>
            <source>Both servers have weight 0: no traffic can flow.</source>
            <translation>Both servers have weight 0: no traffic can flow.</translation>
        </message>
        <message>
            <source>weights old %1, new %2</source>
            <translation>weights old %1, new %2</translation>
        </message>
        <message>
            <source>; server states old %1/%2, new %3/%4 (operational/admin)</source>
            <translation>; server states old %1/%2, new %3/%4 (operational/admin)</translation>
        </message>
        <message>
            <source>HAProxy refused "%1": %2</source>
            <translation>HAProxy refused "%1": %2</translation>
        </message>
        <message>
            <source>%1 % is not between 0 and 100.</source>
            <translation>%1 % is not between 0 and 100.</translation>
        </message>
        <message>
            <source>HAProxy reports the old server as not running (state %1).</source>
            <translation>HAProxy reports the old server as not running (state %1).</translation>
        </message>
        <message>
            <source>The old server is in maintenance mode.</source>
            <translation>The old server is in maintenance mode.</translation>
        </message>
        <message>
            <source>The old server is draining.</source>
            <translation>The old server is draining.</translation>
        </message>
        <message>
            <source>the old server is running</source>
            <translation>the old server is running</translation>
        </message>
    </context>
    <context>
        <name>HaproxyRuntimeApi</name>
        <message>
            <source>The HAProxy runtime API at %1 did not answer within %2 ms%3.</source>
            <translation>The HAProxy runtime API at %1 did not answer within %2 ms%3.</translation>
        </message>
        <message>
            <source> (partial reply: %1)</source>
            <translation> (partial reply: %1)</translation>
        </message>
        <message>
            <source>The HAProxy runtime API at %1 cannot be reached: %2</source>
            <translation>The HAProxy runtime API at %1 cannot be reached: %2</translation>
        </message>
        <message>
            <source>"%1" is not HOST:PORT.</source>
            <translation>"%1" is not HOST:PORT.</translation>
        </message>
    </context>
    <context>
        <name>HtmlReportWriter</name>
        <message>
            <source>The export was cancelled; nothing was written.</source>
            <translation>The export was cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
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
            <translation>The address checked on the new path (http:// or https://).</translation>
        </message>
        <message>
            <source>The HTTP method of the request.</source>
            <translation>The HTTP method of the request.</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Method:</translation>
        </message>
        <message>
            <source>The status code that passes.</source>
            <translation>The status code that passes.</translation>
        </message>
        <message>
            <source>Expected &amp;status:</source>
            <translation>Expected &amp;status:</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>A slower answer fails the measurement.</source>
            <translation>A slower answer fails the measurement.</translation>
        </message>
        <message>
            <source>Max &amp;latency:</source>
            <translation>Max &amp;latency:</translation>
        </message>
        <message>
            <source>Body &amp;matches:</source>
            <translation>Body &amp;matches:</translation>
        </message>
        <message>
            <source>A regular expression the response body must match (optional).</source>
            <translation>A regular expression the response body must match (optional).</translation>
        </message>
        <message>
            <source>Request &amp;body:</source>
            <translation>Request &amp;body:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Sent with POST, PUT or PATCH, as application/json unless content_type says otherwise.</source>
            <translation>Sent with POST, PUT or PATCH, as application/json unless content_type says otherwise.</translation>
        </message>
    </context>
    <context>
        <name>HttpHealthProbe</name>
        <message>
            <source>status = %1</source>
            <translation>status = %1</translation>
        </message>
        <message>
            <source>latency ≤ %1 ms</source>
            <translation>latency ≤ %1 ms</translation>
        </message>
        <message>
            <source>body matches /%1/</source>
            <translation>body matches /%1/</translation>
        </message>
        <message>
            <source>"%1" is not a valid URL.</source>
            <translation>"%1" is not a valid URL.</translation>
        </message>
        <message>
            <source>The body regex is invalid: %1</source>
            <translation>The body regex is invalid: %1</translation>
        </message>
        <message>
            <source>no answer after %1 ms</source>
            <translation>no answer after %1 ms</translation>
        </message>
        <message>
            <source>No HTTP answer: %1</source>
            <translation>No HTTP answer: %1</translation>
        </message>
        <message>
            <source>HTTP %1 in %2 ms</source>
            <translation>HTTP %1 in %2 ms</translation>
        </message>
        <message>
            <source>status %1 instead of %2</source>
            <translation>status %1 instead of %2</translation>
        </message>
        <message>
            <source>latency %1 ms above %2 ms</source>
            <translation>latency %1 ms above %2 ms</translation>
        </message>
        <message>
            <source>body does not match /%1/</source>
            <translation>body does not match /%1/</translation>
        </message>
        <message>
            <source>all conditions met</source>
            <translation>all conditions met</translation>
        </message>
        <message>
            <source>%1 after %2 ms</source>
            <translation>%1 after %2 ms</translation>
        </message>
        <message>
            <source>HTTP: %1; a health answer that large is not judged.</source>
            <translation>HTTP: %1; a health answer that large is not judged.</translation>
        </message>
    </context>
    <context>
        <name>HttpProberEditor</name>
        <message>
            <source>Add &amp;old endpoint</source>
            <translation>Add &amp;old endpoint</translation>
        </message>
        <message>
            <source>Add &amp;new endpoint</source>
            <translation>Add &amp;new endpoint</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>Probe &amp;every:</source>
            <translation>Probe &amp;every:</translation>
        </message>
        <message>
            <source>A probe without an answer in this time counts as an error.</source>
            <translation>A probe without an answer in this time counts as an error.</translation>
        </message>
        <message>
            <source>&amp;Timeout:</source>
            <translation>&amp;Timeout:</translation>
        </message>
        <message>
            <source> probes</source>
            <translation> probes</translation>
        </message>
        <message>
            <source>Error ratio and latency percentiles are computed over this many recent probes per path.</source>
            <translation>Error ratio and latency percentiles are computed over this many recent probes per path.</translation>
        </message>
        <message>
            <source>Sliding &amp;window:</source>
            <translation>Sliding &amp;window:</translation>
        </message>
        <message>
            <source>The timeout is more than ten intervals: a hanging endpoint would be noticed late.</source>
            <translation>The timeout is more than ten intervals: a hanging endpoint would be noticed late.</translation>
        </message>
    </context>
    <context>
        <name>HttpProberSource</name>
        <message numerus="yes">
            <source>Built-in HTTP prober (%n endpoint(s))</source>
            <translation>
                <numerusform>Built-in HTTP prober (%n endpoint)</numerusform>
                <numerusform>Built-in HTTP prober (%n endpoints)</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" is not an http(s) URL</source>
            <translation>"%1" is not an http(s) URL</translation>
        </message>
        <message>
            <source>the path of %1 must be "old" or "new", not "%2"</source>
            <translation>the path of %1 must be "old" or "new", not "%2"</translation>
        </message>
        <message>
            <source>no endpoints are configured</source>
            <translation>no endpoints are configured</translation>
        </message>
        <message>
            <source>The prober cannot start: %1.</source>
            <translation>The prober cannot start: %1.</translation>
        </message>
        <message>
            <source>HTTP status %1</source>
            <translation>HTTP status %1</translation>
        </message>
        <message>
            <source>no answer within %1 s (timeout)</source>
            <translation>no answer within %1 s (timeout)</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>connection refused</translation>
        </message>
    </context>
    <context>
        <name>InProcessSignatureCheck</name>
        <message>
            <source>the allowed signers file has lines this check does not read (%1)</source>
            <translation>the allowed signers file has lines this check does not read (%1)</translation>
        </message>
        <message>
            <source>the allowed signers file names a certificate authority (line %1)</source>
            <translation>the allowed signers file names a certificate authority (line %1)</translation>
        </message>
        <message>
            <source>the signature cannot be read: %1</source>
            <translation>the signature cannot be read: %1</translation>
        </message>
        <message>
            <source>the signature is for the namespace "%1", not "%2"</source>
            <translation>the signature is for the namespace "%1", not "%2"</translation>
        </message>
        <message>
            <source>the key type %1 is checked by ssh-keygen</source>
            <translation>the key type %1 is checked by ssh-keygen</translation>
        </message>
        <message>
            <source>the ssh-ed25519 key or signature is malformed</source>
            <translation>the ssh-ed25519 key or signature is malformed</translation>
        </message>
        <message>
            <source>the hash algorithm "%1" is not sha256 or sha512</source>
            <translation>the hash algorithm "%1" is not sha256 or sha512</translation>
        </message>
        <message>
            <source>the Ed25519 signature does not match the statement</source>
            <translation>the Ed25519 signature does not match the statement</translation>
        </message>
        <message>
            <source>the allowed signers file does not accept this key for %1 in the namespace %2 at this time</source>
            <translation>the allowed signers file does not accept this key for %1 in the namespace %2 at this time</translation>
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
            <translation>Warning</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Retracted</source>
            <translation>Retracted</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Superseded</translation>
        </message>
    </context>
    <context>
        <name>IncidentLog</name>
        <message>
            <source>The incident log cannot be read: %1</source>
            <translation>The incident log cannot be read: %1</translation>
        </message>
        <message>
            <source>This session is open read-only; nothing can be changed here.</source>
            <translation>This session is open read-only; nothing can be changed here.</translation>
        </message>
        <message>
            <source>Every log entry is recorded with a name; give your name first.</source>
            <translation>Every log entry is recorded with a name; give your name first.</translation>
        </message>
        <message>
            <source>There is no log entry %1 in this session.</source>
            <translation>There is no log entry %1 in this session.</translation>
        </message>
        <message>
            <source>Retracting entry %1 needs a reason.</source>
            <translation>Retracting entry %1 needs a reason.</translation>
        </message>
        <message>
            <source>Retraction of entry %1: %2</source>
            <translation>Retraction of entry %1: %2</translation>
        </message>
        <message>
            <source>Correcting entry %1 needs a reason.</source>
            <translation>Correcting entry %1 needs a reason.</translation>
        </message>
        <message>
            <source>A log entry needs text: write what you see.</source>
            <translation>A log entry needs text: write what you see.</translation>
        </message>
        <message>
            <source>Entry %1 is a retraction; a retraction cannot be retracted or corrected. Write a new entry instead.</source>
            <translation>Entry %1 is a retraction; a retraction cannot be retracted or corrected. Write a new entry instead.</translation>
        </message>
        <message>
            <source>Entry %1 is already %2 (by entry %3).</source>
            <translation>Entry %1 is already %2 (by entry %3).</translation>
        </message>
        <message>
            <source>There is no checklist item %1 to link this entry to.</source>
            <translation>There is no checklist item %1 to link this entry to.</translation>
        </message>
        <message>
            <source>A traffic step is numbered from 1 (got %1).</source>
            <translation>A traffic step is numbered from 1 (got %1).</translation>
        </message>
        <message>
            <source>The time it happened (%1) lies in the future; give the time you saw it.</source>
            <translation>The time it happened (%1) lies in the future; give the time you saw it.</translation>
        </message>
        <message>
            <source>The log entry could not be written: %1</source>
            <translation>The log entry could not be written: %1</translation>
        </message>
        <message>
            <source>Entry %1 is %2; only a draft can be verified.</source>
            <translation>Entry %1 is %2; only a draft can be verified.</translation>
        </message>
        <message>
            <source>An entry must be verified by a second person: %1 wrote entry %2 and cannot verify it too.</source>
            <translation>An entry must be verified by a second person: %1 wrote entry %2 and cannot verify it too.</translation>
        </message>
        <message>
            <source>Update %1 (%2)</source>
            <translation>Update %1 (%2)</translation>
        </message>
        <message>
            <source>Correction of update %1</source>
            <translation>Correction of update %1</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reason: %1</translation>
        </message>
        <message>
            <source>Retraction of update %1</source>
            <translation>Retraction of update %1</translation>
        </message>
        <message>
            <source>Update %1 is withdrawn: %2</source>
            <translation>Update %1 is withdrawn: %2</translation>
        </message>
        <message>
            <source>Reported by %1, verified by %2.</source>
            <translation>Reported by %1, verified by %2.</translation>
        </message>
        <message>
            <source>Entry %1 could not be verified: %2</source>
            <translation>Entry %1 could not be verified: %2</translation>
        </message>
        <message>
            <source>The signed statement describes "%1", not entry %2; sign again.</source>
            <translation>The signed statement describes "%1", not entry %2; sign again.</translation>
        </message>
    </context>
    <context>
        <name>IncidentLogModel</name>
        <message>
            <source>retracts %1</source>
            <translation>retracts %1</translation>
        </message>
        <message>
            <source>corrects %1</source>
            <translation>corrects %1</translation>
        </message>
        <message>
            <source>replaced by %1</source>
            <translation>replaced by %1</translation>
        </message>
        <message>
            <source>Happened %1, recorded %2</source>
            <translation>Happened %1, recorded %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reason: %1</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>Happened</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Written by</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Verified by</translation>
        </message>
        <message>
            <source>Refers to</source>
            <translation>Refers to</translation>
        </message>
        <message>
            <source>Verified by %1</source>
            <translation>Verified by %1</translation>
        </message>
    </context>
    <context>
        <name>IncidentLogPanel</name>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Re&amp;tract…</source>
            <translation>Re&amp;tract…</translation>
        </message>
        <message>
            <source>C&amp;orrect…</source>
            <translation>C&amp;orrect…</translation>
        </message>
        <message>
            <source>Severity: Alt+1 info, Alt+2 warning, Alt+3 critical</source>
            <translation>Severity: Alt+1 info, Alt+2 warning, Alt+3 critical</translation>
        </message>
        <message>
            <source>What do you see? Enter records it as a draft for a second person to verify</source>
            <translation>What do you see? Enter records it as a draft for a second person to verify</translation>
        </message>
        <message>
            <source>Tick when you write it down later than it happened; otherwise the entry is dated now</source>
            <translation>Tick when you write it down later than it happened; otherwise the entry is dated now</translation>
        </message>
        <message>
            <source>Confirm another person's draft so it reaches stakeholders (you cannot verify your own)</source>
            <translation>Confirm another person's draft so it reaches stakeholders (you cannot verify your own)</translation>
        </message>
        <message>
            <source>This session is open read-only</source>
            <translation>This session is open read-only</translation>
        </message>
        <message>
            <source>Recorded as a draft; a second person verifies it before anyone else sees it.</source>
            <translation>Recorded as a draft; a second person verifies it before anyone else sees it.</translation>
        </message>
        <message>
            <source>Select the draft to verify first.</source>
            <translation>Select the draft to verify first.</translation>
        </message>
        <message>
            <source>Entry %1 verified; stakeholders see it now.</source>
            <translation>Entry %1 verified; stakeholders see it now.</translation>
        </message>
        <message>
            <source>Select the entry to retract first.</source>
            <translation>Select the entry to retract first.</translation>
        </message>
        <message>
            <source>Retraction recorded as a draft; it takes effect once a second person verifies it.</source>
            <translation>Retraction recorded as a draft; it takes effect once a second person verifies it.</translation>
        </message>
        <message>
            <source>Select the entry to correct first.</source>
            <translation>Select the entry to correct first.</translation>
        </message>
        <message>
            <source>Correction recorded as a draft; it replaces the entry once a second person verifies it.</source>
            <translation>Correction recorded as a draft; it replaces the entry once a second person verifies it.</translation>
        </message>
        <message>
            <source>You wrote this entry; a second person must verify it.</source>
            <translation>You wrote this entry; a second person must verify it.</translation>
        </message>
        <message>
            <source>Confirm another person's draft so it reaches stakeholders</source>
            <translation>Confirm another person's draft so it reaches stakeholders</translation>
        </message>
        <message>
            <source>happened &amp;at</source>
            <translation>happened &amp;at</translation>
        </message>
        <message>
            <source>Ve&amp;rify</source>
            <translation>Ve&amp;rify</translation>
        </message>
        <message>
            <source>Show on&amp;ly verified (what stakeholders see)</source>
            <translation>Show on&amp;ly verified (what stakeholders see)</translation>
        </message>
        <message>
            <source>Verify the entry</source>
            <translation>Verify the entry</translation>
        </message>
    </context>
    <context>
        <name>IncidentTrailReplayer</name>
        <message>
            <source>log entry</source>
            <translation>log entry</translation>
        </message>
        <message>
            <source>log event</source>
            <translation>log event</translation>
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
        <name>JsonReportWriter</name>
        <message>
            <source>The export was cancelled; nothing was written.</source>
            <translation>The export was cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>LessonDialog</name>
        <message>
            <source>Lesson learned</source>
            <translation>Lesson learned</translation>
        </message>
        <message>
            <source>What did we learn?</source>
            <translation>What did we learn?</translation>
        </message>
        <message>
            <source>What we will do about it</source>
            <translation>What we will do about it</translation>
        </message>
        <message>
            <source>Who owns the action</source>
            <translation>Who owns the action</translation>
        </message>
        <message>
            <source>No change to the runbook</source>
            <translation>No change to the runbook</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>a task</source>
            <translation>a task</translation>
        </message>
        <message>
            <source>an expected result</source>
            <translation>an expected result</translation>
        </message>
        <message>
            <source>The new task text</source>
            <translation>The new task text</translation>
        </message>
        <message>
            <source>The expected result</source>
            <translation>The expected result</translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>&amp;Lesson:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Owner:</translation>
        </message>
        <message>
            <source>Runbook change for the next cutover</source>
            <translation>Runbook change for the next cutover</translation>
        </message>
        <message>
            <source>&amp;Change:</source>
            <translation>&amp;Change:</translation>
        </message>
        <message>
            <source>&amp;Phase:</source>
            <translation>&amp;Phase:</translation>
        </message>
        <message>
            <source>&amp;Task:</source>
            <translation>&amp;Task:</translation>
        </message>
        <message>
            <source>&amp;New text:</source>
            <translation>&amp;New text:</translation>
        </message>
        <message>
            <source>&amp;Expected result:</source>
            <translation>&amp;Expected result:</translation>
        </message>
        <message>
            <source>Write the lesson first: what did we learn?</source>
            <translation>Write the lesson first: what did we learn?</translation>
        </message>
    </context>
    <context>
        <name>LessonTableModel</name>
        <message>
            <source>Lesson</source>
            <translation>Lesson</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Runbook change</source>
            <translation>Runbook change</translation>
        </message>
    </context>
    <context>
        <name>LessonsLearned</name>
        <message>
            <source>Cannot read the result statement: %1</source>
            <translation>Cannot read the result statement: %1</translation>
        </message>
        <message>
            <source>Cannot read the lessons learned: %1</source>
            <translation>Cannot read the lessons learned: %1</translation>
        </message>
        <message>
            <source>Lesson %1 has an unknown runbook change "%2 %3"; the session file is damaged.</source>
            <translation>Lesson %1 has an unknown runbook change "%2 %3"; the session file is damaged.</translation>
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
            <source>A runbook change names the phase it changes.</source>
            <translation>A runbook change names the phase it changes.</translation>
        </message>
        <message>
            <source>Adding a task needs the text of the new task.</source>
            <translation>Adding a task needs the text of the new task.</translation>
        </message>
        <message>
            <source>A runbook change names the task it changes (its text or its number in the phase).</source>
            <translation>A runbook change names the task it changes (its text or its number in the phase).</translation>
        </message>
        <message>
            <source>Changing a task needs its new text.</source>
            <translation>Changing a task needs its new text.</translation>
        </message>
        <message>
            <source>Adding or changing an expected result needs the expected result.</source>
            <translation>Adding or changing an expected result needs the expected result.</translation>
        </message>
        <message>
            <source>A lesson needs a text: what did we learn?</source>
            <translation>A lesson needs a text: what did we learn?</translation>
        </message>
        <message>
            <source>The result statement was not saved: %1</source>
            <translation>The result statement was not saved: %1</translation>
        </message>
        <message>
            <source>The lesson was not saved: %1</source>
            <translation>The lesson was not saved: %1</translation>
        </message>
        <message>
            <source>There is no lesson %1 in this session.</source>
            <translation>There is no lesson %1 in this session.</translation>
        </message>
        <message>
            <source>The lesson was not removed: %1</source>
            <translation>The lesson was not removed: %1</translation>
        </message>
        <message>
            <source>The result statement was marked final by %1 and announced; it is no longer edited. Add what changed as a lesson or an incident entry.</source>
            <translation>The result statement was marked final by %1 and announced; it is no longer edited. Add what changed as a lesson or an incident entry.</translation>
        </message>
        <message>
            <source>Goal: %1</source>
            <translation>Goal: %1</translation>
        </message>
        <message>
            <source>What went well: %1</source>
            <translation>What went well: %1</translation>
        </message>
        <message>
            <source>What is open: %1</source>
            <translation>What is open: %1</translation>
        </message>
        <message>
            <source>The result statement was already marked final by %1 on %2.</source>
            <translation>The result statement was already marked final by %1 on %2.</translation>
        </message>
        <message>
            <source>The result statement is empty; write what the cutover achieved first.</source>
            <translation>The result statement is empty; write what the cutover achieved first.</translation>
        </message>
        <message>
            <source>The result statement was not marked final: %1</source>
            <translation>The result statement was not marked final: %1</translation>
        </message>
        <message>
            <source>Result of the cutover</source>
            <translation>Result of the cutover</translation>
        </message>
        <message>
            <source>The result statement was not announced, so it was not marked final: %1</source>
            <translation>The result statement was not announced, so it was not marked final: %1</translation>
        </message>
        <message>
            <source>The signed statement is not the result statement as it is now; sign again.</source>
            <translation>The signed statement is not the result statement as it is now; sign again.</translation>
        </message>
    </context>
    <context>
        <name>LessonsTrailReplayer</name>
        <message>
            <source>result statement</source>
            <translation>result statement</translation>
        </message>
        <message>
            <source>final mark of the result statement</source>
            <translation>final mark of the result statement</translation>
        </message>
        <message>
            <source>lesson</source>
            <translation>lesson</translation>
        </message>
    </context>
    <context>
        <name>LoginProblem</name>
        <message>
            <source>%1. (The server said: %2)</source>
            <translation>%1. (The server said: %2)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Cutover Cockpit</source>
            <translation>About Cutover Cockpit</translation>
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
            <source>&amp;Item</source>
            <translation>&amp;Item</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
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
            <source>&lt;h3&gt;Cutover Cockpit %1&lt;/h3&gt;&lt;p&gt;The cockpit for the lead of a zero-downtime production cutover: checklist and sign-offs, the traffic shift with gates, live metrics, the incident log, the report and a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Cutover Cockpit %1&lt;/h3&gt;&lt;p&gt;The cockpit for the lead of a zero-downtime production cutover: checklist and sign-offs, the traffic shift with gates, live metrics, the incident log, the report and a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Session</translation>
        </message>
        <message>
            <source>%1 [stakeholder view] — Cutover Cockpit</source>
            <translation>%1 [stakeholder view] — Cutover Cockpit</translation>
        </message>
        <message>
            <source>Check the path; the viewer never changes the file.</source>
            <translation>Check the path; the viewer never changes the file.</translation>
        </message>
        <message>
            <source>Not following the session any more: %1</source>
            <translation>Not following the session any more: %1</translation>
        </message>
        <message>
            <source>Open recen&amp;t</source>
            <translation>Open recen&amp;t</translation>
        </message>
        <message>
            <source>Change &amp;your display name…</source>
            <translation>Change &amp;your display name…</translation>
        </message>
        <message>
            <source>Signing &amp;keys…</source>
            <translation>Signing &amp;keys…</translation>
        </message>
        <message>
            <source>Signature &amp;policy…</source>
            <translation>Signature &amp;policy…</translation>
        </message>
        <message>
            <source>The file was not changed.</source>
            <translation>The file was not changed.</translation>
        </message>
        <message>
            <source>Sign &amp;in…</source>
            <translation>Sign &amp;in…</translation>
        </message>
        <message>
            <source>Prove who you are with your signing key (%1); also to switch to another key</source>
            <translation>Prove who you are with your signing key (%1); also to switch to another key</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <source>Nobody proven any more: the session stays open read-only until you sign in</source>
            <translation>Nobody proven any more: the session stays open read-only until you sign in</translation>
        </message>
        <message>
            <source>Identities are declared</source>
            <translation>Identities are declared</translation>
        </message>
        <message>
            <source>Identities are declared, not verified, in this session: every action is recorded with the operating-system account running the cockpit (%1). Nobody signs in with a key here.</source>
            <translation>Identities are declared, not verified, in this session: every action is recorded with the operating-system account running the cockpit (%1). Nobody signs in with a key here.</translation>
        </message>
        <message>
            <source>To have every action proven by a key, change Session &gt; Signature policy… to required; the change is itself signed.</source>
            <translation>To have every action proven by a key, change Session &gt; Signature policy… to required; the change is itself signed.</translation>
        </message>
        <message>
            <source>Signed in: every action is recorded as %1 from now on.</source>
            <translation>Signed in: every action is recorded as %1 from now on.</translation>
        </message>
        <message>
            <source>Signed out (%1): the session is open read-only until you sign in again (Session &gt; Sign in…, %2).</source>
            <translation>Signed out (%1): the session is open read-only until you sign in again (Session &gt; Sign in…, %2).</translation>
        </message>
        <message>
            <source>Opened read-only: this session requires signatures and you did not prove who you are. Sign in to work in it (Session &gt; Sign in…, %1).</source>
            <translation>Opened read-only: this session requires signatures and you did not prove who you are. Sign in to work in it (Session &gt; Sign in…, %1).</translation>
        </message>
        <message>
            <source>Open te&amp;am session…</source>
            <translation>Open te&amp;am session…</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Not signed in</translation>
        </message>
        <message>
            <source>Your key proves %1, but the server logged you in as %2.</source>
            <translation>Your key proves %1, but the server logged you in as %2.</translation>
        </message>
        <message>
            <source>In a team session your key must name the role you log in to the server with.</source>
            <translation>In a team session your key must name the role you log in to the server with.</translation>
        </message>
        <message>
            <source>Your key proves %1, but the server logged you in as %2: opened read-only. Open the session with your own role, or sign in with your own key.</source>
            <translation>Your key proves %1, but the server logged you in as %2: opened read-only. Open the session with your own role, or sign in with your own key.</translation>
        </message>
    </context>
    <context>
        <name>MarkdownReportWriter</name>
        <message>
            <source>Cannot write the figure %1: %2</source>
            <translation>Cannot write the figure %1: %2</translation>
        </message>
        <message>
            <source>The export was cancelled; nothing was written.</source>
            <translation>The export was cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
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
        <name>MetricChartView</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>old path</source>
            <translation>old path</translation>
        </message>
        <message>
            <source>new path</source>
            <translation>new path</translation>
        </message>
    </context>
    <context>
        <name>MetricCondition</name>
        <message>
            <source>The condition is empty; write e.g. "error_ratio/new &lt; 0.005".</source>
            <translation>The condition is empty; write e.g. "error_ratio/new &lt; 0.005".</translation>
        </message>
        <message>
            <source>a comparison (&lt;, &lt;=, &gt;, &gt;=, ==, !=) is expected</source>
            <translation>a comparison (&lt;, &lt;=, &gt;, &gt;=, ==, !=) is expected</translation>
        </message>
        <message>
            <source>unexpected text after the condition</source>
            <translation>unexpected text after the condition</translation>
        </message>
        <message>
            <source>The condition "%1" cannot be read. %2</source>
            <translation>The condition "%1" cannot be read. %2</translation>
        </message>
        <message>
            <source>The condition "%1" names no series; write e.g. "error_ratio/new &lt; 0.005".</source>
            <translation>The condition "%1" names no series; write e.g. "error_ratio/new &lt; 0.005".</translation>
        </message>
        <message>
            <source>%1: no reading</source>
            <translation>%1: no reading</translation>
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
            <translation>%1: no data</translation>
        </message>
        <message>
            <source>%1 %2 %3</source>
            <translation>%1 %2 %3</translation>
        </message>
        <message>
            <source>Inconclusive: the metric source reports an error (%1).</source>
            <translation>Inconclusive: the metric source reports an error (%1).</translation>
        </message>
        <message>
            <source>No data: %1.</source>
            <translation>No data: %1.</translation>
        </message>
        <message>
            <source>Inconclusive: %1 gives no finite result (%2).</source>
            <translation>Inconclusive: %1 gives no finite result (%2).</translation>
        </message>
        <message>
            <source>Pass: %1 holds (%2).</source>
            <translation>Pass: %1 holds (%2).</translation>
        </message>
        <message>
            <source>Fail: %1 does not hold (%2).</source>
            <translation>Fail: %1 does not hold (%2).</translation>
        </message>
    </context>
    <context>
        <name>MetricConditionProbe</name>
        <message>
            <source>No metric source is connected to this session.</source>
            <translation>No metric source is connected to this session.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>no data</translation>
        </message>
        <message>
            <source>%1 has no value</source>
            <translation>%1 has no value</translation>
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
            <translation>both are 0</translation>
        </message>
        <message>
            <source>the baseline is 0, so the ratio is undefined</source>
            <translation>the baseline is 0, so the ratio is undefined</translation>
        </message>
        <message>
            <source>ratio %1 (%2 / %3)</source>
            <translation>ratio %1 (%2 / %3)</translation>
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
            <translation>condition met</translation>
        </message>
        <message>
            <source>; fails above %1</source>
            <translation>; fails above %1</translation>
        </message>
        <message>
            <source>%1 is above the failure limit %2</source>
            <translation>%1 is above the failure limit %2</translation>
        </message>
        <message>
            <source>%1 misses the success condition but not the failure condition</source>
            <translation>%1 misses the success condition but not the failure condition</translation>
        </message>
        <message>
            <source>%1 misses the condition %2</source>
            <translation>%1 misses the condition %2</translation>
        </message>
    </context>
    <context>
        <name>MetricGatePage</name>
        <message>
            <source>&amp;Series:</source>
            <translation>&amp;Series:</translation>
        </message>
        <message>
            <source>A series of the session's metric source, "&lt;metric&gt;/&lt;path&gt;": error_ratio/new, p99_seconds/new, ...</source>
            <translation>A series of the session's metric source, "&lt;metric&gt;/&lt;path&gt;": error_ratio/new, p99_seconds/new, ...</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <source>Ratio to a baseline series</source>
            <translation>Ratio to a baseline series</translation>
        </message>
        <message>
            <source>&amp;Condition:</source>
            <translation>&amp;Condition:</translation>
        </message>
        <message>
            <source>Passes at &amp;most:</source>
            <translation>Passes at &amp;most:</translation>
        </message>
        <message>
            <source>The success condition: value ≤ this.</source>
            <translation>The success condition: value ≤ this.</translation>
        </message>
        <message>
            <source>Passes at &amp;least:</source>
            <translation>Passes at &amp;least:</translation>
        </message>
        <message>
            <source>(no lower bound)</source>
            <translation>(no lower bound)</translation>
        </message>
        <message>
            <source>The success condition: value ≥ this.</source>
            <translation>The success condition: value ≥ this.</translation>
        </message>
        <message>
            <source>&amp;Fails above:</source>
            <translation>&amp;Fails above:</translation>
        </message>
        <message>
            <source>(misses fail)</source>
            <translation>(misses fail)</translation>
        </message>
        <message>
            <source>The failure condition; a value between the success and the failure condition is inconclusive.</source>
            <translation>The failure condition; a value between the success and the failure condition is inconclusive.</translation>
        </message>
        <message>
            <source>&amp;Baseline series:</source>
            <translation>&amp;Baseline series:</translation>
        </message>
        <message>
            <source>The ratio is series / baseline.</source>
            <translation>The ratio is series / baseline.</translation>
        </message>
        <message>
            <source>Ratio at &amp;most:</source>
            <translation>Ratio at &amp;most:</translation>
        </message>
        <message>
            <source>The success condition: series / baseline ≤ this.</source>
            <translation>The success condition: series / baseline ≤ this.</translation>
        </message>
        <message>
            <source>Fails a&amp;bove ratio:</source>
            <translation>Fails a&amp;bove ratio:</translation>
        </message>
        <message>
            <source>The failure condition for the ratio.</source>
            <translation>The failure condition for the ratio.</translation>
        </message>
    </context>
    <context>
        <name>MetricHub</name>
        <message>
            <source>No samples of %1 yet.</source>
            <translation>No samples of %1 yet.</translation>
        </message>
        <message>
            <source>The latest sample of %1 is %2 s old.</source>
            <translation>The latest sample of %1 is %2 s old.</translation>
        </message>
        <message>
            <source>%1 has no value now (NaN or infinite).</source>
            <translation>%1 has no value now (NaN or infinite).</translation>
        </message>
    </context>
    <context>
        <name>MetricSourceSettings</name>
        <message>
            <source>metric source: unknown "kind" "%1" (use prometheus, prober, csv or none).</source>
            <translation>metric source: unknown "kind" "%1" (use prometheus, prober, csv or none).</translation>
        </message>
        <message>
            <source>The Prometheus address "%1" is not an http(s) URL (e.g. http://127.0.0.1:9090).</source>
            <translation>The Prometheus address "%1" is not an http(s) URL (e.g. http://127.0.0.1:9090).</translation>
        </message>
        <message>
            <source>The Prometheus address holds a user name or password; name an environment variable or a keychain entry for the authentication header instead.</source>
            <translation>The Prometheus address holds a user name or password; name an environment variable or a keychain entry for the authentication header instead.</translation>
        </message>
        <message>
            <source>Prometheus needs at least one query.</source>
            <translation>Prometheus needs at least one query.</translation>
        </message>
        <message>
            <source>Query %1: the series name is empty.</source>
            <translation>Query %1: the series name is empty.</translation>
        </message>
        <message>
            <source>Query %1: the series "%2" is given twice.</source>
            <translation>Query %1: the series "%2" is given twice.</translation>
        </message>
        <message>
            <source>Query %1 (%2): the PromQL query is empty.</source>
            <translation>Query %1 (%2): the PromQL query is empty.</translation>
        </message>
        <message>
            <source>The Prometheus poll interval must be at least 100 ms.</source>
            <translation>The Prometheus poll interval must be at least 100 ms.</translation>
        </message>
        <message>
            <source>The %1 endpoint "%2" is not an http(s) URL.</source>
            <translation>The %1 endpoint "%2" is not an http(s) URL.</translation>
        </message>
        <message>
            <source>An endpoint's path must be old or new (got "%1").</source>
            <translation>An endpoint's path must be old or new (got "%1").</translation>
        </message>
        <message>
            <source>The prober needs an endpoint of the old and one of the new path.</source>
            <translation>The prober needs an endpoint of the old and one of the new path.</translation>
        </message>
        <message>
            <source>The probe interval must be at least 100 ms.</source>
            <translation>The probe interval must be at least 100 ms.</translation>
        </message>
        <message>
            <source>The CSV replay needs a file.</source>
            <translation>The CSV replay needs a file.</translation>
        </message>
        <message>
            <source>The CSV file %1 cannot be read.</source>
            <translation>The CSV file %1 cannot be read.</translation>
        </message>
        <message>
            <source>The replay speed must not be negative.</source>
            <translation>The replay speed must not be negative.</translation>
        </message>
        <message numerus="yes">
            <source>Prometheus at %1, %n series, every %2 s</source>
            <translation>
                <numerusform>Prometheus at %1, %n series, every %2 s</numerusform>
                <numerusform>Prometheus at %1, %n series, every %2 s</numerusform>
            </translation>
        </message>
        <message>
            <source>HTTP prober of %1, every %2 s</source>
            <translation>HTTP prober of %1, every %2 s</translation>
        </message>
        <message>
            <source>CSV replay of %1</source>
            <translation>CSV replay of %1</translation>
        </message>
        <message>
            <source>no metric source</source>
            <translation>no metric source</translation>
        </message>
    </context>
    <context>
        <name>MetricSourceTrailReplayer</name>
        <message>
            <source>metric source</source>
            <translation>metric source</translation>
        </message>
    </context>
    <context>
        <name>MetricSourcesDialog</name>
        <message>
            <source>Metric sources</source>
            <translation>Metric sources</translation>
        </message>
        <message>
            <source>Where this session's metrics come from. Metric gates refer to the series by name (e.g. error_ratio/new). The settings are stored in the session and every change is recorded; passwords and tokens are not: name an environment variable or a keychain entry instead.</source>
            <translation>Where this session's metrics come from. Metric gates refer to the series by name (e.g. error_ratio/new). The settings are stored in the session and every change is recorded; passwords and tokens are not: name an environment variable or a keychain entry instead.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Prometheus</source>
            <translation>Prometheus</translation>
        </message>
        <message>
            <source>Built-in HTTP prober</source>
            <translation>Built-in HTTP prober</translation>
        </message>
        <message>
            <source>CSV replay</source>
            <translation>CSV replay</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Source:</translation>
        </message>
        <message>
            <source>No metric source: metric gates judge "no data".</source>
            <translation>No metric source: metric gates judge "no data".</translation>
        </message>
        <message>
            <source>A CSV file of time,series,value lines, replayed as if live</source>
            <translation>A CSV file of time,series,value lines, replayed as if live</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>Choose a CSV file to replay</source>
            <translation>Choose a CSV file to replay</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>MetricsDashboard</name>
        <message>
            <source>SIMULATED DATA (demo)</source>
            <translation>SIMULATED DATA (demo)</translation>
        </message>
        <message>
            <source>&amp;Window:</source>
            <translation>&amp;Window:</translation>
        </message>
        <message>
            <source>Last 15 minutes</source>
            <translation>Last 15 minutes</translation>
        </message>
        <message>
            <source>Last hour</source>
            <translation>Last hour</translation>
        </message>
        <message>
            <source>Whole session</source>
            <translation>Whole session</translation>
        </message>
        <message>
            <source>Time window of all charts (Home: whole session)</source>
            <translation>Time window of all charts (Home: whole session)</translation>
        </message>
        <message>
            <source>Keep the newest samples in view (End). Zooming or panning stops following.</source>
            <translation>Keep the newest samples in view (End). Zooming or panning stops following.</translation>
        </message>
        <message>
            <source>&lt;span style='color:%1'&gt;&amp;#9632; old path&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;&amp;#9632; new path&lt;/span&gt; &amp;nbsp; &lt;span style='color:#c62828'&gt;- - SLO&lt;/span&gt;</source>
            <translation>&lt;span style='color:%1'&gt;&amp;#9632; old path&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;&amp;#9632; new path&lt;/span&gt; &amp;nbsp; &lt;span style='color:#c62828'&gt;- - SLO&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Wheel or + / − zooms, drag or ← / → pans, Home shows the whole session, End follows live.</source>
            <translation>Wheel or + / − zooms, drag or ← / → pans, Home shows the whole session, End follows live.</translation>
        </message>
        <message>
            <source>Saving samples: %1</source>
            <translation>Saving samples: %1</translation>
        </message>
        <message>
            <source>Error ratio</source>
            <translation>Error ratio</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>Throughput</translation>
        </message>
        <message>
            <source>req/s</source>
            <translation>req/s</translation>
        </message>
        <message>
            <source>Latency p50</source>
            <translation>Latency p50</translation>
        </message>
        <message>
            <source>Latency p95</source>
            <translation>Latency p95</translation>
        </message>
        <message>
            <source>Latency p99</source>
            <translation>Latency p99</translation>
        </message>
        <message>
            <source>SLO %1 %2</source>
            <translation>SLO %1 %2</translation>
        </message>
        <message>
            <source>No samples in this time range</source>
            <translation>No samples in this time range</translation>
        </message>
        <message>
            <source>&lt;span style='color:#c62828'&gt;%1: %2&lt;/span&gt;</source>
            <translation>&lt;span style='color:#c62828'&gt;%1: %2&lt;/span&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n sample(s)</source>
            <translation>
                <numerusform>%n sample</numerusform>
                <numerusform>%n samples</numerusform>
            </translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>no data</translation>
        </message>
        <message>
            <source>old</source>
            <translation>old</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>marker: %1</source>
            <translation>marker: %1</translation>
        </message>
        <message>
            <source>Fo&amp;llow live</source>
            <translation>Fo&amp;llow live</translation>
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
        <name>NginxBackend</name>
        <message>
            <source>"upstream" must be an nginx upstream name (letters, digits, _), not "%1".</source>
            <translation>"upstream" must be an nginx upstream name (letters, digits, _), not "%1".</translation>
        </message>
        <message>
            <source>"old_server" must be HOST:PORT, not "%1".</source>
            <translation>"old_server" must be HOST:PORT, not "%1".</translation>
        </message>
        <message>
            <source>"new_server" must be HOST:PORT, not "%1".</source>
            <translation>"new_server" must be HOST:PORT, not "%1".</translation>
        </message>
        <message>
            <source>The old and the new server must differ.</source>
            <translation>The old and the new server must differ.</translation>
        </message>
        <message>
            <source>The main configuration "%1" does not exist.</source>
            <translation>The main configuration "%1" does not exist.</translation>
        </message>
        <message>
            <source>"include" (the upstream file the cockpit writes) is required.</source>
            <translation>"include" (the upstream file the cockpit writes) is required.</translation>
        </message>
        <message>
            <source>"generation_url" must be an http(s) URL, not "%1".</source>
            <translation>"generation_url" must be an http(s) URL, not "%1".</translation>
        </message>
        <message>
            <source>"timeout_ms" must be at least 100.</source>
            <translation>"timeout_ms" must be at least 100.</translation>
        </message>
        <message>
            <source>The include has no generation marker ($cutover_gen).</source>
            <translation>The include has no generation marker ($cutover_gen).</translation>
        </message>
        <message>
            <source>The include names neither %1 nor %2.</source>
            <translation>The include names neither %1 nor %2.</translation>
        </message>
        <message>
            <source>the new include %1 could not be removed</source>
            <translation>the new include %1 could not be removed</translation>
        </message>
        <message>
            <source>%1 % is not between 0 and 100.</source>
            <translation>%1 % is not between 0 and 100.</translation>
        </message>
        <message>
            <source>The include %1 cannot be read: %2</source>
            <translation>The include %1 cannot be read: %2</translation>
        </message>
        <message>
            <source>The backup %1.bak cannot be written: %2</source>
            <translation>The backup %1.bak cannot be written: %2</translation>
        </message>
        <message>
            <source>The include %1 cannot be written: %2</source>
            <translation>The include %1 cannot be written: %2</translation>
        </message>
        <message>
            <source>nginx -t rejected the new configuration; the previous include was restored and stays in force: %1</source>
            <translation>nginx -t rejected the new configuration; the previous include was restored and stays in force: %1</translation>
        </message>
        <message>
            <source>nginx -t rejected the new configuration (%1) AND the previous include could not be restored: %2</source>
            <translation>nginx -t rejected the new configuration (%1) AND the previous include could not be restored: %2</translation>
        </message>
        <message>
            <source>nginx -s reload failed; the previous include was restored: %1</source>
            <translation>nginx -s reload failed; the previous include was restored: %1</translation>
        </message>
        <message>
            <source>generation %1 serving: old %2, new %3</source>
            <translation>generation %1 serving: old %2, new %3</translation>
        </message>
        <message>
            <source>nginx reloaded, but %1 still shows generation "%2" instead of %3 after %4 ms.</source>
            <translation>nginx reloaded, but %1 still shows generation "%2" instead of %3 after %4 ms.</translation>
        </message>
        <message>
            <source>nginx does not answer at %1: %2</source>
            <translation>nginx does not answer at %1: %2</translation>
        </message>
        <message>
            <source>nginx serves generation "%1" but the include has %2: a reload is pending or failed, so the split in force is not known.</source>
            <translation>nginx serves generation "%1" but the include has %2: a reload is pending or failed, so the split in force is not known.</translation>
        </message>
        <message>
            <source>Neither server of the upstream carries traffic.</source>
            <translation>Neither server of the upstream carries traffic.</translation>
        </message>
        <message>
            <source>generation %1: weights old %2, new %3</source>
            <translation>generation %1: weights old %2, new %3</translation>
        </message>
        <message>
            <source>not checked by nginx (set the plan's old-path health URL)</source>
            <translation>not checked by nginx (set the plan's old-path health URL)</translation>
        </message>
    </context>
    <context>
        <name>NotificationChannelSettings</name>
        <message>
            <source>There is no notification channel "%1" (known: %2).</source>
            <translation>There is no notification channel "%1" (known: %2).</translation>
        </message>
        <message>
            <source>Every change is recorded with a name; give your name first.</source>
            <translation>Every change is recorded with a name; give your name first.</translation>
        </message>
        <message>
            <source>The channel choice was not saved: %1</source>
            <translation>The channel choice was not saved: %1</translation>
        </message>
    </context>
    <context>
        <name>NotificationChannelsWidget</name>
        <message>
            <source>Only verified entries, traffic step changes and the result are posted. A webhook URL is a secret: it is kept in the system keychain or the environment, never in the session file.</source>
            <translation>Only verified entries, traffic step changes and the result are posted. A webhook URL is a secret: it is kept in the system keychain or the environment, never in the session file.</translation>
        </message>
        <message>
            <source>looking up…</source>
            <translation>looking up…</translation>
        </message>
        <message>
            <source>paste a new webhook URL to store it in the keychain</source>
            <translation>paste a new webhook URL to store it in the keychain</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>set (from the environment)</source>
            <translation>set (from the environment)</translation>
        </message>
        <message>
            <source>set (from the keychain)</source>
            <translation>set (from the keychain)</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>not set</translation>
        </message>
        <message>
            <source>not saved: %1</source>
            <translation>not saved: %1</translation>
        </message>
        <message>
            <source>that is not an http(s) URL; nothing was saved</source>
            <translation>that is not an http(s) URL; nothing was saved</translation>
        </message>
        <message>
            <source>saving…</source>
            <translation>saving…</translation>
        </message>
        <message>
            <source>post this session's updates here</source>
            <translation>post this session's updates here</translation>
        </message>
        <message>
            <source>set, not used by this session</source>
            <translation>set, not used by this session</translation>
        </message>
    </context>
    <context>
        <name>NotificationSettingsTrailReplayer</name>
        <message>
            <source>notification channel setting</source>
            <translation>notification channel setting</translation>
        </message>
    </context>
    <context>
        <name>OpenTeamSessionDialog</name>
        <message>
            <source>&amp;Look up sessions</source>
            <translation>&amp;Look up sessions</translation>
        </message>
        <message>
            <source>Open team session</source>
            <translation>Open team session</translation>
        </message>
        <message>
            <source>A team session lives on your team's PostgreSQL server and is shared live: what anyone does shows on everyone's screen. You log in as your own role; the server records every action under it. The password comes from ~/.pgpass, PGPASSWORD or the system keychain, or the cockpit asks for it; a client certificate named in the address (sslcert, sslkey) needs none.</source>
            <translation>A team session lives on your team's PostgreSQL server and is shared live: what anyone does shows on everyone's screen. You log in as your own role; the server records every action under it. The password comes from ~/.pgpass, PGPASSWORD or the system keychain, or the cockpit asks for it; a client certificate named in the address (sslcert, sslkey) needs none.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>db.example.com, or a socket folder</source>
            <translation>db.example.com, or a socket folder</translation>
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
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>Your &amp;role:</source>
            <translation>Your &amp;role:</translation>
        </message>
        <message>
            <source>Ask the server which team sessions the database holds</source>
            <translation>Ask the server which team sessions the database holds</translation>
        </message>
        <message>
            <source>S&amp;ession:</source>
            <translation>S&amp;ession:</translation>
        </message>
        <message>
            <source>The database holds no team session yet (a lead creates one with `cutoverctl new --out ADDRESS`).</source>
            <translation>The database holds no team session yet (a lead creates one with `cutoverctl new --out ADDRESS`).</translation>
        </message>
        <message numerus="yes">
            <source>%n team session(s) in this database.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Not a team address: %1</source>
            <translation>Not a team address: %1</translation>
        </message>
        <message>
            <source>Opens %1</source>
            <translation>Opens %1</translation>
        </message>
        <message>
            <source>Name the session (or look the database's sessions up).</source>
            <translation>Name the session (or look the database's sessions up).</translation>
        </message>
        <message>
            <source>Server and database are needed.</source>
            <translation>Server and database are needed.</translation>
        </message>
        <message>
            <source>Asking %1…</source>
            <translation>Asking %1…</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>REHEARSAL</source>
            <translation>REHEARSAL</translation>
        </message>
        <message>
            <source>LIVE</source>
            <translation>LIVE</translation>
        </message>
        <message>
            <source>Every change is recorded with a name; give your name first.</source>
            <translation>Every change is recorded with a name; give your name first.</translation>
        </message>
        <message>
            <source>The notification could not be written: %1</source>
            <translation>The notification could not be written: %1</translation>
        </message>
        <message>
            <source>A step change needs a step between 0 and %1 and a split between 0 and 100 (got step %2, split %3).</source>
            <translation>A step change needs a step between 0 and %1 and a split between 0 and 100 (got step %2, split %3).</translation>
        </message>
        <message>
            <source>Traffic step %1 of %2</source>
            <translation>Traffic step %1 of %2</translation>
        </message>
        <message>
            <source>Split in force: old %1 % | new %2 %</source>
            <translation>Split in force: old %1 % | new %2 %</translation>
        </message>
        <message>
            <source>delivery was interrupted (the outbox stopped); it is sent again</source>
            <translation>delivery was interrupted (the outbox stopped); it is sent again</translation>
        </message>
        <message>
            <source>the receiver answered HTTP %1 %2</source>
            <translation>the receiver answered HTTP %1 %2</translation>
        </message>
        <message>
            <source>no answer from the receiver (%1)</source>
            <translation>no answer from the receiver (%1)</translation>
        </message>
        <message>
            <source>no webhook URL is configured for %1</source>
            <translation>no webhook URL is configured for %1</translation>
        </message>
        <message>
            <source>Dropping message %1 needs a reason: it is never sent.</source>
            <translation>Dropping message %1 needs a reason: it is never sent.</translation>
        </message>
        <message>
            <source>Message %1 could not be changed: %2</source>
            <translation>Message %1 could not be changed: %2</translation>
        </message>
        <message>
            <source>Message %1 is not parked; only a parked message can be retried or dropped.</source>
            <translation>Message %1 is not parked; only a parked message can be retried or dropped.</translation>
        </message>
        <message>
            <source>parked: %1, which a retry does not cure</source>
            <translation>parked: %1, which a retry does not cure</translation>
        </message>
        <message>
            <source>parked after %1 attempts: %2</source>
            <translation>parked after %1 attempts: %2</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Retrying</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Sending</translation>
        </message>
        <message>
            <source>no webhook URL configured for %1 in this cockpit</source>
            <translation>no webhook URL configured for %1 in this cockpit</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Last error</translation>
        </message>
        <message>
            <source>Sent / next try</source>
            <translation>Sent / next try</translation>
        </message>
        <message>
            <source>PARKED – needs you</source>
            <translation>PARKED – needs you</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
    </context>
    <context>
        <name>OutboxPanel</name>
        <message>
            <source>Notifications (verified entries, step changes, result)</source>
            <translation>Notifications (verified entries, step changes, result)</translation>
        </message>
        <message>
            <source>Send a&amp;gain</source>
            <translation>Send a&amp;gain</translation>
        </message>
        <message>
            <source>&amp;Drop…</source>
            <translation>&amp;Drop…</translation>
        </message>
        <message>
            <source>Send the selected parked message again (its attempts start over)</source>
            <translation>Send the selected parked message again (its attempts start over)</translation>
        </message>
        <message>
            <source>Give up the selected parked message; it is never sent (a reason is recorded)</source>
            <translation>Give up the selected parked message; it is never sent (a reason is recorded)</translation>
        </message>
        <message>
            <source>Notification %1 to %2 is parked (%3): send it again or drop it.</source>
            <translation>Notification %1 to %2 is parked (%3): send it again or drop it.</translation>
        </message>
        <message>
            <source>Select the parked message first.</source>
            <translation>Select the parked message first.</translation>
        </message>
        <message>
            <source>Message %1 is queued again.</source>
            <translation>Message %1 is queued again.</translation>
        </message>
        <message>
            <source>Message %1 is dropped; it is never sent.</source>
            <translation>Message %1 is dropped; it is never sent.</translation>
        </message>
        <message>
            <source>Drop message %1</source>
            <translation>Drop message %1</translation>
        </message>
        <message>
            <source>Why is message %1 given up? (It is never sent; the reason is recorded.)</source>
            <translation>Why is message %1 given up? (It is never sent; the reason is recorded.)</translation>
        </message>
        <message numerus="yes">
            <source>%n notification(s) parked: the receiver kept refusing them; later ones go on. Select one, then send it again or drop it: %1</source>
            <translation>
                <numerusform>%n notification parked: the receiver kept refusing it; later ones go on. Select it, then send it again or drop it: %1</numerusform>
                <numerusform>%n notifications parked: the receiver kept refusing them; later ones go on. Select one, then send it again or drop it: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutboxTrailReplayer</name>
        <message>
            <source>outbox message</source>
            <translation>outbox message</translation>
        </message>
    </context>
    <context>
        <name>Parser</name>
        <message>
            <source>At position %1: %2</source>
            <translation>At position %1: %2</translation>
        </message>
        <message>
            <source>a closing parenthesis is missing</source>
            <translation>a closing parenthesis is missing</translation>
        </message>
        <message>
            <source>a number or a series name is missing at the end</source>
            <translation>a number or a series name is missing at the end</translation>
        </message>
        <message>
            <source>unexpected "%1"; expected a number or a series name such as error_ratio/new</source>
            <translation>unexpected "%1"; expected a number or a series name such as error_ratio/new</translation>
        </message>
        <message>
            <source>"%1" is not a number</source>
            <translation>"%1" is not a number</translation>
        </message>
        <message>
            <source>"%1" is not a series name: expected metric/path, e.g. %1/new</source>
            <translation>"%1" is not a series name: expected metric/path, e.g. %1/new</translation>
        </message>
        <message>
            <source>the series name "%1" has no path after the slash (old or new)</source>
            <translation>the series name "%1" has no path after the slash (old or new)</translation>
        </message>
    </context>
    <context>
        <name>PdfReportWriter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>The export was cancelled; nothing was written.</source>
            <translation>The export was cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>Laying out pages</source>
            <translation>Laying out pages</translation>
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
        <name>PlanEditDialog</name>
        <message>
            <source>Traffic plan</source>
            <translation>Traffic plan</translation>
        </message>
        <message>
            <source>until promoted</source>
            <translation>until promoted</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>% new</source>
            <translation>% new</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Hold</translation>
        </message>
        <message>
            <source>Gates</source>
            <translation>Gates</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>&amp;Add step</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Remove step</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>The share of traffic on the new path at this step (1..100, rising).</source>
            <translation>The share of traffic on the new path at this step (1..100, rising).</translation>
        </message>
        <message>
            <source>&amp;Share on new:</source>
            <translation>&amp;Share on new:</translation>
        </message>
        <message>
            <source>30s, 5m, 2h</source>
            <translation>30s, 5m, 2h</translation>
        </message>
        <message>
            <source>How long to stay at this step before the next: 30s, 5m, 2h.</source>
            <translation>How long to stay at this step before the next: 30s, 5m, 2h.</translation>
        </message>
        <message>
            <source>&amp;until promoted</source>
            <translation>&amp;until promoted</translation>
        </message>
        <message>
            <source>Stay at this step until a person promotes.</source>
            <translation>Stay at this step until a person promotes.</translation>
        </message>
        <message>
            <source>&amp;Hold:</source>
            <translation>&amp;Hold:</translation>
        </message>
        <message>
            <source>Add &amp;gate</source>
            <translation>Add &amp;gate</translation>
        </message>
        <message>
            <source>Remove gate</source>
            <translation>Remove gate</translation>
        </message>
        <message>
            <source>Use for &amp;every step</source>
            <translation>Use for &amp;every step</translation>
        </message>
        <message>
            <source>This step has no gate selected.
Add one with Ctrl+G.</source>
            <translation>This step has no gate selected.
Add one with Ctrl+G.</translation>
        </message>
        <message>
            <source>Checked before a rollback, so traffic goes back only to a healthy old path.</source>
            <translation>Checked before a rollback, so traffic goes back only to a healthy old path.</translation>
        </message>
        <message>
            <source>Old path health &amp;URL:</source>
            <translation>Old path health &amp;URL:</translation>
        </message>
        <message>
            <source>&amp;Steps and gates</source>
            <translation>&amp;Steps and gates</translation>
        </message>
        <message>
            <source>The plan as JSON, as `cutoverctl plan --help` documents it. Edits here are taken over by the form.</source>
            <translation>The plan as JSON, as `cutoverctl plan --help` documents it. Edits here are taken over by the form.</translation>
        </message>
        <message>
            <source>&amp;JSON</source>
            <translation>&amp;JSON</translation>
        </message>
        <message>
            <source>why the plan changes (recorded in the audit trail)</source>
            <translation>why the plan changes (recorded in the audit trail)</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Add a step after the selected one</source>
            <translation>Add a step after the selected one</translation>
        </message>
        <message>
            <source>Remove the selected step</source>
            <translation>Remove the selected step</translation>
        </message>
        <message>
            <source>Add a gate to the selected step</source>
            <translation>Add a gate to the selected step</translation>
        </message>
        <message>
            <source>Remove the selected gate</source>
            <translation>Remove the selected gate</translation>
        </message>
        <message>
            <source>Give every step the gates of the selected step.</source>
            <translation>Give every step the gates of the selected step.</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Step %1</source>
            <translation>Step %1</translation>
        </message>
        <message>
            <source>Gates of step %1 (%2 % new), measured after the shift and through the hold:</source>
            <translation>Gates of step %1 (%2 % new), measured after the shift and through the hold:</translation>
        </message>
        <message>
            <source>No step selected</source>
            <translation>No step selected</translation>
        </message>
        <message>
            <source>Step %1: the hold "%2" is not a duration; write 30s, 5m or 2h, or tick "until promoted".</source>
            <translation>Step %1: the hold "%2" is not a duration; write 30s, 5m or 2h, or tick "until promoted".</translation>
        </message>
        <message>
            <source>JSON: not valid JSON at line %1: %2.</source>
            <translation>JSON: not valid JSON at line %1: %2.</translation>
        </message>
        <message>
            <source>JSON: a plan is an object: {"steps": [...]}.</source>
            <translation>JSON: a plan is an object: {"steps": [...]}.</translation>
        </message>
        <message>
            <source>JSON: %1</source>
            <translation>JSON: %1</translation>
        </message>
        <message>
            <source>The plan has no steps: add one with Ctrl+N.</source>
            <translation>The plan has no steps: add one with Ctrl+N.</translation>
        </message>
        <message>
            <source>Step %1: %2 % does not go beyond the step before (%3 %); steps must rise.</source>
            <translation>Step %1: %2 % does not go beyond the step before (%3 %); steps must rise.</translation>
        </message>
        <message>
            <source>key "name" is empty; give the gate a name, it is shown with every measurement.</source>
            <translation>key "name" is empty; give the gate a name, it is shown with every measurement.</translation>
        </message>
        <message>
            <source>key "name" is "%1" for a second gate of this step; measurements are told apart by the name.</source>
            <translation>key "name" is "%1" for a second gate of this step; measurements are told apart by the name.</translation>
        </message>
        <message>
            <source>Step %1, %2</source>
            <translation>Step %1, %2</translation>
        </message>
        <message>
            <source>Old path health URL: "%1" is not an http:// or https:// URL with a host.</source>
            <translation>Old path health URL: "%1" is not an http:// or https:// URL with a host.</translation>
        </message>
        <message>
            <source>… and %1 more.</source>
            <translation>… and %1 more.</translation>
        </message>
    </context>
    <context>
        <name>PostgresChangeSignal</name>
        <message>
            <source>Cannot follow %1: its connection is closed; reopen the session.</source>
            <translation>Cannot follow %1: its connection is closed; reopen the session.</translation>
        </message>
        <message>
            <source>Cannot follow %1: the server did not take the request to announce its changes (LISTEN: %2). Nothing would be shown; check the connection and your rights on the session.</source>
            <translation>Cannot follow %1: the server did not take the request to announce its changes (LISTEN: %2). Nothing would be shown; check the connection and your rights on the session.</translation>
        </message>
        <message>
            <source>the server closed it</source>
            <translation>the server closed it</translation>
        </message>
        <message>
            <source>The connection to %1 was lost (%2). Nothing is shown or changed until it is back; reopen the session.</source>
            <translation>The connection to %1 was lost (%2). Nothing is shown or changed until it is back; reopen the session.</translation>
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
            <translation>Path (old / new)</translation>
        </message>
        <message>
            <source>The URL is empty.</source>
            <translation>The URL is empty.</translation>
        </message>
        <message>
            <source>"%1" is not an http(s) URL such as http://10.0.0.5:8080/health.</source>
            <translation>"%1" is not an http(s) URL such as http://10.0.0.5:8080/health.</translation>
        </message>
        <message>
            <source>The path must be "old" or "new", not "%1".</source>
            <translation>The path must be "old" or "new", not "%1".</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Row %1: %2</translation>
        </message>
        <message>
            <source>No endpoint of the old path: old and new cannot be compared.</source>
            <translation>No endpoint of the old path: old and new cannot be compared.</translation>
        </message>
        <message>
            <source>No endpoint of the new path: old and new cannot be compared.</source>
            <translation>No endpoint of the new path: old and new cannot be compared.</translation>
        </message>
    </context>
    <context>
        <name>PrometheusQueryModel</name>
        <message>
            <source>Series %1/old and %1/new</source>
            <translation>Series %1/old and %1/new</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <source>PromQL query</source>
            <translation>PromQL query</translation>
        </message>
        <message>
            <source>Path label</source>
            <translation>Path label</translation>
        </message>
        <message>
            <source>Old path value</source>
            <translation>Old path value</translation>
        </message>
        <message>
            <source>New path value</source>
            <translation>New path value</translation>
        </message>
        <message>
            <source>The metric name is empty.</source>
            <translation>The metric name is empty.</translation>
        </message>
        <message>
            <source>The metric name "%1" is used twice.</source>
            <translation>The metric name "%1" is used twice.</translation>
        </message>
        <message>
            <source>The PromQL query is empty.</source>
            <translation>The PromQL query is empty.</translation>
        </message>
        <message>
            <source>The label that tells old and new apart is empty.</source>
            <translation>The label that tells old and new apart is empty.</translation>
        </message>
        <message>
            <source>The label values of the old and the new path must both be given.</source>
            <translation>The label values of the old and the new path must both be given.</translation>
        </message>
        <message>
            <source>The old and the new path have the same label value "%1".</source>
            <translation>The old and the new path have the same label value "%1".</translation>
        </message>
        <message>
            <source>No query is configured.</source>
            <translation>No query is configured.</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Row %1: %2</translation>
        </message>
        <message>
            <source>The metric name "%1" may contain only letters, digits, _ and . (it becomes %1/old and %1/new), or name one whole series such as error_ratio/new.</source>
            <translation>The metric name "%1" may contain only letters, digits, _ and . (it becomes %1/old and %1/new), or name one whole series such as error_ratio/new.</translation>
        </message>
    </context>
    <context>
        <name>PrometheusResponseParser</name>
        <message>
            <source>Prometheus answered with an empty body (HTTP %1).</source>
            <translation>Prometheus answered with an empty body (HTTP %1).</translation>
        </message>
        <message>
            <source>Prometheus' answer is not valid JSON (HTTP %1, %2 at byte %3): %4</source>
            <translation>Prometheus' answer is not valid JSON (HTTP %1, %2 at byte %3): %4</translation>
        </message>
        <message>
            <source>Prometheus' answer is not a JSON object (HTTP %1): %2</source>
            <translation>Prometheus' answer is not a JSON object (HTTP %1): %2</translation>
        </message>
        <message>
            <source>Prometheus reported an error (%1, HTTP %2): %3</source>
            <translation>Prometheus reported an error (%1, HTTP %2): %3</translation>
        </message>
        <message>
            <source>no error type</source>
            <translation>no error type</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>no message</translation>
        </message>
        <message>
            <source>Prometheus' answer has no "status" of success or error (HTTP %1).</source>
            <translation>Prometheus' answer has no "status" of success or error (HTTP %1).</translation>
        </message>
        <message>
            <source>Prometheus answered with HTTP status %1 despite a success body.</source>
            <translation>Prometheus answered with HTTP status %1 despite a success body.</translation>
        </message>
        <message>
            <source>Prometheus' answer cannot be read: %1.</source>
            <translation>Prometheus' answer cannot be read: %1.</translation>
        </message>
        <message>
            <source>"result" is not a list</source>
            <translation>"result" is not a list</translation>
        </message>
        <message>
            <source>a matrix result has no "values" list</source>
            <translation>a matrix result has no "values" list</translation>
        </message>
        <message>
            <source>the query returns a string, not a number</source>
            <translation>the query returns a string, not a number</translation>
        </message>
        <message>
            <source>unknown result type "%1"</source>
            <translation>unknown result type "%1"</translation>
        </message>
    </context>
    <context>
        <name>PrometheusSource</name>
        <message>
            <source>Prometheus at %1</source>
            <translation>Prometheus at %1</translation>
        </message>
        <message>
            <source>The Prometheus address "%1" is not a valid URL (expected e.g. http://127.0.0.1:9090).</source>
            <translation>The Prometheus address "%1" is not a valid URL (expected e.g. http://127.0.0.1:9090).</translation>
        </message>
        <message>
            <source>Prometheus authentication: %1 Continuing without an authentication header.</source>
            <translation>Prometheus authentication: %1 Continuing without an authentication header.</translation>
        </message>
        <message>
            <source>no answer within %1 s (timeout)</source>
            <translation>no answer within %1 s (timeout)</translation>
        </message>
        <message>
            <source>connection refused — is Prometheus running at this address?</source>
            <translation>connection refused — is Prometheus running at this address?</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Prometheus query failed (retrying in %1 s): %2</source>
            <translation>Prometheus query failed (retrying in %1 s): %2</translation>
        </message>
        <message>
            <source>%1: the query returns %2 series; aggregate it to one (e.g. with sum or max) or give a metric name without "/" to split it by "%3"</source>
            <translation>%1: the query returns %2 series; aggregate it to one (e.g. with sum or max) or give a metric name without "/" to split it by "%3"</translation>
        </message>
    </context>
    <context>
        <name>PrometheusSourceEditor</name>
        <message>
            <source>Prometheus &amp;address:</source>
            <translation>Prometheus &amp;address:</translation>
        </message>
        <message>
            <source>Name of an environment variable holding the whole Authorization header value, e.g. "Bearer …". Only the name is saved.</source>
            <translation>Name of an environment variable holding the whole Authorization header value, e.g. "Bearer …". Only the name is saved.</translation>
        </message>
        <message>
            <source>Auth header from &amp;environment variable:</source>
            <translation>Auth header from &amp;environment variable:</translation>
        </message>
        <message>
            <source>Entry in the system keychain (service "%1") holding the Authorization header value; asked first. Only the entry name is saved.</source>
            <translation>Entry in the system keychain (service "%1") holding the Authorization header value; asked first. Only the entry name is saved.</translation>
        </message>
        <message>
            <source>… or from &amp;keychain entry:</source>
            <translation>… or from &amp;keychain entry:</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>&amp;Poll every:</source>
            <translation>&amp;Poll every:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>How much history to fetch with query_range when the source starts.</source>
            <translation>How much history to fetch with query_range when the source starts.</translation>
        </message>
        <message>
            <source>Fill &amp;history of:</source>
            <translation>Fill &amp;history of:</translation>
        </message>
        <message>
            <source>&amp;Add query</source>
            <translation>&amp;Add query</translation>
        </message>
        <message>
            <source>&amp;Remove query</source>
            <translation>&amp;Remove query</translation>
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation>Restore &amp;defaults</translation>
        </message>
        <message>
            <source>The Prometheus address is empty.</source>
            <translation>The Prometheus address is empty.</translation>
        </message>
        <message>
            <source>The Prometheus address "%1" is not an http(s) URL such as http://127.0.0.1:9090.</source>
            <translation>The Prometheus address "%1" is not an http(s) URL such as http://127.0.0.1:9090.</translation>
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
        <name>ReportBuilder</name>
        <message>
            <source>Cannot read the audit trail: %1</source>
            <translation>Cannot read the audit trail: %1</translation>
        </message>
        <message>
            <source>Checklist and lessons read</source>
            <translation>Checklist and lessons read</translation>
        </message>
        <message>
            <source>The report was cancelled.</source>
            <translation>The report was cancelled.</translation>
        </message>
        <message>
            <source>Report gathered</source>
            <translation>Report gathered</translation>
        </message>
    </context>
    <context>
        <name>ReportExporter</name>
        <message>
            <source>Reports are written in English (en) or German (de), not "%1".</source>
            <translation>Reports are written in English (en) or German (de), not "%1".</translation>
        </message>
        <message>
            <source>Say where the report goes (an output file).</source>
            <translation>Say where the report goes (an output file).</translation>
        </message>
        <message>
            <source>Opening the session</source>
            <translation>Opening the session</translation>
        </message>
        <message>
            <source>Cannot read the audit trail: %1</source>
            <translation>Cannot read the audit trail: %1</translation>
        </message>
    </context>
    <context>
        <name>ResultPanel</name>
        <message>
            <source>&amp;Add lesson…</source>
            <translation>&amp;Add lesson…</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Remove…</translation>
        </message>
        <message>
            <source>Save as new &amp;template version…</source>
            <translation>Save as new &amp;template version…</translation>
        </message>
        <message>
            <source>E&amp;xport report…</source>
            <translation>E&amp;xport report…</translation>
        </message>
        <message>
            <source>What was the goal of this cutover?</source>
            <translation>What was the goal of this cutover?</translation>
        </message>
        <message>
            <source>What went well?</source>
            <translation>What went well?</translation>
        </message>
        <message>
            <source>What is still open?</source>
            <translation>What is still open?</translation>
        </message>
        <message>
            <source>Save the result statement (Ctrl+S); every change is recorded in the audit trail</source>
            <translation>Save the result statement (Ctrl+S); every change is recorded in the audit trail</translation>
        </message>
        <message>
            <source>Result statement</source>
            <translation>Result statement</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Goal:</translation>
        </message>
        <message>
            <source>What went &amp;well:</source>
            <translation>What went &amp;well:</translation>
        </message>
        <message>
            <source>What is &amp;open:</source>
            <translation>What is &amp;open:</translation>
        </message>
        <message>
            <source>Apply the lessons' runbook changes to this session's runbook and save them as the next version of a template, with a changelog</source>
            <translation>Apply the lessons' runbook changes to this session's runbook and save them as the next version of a template, with a changelog</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>Lessons learned</translation>
        </message>
        <message>
            <source>The language of the report</source>
            <translation>The language of the report</translation>
        </message>
        <message>
            <source>Report language:</source>
            <translation>Report language:</translation>
        </message>
        <message>
            <source>Exporting the report: %1</source>
            <translation>Exporting the report: %1</translation>
        </message>
        <message>
            <source>Report written: %1</source>
            <translation>Report written: %1</translation>
        </message>
        <message>
            <source>The report was not written: %1</source>
            <translation>The report was not written: %1</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Not saved yet</translation>
        </message>
        <message>
            <source>Last saved by %1, %2</source>
            <translation>Last saved by %1, %2</translation>
        </message>
        <message>
            <source>Result statement saved.</source>
            <translation>Result statement saved.</translation>
        </message>
        <message>
            <source>Lesson recorded.</source>
            <translation>Lesson recorded.</translation>
        </message>
        <message>
            <source>Lesson saved.</source>
            <translation>Lesson saved.</translation>
        </message>
        <message>
            <source>Remove lesson</source>
            <translation>Remove lesson</translation>
        </message>
        <message>
            <source>Why is "%1" removed? (Its text stays in the audit trail.)</source>
            <translation>Why is "%1" removed? (Its text stays in the audit trail.)</translation>
        </message>
        <message>
            <source>Lesson removed.</source>
            <translation>Lesson removed.</translation>
        </message>
        <message numerus="yes">
            <source>%1 saved to %2 with %n change(s).</source>
            <translation>
                <numerusform>%1 saved to %2 with %n change.</numerusform>
                <numerusform>%1 saved to %2 with %n changes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save as new template version</source>
            <translation>Save as new template version</translation>
        </message>
        <message>
            <source>Template name (the next version number is added):</source>
            <translation>Template name (the next version number is added):</translation>
        </message>
        <message>
            <source>Exporting the report…</source>
            <translation>Exporting the report…</translation>
        </message>
        <message>
            <source>PDF for the change board (*.pdf)</source>
            <translation>PDF for the change board (*.pdf)</translation>
        </message>
        <message>
            <source>Self-contained HTML page (*.html)</source>
            <translation>Self-contained HTML page (*.html)</translation>
        </message>
        <message>
            <source>Markdown for a wiki, charts as PNG beside it (*.md)</source>
            <translation>Markdown for a wiki, charts as PNG beside it (*.md)</translation>
        </message>
        <message>
            <source>JSON for machines (*.json)</source>
            <translation>JSON for machines (*.json)</translation>
        </message>
        <message>
            <source>Audit trail as CSV (*.csv)</source>
            <translation>Audit trail as CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Export report</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Freeze the saved result statement and announce it once to the notification channels and the status page; it cannot be edited afterwards</source>
            <translation>Freeze the saved result statement and announce it once to the notification channels and the status page; it cannot be edited afterwards</translation>
        </message>
        <message>
            <source>Final since %1 (%2)</source>
            <translation>Final since %1 (%2)</translation>
        </message>
        <message>
            <source>Mark the result statement final</source>
            <translation>Mark the result statement final</translation>
        </message>
        <message>
            <source>The saved result statement is announced once to the notification channels and shown on the status page. It cannot be edited afterwards. Mark it final?</source>
            <translation>The saved result statement is announced once to the notification channels and shown on the status page. It cannot be edited afterwards. Mark it final?</translation>
        </message>
        <message>
            <source>The result statement is final and was handed to the notification outbox.</source>
            <translation>The result statement is final and was handed to the notification outbox.</translation>
        </message>
        <message>
            <source>Save result state&amp;ment</source>
            <translation>Save result state&amp;ment</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>E&amp;dit…</translation>
        </message>
        <message>
            <source>Mark fi&amp;nal…</source>
            <translation>Mark fi&amp;nal…</translation>
        </message>
        <message>
            <source>Final by %1</source>
            <translation>Final by %1</translation>
        </message>
        <message>
            <source>Approve the template version</source>
            <translation>Approve the template version</translation>
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
            <source>%1.task is missing or empty</source>
            <translation>%1.task is missing or empty</translation>
        </message>
        <message>
            <source>%1: unknown runbook format; use a .md, .csv or .json file</source>
            <translation>%1: unknown runbook format; use a .md, .csv or .json file</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 cannot be written: %2</translation>
        </message>
        <message>
            <source>line %1: the file is not UTF-8 text</source>
            <translation>line %1: the file is not UTF-8 text</translation>
        </message>
        <message>
            <source>line %1, column %2: the member "%3" appears twice in one object; say it once</source>
            <translation>line %1, column %2: the member "%3" appears twice in one object; say it once</translation>
        </message>
        <message>
            <source>%1.name holds a control character (escape sequences, NUL and the like are not allowed in a runbook)</source>
            <translation>%1.name holds a control character (escape sequences, NUL and the like are not allowed in a runbook)</translation>
        </message>
        <message>
            <source>%1 holds a control character (escape sequences, NUL and the like are not allowed in a runbook)</source>
            <translation>%1 holds a control character (escape sequences, NUL and the like are not allowed in a runbook)</translation>
        </message>
        <message>
            <source>line %1, column %2: the control character %3 is not allowed in a runbook (a NUL byte, an escape sequence or the like)</source>
            <translation>line %1, column %2: the control character %3 is not allowed in a runbook (a NUL byte, an escape sequence or the like)</translation>
        </message>
        <message>
            <source>runbook</source>
            <translation>runbook</translation>
        </message>
        <message>
            <source>%1.minutes must be a whole number from 0 to %2</source>
            <translation>%1.minutes must be a whole number from 0 to %2</translation>
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
            <source>%1: a second phase named "%2" (%3 has that name); phase names must differ</source>
            <translation>%1: a second phase named "%2" (%3 has that name); phase names must differ</translation>
        </message>
        <message>
            <source>phase "%1" appears again after other phases (first at line %2 as "%3"); the rows of a phase must be together and phase names must differ</source>
            <translation>phase "%1" appears again after other phases (first at line %2 as "%3"); the rows of a phase must be together and phase names must differ</translation>
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
        <name>RuntimeIndicators</name>
        <message>
            <source>traffic: no backend configured</source>
            <translation>traffic: no backend configured</translation>
        </message>
        <message>
            <source>traffic: no plan</source>
            <translation>traffic: no plan</translation>
        </message>
        <message>
            <source>split old %1 | new %2</source>
            <translation>split old %1 | new %2</translation>
        </message>
        <message>
            <source>step %1 of %2</source>
            <translation>step %1 of %2</translation>
        </message>
        <message>
            <source>not started (%1 steps)</source>
            <translation>not started (%1 steps)</translation>
        </message>
        <message>
            <source>gates: none yet</source>
            <translation>gates: none yet</translation>
        </message>
        <message>
            <source>gates ✓ passed</source>
            <translation>gates ✓ passed</translation>
        </message>
        <message>
            <source>gates ✗ failed</source>
            <translation>gates ✗ failed</translation>
        </message>
        <message>
            <source>gates ? inconclusive</source>
            <translation>gates ? inconclusive</translation>
        </message>
        <message>
            <source>BACKEND ERROR</source>
            <translation>BACKEND ERROR</translation>
        </message>
        <message>
            <source>PROBLEM</source>
            <translation>PROBLEM</translation>
        </message>
        <message>
            <source>log %1 verified · %2 to verify</source>
            <translation>log %1 verified · %2 to verify</translation>
        </message>
        <message>
            <source>log %1 verified</source>
            <translation>log %1 verified</translation>
        </message>
        <message>
            <source>DRIFT: new %1, not %2</source>
            <translation>DRIFT: new %1, not %2</translation>
        </message>
        <message>
            <source>The backend reports %1 % on the new path; the session intends %2 %. See the Traffic tab.</source>
            <translation>The backend reports %1 % on the new path; the session intends %2 %. See the Traffic tab.</translation>
        </message>
        <message>
            <source>gates ✓ watching</source>
            <translation>gates ✓ watching</translation>
        </message>
        <message>
            <source>gate ✓ pass</source>
            <translation>gate ✓ pass</translation>
        </message>
        <message>
            <source>gate ✗ fail</source>
            <translation>gate ✗ fail</translation>
        </message>
        <message>
            <source>gate ? inconclusive</source>
            <translation>gate ? inconclusive</translation>
        </message>
        <message>
            <source>gate ? no data</source>
            <translation>gate ? no data</translation>
        </message>
        <message>
            <source>gate ! error</source>
            <translation>gate ! error</translation>
        </message>
        <message>
            <source>%1 at %2: %3 (%4) — %5</source>
            <translation>%1 at %2: %3 (%4) — %5</translation>
        </message>
    </context>
    <context>
        <name>SampleBatchTrailReplayer</name>
        <message>
            <source>metric sample at row %1 (series %2, t %3, value "%4") exists but the trail never recorded it</source>
            <translation>metric sample at row %1 (series %2, t %3, value "%4") exists but the trail never recorded it</translation>
        </message>
        <message>
            <source>%1 more metric samples exist that the trail never recorded</source>
            <translation>%1 more metric samples exist that the trail never recorded</translation>
        </message>
    </context>
    <context>
        <name>SampleStoreWorker</name>
        <message>
            <source>The metric store cannot open %1: %2</source>
            <translation>The metric store cannot open %1: %2</translation>
        </message>
        <message>
            <source>%1 has no metric_samples table (the session needs to be opened for writing once to be upgraded): %2</source>
            <translation>%1 has no metric_samples table (the session needs to be opened for writing once to be upgraded): %2</translation>
        </message>
        <message numerus="yes">
            <source>The session is open read-only; %n metric sample(s) were not saved.</source>
            <translation>
                <numerusform>The session is open read-only; %n metric sample was not saved.</numerusform>
                <numerusform>The session is open read-only; %n metric samples were not saved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n metric sample(s) could not be saved yet and will be retried: %1</source>
            <translation>
                <numerusform>%n metric sample could not be saved yet and will be retried: %1</numerusform>
                <numerusform>%n metric samples could not be saved yet and will be retried: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>the metric store is not open</source>
            <translation>the metric store is not open</translation>
        </message>
        <message>
            <source>The metric samples of %1 cannot be read: %2</source>
            <translation>The metric samples of %1 cannot be read: %2</translation>
        </message>
        <message>
            <source>the metric samples were not numbered one after another</source>
            <translation>the metric samples were not numbered one after another</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>%1 is set but is not an http(s) URL.</source>
            <translation>%1 is set but is not an http(s) URL.</translation>
        </message>
        <message>
            <source>no webhook URL for %1: set %2 (no system keychain is available)</source>
            <translation>no webhook URL for %1: set %2 (no system keychain is available)</translation>
        </message>
        <message>
            <source>no webhook URL for %1 in the system keychain (%2); set %3 instead</source>
            <translation>no webhook URL for %1 in the system keychain (%2); set %3 instead</translation>
        </message>
        <message>
            <source>the keychain entry for %1 is not a URL</source>
            <translation>the keychain entry for %1 is not a URL</translation>
        </message>
        <message>
            <source>No system keychain is available; set %1 in the environment instead.</source>
            <translation>No system keychain is available; set %1 in the environment instead.</translation>
        </message>
        <message>
            <source>the system keychain is switched off (COCKPIT_NO_KEYCHAIN)</source>
            <translation>the system keychain is switched off (COCKPIT_NO_KEYCHAIN)</translation>
        </message>
        <message>
            <source>the system keychain did not answer in time</source>
            <translation>the system keychain did not answer in time</translation>
        </message>
        <message>
            <source>the system keychain holds an empty entry</source>
            <translation>the system keychain holds an empty entry</translation>
        </message>
    </context>
    <context>
        <name>ServerError</name>
        <message>
            <source>Access denied: the role %1 may not open the session %2 (its team role was revoked, or it was never granted one; the lead can grant it with cutoverctl team grant).</source>
            <translation>Access denied: the role %1 may not open the session %2 (its team role was revoked, or it was never granted one; the lead can grant it with cutoverctl team grant).</translation>
        </message>
        <message>
            <source>access denied: the role %1 may no longer change the session %2 (its team role was revoked; the lead can grant it again with cutoverctl team grant). Nothing was changed.</source>
            <translation>access denied: the role %1 may no longer change the session %2 (its team role was revoked; the lead can grant it again with cutoverctl team grant). Nothing was changed.</translation>
        </message>
        <message>
            <source>access denied: the role %1 may only read the session %2 (a viewer). Nothing was changed.</source>
            <translation>access denied: the role %1 may only read the session %2 (a viewer). Nothing was changed.</translation>
        </message>
        <message>
            <source>the connection to the server was lost (%1). Try again when the server is back.</source>
            <translation>the connection to the server was lost (%1). Try again when the server is back.</translation>
        </message>
        <message>
            <source>the server is busy and gave up waiting (%1). Try again.</source>
            <translation>the server is busy and gave up waiting (%1). Try again.</translation>
        </message>
        <message>
            <source>access denied for the role %1 (%2).</source>
            <translation>access denied for the role %1 (%2).</translation>
        </message>
        <message>
            <source>you are logged in as</source>
            <translation>you are logged in as</translation>
        </message>
        <message>
            <source>the server refused: %1</source>
            <translation>the server refused: %1</translation>
        </message>
        <message>
            <source>the connection to the server was lost during the commit (%1): whether this change was saved is known only when the server is back; look at the session then (cutoverctl status).</source>
            <translation>the connection to the server was lost during the commit (%1): whether this change was saved is known only when the server is back; look at the session then (cutoverctl status).</translation>
        </message>
        <message>
            <source>the connection to the server was lost (%1); nothing was changed. Try again when the server is back.</source>
            <translation>the connection to the server was lost (%1); nothing was changed. Try again when the server is back.</translation>
        </message>
        <message>
            <source>the server is busy: the session is locked by another writer, and the server gave up waiting (%1); nothing was changed. Try again.</source>
            <translation>the server is busy: the session is locked by another writer, and the server gave up waiting (%1); nothing was changed. Try again.</translation>
        </message>
        <message>
            <source>another writer changed the session at the same moment (%1); nothing was changed. Try again.</source>
            <translation>another writer changed the session at the same moment (%1); nothing was changed. Try again.</translation>
        </message>
        <message>
            <source>the connection is read-only (%1); nothing was changed.</source>
            <translation>the connection is read-only (%1); nothing was changed.</translation>
        </message>
        <message>
            <source>access denied for the role %1 (%2): its team role was revoked, or it may only read. Nothing was changed.</source>
            <translation>access denied for the role %1 (%2): its team role was revoked, or it may only read. Nothing was changed.</translation>
        </message>
        <message>
            <source>the server refused the change: %1. Nothing was changed.</source>
            <translation>the server refused the change: %1. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>ServerPasswordDialog</name>
        <message>
            <source>&amp;Remember in the system keychain</source>
            <translation>&amp;Remember in the system keychain</translation>
        </message>
        <message>
            <source>&amp;Forget the refused password in the system keychain</source>
            <translation>&amp;Forget the refused password in the system keychain</translation>
        </message>
        <message>
            <source>Password for the team server</source>
            <translation>Password for the team server</translation>
        </message>
        <message>
            <source>The server asks for a password.</source>
            <translation>The server asks for a password.</translation>
        </message>
        <message>
            <source>The server refused that password.</source>
            <translation>The server refused that password.</translation>
        </message>
        <message>
            <source>The server refused the password kept in the system keychain.</source>
            <translation>The server refused the password kept in the system keychain.</translation>
        </message>
        <message>
            <source>%1

The password of %2 on %3 (kept in memory until the cockpit ends; put it in ~/.pgpass, or remember it in the keychain, to be asked no more):</source>
            <translation>%1

The password of %2 on %3 (kept in memory until the cockpit ends; put it in ~/.pgpass, or remember it in the keychain, to be asked no more):</translation>
        </message>
        <message>
            <source>The system keychain is switched off (COCKPIT_NO_KEYCHAIN).</source>
            <translation>The system keychain is switched off (COCKPIT_NO_KEYCHAIN).</translation>
        </message>
        <message>
            <source>Saved once the server takes the password, under the server, port, database and role.</source>
            <translation>Saved once the server takes the password, under the server, port, database and role.</translation>
        </message>
    </context>
    <context>
        <name>SessionAddress</name>
        <message>
            <source>No session was named: give a file path or a postgresql:// address.</source>
            <translation>No session was named: give a file path or a postgresql:// address.</translation>
        </message>
        <message>
            <source>The address %1 names several hosts; a session address names one server.</source>
            <translation>The address %1 names several hosts; a session address names one server.</translation>
        </message>
        <message>
            <source>The address %1 has an unclosed [ in its host.</source>
            <translation>The address %1 has an unclosed [ in its host.</translation>
        </message>
        <message>
            <source>The address %1 has a parameter "%2" that a session address does not take.</source>
            <translation>The address %1 has a parameter "%2" that a session address does not take.</translation>
        </message>
        <message>
            <source>The parameter %1 of the address %2 contains a ';', which cannot be passed on.</source>
            <translation>The parameter %1 of the address %2 contains a ';', which cannot be passed on.</translation>
        </message>
        <message>
            <source>The address %1 has an invalid port "%2".</source>
            <translation>The address %1 has an invalid port "%2".</translation>
        </message>
        <message>
            <source>The address %1 names no database (postgresql://host/DATABASE?session=NAME).</source>
            <translation>The address %1 names no database (postgresql://host/DATABASE?session=NAME).</translation>
        </message>
        <message>
            <source>"%1" is not a valid session name: use a lower-case letter, then up to 47 lower-case letters, digits or underscores.</source>
            <translation>"%1" is not a valid session name: use a lower-case letter, then up to 47 lower-case letters, digits or underscores.</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 on %2</translation>
        </message>
    </context>
    <context>
        <name>SessionCommands</name>
        <message>
            <source>&amp;Checklist</source>
            <translation>&amp;Checklist</translation>
        </message>
        <message>
            <source>&amp;Traffic</source>
            <translation>&amp;Traffic</translation>
        </message>
        <message>
            <source>&amp;Metrics</source>
            <translation>&amp;Metrics</translation>
        </message>
        <message>
            <source>&amp;Incident log</source>
            <translation>&amp;Incident log</translation>
        </message>
        <message>
            <source>&amp;Result &amp;&amp; report</source>
            <translation>&amp;Result &amp;&amp; report</translation>
        </message>
        <message>
            <source>&amp;Status page…</source>
            <translation>&amp;Status page…</translation>
        </message>
        <message>
            <source>&amp;Notification channels…</source>
            <translation>&amp;Notification channels…</translation>
        </message>
        <message>
            <source>Roll &amp;back…</source>
            <translation>Roll &amp;back…</translation>
        </message>
        <message>
            <source>Roll back: all traffic to the old path, with a reason (%1)</source>
            <translation>Roll back: all traffic to the old path, with a reason (%1)</translation>
        </message>
        <message>
            <source>Export &amp;report…</source>
            <translation>Export &amp;report…</translation>
        </message>
        <message>
            <source>Stakeholder status page</source>
            <translation>Stakeholder status page</translation>
        </message>
        <message>
            <source>Notification channels</source>
            <translation>Notification channels</translation>
        </message>
        <message>
            <source>&amp;Metric sources…</source>
            <translation>&amp;Metric sources…</translation>
        </message>
        <message>
            <source>&amp;Traffic backend…</source>
            <translation>&amp;Traffic backend…</translation>
        </message>
    </context>
    <context>
        <name>SessionConnection</name>
        <message>
            <source>Team sessions need Qt's PostgreSQL driver (Debian: libqt6sql6-psql), which is not installed.</source>
            <translation>Team sessions need Qt's PostgreSQL driver (Debian: libqt6sql6-psql), which is not installed.</translation>
        </message>
        <message>
            <source>Cannot connect to %1: %2</source>
            <translation>Cannot connect to %1: %2</translation>
        </message>
        <message>
            <source>Cannot prepare the connection to %1: %2</source>
            <translation>Cannot prepare the connection to %1: %2</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>%1 cannot be opened: %2</translation>
        </message>
    </context>
    <context>
        <name>SessionCopier</name>
        <message>
            <source>%1 uses schema version %2; a copy is made of a session with the current version %3. Open it for writing once (in the cockpit or with any cutoverctl command that changes it) to upgrade it, then copy it again.</source>
            <translation>%1 uses schema version %2; a copy is made of a session with the current version %3. Open it for writing once (in the cockpit or with any cutoverctl command that changes it) to upgrade it, then copy it again.</translation>
        </message>
        <message>
            <source>%1 is not a freshly created session of schema version %2.</source>
            <translation>%1 is not a freshly created session of schema version %2.</translation>
        </message>
        <message>
            <source>Cannot read table %1 of %2: %3</source>
            <translation>Cannot read table %1 of %2: %3</translation>
        </message>
        <message>
            <source>%1 is not empty (table %2 holds %3 rows); a session is copied only into a new one.</source>
            <translation>%1 is not empty (table %2 holds %3 rows); a session is copied only into a new one.</translation>
        </message>
        <message>
            <source>Cannot write to %1: %2</source>
            <translation>Cannot write to %1: %2</translation>
        </message>
        <message>
            <source>Table %1 has the columns (%2) in %3 but (%4) in %5; the two sessions do not have the same schema.</source>
            <translation>Table %1 has the columns (%2) in %3 but (%4) in %5; the two sessions do not have the same schema.</translation>
        </message>
        <message>
            <source>Cannot write table %1 of %2: %3</source>
            <translation>Cannot write table %1 of %2: %3</translation>
        </message>
        <message>
            <source>Cannot copy row %1 of table %2 into %3: %4</source>
            <translation>Cannot copy row %1 of table %2 into %3: %4</translation>
        </message>
        <message>
            <source>Table %1 of %2 gave %3 rows while it counted %4.</source>
            <translation>Table %1 of %2 gave %3 rows while it counted %4.</translation>
        </message>
        <message>
            <source>record %1: %2</source>
            <translation>record %1: %2</translation>
        </message>
        <message>
            <source>%1 more</source>
            <translation>%1 more</translation>
        </message>
        <message>
            <source>stored values differ from the trail: %1</source>
            <translation>stored values differ from the trail: %1</translation>
        </message>
        <message>
            <source>The audit trail of the copy does not verify, so %1 itself does not (its trail is broken or its tables were changed behind the trail; `cutoverctl audit verify` names what). Nothing was copied: %2</source>
            <translation>The audit trail of the copy does not verify, so %1 itself does not (its trail is broken or its tables were changed behind the trail; `cutoverctl audit verify` names what). Nothing was copied: %2</translation>
        </message>
        <message>
            <source>The copy's audit head (%1 records, %2) differs from the source's (%3 records, %4); nothing was copied.</source>
            <translation>The copy's audit head (%1 records, %2) differs from the source's (%3 records, %4); nothing was copied.</translation>
        </message>
        <message>
            <source>Cannot commit the copy to %1: %2</source>
            <translation>Cannot commit the copy to %1: %2</translation>
        </message>
        <message>
            <source>%1 already exists; a copy never overwrites a file. Choose another file name.</source>
            <translation>%1 already exists; a copy never overwrites a file. Choose another file name.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>The folder %1 does not exist.</translation>
        </message>
        <message>
            <source>Cannot create the copy beside %1: %2</source>
            <translation>Cannot create the copy beside %1: %2</translation>
        </message>
        <message>
            <source>The copy %1 was not closed cleanly (its -wal file is left).</source>
            <translation>The copy %1 was not closed cleanly (its -wal file is left).</translation>
        </message>
        <message>
            <source>%1 was created by someone else while the copy was made; it was left as it is.</source>
            <translation>%1 was created by someone else while the copy was made; it was left as it is.</translation>
        </message>
        <message>
            <source>Cannot rename the copy to %1.</source>
            <translation>Cannot rename the copy to %1.</translation>
        </message>
    </context>
    <context>
        <name>SessionLogin</name>
        <message>
            <source>No signing key or no allowed-signers file is set: this session needs both to prove who you are.</source>
            <translation>No signing key or no allowed-signers file is set: this session needs both to prove who you are.</translation>
        </message>
    </context>
    <context>
        <name>SessionLoginDialog</name>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <source>Prove who you are</source>
            <translation>Prove who you are</translation>
        </message>
        <message>
            <source>"%1" requires signatures: every action is recorded with the principal your key proves. Sign a one-time challenge with your key to work in it; without that it opens read-only.</source>
            <translation>"%1" requires signatures: every action is recorded with the principal your key proves. Sign a one-time challenge with your key to work in it; without that it opens read-only.</translation>
        </message>
        <message>
            <source>Signing &amp;keys…</source>
            <translation>Signing &amp;keys…</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Open &amp;read-only</translation>
        </message>
        <message>
            <source>no signing key is set</source>
            <translation>no signing key is set</translation>
        </message>
        <message>
            <source>no allowed-signers file is set</source>
            <translation>no allowed-signers file is set</translation>
        </message>
        <message>
            <source>Cannot prove who you are yet: %1. Set them under Signing keys…, or open the session read-only.</source>
            <translation>Cannot prove who you are yet: %1. Set them under Signing keys…, or open the session read-only.</translation>
        </message>
    </context>
    <context>
        <name>SessionManifest</name>
        <message>
            <source>run %1</source>
            <translation>run %1</translation>
        </message>
        <message>
            <source>connect to %1</source>
            <translation>connect to %1</translation>
        </message>
        <message>
            <source>use the file %1</source>
            <translation>use the file %1</translation>
        </message>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>%n more</numerusform>
                <numerusform>%n more</numerusform>
            </translation>
        </message>
        <message>
            <source>would %1</source>
            <translation>would %1</translation>
        </message>
    </context>
    <context>
        <name>SessionMetricSources</name>
        <message>
            <source>the stored metric source is not JSON: %1</source>
            <translation>the stored metric source is not JSON: %1</translation>
        </message>
        <message>
            <source>The session is open read-only; the metric source cannot be changed.</source>
            <translation>The session is open read-only; the metric source cannot be changed.</translation>
        </message>
        <message>
            <source>Every change is recorded with a name; give your name first.</source>
            <translation>Every change is recorded with a name; give your name first.</translation>
        </message>
        <message>
            <source>The metric source was not saved: %1</source>
            <translation>The metric source was not saved: %1</translation>
        </message>
    </context>
    <context>
        <name>SessionOpener</name>
        <message>
            <source>Cannot create a temporary folder for the demo.</source>
            <translation>Cannot create a temporary folder for the demo.</translation>
        </message>
        <message>
            <source>Open a cutover session</source>
            <translation>Open a cutover session</translation>
        </message>
        <message>
            <source>Cutover sessions (*.cutover);;All files (*)</source>
            <translation>Cutover sessions (*.cutover);;All files (*)</translation>
        </message>
        <message>
            <source>your role</source>
            <translation>your role</translation>
        </message>
        <message>
            <source>System keychain</source>
            <translation>System keychain</translation>
        </message>
        <message>
            <source>The refused password could not be removed from the system keychain: %1</source>
            <translation>The refused password could not be removed from the system keychain: %1</translation>
        </message>
        <message>
            <source>The password works but could not be saved in the system keychain: %1; the cockpit keeps it in memory until it ends.</source>
            <translation>The password works but could not be saved in the system keychain: %1; the cockpit keeps it in memory until it ends.</translation>
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
            <translation>%1 % (demo)</translation>
        </message>
        <message>
            <source>The session's metric source cannot be read: %1</source>
            <translation>The session's metric source cannot be read: %1</translation>
        </message>
        <message>
            <source>%1 is not an http(s) URL; nothing is sent to %2.</source>
            <translation>%1 is not an http(s) URL; nothing is sent to %2.</translation>
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
            <source>READ-ONLY</source>
            <translation>READ-ONLY</translation>
        </message>
        <message>
            <source>This session is open read-only; nothing can be changed here.</source>
            <translation>This session is open read-only; nothing can be changed here.</translation>
        </message>
        <message>
            <source>You proved who you are with your signing key; every action is recorded as %1.</source>
            <translation>You proved who you are with your signing key; every action is recorded as %1.</translation>
        </message>
        <message>
            <source>Every action is recorded as %1, the operating-system account running the cockpit. The display name is only shown beside it (Edit &gt; Change your display name).</source>
            <translation>Every action is recorded as %1, the operating-system account running the cockpit. The display name is only shown beside it (Edit &gt; Change your display name).</translation>
        </message>
        <message>
            <source>no signing key</source>
            <translation>no signing key</translation>
        </message>
        <message>
            <source>No signing key is set (Edit &gt; Signing keys…).</source>
            <translation>No signing key is set (Edit &gt; Signing keys…).</translation>
        </message>
        <message>
            <source>key %1</source>
            <translation>key %1</translation>
        </message>
        <message>
            <source>Signing key: %1
%2</source>
            <translation>Signing key: %1
%2</translation>
        </message>
        <message>
            <source>identities declared, not verified</source>
            <translation>identities declared, not verified</translation>
        </message>
        <message>
            <source>In this session people are who their operating-system account says; no signature proves it.</source>
            <translation>In this session people are who their operating-system account says; no signature proves it.</translation>
        </message>
        <message>
            <source>signatures required; not signed in</source>
            <translation>signatures required; not signed in</translation>
        </message>
        <message>
            <source>You signed in with the key %1.</source>
            <translation>You signed in with the key %1.</translation>
        </message>
        <message>
            <source>signatures required; signed in</source>
            <translation>signatures required; signed in</translation>
        </message>
        <message>
            <source>You proved with your key that you are %1: every action is recorded so.</source>
            <translation>You proved with your key that you are %1: every action is recorded so.</translation>
        </message>
        <message>
            <source>Nobody proved who they are: the session is open read-only. Sign in with your key to work in it.</source>
            <translation>Nobody proved who they are: the session is open read-only. Sign in with your key to work in it.</translation>
        </message>
        <message>
            <source>CONNECTION LOST</source>
            <translation>CONNECTION LOST</translation>
        </message>
        <message>
            <source>The server %1 logged you in as %2 and records every action as %2, whatever this cockpit says.</source>
            <translation>The server %1 logged you in as %2 and records every action as %2, whatever this cockpit says.</translation>
        </message>
        <message>
            <source>team session; server login</source>
            <translation>team session; server login</translation>
        </message>
        <message>
            <source>A team session on %1: everyone logs in to the server as their own role, and the server records who did what and enforces the four-eyes rule.</source>
            <translation>A team session on %1: everyone logs in to the server as their own role, and the server records who did what and enforces the four-eyes rule.</translation>
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
            <source>Cannot create the session at %1: %2</source>
            <translation>Cannot create the session at %1: %2</translation>
        </message>
        <message>
            <source>A session "%1" is being created in the database %2 by another connection right now; choose another name, or look again when it is done.</source>
            <translation>A session "%1" is being created in the database %2 by another connection right now; choose another name, or look again when it is done.</translation>
        </message>
        <message>
            <source>A session "%1" already exists in the database %2; choose another name.</source>
            <translation>A session "%1" already exists in the database %2; choose another name.</translation>
        </message>
        <message>
            <source>%1 uses an older schema (version %2); the session's lead must open it for writing once to upgrade it.</source>
            <translation>%1 uses an older schema (version %2); the session's lead must open it for writing once to upgrade it.</translation>
        </message>
    </context>
    <context>
        <name>SessionTrailReplayer</name>
        <message>
            <source>session</source>
            <translation>session</translation>
        </message>
        <message>
            <source>session %1 exists but the trail never created it</source>
            <translation>session %1 exists but the trail never created it</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>phase</translation>
        </message>
        <message>
            <source>phase %1 exists but the trail never created it</source>
            <translation>phase %1 exists but the trail never created it</translation>
        </message>
    </context>
    <context>
        <name>SessionTrust</name>
        <message>
            <source>This session %1; nothing runs until you trust it.</source>
            <translation>This session %1; nothing runs until you trust it.</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>No goal statement was given for this session.</source>
            <translation>No goal statement was given for this session.</translation>
        </message>
        <message>
            <source>gate: %1</source>
            <translation>gate: %1</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Traffic</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metrics</translation>
        </message>
        <message>
            <source>Incident log</source>
            <translation>Incident log</translation>
        </message>
        <message>
            <source>Result &amp;&amp; report</source>
            <translation>Result &amp;&amp; report</translation>
        </message>
        <message>
            <source>The checklist of the selected phase</source>
            <translation>The checklist of the selected phase</translation>
        </message>
        <message>
            <source>The traffic shift: split, plan, gates</source>
            <translation>The traffic shift: split, plan, gates</translation>
        </message>
        <message>
            <source>Live metrics of the old and the new path</source>
            <translation>Live metrics of the old and the new path</translation>
        </message>
        <message>
            <source>What happened, verified by a second person</source>
            <translation>What happened, verified by a second person</translation>
        </message>
        <message>
            <source>Result statement, lessons learned and the report</source>
            <translation>Result statement, lessons learned and the report</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Notification %1 to %2 is parked: the receiver keeps refusing it (Incident log tab).</source>
            <translation>Notification %1 to %2 is parked: the receiver keeps refusing it (Incident log tab).</translation>
        </message>
        <message numerus="yes">
            <source>Incident log – %n notification(s) parked</source>
            <translation>
                <numerusform>Incident log – %n notification parked</numerusform>
                <numerusform>Incident log – %n notifications parked</numerusform>
            </translation>
        </message>
        <message>
            <source>Signature policy</source>
            <translation>Signature policy</translation>
        </message>
        <message>
            <source>This session's signatures are %1. Change them to %2? The change is itself signed and recorded.</source>
            <translation>This session's signatures are %1. Change them to %2? The change is itself signed and recorded.</translation>
        </message>
        <message>
            <source>Change the signature policy</source>
            <translation>Change the signature policy</translation>
        </message>
        <message>
            <source>&lt;b&gt;No connection to the server since %1.&lt;/b&gt; Nothing can be changed here until it is back, not even a rollback (its intent could not be recorded): roll back at the load balancer if you must, and log it afterwards. Everything committed before is safe on the server; the cockpit tries again every few seconds and reads the session anew when it answers.</source>
            <translation>&lt;b&gt;No connection to the server since %1.&lt;/b&gt; Nothing can be changed here until it is back, not even a rollback (its intent could not be recorded): roll back at the load balancer if you must, and log it afterwards. Everything committed before is safe on the server; the cockpit tries again every few seconds and reads the session anew when it answers.</translation>
        </message>
        <message>
            <source>Last try: %1</source>
            <translation>Last try: %1</translation>
        </message>
        <message>
            <source>The server is back (lost since %1): the session was read again from the server.</source>
            <translation>The server is back (lost since %1): the session was read again from the server.</translation>
        </message>
    </context>
    <context>
        <name>SetItemStatusCommand</name>
        <message>
            <source>set "%1" to %2</source>
            <translation>set "%1" to %2</translation>
        </message>
        <message>
            <source> (signed off by %1)</source>
            <translation> (signed off by %1)</translation>
        </message>
        <message>
            <source>"%1" was changed since: it is now %2%3. Undo takes back only your own last change; a sign-off is withdrawn by the person who gave it.</source>
            <translation>"%1" was changed since: it is now %2%3. Undo takes back only your own last change; a sign-off is withdrawn by the person who gave it.</translation>
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
        <name>SignOffCommand</name>
        <message>
            <source>sign off "%1"</source>
            <translation>sign off "%1"</translation>
        </message>
        <message>
            <source>sign-off withdrawn by its signer (undo)</source>
            <translation>sign-off withdrawn by its signer (undo)</translation>
        </message>
    </context>
    <context>
        <name>SignOffDelegate</name>
        <message>
            <source>declared, not verified</source>
            <translation>declared, not verified</translation>
        </message>
        <message>
            <source>Identity declared, not verified: %1 is the operating-system account that recorded the sign-off; no key proves who it was.</source>
            <translation>Identity declared, not verified: %1 is the operating-system account that recorded the sign-off; no key proves who it was.</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The statement you sign:</source>
            <translation>The statement you sign:</translation>
        </message>
        <message>
            <source>&amp;Record (declared)</source>
            <translation>&amp;Record (declared)</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>&amp;Sign</translation>
        </message>
        <message>
            <source>Identities declared, not verified: this session records the act with your operating-system account and no signature.</source>
            <translation>Identities declared, not verified: this session records the act with your operating-system account and no signature.</translation>
        </message>
        <message>
            <source>Your key signs the statement; the allowed-signers file says whose key it is.</source>
            <translation>Your key signs the statement; the allowed-signers file says whose key it is.</translation>
        </message>
        <message>
            <source>%1
Meaning: %2
Signed by: %3
Time: %4 (UTC)</source>
            <translation>%1
Meaning: %2
Signed by: %3
Time: %4 (UTC)</translation>
        </message>
        <message>
            <source>Choose your signing key (a private key file, or KEY.pub of a key in ssh-agent).</source>
            <translation>Choose your signing key (a private key file, or KEY.pub of a key in ssh-agent).</translation>
        </message>
        <message>
            <source>No allowed-signers file is set, so no signature can be checked. Set it under Session &gt; Signing keys…</source>
            <translation>No allowed-signers file is set, so no signature can be checked. Set it under Session &gt; Signing keys…</translation>
        </message>
        <message>
            <source>The key made no signature.</source>
            <translation>The key made no signature.</translation>
        </message>
        <message>
            <source>nobody yet: choose your signing key</source>
            <translation>nobody yet: choose your signing key</translation>
        </message>
        <message>
            <source>nobody yet: no allowed-signers file is set (Edit &gt; Signing keys…)</source>
            <translation>nobody yet: no allowed-signers file is set (Edit &gt; Signing keys…)</translation>
        </message>
        <message>
            <source>(finding out whose key this is…)</source>
            <translation>(finding out whose key this is…)</translation>
        </message>
        <message>
            <source>nobody: this key is not in the allowed-signers file %1, so it cannot sign here</source>
            <translation>nobody: this key is not in the allowed-signers file %1, so it cannot sign here</translation>
        </message>
        <message>
            <source>not known until the key can be read: %1</source>
            <translation>not known until the key can be read: %1</translation>
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
            <translation>; identities declared, not verified</translation>
        </message>
    </context>
    <context>
        <name>SignatureMeaning</name>
        <message>
            <source>reviewed and approved</source>
            <translation>reviewed and approved</translation>
        </message>
        <message>
            <source>verified as accurate</source>
            <translation>verified as accurate</translation>
        </message>
        <message>
            <source>responsible for</source>
            <translation>responsible for</translation>
        </message>
    </context>
    <context>
        <name>SignaturePolicy</name>
        <message>
            <source>signatures required</source>
            <translation>signatures required</translation>
        </message>
        <message>
            <source>identities declared, not verified</source>
            <translation>identities declared, not verified</translation>
        </message>
        <message>
            <source>Identities declared, not verified.</source>
            <translation>Identities declared, not verified.</translation>
        </message>
    </context>
    <context>
        <name>SignatureStatement</name>
        <message>
            <source>The statement does not end with a line break.</source>
            <translation>The statement does not end with a line break.</translation>
        </message>
        <message>
            <source>The statement has %1 lines instead of 10.</source>
            <translation>The statement has %1 lines instead of 10.</translation>
        </message>
        <message>
            <source>The statement does not start with "%1".</source>
            <translation>The statement does not start with "%1".</translation>
        </message>
        <message>
            <source>Line %1 of the statement is not "%2".</source>
            <translation>Line %1 of the statement is not "%2".</translation>
        </message>
        <message>
            <source>The statement's entity line is not "ENTITY ID".</source>
            <translation>The statement's entity line is not "ENTITY ID".</translation>
        </message>
        <message>
            <source>The statement's time "%1" is not UTC with milliseconds.</source>
            <translation>The statement's time "%1" is not UTC with milliseconds.</translation>
        </message>
        <message>
            <source>The statement is not in its canonical form.</source>
            <translation>The statement is not in its canonical form.</translation>
        </message>
    </context>
    <context>
        <name>SignatureVerifier</name>
        <message>
            <source>its statement says "%1" where the row says "%2"</source>
            <translation>its statement says "%1" where the row says "%2"</translation>
        </message>
        <message>
            <source>its statement is not a canonical signed statement: %1</source>
            <translation>its statement is not a canonical signed statement: %1</translation>
        </message>
        <message>
            <source>covers chain head %1 which is not in the trail — the history before it was rewritten</source>
            <translation>covers chain head %1 which is not in the trail — the history before it was rewritten</translation>
        </message>
        <message>
            <source>names audit record %1 as its act's record, which is not in the trail</source>
            <translation>names audit record %1 as its act's record, which is not in the trail</translation>
        </message>
        <message>
            <source>covers chain head %1 (record %2), which is not before its act's record %3</source>
            <translation>covers chain head %1 (record %2), which is not before its act's record %3</translation>
        </message>
        <message>
            <source>has no signature.create record in the trail</source>
            <translation>has no signature.create record in the trail</translation>
        </message>
        <message>
            <source>differs from what its signature.create record %1 says</source>
            <translation>differs from what its signature.create record %1 says</translation>
        </message>
        <message>
            <source>is declared, not signed, in a session whose signatures are required</source>
            <translation>is declared, not signed, in a session whose signatures are required</translation>
        </message>
        <message>
            <source>signature %1 (%2, %3)</source>
            <translation>signature %1 (%2, %3)</translation>
        </message>
        <message>
            <source>cannot read the signatures: %1</source>
            <translation>cannot read the signatures: %1</translation>
        </message>
        <message>
            <source>signature %1 was recorded (audit record %2) but its row is missing</source>
            <translation>signature %1 was recorded (audit record %2) but its row is missing</translation>
        </message>
        <message>
            <source>%1 does not verify for %2 with the allowed signers %3: %4</source>
            <translation>%1 does not verify for %2 with the allowed signers %3: %4</translation>
        </message>
        <message>
            <source>ssh-keygen -Y verify and the in-process check disagree (ssh-keygen: %1); check it with --openssh and report this</source>
            <translation>ssh-keygen -Y verify and the in-process check disagree (ssh-keygen: %1); check it with --openssh and report this</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verified</translation>
        </message>
    </context>
    <context>
        <name>SigningKeyField</name>
        <message>
            <source>Signing &amp;key:</source>
            <translation>Signing &amp;key:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>a private key file, or KEY.pub of a key in ssh-agent</source>
            <translation>a private key file, or KEY.pub of a key in ssh-agent</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Signing key</translation>
        </message>
    </context>
    <context>
        <name>SigningKeyFile</name>
        <message>
            <source>Cannot read the allowed-signers file %1: %2</source>
            <translation>Cannot read the allowed-signers file %1: %2</translation>
        </message>
    </context>
    <context>
        <name>SigningSettingsDialog</name>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Signing keys</source>
            <translation>Signing keys</translation>
        </message>
        <message>
            <source>Your signing key (a private key file, or KEY.pub of a key in ssh-agent) and the OpenSSH allowed-signers file that says whose key is whose. Both stay outside the session files.</source>
            <translation>Your signing key (a private key file, or KEY.pub of a key in ssh-agent) and the OpenSSH allowed-signers file that says whose key is whose. Both stay outside the session files.</translation>
        </message>
        <message>
            <source>Signing &amp;key:</source>
            <translation>Signing &amp;key:</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Signing key</translation>
        </message>
        <message>
            <source>&amp;Allowed signers:</source>
            <translation>&amp;Allowed signers:</translation>
        </message>
        <message>
            <source>Allowed signers</source>
            <translation>Allowed signers</translation>
        </message>
        <message>
            <source>%1 is set in the environment; it is used instead of the setting.</source>
            <translation>%1 is set in the environment; it is used instead of the setting.</translation>
        </message>
    </context>
    <context>
        <name>SimulatedBackend</name>
        <message>
            <source>"initial_percent" must be between 0 and 100.</source>
            <translation>"initial_percent" must be between 0 and 100.</translation>
        </message>
        <message>
            <source>"drift_to" must be between 0 and 100.</source>
            <translation>"drift_to" must be between 0 and 100.</translation>
        </message>
        <message>
            <source>"latency_ms" must not be negative.</source>
            <translation>"latency_ms" must not be negative.</translation>
        </message>
        <message>
            <source>simulated failure (the script allows %1 changes)</source>
            <translation>simulated failure (the script allows %1 changes)</translation>
        </message>
        <message>
            <source>simulated: old %1, new %2</source>
            <translation>simulated: old %1, new %2</translation>
        </message>
        <message>
            <source>the simulated state file %1 cannot be read</source>
            <translation>the simulated state file %1 cannot be read</translation>
        </message>
        <message>
            <source>simulated old path is healthy</source>
            <translation>simulated old path is healthy</translation>
        </message>
        <message>
            <source>the simulated old path is unhealthy</source>
            <translation>the simulated old path is unhealthy</translation>
        </message>
    </context>
    <context>
        <name>SimulatedSource</name>
        <message>
            <source>Simulated (demo)</source>
            <translation>Simulated (demo)</translation>
        </message>
    </context>
    <context>
        <name>SourceCredentials</name>
        <message>
            <source>The environment variable %1 is not set.</source>
            <translation>The environment variable %1 is not set.</translation>
        </message>
        <message>
            <source>The keychain entry "%1" could not be read: %2</source>
            <translation>The keychain entry "%1" could not be read: %2</translation>
        </message>
    </context>
    <context>
        <name>SqliteChangeSignal</name>
        <message>
            <source>The session file %1 was removed or renamed; it can no longer be followed.</source>
            <translation>The session file %1 was removed or renamed; it can no longer be followed.</translation>
        </message>
        <message>
            <source>The session file %1 was replaced by another file; the one that was opened can no longer be followed.</source>
            <translation>The session file %1 was replaced by another file; the one that was opened can no longer be followed.</translation>
        </message>
        <message>
            <source>The session file %1 is no longer readable (its permissions changed).</source>
            <translation>The session file %1 is no longer readable (its permissions changed).</translation>
        </message>
        <message>
            <source>The session file %1 cannot be read: %2</source>
            <translation>The session file %1 cannot be read: %2</translation>
        </message>
    </context>
    <context>
        <name>SshKeygen</name>
        <message>
            <source>%1 is a public key, but no ssh-agent is reachable (SSH_AUTH_SOCK is not set); give the private key file or start ssh-agent and add the key with ssh-add.</source>
            <translation>%1 is a public key, but no ssh-agent is reachable (SSH_AUTH_SOCK is not set); give the private key file or start ssh-agent and add the key with ssh-add.</translation>
        </message>
        <message>
            <source>The key %1 is protected by a passphrase; give the passphrase.</source>
            <translation>The key %1 is protected by a passphrase; give the passphrase.</translation>
        </message>
        <message>
            <source>Wrong passphrase for the key %1.</source>
            <translation>Wrong passphrase for the key %1.</translation>
        </message>
        <message>
            <source>ssh-agent does not hold the private half of %1 (add it with ssh-add): %2</source>
            <translation>ssh-agent does not hold the private half of %1 (add it with ssh-add): %2</translation>
        </message>
        <message>
            <source>ssh-keygen could not sign with %1: %2</source>
            <translation>ssh-keygen could not sign with %1: %2</translation>
        </message>
        <message>
            <source>There is no signature to verify.</source>
            <translation>There is no signature to verify.</translation>
        </message>
        <message>
            <source>The signature names no principal.</source>
            <translation>The signature names no principal.</translation>
        </message>
        <message>
            <source>The signature of %1 does not verify against the allowed signers file %2 (the key is not allowed for %1 there, or the signed text was changed): %3</source>
            <translation>The signature of %1 does not verify against the allowed signers file %2 (the key is not allowed for %1 there, or the signed text was changed): %3</translation>
        </message>
        <message>
            <source>The signing key is not in the allowed signers file %1.</source>
            <translation>The signing key is not in the allowed signers file %1.</translation>
        </message>
        <message>
            <source>%1 is not an SSH key: %2</source>
            <translation>%1 is not an SSH key: %2</translation>
        </message>
        <message>
            <source>Cannot read the public half of %1 (is it protected by a passphrase?): %2</source>
            <translation>Cannot read the public half of %1 (is it protected by a passphrase?): %2</translation>
        </message>
        <message>
            <source>The public key is not of the form "TYPE BASE64".</source>
            <translation>The public key is not of the form "TYPE BASE64".</translation>
        </message>
        <message>
            <source>The key is not in the allowed signers file %1.</source>
            <translation>The key is not in the allowed signers file %1.</translation>
        </message>
        <message>
            <source>ssh-keygen was not found; install OpenSSH's client tools (package openssh-client).</source>
            <translation>ssh-keygen was not found; install OpenSSH's client tools (package openssh-client).</translation>
        </message>
        <message>
            <source>ssh-keygen (%1) could not be started.</source>
            <translation>ssh-keygen (%1) could not be started.</translation>
        </message>
        <message>
            <source>ssh-keygen did not finish within %1 s and was stopped.</source>
            <translation>ssh-keygen did not finish within %1 s and was stopped.</translation>
        </message>
        <message>
            <source>Cannot write a temporary file for the signature: %1</source>
            <translation>Cannot write a temporary file for the signature: %1</translation>
        </message>
        <message>
            <source>No allowed signers file is set: give --allowed-signers FILE, set COCKPIT_ALLOWED_SIGNERS or choose one in the settings.</source>
            <translation>No allowed signers file is set: give --allowed-signers FILE, set COCKPIT_ALLOWED_SIGNERS or choose one in the settings.</translation>
        </message>
        <message>
            <source>The allowed signers file %1 does not exist.</source>
            <translation>The allowed signers file %1 does not exist.</translation>
        </message>
        <message>
            <source>No signing key is set: give --key FILE or set COCKPIT_SIGNING_KEY.</source>
            <translation>No signing key is set: give --key FILE or set COCKPIT_SIGNING_KEY.</translation>
        </message>
        <message>
            <source>There is no key file %1.</source>
            <translation>There is no key file %1.</translation>
        </message>
    </context>
    <context>
        <name>SshSignatureBlob</name>
        <message>
            <source>it is not an armored SSH signature (no BEGIN/END SSH SIGNATURE lines)</source>
            <translation>it is not an armored SSH signature (no BEGIN/END SSH SIGNATURE lines)</translation>
        </message>
        <message>
            <source>its base64 text is damaged</source>
            <translation>its base64 text is damaged</translation>
        </message>
        <message>
            <source>it does not start with the SSHSIG magic</source>
            <translation>it does not start with the SSHSIG magic</translation>
        </message>
        <message>
            <source>its version is %1, not 1</source>
            <translation>its version is %1, not 1</translation>
        </message>
        <message>
            <source>its fields are truncated or followed by extra bytes</source>
            <translation>its fields are truncated or followed by extra bytes</translation>
        </message>
        <message>
            <source>its key or signature field is malformed</source>
            <translation>its key or signature field is malformed</translation>
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
            <translation>Progress</translation>
        </message>
        <message>
            <source>Verified updates</source>
            <translation>Verified updates</translation>
        </message>
        <message>
            <source>No session</source>
            <translation>No session</translation>
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
            <source>as of %1</source>
            <translation>as of %1</translation>
        </message>
        <message>
            <source>not configured</source>
            <translation>not configured</translation>
        </message>
        <message>
            <source>No traffic plan is connected to this view.</source>
            <translation>No traffic plan is connected to this view.</translation>
        </message>
        <message>
            <source>old %1 % | new %2 %</source>
            <translation>old %1 % | new %2 %</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Step %1 of %2</translation>
        </message>
        <message>
            <source>No gate has run yet.</source>
            <translation>No gate has run yet.</translation>
        </message>
        <message>
            <source>%1 / %2 items</source>
            <translation>%1 / %2 items</translation>
        </message>
        <message>
            <source>%1: %2/%3 · %4 failed</source>
            <translation>%1: %2/%3 · %4 failed</translation>
        </message>
        <message>
            <source>%1: %2/%3</source>
            <translation>%1: %2/%3</translation>
        </message>
        <message>
            <source>Result: %1</source>
            <translation>Result: %1</translation>
        </message>
        <message>
            <source>No verified updates yet.</source>
            <translation>No verified updates yet.</translation>
        </message>
        <message>
            <source>written by %1, verified by %2</source>
            <translation>written by %1, verified by %2</translation>
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
            <source>team session on %1 as %2</source>
            <translation>team session on %1 as %2</translation>
        </message>
        <message>
            <source>you</source>
            <translation>you</translation>
        </message>
        <message>
            <source>Open team session…</source>
            <translation>Open team session…</translation>
        </message>
        <message>
            <source>A session on your team's PostgreSQL server, shared live with the others</source>
            <translation>A session on your team's PostgreSQL server, shared live with the others</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
    </context>
    <context>
        <name>StatusPageControl</name>
        <message>
            <source>Allow other machines (plain HTTP; anyone with the link can read)</source>
            <translation>Allow other machines (plain HTTP; anyone with the link can read)</translation>
        </message>
        <message>
            <source>&amp;Start status page</source>
            <translation>&amp;Start status page</translation>
        </message>
        <message>
            <source>Sto&amp;p</source>
            <translation>Sto&amp;p</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Copy link</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>any free port</translation>
        </message>
        <message>
            <source>Off: the page is not served</source>
            <translation>Off: the page is not served</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Link for stakeholders:</source>
            <translation>Link for stakeholders:</translation>
        </message>
        <message>
            <source>Serving on port %1. Only verified information is shown; the link contains the access token — hand it only to stakeholders.</source>
            <translation>Serving on port %1. Only verified information is shown; the link contains the access token — hand it only to stakeholders.</translation>
        </message>
        <message>
            <source>Stopped; the old link no longer works.</source>
            <translation>Stopped; the old link no longer works.</translation>
        </message>
    </context>
    <context>
        <name>StatusPageRenderer</name>
        <message>
            <source>%1 · cutover status</source>
            <translation>%1 · cutover status</translation>
        </message>
        <message>
            <source>as of %1 UTC</source>
            <translation>as of %1 UTC</translation>
        </message>
        <message>
            <source>LIVE</source>
            <translation>LIVE</translation>
        </message>
        <message>
            <source>REHEARSAL</source>
            <translation>REHEARSAL</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Traffic</translation>
        </message>
        <message>
            <source>Traffic shift: not configured</source>
            <translation>Traffic shift: not configured</translation>
        </message>
        <message>
            <source>old path</source>
            <translation>old path</translation>
        </message>
        <message>
            <source>new path</source>
            <translation>new path</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Step %1 of %2</translation>
        </message>
        <message>
            <source>Gates</source>
            <translation>Gates</translation>
        </message>
        <message>
            <source>Gates: not configured</source>
            <translation>Gates: not configured</translation>
        </message>
        <message>
            <source>No gate has run yet.</source>
            <translation>No gate has run yet.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>checklist items finished</source>
            <translation>checklist items finished</translation>
        </message>
        <message>
            <source>%1 failed</source>
            <translation>%1 failed</translation>
        </message>
        <message>
            <source>Verified updates</source>
            <translation>Verified updates</translation>
        </message>
        <message>
            <source>No verified updates yet.</source>
            <translation>No verified updates yet.</translation>
        </message>
        <message>
            <source>%1 UTC · written by %2, verified by %3</source>
            <translation>%1 UTC · written by %2, verified by %3</translation>
        </message>
        <message>
            <source>corrects update %1</source>
            <translation>corrects update %1</translation>
        </message>
        <message>
            <source>Read-only view · only verified information · updated %1 UTC · refreshes every %2 s</source>
            <translation>Read-only view · only verified information · updated %1 UTC · refreshes every %2 s</translation>
        </message>
        <message>
            <source>Identities declared, not verified: the names are the accounts people said they were, not proven with a key.</source>
            <translation>Identities declared, not verified: the names are the accounts people said they were, not proven with a key.</translation>
        </message>
        <message>
            <source>%1 UTC · written by %2, verified by %3 at %4 UTC</source>
            <translation>%1 UTC · written by %2, verified by %3 at %4 UTC</translation>
        </message>
        <message>
            <source>declared, not verified</source>
            <translation>declared, not verified</translation>
        </message>
        <message>
            <source>Audit trail head: %1 (%2 records)</source>
            <translation>Audit trail head: %1 (%2 records)</translation>
        </message>
    </context>
    <context>
        <name>StatusPageServer</name>
        <message>
            <source>The status page needs an access token of at least 8 characters.</source>
            <translation>The status page needs an access token of at least 8 characters.</translation>
        </message>
        <message>
            <source>The status page cannot listen on %1 port %2 (in use, or not allowed).</source>
            <translation>The status page cannot listen on %1 port %2 (in use, or not allowed).</translation>
        </message>
    </context>
    <context>
        <name>StatusSnapshotBuilder</name>
        <message>
            <source>Traffic backend: a problem is reported; the cutover lead is on it.</source>
            <translation>Traffic backend: a problem is reported; the cutover lead is on it.</translation>
        </message>
        <message>
            <source>no conclusive measurement yet</source>
            <translation>no conclusive measurement yet</translation>
        </message>
    </context>
    <context>
        <name>StepChangePublisher</name>
        <message>
            <source>Rolled back to the old path: %1</source>
            <translation>Rolled back to the old path: %1</translation>
        </message>
    </context>
    <context>
        <name>StepPlan</name>
        <message>
            <source>The hold "%1" is not a duration (use 30s, 5m, 2h or until-promoted).</source>
            <translation>The hold "%1" is not a duration (use 30s, 5m, 2h or until-promoted).</translation>
        </message>
        <message>
            <source>"%1" in the step list is not a whole percentage.</source>
            <translation>"%1" in the step list is not a whole percentage.</translation>
        </message>
        <message>
            <source>The plan has no steps.</source>
            <translation>The plan has no steps.</translation>
        </message>
        <message>
            <source>Step %1: %2 % is outside 1..100.</source>
            <translation>Step %1: %2 % is outside 1..100.</translation>
        </message>
        <message>
            <source>Step %1: %2 % does not go beyond the step before (%3 %); steps must rise.</source>
            <translation>Step %1: %2 % does not go beyond the step before (%3 %); steps must rise.</translation>
        </message>
        <message>
            <source>The plan: key "old_health_url" must be a URL as text.</source>
            <translation>The plan: key "old_health_url" must be a URL as text.</translation>
        </message>
        <message>
            <source>The plan: key "steps" is missing; a plan is {"steps": [{"percent": 1, "hold_s": 300, "gates": [...]}, ...]}.</source>
            <translation>The plan: key "steps" is missing; a plan is {"steps": [{"percent": 1, "hold_s": 300, "gates": [...]}, ...]}.</translation>
        </message>
        <message>
            <source>The plan: key "steps" must be a list of steps ({"percent": ..., "hold_s": ..., "gates": [...]}).</source>
            <translation>The plan: key "steps" must be a list of steps ({"percent": ..., "hold_s": ..., "gates": [...]}).</translation>
        </message>
        <message>
            <source>Step %1 is not an object ({"percent": ..., "hold_s": ..., "gates": [...]}).</source>
            <translation>Step %1 is not an object ({"percent": ..., "hold_s": ..., "gates": [...]}).</translation>
        </message>
        <message>
            <source>Step %1: key "percent" is missing: the share of traffic on the new path, 1..100.</source>
            <translation>Step %1: key "percent" is missing: the share of traffic on the new path, 1..100.</translation>
        </message>
        <message>
            <source>Step %1: key "percent" must be a whole number 1..100.</source>
            <translation>Step %1: key "percent" must be a whole number 1..100.</translation>
        </message>
        <message>
            <source>Step %1: key "hold_s" must be whole seconds, or -1 to hold until a person promotes.</source>
            <translation>Step %1: key "hold_s" must be whole seconds, or -1 to hold until a person promotes.</translation>
        </message>
        <message>
            <source>Step %1: key "hold" must be a duration (30s, 5m, 2h) or "until-promoted".</source>
            <translation>Step %1: key "hold" must be a duration (30s, 5m, 2h) or "until-promoted".</translation>
        </message>
        <message>
            <source>Step %1: key "gates" must be a list of gates ([{"kind": "http", ...}]).</source>
            <translation>Step %1: key "gates" must be a list of gates ([{"kind": "http", ...}]).</translation>
        </message>
        <message>
            <source>Step %1, %2</source>
            <translation>Step %1, %2</translation>
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
            <translation>A traffic plan in JSON:

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
</translation>
        </message>
    </context>
    <context>
        <name>TeamSchema</name>
        <message>
            <source>Cannot set up team mode in %1: %2</source>
            <translation>Cannot set up team mode in %1: %2</translation>
        </message>
        <message>
            <source>Cannot read the session %1: %2</source>
            <translation>Cannot read the session %1: %2</translation>
        </message>
        <message>
            <source>Cannot bring the session %1 to the server's write functions: %2</source>
            <translation>Cannot bring the session %1 to the server's write functions: %2</translation>
        </message>
        <message>
            <source>Cannot look up your team role: %1</source>
            <translation>Cannot look up your team role: %1</translation>
        </message>
        <message>
            <source>The database %1 is not set up for team sessions; its owner runs cutoverctl team init first.</source>
            <translation>The database %1 is not set up for team sessions; its owner runs cutoverctl team init first.</translation>
        </message>
        <message>
            <source>Only a lead creates team sessions, and %1 is not a lead in the database %2 (the database's owner makes them one: cutoverctl team grant ADDRESS %1 --as lead).</source>
            <translation>Only a lead creates team sessions, and %1 is not a lead in the database %2 (the database's owner makes them one: cutoverctl team grant ADDRESS %1 --as lead).</translation>
        </message>
        <message>
            <source>"%1" is not a team role: use lead, member or viewer.</source>
            <translation>"%1" is not a team role: use lead, member or viewer.</translation>
        </message>
        <message>
            <source>There is no role "%1" on the server (create it with CREATE ROLE %1 LOGIN PASSWORD ...).</source>
            <translation>There is no role "%1" on the server (create it with CREATE ROLE %1 LOGIN PASSWORD ...).</translation>
        </message>
        <message>
            <source>Cannot grant %1 to %2: %3</source>
            <translation>Cannot grant %1 to %2: %3</translation>
        </message>
        <message>
            <source>There is no role "%1" on the server.</source>
            <translation>There is no role "%1" on the server.</translation>
        </message>
        <message>
            <source>%1 has no team role.</source>
            <translation>%1 has no team role.</translation>
        </message>
        <message>
            <source>Cannot revoke %1's team role: %2</source>
            <translation>Cannot revoke %1's team role: %2</translation>
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
        <message>
            <source>runbook</source>
            <translation>runbook</translation>
        </message>
    </context>
    <context>
        <name>TemplateVersionTrailReplayer</name>
        <message>
            <source>template version</source>
            <translation>template version</translation>
        </message>
    </context>
    <context>
        <name>TemplateVersions</name>
        <message>
            <source>Lesson %1 ("%2"): %3</source>
            <translation>Lesson %1 ("%2"): %3</translation>
        </message>
        <message>
            <source>phase "%1" already has the task "%2"</source>
            <translation>phase "%1" already has the task "%2"</translation>
        </message>
        <message>
            <source>the runbook has no phase "%1"</source>
            <translation>the runbook has no phase "%1"</translation>
        </message>
        <message>
            <source>phase "%1" has no task "%2"</source>
            <translation>phase "%1" has no task "%2"</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a template version: %2</source>
            <translation>%1 is not a template version: %2</translation>
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
            <source>A template name uses letters, digits, '-' and '_' (and is not "default"), not "%1".</source>
            <translation>A template name uses letters, digits, '-' and '_' (and is not "default"), not "%1".</translation>
        </message>
        <message>
            <source>The new version was not saved; these changes cannot be applied:
%1</source>
            <translation>The new version was not saved; these changes cannot be applied:
%1</translation>
        </message>
        <message>
            <source>No lesson carries a runbook change, so there is nothing for a new version.</source>
            <translation>No lesson carries a runbook change, so there is nothing for a new version.</translation>
        </message>
        <message>
            <source>Cannot create the template folder %1.</source>
            <translation>Cannot create the template folder %1.</translation>
        </message>
        <message>
            <source>%1 already exists; it is not overwritten.</source>
            <translation>%1 already exists; it is not overwritten.</translation>
        </message>
        <message>
            <source>The new version was not saved: %1</source>
            <translation>The new version was not saved: %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>The signed statement describes %1, not %2; sign again.</source>
            <translation>The signed statement describes %1, not %2; sign again.</translation>
        </message>
    </context>
    <context>
        <name>TrafficBackendRegistry</name>
        <message>
            <source>%1: the plugin metadata has no "id".</source>
            <translation>%1: the plugin metadata has no "id".</translation>
        </message>
        <message>
            <source>%1: a backend with the id "%2" is already loaded; this one is ignored.</source>
            <translation>%1: a backend with the id "%2" is already loaded; this one is ignored.</translation>
        </message>
        <message>
            <source>built-in</source>
            <translation>built-in</translation>
        </message>
        <message>
            <source>%1 is not a Qt plugin: %2</source>
            <translation>%1 is not a Qt plugin: %2</translation>
        </message>
        <message>
            <source>%1 is a Qt plugin but not a traffic backend (interface %2, expected %3).</source>
            <translation>%1 is a Qt plugin but not a traffic backend (interface %2, expected %3).</translation>
        </message>
        <message>
            <source>There is no traffic backend "%1" (known: %2).</source>
            <translation>There is no traffic backend "%1" (known: %2).</translation>
        </message>
        <message>
            <source>The backend plugin %1 cannot be loaded: %2</source>
            <translation>The backend plugin %1 cannot be loaded: %2</translation>
        </message>
        <message>
            <source>The plugin for "%1" does not implement the traffic backend interface.</source>
            <translation>The plugin for "%1" does not implement the traffic backend interface.</translation>
        </message>
    </context>
    <context>
        <name>TrafficLease</name>
        <message>
            <source>Taking over from %1 needs a reason.</source>
            <translation>Taking over from %1 needs a reason.</translation>
        </message>
        <message>
            <source>the holder is gone (process ended or no heartbeat for %1 s)</source>
            <translation>the holder is gone (process ended or no heartbeat for %1 s)</translation>
        </message>
    </context>
    <context>
        <name>TrafficLease::Holder</name>
        <message>
            <source>%1 on %2 (pid %3) since %4</source>
            <translation>%1 on %2 (pid %3) since %4</translation>
        </message>
        <message>
            <source>no heartbeat recorded; control passes to the next cockpit that acts</source>
            <translation>no heartbeat recorded; control passes to the next cockpit that acts</translation>
        </message>
        <message>
            <source>last heartbeat %1 s ago; without one for %2 s, control passes to the next cockpit that acts</source>
            <translation>last heartbeat %1 s ago; without one for %2 s, control passes to the next cockpit that acts</translation>
        </message>
    </context>
    <context>
        <name>TrafficPanel</name>
        <message>
            <source>Resume the recorded split…</source>
            <translation>Resume the recorded split…</translation>
        </message>
        <message>
            <source>&amp;Run plan</source>
            <translation>&amp;Run plan</translation>
        </message>
        <message>
            <source>&amp;Promote</source>
            <translation>&amp;Promote</translation>
        </message>
        <message>
            <source>Roll &amp;back</source>
            <translation>Roll &amp;back</translation>
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
            <translation>Read back split</translation>
        </message>
        <message>
            <source>OLD path</source>
            <translation>OLD path</translation>
        </message>
        <message>
            <source>NEW path</source>
            <translation>NEW path</translation>
        </message>
        <message>
            <source>new %p %</source>
            <translation>new %p %</translation>
        </message>
        <message>
            <source>hold: %1:%2 left</source>
            <translation>hold: %1:%2 left</translation>
        </message>
        <message>
            <source>BACKEND ERROR: %1</source>
            <translation>BACKEND ERROR: %1</translation>
        </message>
        <message>
            <source>DRIFT: the split was changed outside the cockpit. The session says %1 % new, the backend has %2 % new. Roll back, or shift to restore it.</source>
            <translation>DRIFT: the split was changed outside the cockpit. The session says %1 % new, the backend has %2 % new. Roll back, or shift to restore it.</translation>
        </message>
        <message>
            <source>RECONCILE: %1 The session intends %2 % new; the backend has %3. Resume the intended split or roll back.</source>
            <translation>RECONCILE: %1 The session intends %2 % new; the backend has %3. Resume the intended split or roll back.</translation>
        </message>
        <message>
            <source>an unknown split</source>
            <translation>an unknown split</translation>
        </message>
        <message>
            <source>%1 % new</source>
            <translation>%1 % new</translation>
        </message>
        <message>
            <source>WARNING: %1</source>
            <translation>WARNING: %1</translation>
        </message>
        <message>
            <source>read back: new %1 % (%2)</source>
            <translation>read back: new %1 % (%2)</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>State: %1</translation>
        </message>
        <message>
            <source>holding until promoted</source>
            <translation>holding until promoted</translation>
        </message>
        <message>
            <source>backend: %1</source>
            <translation>backend: %1</translation>
        </message>
        <message>
            <source>no backend configured</source>
            <translation>no backend configured</translation>
        </message>
        <message>
            <source>hold until promoted</source>
            <translation>hold until promoted</translation>
        </message>
        <message>
            <source>hold %1 s</source>
            <translation>hold %1 s</translation>
        </message>
        <message>
            <source>%1. %2 % new — %3 — %4 gates</source>
            <translation>%1. %2 % new — %3 — %4 gates</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <source>Run the plan</source>
            <translation>Run the plan</translation>
        </message>
        <message>
            <source>Start moving traffic to the new path step by step, with the gates after every step?</source>
            <translation>Start moving traffic to the new path step by step, with the gates after every step?</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <source>Promote</source>
            <translation>Promote</translation>
        </message>
        <message>
            <source>Go on to the next step now (at %1 % new)?</source>
            <translation>Go on to the next step now (at %1 % new)?</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Hold</translation>
        </message>
        <message>
            <source>Stay at this step until a person promotes?</source>
            <translation>Stay at this step until a person promotes?</translation>
        </message>
        <message>
            <source>Roll back</source>
            <translation>Roll back</translation>
        </message>
        <message>
            <source>Send ALL traffic back to the old path (now %1 % on new)? The old path's health is checked first; a warning does not stop the rollback.</source>
            <translation>Send ALL traffic back to the old path (now %1 % on new)? The old path's health is checked first; a warning does not stop the rollback.</translation>
        </message>
        <message>
            <source>Ramp down through the earlier steps instead of all at once</source>
            <translation>Ramp down through the earlier steps instead of all at once</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Set the backend to the split the session intends (%1 % new) and continue?</source>
            <translation>Set the backend to the split the session intends (%1 % new) and continue?</translation>
        </message>
        <message>
            <source>H&amp;old</source>
            <translation>H&amp;old</translation>
        </message>
        <message>
            <source>e.g. change CHG-1234 approved, rehearsal passed, on-call teams ready</source>
            <translation>e.g. change CHG-1234 approved, rehearsal passed, on-call teams ready</translation>
        </message>
        <message>
            <source>e.g. error rate and latency on the new path flat for the whole hold</source>
            <translation>e.g. error rate and latency on the new path flat for the whole hold</translation>
        </message>
        <message>
            <source>e.g. wait for the nightly settlement batch before more traffic</source>
            <translation>e.g. wait for the nightly settlement batch before more traffic</translation>
        </message>
        <message>
            <source>e.g. the backend was restarted; the recorded split is still what we want</source>
            <translation>e.g. the backend was restarted; the recorded split is still what we want</translation>
        </message>
        <message>
            <source>Take over…</source>
            <translation>Take over…</translation>
        </message>
        <message>
            <source>Drive this session's traffic from here; the other cockpit stops and only looks. Recorded in the audit trail with your reason.</source>
            <translation>Drive this session's traffic from here; the other cockpit stops and only looks. Recorded in the audit trail with your reason.</translation>
        </message>
        <message>
            <source>Reopened after an interruption: meant %1 % new, in force %2. Nothing goes on by itself: run the plan to go on (the gates of the step in force are measured again), or roll back.</source>
            <translation>Reopened after an interruption: meant %1 % new, in force %2. Nothing goes on by itself: run the plan to go on (the gates of the step in force are measured again), or roll back.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Nobody drives the traffic now; the first action here takes control.</source>
            <translation>Nobody drives the traffic now; the first action here takes control.</translation>
        </message>
        <message>
            <source>This cockpit controls the traffic (%1).</source>
            <translation>This cockpit controls the traffic (%1).</translation>
        </message>
        <message>
            <source>Controlled by %1, which stopped answering; the next action here takes over at once (recorded).</source>
            <translation>Controlled by %1, which stopped answering; the next action here takes over at once (recorded).</translation>
        </message>
        <message>
            <source>Take over the traffic</source>
            <translation>Take over the traffic</translation>
        </message>
        <message>
            <source>%1 controls this session's traffic now. Take over? That cockpit stops its hold and gates and only looks; your reason goes into the audit trail.</source>
            <translation>%1 controls this session's traffic now. Take over? That cockpit stops its hold and gates and only looks; your reason goes into the audit trail.</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Take over</translation>
        </message>
        <message>
            <source>e.g. alice's laptop lost the VPN; bob leads the cutover from here</source>
            <translation>e.g. alice's laptop lost the VPN; bob leads the cutover from here</translation>
        </message>
        <message>
            <source>Controlled by %1 (%2). This cockpit only looks at the traffic.</source>
            <translation>Controlled by %1 (%2). This cockpit only looks at the traffic.</translation>
        </message>
    </context>
    <context>
        <name>TrafficStore</name>
        <message>
            <source>step %1: %2</source>
            <translation>step %1: %2</translation>
        </message>
        <message>
            <source>another cockpit controls this session's traffic now</source>
            <translation>another cockpit controls this session's traffic now</translation>
        </message>
    </context>
    <context>
        <name>TrafficTrailReplayer</name>
        <message>
            <source>traffic backend setting</source>
            <translation>traffic backend setting</translation>
        </message>
        <message>
            <source>traffic plan</source>
            <translation>traffic plan</translation>
        </message>
        <message>
            <source>traffic step</source>
            <translation>traffic step</translation>
        </message>
        <message>
            <source>traffic state</source>
            <translation>traffic state</translation>
        </message>
        <message>
            <source>traffic event</source>
            <translation>traffic event</translation>
        </message>
        <message>
            <source>gate measurement</source>
            <translation>gate measurement</translation>
        </message>
        <message>
            <source>traffic lease</source>
            <translation>traffic lease</translation>
        </message>
        <message>
            <source>traffic lease %1 exists but the trail never recorded who took it</source>
            <translation>traffic lease %1 exists but the trail never recorded who took it</translation>
        </message>
    </context>
    <context>
        <name>TrailReplayer</name>
        <message>
            <source>%1 %2 exists but the trail never recorded it</source>
            <translation>%1 %2 exists but the trail never recorded it</translation>
        </message>
        <message>
            <source>%1 %2: %3 is "%4" but the trail says "%5"</source>
            <translation>%1 %2: %3 is "%4" but the trail says "%5"</translation>
        </message>
        <message>
            <source>%1 %2 is in the trail but was deleted</source>
            <translation>%1 %2 is in the trail but was deleted</translation>
        </message>
        <message>
            <source>%1: the table cannot be read (%2)</source>
            <translation>%1: the table cannot be read (%2)</translation>
        </message>
    </context>
    <context>
        <name>TrustBanner</name>
        <message>
            <source>&amp;Review and trust…</source>
            <translation>&amp;Review and trust…</translation>
        </message>
        <message>
            <source>Shows every program, SQL connection and URL this session would use</source>
            <translation>Shows every program, SQL connection and URL this session would use</translation>
        </message>
        <message>
            <source>&lt;b&gt;Untrusted:&lt;/b&gt; this session %1 — nothing runs until you trust it. It is open read-only.</source>
            <translation>&lt;b&gt;Untrusted:&lt;/b&gt; this session %1 — nothing runs until you trust it. It is open read-only.</translation>
        </message>
    </context>
    <context>
        <name>TrustDialog</name>
        <message>
            <source>Review what this session would run</source>
            <translation>Review what this session would run</translation>
        </message>
        <message>
            <source>A session file is data: it may have been written by anyone. Once you trust it, the cockpit and cutoverctl run these programs and connect to these databases and URLs for you. Trust it only if you expect every line.</source>
            <translation>A session file is data: it may have been written by anyone. Once you trust it, the cockpit and cutoverctl run these programs and connect to these databases and URLs for you. Trust it only if you expect every line.</translation>
        </message>
        <message numerus="yes">
            <source>%n program(s)</source>
            <translation>
                <numerusform>%n program</numerusform>
                <numerusform>%n programs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n SQL connection(s)</source>
            <translation>
                <numerusform>%n SQL connection</numerusform>
                <numerusform>%n SQL connections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n URL(s) or socket(s)</source>
            <translation>
                <numerusform>%n URL or socket</numerusform>
                <numerusform>%n URLs or sockets</numerusform>
            </translation>
        </message>
        <message>
            <source>What the session would run</source>
            <translation>What the session would run</translation>
        </message>
        <message>
            <source>&amp;Trust</source>
            <translation>&amp;Trust</translation>
        </message>
        <message>
            <source>&amp;Keep read-only</source>
            <translation>&amp;Keep read-only</translation>
        </message>
    </context>
    <context>
        <name>UserNameDialog</name>
        <message>
            <source>e.g. Alice Meyer</source>
            <translation>e.g. Alice Meyer</translation>
        </message>
        <message>
            <source>Your display name</source>
            <translation>Your display name</translation>
        </message>
        <message>
            <source>Every change in a cutover session is recorded as %1: that is who acts, and a name typed here does not change it. The display name is only shown beside it. Leave it empty to show the account alone.</source>
            <translation>Every change in a cutover session is recorded as %1: that is who acts, and a name typed here does not change it. The display name is only shown beside it. Leave it empty to show the account alone.</translation>
        </message>
    </context>
    <context>
        <name>WebhookPayload</name>
        <message>
            <source>Audit trail head %1… (record %2)</source>
            <translation>Audit trail head %1… (record %2)</translation>
        </message>
    </context>
</TS>
