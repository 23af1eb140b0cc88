#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An independent verifier of a Cutover Cockpit session's audit trail and signatures.

Written from docs/audit-format.md only (it imports nothing of the project): an auditor's script that
checks what `cutoverctl audit verify` checks of the chain and the signatures, so that the two can be
compared. It does not replay the session's tables against the trail (that is the program's own check).

    verify_audit.py SESSION.cutover [--allowed-signers FILE] [--expect-head HASH] [--jobs N]

Exit status: 0 when the chain and every signature verify, 1 naming the first broken record or signature,
2 on a usage error or a file that cannot be read.
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

GENESIS = "0" * 64
NAMESPACE = "cutover-cockpit"
HASHED_FIELDS = ("prev_hash", "seq", "at", "actor", "action", "entity", "entity_id", "field",
                 "old_value", "new_value", "reason")


def field(value):
    """One hashed field: byte length of its UTF-8, a colon, the bytes, a bar."""
    data = str(value).encode("utf-8")
    return str(len(data)).encode("ascii") + b":" + data + b"|"


def record_hash(row):
    h = hashlib.sha256()
    for name in HASHED_FIELDS:
        h.update(field(row[name]))
    return h.hexdigest()


class Broken(Exception):
    """The first thing found wrong; its text names the record or signature."""


def open_read_only(path):
    if not os.path.isfile(path):
        raise OSError("no such session file: %s" % path)
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    db.row_factory = sqlite3.Row
    return db


def table_exists(db, name):
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()


def column_exists(db, table, column):
    return any(r["name"] == column for r in db.execute("PRAGMA table_info(%s)" % table))


def check_chain(db):
    """Returns the records in order; raises Broken at the first record that breaks the chain."""
    records = [dict(r) for r in db.execute(
        "SELECT seq, at, actor, action, entity, entity_id, field, old_value, new_value, reason, prev_hash, "
        "hash FROM audit ORDER BY seq")]
    expected_seq, expected_prev = 1, GENESIS
    for r in records:
        if r["seq"] != expected_seq:
            raise Broken("record %d is missing (next stored record is %d)" % (expected_seq, r["seq"]))
        if r["prev_hash"] != expected_prev:
            raise Broken("record %d does not follow the record before it (prev_hash %s, expected %s)"
                         % (r["seq"], r["prev_hash"], expected_prev))
        if record_hash(r) != r["hash"]:
            raise Broken("record %d was changed after it was written (its hash does not match its fields)"
                         % r["seq"])
        expected_prev = r["hash"]
        expected_seq += 1
    return records


def statement_for(row, session_id):
    """The signed statement as it must read for this signature row, but for the free-text record line."""
    def line(key, value):
        # Line breaks in a value become spaces, trailing white space is dropped, and an empty value ends
        # the line right after the colon.
        v = re.sub("[\r\n\v\f\x85\u2028\u2029]", " ", str(value)).rstrip()
        return "%s: %s" % (key, v) if v else "%s:" % key
    return [
        "cutover-cockpit signature v1",
        line("session", session_id),
        line("act", row["act"]),
        line("entity", "%s %s" % (row["entity"], row["entity_id"])),
        None,  # record: a one-line description, free text
        line("meaning", row["meaning"]),
        line("principal", row["principal"]),
        line("name", row["display_name"]),
        line("time", row["at"]),
        line("chain-head", row["chain_head"]),
    ]


def statement_problem(row, session_id):
    """What is wrong with the stored statement of this row, or None."""
    text = row["statement"]
    if not text.endswith("\n"):
        return "its statement does not end with a line feed"
    lines = text[:-1].split("\n")
    expected = statement_for(row, session_id)
    if len(lines) != len(expected):
        return "its statement has %d lines, not %d" % (len(lines), len(expected))
    for got, want in zip(lines, expected):
        if want is None:
            if not got.startswith("record: ") or "\r" in got:
                return "its statement's record line is malformed: %r" % got
        elif got != want:
            return "its statement says %r where the row says %r" % (got, want)
    return None


def audit_value(value):
    """A value of the signature.create record's JSON as the row's column holds it."""
    return value if isinstance(value, str) else json.dumps(value)


def row_problem(row, session_id, seq_of_hash, last_seq, created, required):
    """What is wrong with one row apart from its cryptographic signature, or None."""
    problem = statement_problem(row, session_id)
    if problem:
        return problem
    head = row["chain_head"]
    if head == GENESIS:
        head_seq = 0
    elif head in seq_of_hash:
        head_seq = seq_of_hash[head]
    else:
        return ("covers chain head %s which is not in the trail: the history before it was rewritten"
                % head)
    if not 1 <= row["audit_seq"] <= last_seq:
        return "names audit record %d as its act's record, which is not in the trail" % row["audit_seq"]
    if head_seq >= row["audit_seq"]:
        return ("covers chain head %s (record %d), which is not before its act's record %d"
                % (head, head_seq, row["audit_seq"]))
    record = created.get(row["id"])
    if record is None:
        return "has no signature.create record in the trail"
    try:
        written = json.loads(record["new_value"])
    except ValueError:
        return "differs from what its signature.create record %d says (no JSON)" % record["seq"]
    for key, value in written.items():
        if key in row and audit_value(value) != audit_value(row[key]):
            return "differs from what its signature.create record %d says (%s)" % (record["seq"], key)
    if required and not row["signature"]:
        return "is declared, not signed, in a session whose signatures are required"
    return None


