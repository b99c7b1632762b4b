"""`inboxwatch run` as a real process: it scans on schedule, stops cleanly on signals,
reloads its config on SIGHUP, and refuses to run twice on one database."""

from __future__ import annotations

import signal
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from daemons import running, stop, wait_for
from inboxwatch.demo import build_demo
from inboxwatch.errors import InboxwatchError
from inboxwatch.lock import DaemonLock, read_owner

pytestmark = pytest.mark.slow

FAILING = """
[mailbox]
backend = "imap"
host = "127.0.0.1"
port = 1
username = "me"
tls = "none"
password_env = "HOME"

[database]
url = "sqlite:///{dir}/db.sqlite"

[user]
name = "Me"
email = "me@example.org"

[daemon]
scan_interval_minutes = 0.05
"""


def demo_config(tmp_path: Path) -> Path:
    config = build_demo(tmp_path, datetime.now(UTC))
    with config.open("a") as f:
        # Working hours all day, every day, so the test does not depend on when it runs.
        f.write("\n[daemon]\nscan_interval_minutes = 0.05\n")
        f.write("\n[policy]\nworkday_start_hour = 0\nworkday_end_hour = 24\nweekend = []\n")
    return config


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_run_scans_then_exits_0_on_signal(tmp_path: Path, signum: int) -> None:
    config = demo_config(tmp_path)
    drafts = tmp_path / "Maildir" / ".Drafts" / "cur"
    with running(config, tmp_path / "state") as proc:
        assert wait_for(lambda: drafts.exists() and any(drafts.iterdir()), 30), "no draft was written"
        time.sleep(6)  # several more scans: still a single draft
        err = stop(proc, signum)
    assert proc.returncode == 0, err
    assert len(list(drafts.iterdir())) == 2  # the follow-up and the reply to the rejection
    assert "stopped" in err
    assert "Traceback" not in err


def test_a_failing_scan_is_logged_once_and_the_daemon_goes_on(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(FAILING.format(dir=tmp_path))
    with running(config, tmp_path / "state") as proc:
        time.sleep(8)  # three scheduled scans and several reconnects, each failing to connect
        assert proc.poll() is None, "the daemon died"
        err = stop(proc)
    assert proc.returncode == 0, err
    assert err.count("imap: cannot reach 127.0.0.1:1") == 1, err


def test_a_second_daemon_on_the_same_database_exits_2(tmp_path: Path) -> None:
    config = demo_config(tmp_path)
    state = tmp_path / "state"
    with running(config, state) as first:
        assert wait_for(lambda: any(state.glob("daemon-*.lock")), 30)
        with running(config, state) as second:
            second.wait(timeout=30)
            err = second.output()
        assert second.returncode == 2, err
        assert f"another inboxwatch daemon (pid {first.pid}) is already running on this database" in err
        stop(first)
    assert first.returncode == 0
    with running(config, state) as again:  # the lock went with the first daemon
        time.sleep(2)
        assert again.poll() is None
        stop(again)
    assert again.returncode == 0


def test_the_lock_names_its_owner_until_released(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STATE_DIRECTORY", str(tmp_path))
    url = f"sqlite:///{tmp_path}/db.sqlite"
    with DaemonLock(url) as lock:
        owner = read_owner(lock.path)
        assert owner is not None
        assert (datetime.now(UTC) - owner.since).total_seconds() < 60
        assert oct(lock.path.stat().st_mode & 0o777) == "0o600"
        with pytest.raises(InboxwatchError, match="already running"), DaemonLock(url):
            pass
        with DaemonLock(f"sqlite:///{tmp_path}/other.sqlite"):  # another database: no conflict
            pass
    assert read_owner(lock.path) is None


def test_sighup_reloads_the_config_and_keeps_it_when_the_new_one_is_bad(tmp_path: Path) -> None:
    config = demo_config(tmp_path)
    good = config.read_text()
    with running(config, tmp_path / "state") as proc:
        assert wait_for(lambda: "inboxwatch running" in proc.output(), 30), proc.output()
        config.write_text(good + "\n[nonsense]\n")
        proc.send_signal(signal.SIGHUP)
        time.sleep(1)
        config.write_text(good.replace("scan_interval_minutes = 0.05", "scan_interval_minutes = 0.1"))
        proc.send_signal(signal.SIGHUP)
        time.sleep(2)
        assert proc.poll() is None, "SIGHUP killed the daemon"
        err = stop(proc)
    assert proc.returncode == 0, err
    assert "config reload failed, keeping the running config: nonsense: unknown section" in err
    assert err.count("config reloaded from") == 1, err
    assert "Traceback" not in err


def test_a_storm_of_signals_never_wedges_the_daemon(tmp_path: Path) -> None:
    # Signals land at any instruction of the main thread; a handler that takes a lock
    # the main thread holds at that moment would hang the daemon for good.
    config = demo_config(tmp_path)
    with running(config, tmp_path / "state") as proc:
        assert wait_for(lambda: "inboxwatch running" in proc.output(), 30), proc.output()
        for _ in range(3000):
            proc.send_signal(signal.SIGHUP)
        time.sleep(1)
        assert proc.poll() is None, "SIGHUP killed the daemon"
        err = stop(proc)
    assert proc.returncode == 0, err
    assert "config reloaded from" in err
    assert "Traceback" not in err
