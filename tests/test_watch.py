"""The daemon against a real Dovecot: IDLE brings a reply in within seconds; the daemon outlives
the server's restart, a stalled connection and its own SIGKILL; a wrong password is tried once."""

from __future__ import annotations

import select
import signal
import socket
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from imapclient.imapclient import DRAFTS

from daemons import running, stop, wait_for
from dovecot import Dovecot, ImapAccount
from inboxwatch.watch import Backoff
from mails import mail

pytestmark = pytest.mark.slow
# SQLite only: these tests are about the mailbox side, and the database is read while the daemon runs.
sqlite_only = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

REJECTION = (
    "Dear Alex,\n\nThank you for your time. Unfortunately, we have decided to move forward "
    "with other candidates for this role.\n\nJane"
)
DAEMON = """
[daemon]
scan_interval_minutes = 60
idle_renew_seconds = 2
debounce_seconds = 0.2
retry_max_seconds = 2
"""


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    backoff = Backoff(cap=30, first=1)
    delays = [backoff.next() for _ in range(8)]
    for n, delay in enumerate(delays):
        ceiling = min(30, 2**n)
        assert ceiling / 2 <= delay <= ceiling
    backoff.reset()
    assert backoff.next() <= 1


class Watched:
    """A running daemon on this test's mailbox, and a view of its database."""

    def __init__(self, config: Path, account: ImapAccount, interview_id: int) -> None:
        self.config = config
        self.account = account
        self.interview_id = interview_id
        self.db = config.parent / "inboxwatch.db"  # where the database_url fixture puts it

    def query(self, sql: str, *args: Any) -> Any:
        with sqlite3.connect(self.db) as conn:
            row = conn.execute(sql, args).fetchone()
        conn.close()
        return row[0] if row else None

    def status(self) -> str:
        return str(self.query("SELECT status FROM interviews WHERE id = ?", self.interview_id))

    def synced(self) -> bool:
        return bool(self.query("SELECT count(*) FROM sync_cursors WHERE folder = 'inbox'"))

    def reply(self) -> None:
        client = self.account.client()
        try:
            client.append("INBOX", mail("Your application", body=REJECTION, when=datetime.now(UTC)))
        finally:
            client.logout()


@pytest.fixture
def watched(iw: Callable[..., Any], imap_config: Path, imap_account: ImapAccount) -> Watched:
    out = iw(
        "interview",
        "add",
        "--company",
        "Acme",
        "--role",
        "Backend Engineer",
        "--at",
        "2026-11-16 10:00",
        "--contact",
        "Jane Doe <jane@acme.example>",
        "--domain",
        "acme.example",
    ).output
    with imap_config.open("a") as f:
        f.write(DAEMON)
    return Watched(imap_config, imap_account, int(out.strip()))


@sqlite_only
def test_idle_brings_a_reply_in_within_seconds(watched: Watched, tmp_path: Path) -> None:
    with running(watched.config, tmp_path / "state") as proc:
        assert wait_for(watched.synced, 30), "no catch-up scan"
        time.sleep(3)  # past an IDLE renewal
        watched.reply()
        appended = time.monotonic()
        assert wait_for(lambda: watched.status() == "rejected", 10), "the reply was not noticed"
        latency = time.monotonic() - appended
        err = stop(proc)
    assert proc.returncode == 0, err
    assert latency < 10
    assert "Traceback" not in err


@sqlite_only
def test_without_idle_the_daemon_polls(watched: Watched, tmp_path: Path) -> None:
    with watched.config.open("a") as f:
        f.write("idle = false\npoll_seconds = 1\n")
    with running(watched.config, tmp_path / "state") as proc:
        assert wait_for(watched.synced, 30), "no first scan"
        watched.reply()
        assert wait_for(lambda: watched.status() == "rejected", 10), "the reply was not noticed"
        err = stop(proc)
    assert proc.returncode == 0, err
    assert "polling every 1 s" in err


@sqlite_only
def test_the_daemon_reconnects_and_catches_up_after_the_server_restarts(
    watched: Watched, dovecot: Dovecot, tmp_path: Path
) -> None:
    with running(watched.config, tmp_path / "state") as proc:
        assert wait_for(watched.synced, 30), "no catch-up scan"
        dovecot.stop()
        try:
            time.sleep(3)  # reconnects fail, with backoff
        finally:
            dovecot.start()
        watched.reply()  # the reply comes while the daemon may still be waiting to reconnect
        assert wait_for(lambda: watched.status() == "rejected", 15), "the reply was not caught up"
        assert proc.poll() is None
        err = stop(proc)
    assert proc.returncode == 0, err
    assert err.count("cannot reach") == 1, err  # logged once, however many attempts
    assert "works again" in err


