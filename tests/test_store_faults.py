"""The database fails under a scan: locked by another process, read-only, or the disk is full.

Each gives one line starting "database:", keeps what was committed before, and the next
scan after the fault clears reads the reply that came meanwhile. The daemon keeps running
through a fault and catches up by itself: a lock or a full disk usually clears without the
user (a backup, a log rotation), and `status` shows the error while it lasts.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from daemons import running, stop, wait_for
from dovecot import ImapAccount
from mails import JANE, Ran, add_acme, mail

pytestmark = [pytest.mark.slow, pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)]

REJECTION = (
    "Dear Alex,\n\nThank you for your time. Unfortunately, we have decided to move forward "
    "with other candidates for this role.\n\nJane"
)
HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
"""


@contextmanager
def locked(database: Path) -> Iterator[None]:
    """Another process holds an exclusive transaction on the database until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "locked\n"
        yield
    finally:
        holder.communicate("", timeout=30)


def scan_process(config: Path, preexec: Callable[[], None] | None = None) -> Ran:
    """`inboxwatch scan` as a process of its own, set up by ``preexec`` (a limit, a dropped privilege)."""
    done = subprocess.run(
        [sys.executable, "-m", "inboxwatch", "--config", str(config), "scan", "--now", "2026-11-18 12:00"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=preexec,  # the fault is set up in the child alone
    )
    return Ran(done.returncode, done.stdout + done.stderr)


def small_files() -> None:
    """The disk is full: no file grows past 8 KiB (a write gets EFBIG, not a killing SIGXFSZ).

    SQLite cannot even grow its 32 KiB -shm file, so the scan fails as it opens the database.
    """
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))


def no_write_permission_override() -> None:
    """Root writes to a mode-400 file anyway: drop CAP_DAC_OVERRIDE so the mode applies."""
    pr_capbset_drop, cap_dac_override = 24, 1
    if os.geteuid() == 0 and ctypes.CDLL(None, use_errno=True).prctl(pr_capbset_drop, cap_dac_override) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def interview(iw: Callable[..., Ran], interview_id: int) -> dict[str, object]:
    return dict(json.loads(iw("interview", "show", str(interview_id), "--json").output))


def reply_arrives(account: ImapAccount) -> None:
    client = account.client()
    try:
        client.append(
            "INBOX", mail("Your application", body=REJECTION, when=datetime(2026, 11, 18, 9, tzinfo=UTC))
        )
    finally:
        client.logout()


@pytest.fixture
def logged(iw: Callable[..., Ran]) -> int:
    """Acme's interview, logged and scanned once: what the fault must not lose."""
    interview_id = add_acme(iw, "--contact", JANE, "--domain", "acme.example")
    iw("scan", "--now", "2026-11-17 12:00")
    return interview_id


def daemon_status(iw: Callable[..., Ran]) -> dict[str, str | None]:
    return dict(json.loads(iw("status", "--json").output)["daemon"])


def database_of(config: Path) -> Path:
    return config.parent / "inboxwatch.db"  # where the database_url fixture puts it


def assert_one_line_then_recovery(
    iw: Callable[..., Ran], imap_config: Path, interview_id: int, ran: Ran, reason: str
) -> None:
    assert ran.exit_code == 2, ran.output
    assert ran.output.count("\n") == 1, ran.output
    assert ran.output.startswith("inboxwatch: database: ")
    assert reason in ran.output
    before = interview(iw, interview_id)
    assert before["status"] == "awaiting_reply"  # committed before the fault, still there
    # The fault is gone: the next scan reads the reply that came during it.
    assert "1 employer reply" in scan_process(imap_config).output
    assert interview(iw, interview_id)["status"] == "rejected"


def test_a_locked_database_fails_the_scan_in_one_line(
    iw: Callable[..., Ran], imap_config: Path, imap_account: ImapAccount, logged: int
) -> None:
    reply_arrives(imap_account)
    with locked(database_of(imap_config)):
        ran = scan_process(imap_config)
    assert_one_line_then_recovery(iw, imap_config, logged, ran, "database is locked")


def test_a_read_only_database_fails_the_scan_in_one_line(
    iw: Callable[..., Ran], imap_config: Path, imap_account: ImapAccount, logged: int
) -> None:
    reply_arrives(imap_account)
    database = database_of(imap_config)
    database.chmod(0o400)
    try:
        ran = scan_process(imap_config, no_write_permission_override)
    finally:
        database.chmod(0o600)
    assert_one_line_then_recovery(iw, imap_config, logged, ran, "readonly database")


def test_a_full_disk_fails_the_scan_in_one_line(
    iw: Callable[..., Ran], imap_config: Path, imap_account: ImapAccount, logged: int
) -> None:
    reply_arrives(imap_account)
    ran = scan_process(imap_config, small_files)
    assert_one_line_then_recovery(iw, imap_config, logged, ran, "disk")


def test_the_daemon_outlives_a_locked_database_and_catches_up(
    iw: Callable[..., Ran],
    imap_config: Path,
    imap_account: ImapAccount,
    logged: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STATE_DIRECTORY", str(tmp_path / "state"))  # where `status` finds the daemon
    with imap_config.open("a") as f:
        f.write("\n[daemon]\nscan_interval_minutes = 60\ndebounce_seconds = 0.2\nretry_max_seconds = 2\n")
    with running(imap_config, tmp_path / "state") as proc:
        assert wait_for(lambda: daemon_status(iw)["last_scan_ok"], 30), proc.output()
        with locked(database_of(imap_config)):
            reply_arrives(imap_account)  # IDLE wakes the daemon; its scan waits for the lock, then fails
            # The scan waits for the lock (busy_timeout), then fails; `status` says why.
            assert wait_for(lambda: "database is locked" in (daemon_status(iw)["last_error"] or ""), 60), (
                proc.output()
            )
        assert wait_for(lambda: interview(iw, logged)["status"] == "rejected", 60), proc.output()
        assert proc.poll() is None, "the daemon died"
        log = stop(proc)
    assert proc.returncode == 0, log
    assert log.count("database is locked") == 1, log
    assert "works again" in log
    assert "Traceback" not in log
