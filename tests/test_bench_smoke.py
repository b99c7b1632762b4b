"""The benchmark scripts still run: bench/bigmail.py on a tiny mailbox prints its whole table."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROWS = [
    "messages in INBOX",
    "floor: imaplib UID FETCH (s)",
    "baseline: imapclient fetch (s)",
    "initial scan: inboxwatch scan (s)",
    "initial scan / baseline",
    "initial scan: employer replies",
    "steady-state scan (ms)",
    "steady-state IMAP commands",
    "incremental scan, 100 new (ms)",
    "incremental IMAP commands",
    "peak RSS, initial scan (MiB)",
    "idle RSS, inboxwatch run (MiB)",
    "database after initial scan (MiB)",
]


@pytest.mark.usefixtures("dovecot")  # skips, or fails under INBOXWATCH_REQUIRE_DOVECOT=1, without one
def test_bigmail_prints_every_row_for_each_size() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bigmail.py"), "--sizes", "200,400"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    cells = [re.split(r"\s{2,}", line.strip()) for line in lines]
    table = {row[0]: row[1:] for row in cells if row[0] in ROWS}
    assert sorted(table) == sorted(ROWS)
    assert table["messages in INBOX"] == ["200", "400"]
    # One employer reply in 200 messages is read, as in the real mix.
    assert table["initial scan: employer replies"] == ["1", "2"]
    assert int(table["steady-state IMAP commands"][-1]) <= 3
    assert lines[-1].startswith("growth 200 -> 400 (time per message): scan ")