def label(row):
    return "signature %d (%s, %s)" % (row["id"], row["principal"], row["act"])


def check_signatures(db, records, session_id, required, allowed_signers, jobs):
    """Checks every row (section 5.5 of docs/audit-format.md); returns the rows in id order and whether
    the signed ones went through ssh-keygen. Raises Broken for the lowest signature id with a problem."""
    rows = [dict(r) for r in db.execute("SELECT * FROM signatures ORDER BY id")]
    seq_of_hash = {}
    for r in records:
        seq_of_hash.setdefault(r["hash"], r["seq"])
    last_seq = records[-1]["seq"] if records else 0
    created = {}
    for r in records:
        if r["action"] == "signature.create" and r["entity"] == "signature":
            created[int(r["entity_id"])] = r
    problems = {}
    for row in rows:
        problem = row_problem(row, session_id, seq_of_hash, last_seq, created, required)
        if problem:
            problems[row["id"]] = "%s %s" % (label(row), problem)
    for sid in set(created) - {row["id"] for row in rows}:
        problems[sid] = ("signature %d was recorded (audit record %d) but its row is missing"
                         % (sid, created[sid]["seq"]))
    first = min(problems) if problems else None
    to_check = [r for r in rows if r["signature"] and r["id"] not in problems
                and (first is None or r["id"] < first)]
    checked = False
    if allowed_signers and to_check:
        with tempfile.TemporaryDirectory(prefix="verify-audit-") as workdir:
            with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
                results = list(pool.map(lambda r: ssh_verify(r, allowed_signers, workdir), to_check))
        for row, (ok, message) in zip(to_check, results):
            if not ok:
                problems[row["id"]] = ("%s does not verify for %s with the allowed signers %s: %s"
                                       % (label(row), row["principal"], allowed_signers, message))
        checked = True
    if problems:
        raise Broken(problems[min(problems)])
    return rows, checked or not any(r["signature"] for r in rows)


def ssh_verify(row, allowed_signers, workdir):
    sig_path = os.path.join(workdir, "sig-%d.txt" % row["id"])
    with open(sig_path, "w", encoding="utf-8") as f:
        f.write(row["signature"])
    p = subprocess.run(["ssh-keygen", "-Y", "verify", "-n", NAMESPACE, "-f", allowed_signers,
                        "-I", row["principal"], "-s", sig_path],
                       input=row["statement"].encode("utf-8"), capture_output=True)
    return p.returncode == 0, (p.stderr or p.stdout).decode("utf-8", "replace").strip()


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("session")
    ap.add_argument("--allowed-signers", metavar="FILE")
    ap.add_argument("--expect-head", metavar="HASH")
    ap.add_argument("--jobs", type=int, default=max(2, os.cpu_count() or 2))
    args = ap.parse_args(argv)
    try:
        db = open_read_only(args.session)
        session_id_row = db.execute("SELECT value FROM meta WHERE key = 'session_id'").fetchone()
        session_id = session_id_row["value"] if session_id_row else ""
        policy = "declared"
        if column_exists(db, "session", "signatures"):
            policy_row = db.execute("SELECT signatures FROM session WHERE id = 1").fetchone()
            policy = policy_row["signatures"] if policy_row else "declared"
    except (OSError, sqlite3.Error) as e:
        print("verify_audit: cannot read %s: %s" % (args.session, e), file=sys.stderr)
        return 2

    failures = []
    notes = []
    records = []
    rows = []
    try:
        records = check_chain(db)
        if table_exists(db, "signatures"):
            rows, checked = check_signatures(db, records, session_id, policy == "required",
                                             args.allowed_signers, args.jobs)
            signed = [r for r in rows if r["signature"]]
            if signed and not checked:
                notes.append("%d signature(s) were not checked: no allowed-signers file was given"
                             % len(signed))
                if policy == "required":
                    failures.append("signatures are required in this session; give --allowed-signers FILE")
    except Broken as e:
        failures.append(str(e))
    except sqlite3.Error as e:
        failures.append("cannot read the session: %s" % e)
    if not rows and failures:
        # A broken chain or signature stops the checks early; the summary still counts what is there.
        try:
            if table_exists(db, "signatures"):
                rows = [dict(r) for r in db.execute("SELECT * FROM signatures ORDER BY id")]
        except sqlite3.Error:
            pass

    head = records[-1]["hash"] if records else GENESIS
    if args.expect_head and not failures:
        expected = args.expect_head.strip().lower()
        seqs = [r["seq"] for r in records if r["hash"] == expected]
        if expected != GENESIS and not seqs:
            failures.append("the expected head %s is not in the trail: records were cut off the end or the "
                            "trail was replaced" % expected)
        elif expected != head:
            at = seqs[0] if seqs else 0
            notes.append("the expected head is record %d; %d record(s) were appended since"
                         % (at, len(records) - at))

    by_principal = {}
    declared = 0
    for r in rows:
        by_principal[r["principal"]] = by_principal.get(r["principal"], 0) + 1
        declared += 0 if r["signature"] else 1
    print("%d records, head %s" % (len(records), head))
    print("%d signatures (%d declared, not verified), policy %s" % (len(rows), declared, policy))
    for principal in sorted(by_principal):
        print("  %s: %d" % (principal, by_principal[principal]))
    for n in notes:
        print(n)
    if failures:
        for f in failures:
            print("BROKEN: " + f, file=sys.stderr)
        return 1
    print("intact")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