def failed_logins(dovecot: Dovecot, username: str) -> int:
    log = (dovecot.dir / "dovecot.log").read_text(errors="replace")
    return sum(1 for line in log.splitlines() if "(auth failed" in line and f"user=<{username}>" in line)


@sqlite_only
def test_a_wrong_password_is_tried_once_then_fixed_by_sighup(
    watched: Watched, dovecot: Dovecot, tmp_path: Path
) -> None:
    password_file = watched.account.password_file
    password_file.write_text("wrong")
    # Reconciliation scans every 3 s: they must not retry the refused login either.
    watched.config.write_text(
        watched.config.read_text().replace("scan_interval_minutes = 60", "scan_interval_minutes = 0.05")
    )
    with running(watched.config, tmp_path / "state") as proc:
        time.sleep(8)  # the watcher's backoff and two reconciliation scans would retry in this time
        attempts = failed_logins(dovecot, watched.account.username)
        assert not watched.synced()
        password_file.write_text(watched.account.password)
        proc.send_signal(signal.SIGHUP)
        assert wait_for(watched.synced, 15), "no recovery after SIGHUP"
        err = stop(proc)
    assert attempts == 1, err
    assert proc.returncode == 0, err
    assert err.count(f"imap: login refused for {watched.account.username}") == 1, err
    assert "config reloaded" in err
    assert watched.account.password not in err


