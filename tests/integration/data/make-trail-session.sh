#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a session in which every table that holds session state has rows, through cutoverctl only:
#   make-trail-session.sh CUTOVERCTL SESSION WORKDIR
# (the checklist with phases and items, incident entries and their verification, the outbox, the channel
# choice, a traffic backend, plan, a run with gate measurements, the result statement marked final,
# lessons and a template version). tst_trailcoverage runs it with this build's cutoverctl;
# trail-v1.cutover beside it was made with the cutoverctl of the version before trail version 2.
set -eu
ctl=$1
session=$2
work=$3
mkdir -p "$work"
"$ctl" new --name "Trail coverage" --goal "Every table is covered" --out "$session" --by alice >/dev/null
"$ctl" item "$session" 1 --status in-progress --by alice >/dev/null
"$ctl" item "$session" 1 --status done --note "checked" --by alice >/dev/null
# The second person of the four-eyes rule: bob's key (a declared session's completer is this OS account).
ssh-keygen -q -t ed25519 -N '' -C bob -f "$work/bob" >/dev/null
printf 'bob %s\n' "$(cut -d' ' -f1,2 "$work/bob.pub")" >"$work/allowed_signers"

"$ctl" signoff "$session" 1 --by bob --key "$work/bob" --allowed-signers "$work/allowed_signers" >/dev/null
"$ctl" item "$session" 2 --owner carol --by alice >/dev/null
"$ctl" log add "$session" --text "Latency rose on the new path" --severity warning --by alice >/dev/null
"$ctl" log verify "$session" 1 --by bob --key "$work/bob" --allowed-signers "$work/allowed_signers" >/dev/null
"$ctl" log channels "$session" --disable slack --by alice >/dev/null
printf '{"latency_ms": 5}\n' >"$work/sim.json"
printf '[{"kind":"business","name":"booking","command":"true"}]\n' >"$work/gates.json"
"$ctl" backend "$session" --use simulated --config "$work/sim.json" --by alice >/dev/null
"$ctl" plan "$session" --steps 50,100 --hold 0s --gates "$work/gates.json" --by alice >/dev/null
"$ctl" trust "$session" >/dev/null 2>&1 || true
"$ctl" run "$session" --by alice >/dev/null
"$ctl" result "$session" --goal "Payments moved" --went-well "No downtime" --open "Old adapter still up" \
    --by alice >/dev/null
"$ctl" result "$session" --final --by alice >/dev/null
"$ctl" lesson add "$session" --text "Warm the cache first" --action "Add a task" --owner carol \
    --change add --phase "Cutover" --task "Warm the cache" --expected "Hit ratio above 90 %" --by alice >/dev/null
"$ctl" lesson add "$session" --text "A second lesson" --by alice >/dev/null
"$ctl" template-version save "$session" --name "trail" --dir "$work/templates" --by alice >/dev/null
