"""`inboxwatch run` as a real process: it scans on schedule and stops cleanly on signals."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from inboxwatch.demo import build_demo

pytestmark = pytest.mark.slow


def start(config: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "inboxwatch", "--config", str(config), "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_run_scans_then_exits_0_on_signal(tmp_path: Path, signum: int) -> None:
    config = build_demo(tmp_path, datetime.now(UTC))
    with config.open("a") as f:
        # Working hours all day, every day, so the test does not depend on when it runs.
        f.write("\n[daemon]\nscan_interval_minutes = 0.05\n")
        f.write("\n[policy]\nworkday_start_hour = 0\nworkday_end_hour = 24\nweekend = []\n")
    drafts = tmp_path / "Maildir" / ".Drafts" / "cur"
    proc = start(config)
    try:
        assert wait_for(lambda: drafts.exists() and any(drafts.iterdir()), 30), "no draft was written"
        time.sleep(6)  # several more scans: still a single draft
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert len(list(drafts.iterdir())) == 2  # the follow-up and the reply to the rejection
    assert "stopped" in err
    assert "Traceback" not in err


def test_a_failing_scan_is_logged_once_and_the_daemon_goes_on(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[mailbox]
backend = "imap"
host = "127.0.0.1"
port = 1
username = "me"
tls = "none"
password_env = "HOME"

[database]
url = "sqlite:///{tmp_path}/db.sqlite"

[user]
name = "Me"
email = "me@example.org"

[daemon]
scan_interval_minutes = 0.05
"""
    )
    proc = start(config)
    try:
        time.sleep(8)  # three scans, each failing to connect
        assert proc.poll() is None, "the daemon died"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert err.count("scan failed: imap: cannot reach 127.0.0.1:1") == 1, err