class StallingProxy:
    """A loopback TCP proxy whose open connections can be made to stop forwarding, without closing."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.1)
        self.port = self.listener.getsockname()[1]
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.stalled: set[int] = set()
        self.closing = threading.Event()
        self.threads = [threading.Thread(target=self._accept)]
        self.threads[0].start()

    def _accept(self) -> None:
        while not self.closing.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            pair = (client, socket.create_connection(self.target))
            self.pairs.append(pair)
            thread = threading.Thread(target=self._pump, args=(len(self.pairs) - 1,))
            self.threads.append(thread)
            thread.start()

    def _pump(self, index: int) -> None:
        a, b = self.pairs[index]
        while not self.closing.is_set():
            if index in self.stalled:
                time.sleep(0.05)
                continue
            readable, _, _ = select.select([a, b], [], [], 0.05)
            for sock in readable:
                data = sock.recv(65536)
                if not data:
                    return
                (b if sock is a else a).sendall(data)

    def stall(self) -> None:
        """Every connection open now goes silent; new ones work."""
        self.stalled.update(range(len(self.pairs)))

    def close(self) -> None:
        self.closing.set()
        for thread in self.threads:
            thread.join()
        self.listener.close()
        for pair in self.pairs:
            for sock in pair:
                sock.close()


@sqlite_only
def test_a_stalled_idle_connection_is_noticed_and_replaced(watched: Watched, tmp_path: Path) -> None:
    proxy = StallingProxy(watched.account.host, watched.account.port)
    try:
        text = watched.config.read_text()
        text = text.replace(f"port = {watched.account.port}", f"port = {proxy.port}")
        watched.config.write_text(text.replace("timeout = 10", "timeout = 2"))
        with running(watched.config, tmp_path / "state") as proc:
            assert wait_for(watched.synced, 30), "no catch-up scan"
            proxy.stall()
            watched.reply()  # announced on the stalled connection: never seen there
            # renewal (2 s) + read timeout (2 s) + backoff (at most 2 s), then a catch-up scan
            assert wait_for(lambda: watched.status() == "rejected", 15), "the stall was not noticed"
            err = stop(proc)
    finally:
        proxy.close()
    assert proc.returncode == 0, err
    assert "Traceback" not in err


ALL_HOURS = "\n[policy]\nworkday_start_hour = 0\nworkday_end_hour = 24\nweekend = []\n"


@sqlite_only
def test_sigkill_mid_scan_then_a_restart_leaves_single_drafts(watched: Watched, tmp_path: Path) -> None:
    with watched.config.open("a") as f:
        f.write(ALL_HOURS)  # drafts may be written whenever the test runs
    client = watched.account.client()
    try:
        # Two commits and more: a sync commits every COMMIT_EVERY batches of 500 (5,000 messages).
        alerts = [mail(f"Job alert {n}", sender="alerts@jobs.example") for n in range(10_000)]
        for start in range(0, len(alerts), 1000):
            client.multiappend("INBOX", alerts[start : start + 1000])
        client.append("INBOX", mail("Your application", body=REJECTION, when=datetime.now(UTC)))
        drafts_folder = client.find_special_folder(DRAFTS)
    finally:
        client.logout()

    def position() -> int:
        return int(watched.query("SELECT position FROM sync_cursors WHERE folder = 'inbox'") or 0)

    with running(watched.config, tmp_path / "state") as proc:
        assert wait_for(lambda: position() > 0, 30), "the scan committed nothing"
        proc.kill()  # SIGKILL, between two committed batches of the INBOX
        proc.wait()
    assert 0 < position() < 10_001, "the scan was not interrupted"
    with running(watched.config, tmp_path / "state") as proc:
        assert wait_for(lambda: watched.status() == "rejected", 30), "the restart did not catch up"
        err = stop(proc)  # lets the scan under way finish
    assert proc.returncode == 0, err
    assert position() == 10_001
    steps = watched.query(
        "SELECT group_concat(step) FROM drafts WHERE interview_id = ?", watched.interview_id
    )
    assert steps is not None
    assert len(steps.split(",")) == len(set(steps.split(","))), steps  # each step at most once
    client = watched.account.client()
    try:
        client.select_folder(drafts_folder, readonly=True)
        ids = [
            data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]
            for data in client.fetch(client.search("ALL"), ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]).values()
        ]
    finally:
        client.logout()
    assert len(ids) == len(set(ids)) == len(steps.split(","))  # one message per recorded draft


@sqlite_only
def test_a_thousand_malformed_messages_are_skipped_and_counted(watched: Watched, tmp_path: Path) -> None:
    client = watched.account.client()
    try:
        # No header at all: nothing to match or classify.
        client.multiappend("INBOX", [f"\r\nnot a message {n}\r\n".encode() for n in range(1000)])
        client.append("INBOX", mail("Your application", body=REJECTION, when=datetime.now(UTC)))
    finally:
        client.logout()
    with running(watched.config, tmp_path / "state") as proc:
        ok = wait_for(lambda: watched.status() == "rejected", 30)
        assert proc.poll() is None
        err = stop(proc)
    assert ok, err
    assert proc.returncode == 0, err
    assert "1 new message(s), 1 employer reply" in err
    assert "1000 unreadable skipped" in err
    assert "Traceback" not in err


def logins(dovecot: Dovecot, username: str) -> int:
    log = (dovecot.dir / "dovecot.log").read_text(errors="replace")
    return sum(
        1 for line in log.splitlines() if "imap-login: Info: Login:" in line and f"user=<{username}>" in line
    )


def newsletter(account: ImapAccount, n: int) -> None:
    client = account.client()
    try:
        client.append("INBOX", mail(f"Jobs digest {n}", sender="news@jobs.example", when=datetime.now(UTC)))
    finally:
        client.logout()


@sqlite_only
def test_the_daemon_scans_on_one_connection_it_keeps(
    watched: Watched, dovecot: Dovecot, tmp_path: Path
) -> None:
    before = logins(dovecot, watched.account.username)
    with running(watched.config, tmp_path / "state") as proc:
        assert wait_for(watched.synced, 30), "no catch-up scan"
        for n in range(3):  # three more scans, each woken by IDLE
            newsletter(watched.account, n)
            time.sleep(1.5)
        watched.reply()
        assert wait_for(lambda: watched.status() == "rejected", 10), "the reply was not noticed"
        err = stop(proc)
    assert proc.returncode == 0, err
    # The test's own appends log in too (4); the daemon: one for IDLE, one for every scan.
    assert logins(dovecot, watched.account.username) - before == 4 + 2, err


@sqlite_only
def test_a_kept_connection_the_server_dropped_is_replaced_without_a_failed_scan(
    watched: Watched, dovecot: Dovecot, tmp_path: Path
) -> None:
    with running(watched.config, tmp_path / "state") as proc:
        assert wait_for(watched.synced, 30), "no catch-up scan"
        dovecot.doveadm("kick", watched.account.username)  # as an idle timeout or a server restart would
        watched.reply()
        assert wait_for(lambda: watched.status() == "rejected", 15), "the reply was not noticed"
        err = stop(proc)
    assert proc.returncode == 0, err
    assert "kept since the last scan is gone" in err
    assert not [line for line in err.splitlines() if "scan failed" in line and "shutting down" in line]
    assert "Traceback" not in err
