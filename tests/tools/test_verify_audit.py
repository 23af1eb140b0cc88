#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The independent verifier (verify_audit.py, written from docs/audit-format.md) and `cutoverctl audit
verify` agree: both pass an intact session, both fail a tampered one and name the same first broken record
or signature. Sessions are made with the real cutoverctl; tampering is done as an attacker would, with
SQLite directly (an edit, a deletion, a cut-off end, and the rewrite: an edit with the whole chain
recomputed after it).

    test_verify_audit.py --cutoverctl PATH --verifier PATH/verify_audit.py
"""

import argparse
import importlib.util
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest

CTL = None
VERIFIER = None
verify_audit = None  # the verifier module, for its record_hash() when the test rewrites a chain


def run(cmd, env=None, stdin=None):
    full_env = dict(os.environ)
    full_env.update(env or {})
    full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run(cmd, capture_output=True, text=True, env=full_env, input=stdin, timeout=240)


def ctl(*args, env=None):
    return run([CTL] + list(args), env=env)


def both(session, *extra):
    """(cutoverctl audit verify, verify_audit.py) on the same session with the same options."""
    return (ctl("audit", "verify", session, *extra),
            run([sys.executable, VERIFIER, session] + list(extra)))


FIRST = re.compile(r"\b(record|signature) (\d+)\b")


def first_broken(p):
    """'record 5' or 'signature 2': the first one the failure names."""
    m = FIRST.search(p.stderr)
    return m.group(0) if m else None


def summary_line(p):
    m = re.search(r"^(\d+) records, head ([0-9a-f]{64})$", p.stdout, re.M)
    return (int(m.group(1)), m.group(2)) if m else None


def hashes(path):
    db = sqlite3.connect(path)
    try:
        return [h for (h,) in db.execute("SELECT hash FROM audit ORDER BY seq")]
    finally:
        db.close()


def tamper(path, sql, params=(), recompute_from=None):
    """Runs one statement against the file, then (for the rewrite) recomputes every hash from
    recompute_from on so that the chain verifies again."""
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    try:
        db.execute(sql, params)
        if recompute_from is not None:
            prev_row = db.execute("SELECT hash FROM audit WHERE seq = ?", (recompute_from - 1,)).fetchone()
            prev = prev_row["hash"] if prev_row else "0" * 64
            rows = [dict(r) for r in db.execute("SELECT * FROM audit WHERE seq >= ? ORDER BY seq",
                                                (recompute_from,))]
            for r in rows:
                r["prev_hash"] = prev
                r["hash"] = verify_audit.record_hash(r)
                db.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (r["prev_hash"], r["hash"],
                                                                                     r["seq"]))
                prev = r["hash"]
        db.commit()
    finally:
        db.close()


class AgreeOnChains(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="tst-verify-audit-")
        self.session = os.path.join(self.dir, "s.cutover")
        env = {"COCKPIT_USER": "alice"}
        p = ctl("new", "--name", "Verifier agreement", "--out", self.session, "--by", "alice", env=env)
        self.assertEqual(p.returncode, 0, p.stderr)
        for item, status in ((3, "in-progress"), (3, "done"), (4, "done"), (5, "failed"), (5, "in-progress")):
            p = ctl("item", self.session, str(item), "--status", status, "--by", "alice", "--reason",
                    "step %d" % item, env=env)
            self.assertEqual(p.returncode, 0, p.stderr)
        self.heads = hashes(self.session)
        self.assertGreater(len(self.heads), 12)

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def assertAgreeIntact(self, *extra):
        c, py = both(self.session, *extra)
        self.assertEqual(c.returncode, 0, c.stdout + c.stderr)
        self.assertEqual(py.returncode, 0, py.stdout + py.stderr)
        self.assertEqual(summary_line(c), summary_line(py))
        self.assertIsNotNone(summary_line(c))
        return c, py

    def assertAgreeBroken(self, expected, *extra):
        c, py = both(self.session, *extra)
        self.assertEqual(c.returncode, 1, c.stdout + c.stderr)
        self.assertEqual(py.returncode, 1, py.stdout + py.stderr)
        if expected is not None:
            self.assertEqual(first_broken(c), expected, c.stderr)
            self.assertEqual(first_broken(py), expected, py.stderr)
        return c, py

    def test_intact(self):
        c, _ = self.assertAgreeIntact()
        self.assertEqual(summary_line(c), (len(self.heads), self.heads[-1]))

    def test_edited_field_fails_at_that_record(self):
        tamper(self.session, "UPDATE audit SET reason = 'nothing to see' WHERE seq = 13")
        self.assertAgreeBroken("record 13")

    def test_deleted_record_fails_there(self):
        tamper(self.session, "DELETE FROM audit WHERE seq = 12")
        self.assertAgreeBroken("record 12")

    def test_edited_time_fails_at_that_record(self):
        tamper(self.session, "UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 14")
        self.assertAgreeBroken("record 14")

    def test_cut_off_end_fails_only_against_a_copy_of_the_head(self):
        head = self.heads[-1]
        tamper(self.session, "DELETE FROM audit WHERE seq > ?", (len(self.heads) - 2,))
        # The chain alone cannot tell (the independent script passes it); cutoverctl's replay finds the
        # items that hold more than the shortened trail says.
        c, py = both(self.session)
        self.assertEqual(py.returncode, 0, py.stderr)
        self.assertEqual(c.returncode, 1, c.stdout)
        self.assertIn("item 5", c.stderr)
        c, py = self.assertAgreeBroken(None, "--expect-head", head)
        for p in (c, py):
            self.assertIn(head, p.stderr)
            self.assertIn("not in the trail", p.stderr)

    def test_earlier_head_is_accepted_with_a_note(self):
        c, py = self.assertAgreeIntact("--expect-head", self.heads[9])
        for p in (c, py):
            self.assertRegex(p.stdout, r"record 10; 3 record\(s\) were appended since|record 10.*appended")

    def test_rewrite_passes_the_chain_but_not_a_copy_of_the_head(self):
        # Without signatures the rewrite is found only by a copy of the head kept elsewhere (a report, a chat
        # message, the status page): the recomputed chain no longer contains it.
        tamper(self.session, "UPDATE audit SET reason = 'rewritten' WHERE seq = 13", recompute_from=13)
        c, py = both(self.session)
        self.assertEqual(py.returncode, 0, py.stderr)
        self.assertEqual(summary_line(c), summary_line(py))
        self.assertNotEqual(summary_line(py)[1], self.heads[-1])
        self.assertAgreeBroken(None, "--expect-head", self.heads[-1])
        # A head from before the edit is still there (records before 13 are unchanged).
        self.assertEqual(hashes(self.session)[:12], self.heads[:12])


def main():
    global CTL, VERIFIER, verify_audit
    ap = argparse.ArgumentParser()
    ap.add_argument("--cutoverctl", required=True)
    ap.add_argument("--verifier", required=True)
    args, rest = ap.parse_known_args()
    CTL, VERIFIER = args.cutoverctl, args.verifier
    spec = importlib.util.spec_from_file_location("verify_audit", VERIFIER)
    verify_audit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(verify_audit)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
