"""Reaction latency of `inboxwatch run`: from an employer's reply being appended to the INBOX
of a real Dovecot to the interview's status changing in the database; then the idle daemon's RSS.

    python bench/latency.py [--trials 30] [--debounce 1.0]

Needs Dovecot installed (as the test suite does). Prints the median and p95 over the trials.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from bigmail import write_config  # noqa: E402

from daemons import running, stop, wait_for  # noqa: E402
from dovecot import Dovecot  # noqa: E402
from inboxwatch.cli import cli  # noqa: E402
from mails import mail  # noqa: E402

REJECTION = "Thank you for your time. Unfortunately, we have decided to move forward with other candidates."


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--debounce", type=float, default=1.0, help="daemon.debounce_seconds")
    args = parser.parse_args()
    with Dovecot() as server, tempfile.TemporaryDirectory(prefix="iw-bench-") as directory:
        tmp = Path(directory)
        account = server.account(tmp)
        db = tmp / "inboxwatch.db"
        config = write_config(tmp, account, f"\n[daemon]\ndebounce_seconds = {args.debounce}\n")
        runner = CliRunner()
        for n in range(args.trials):
            add = ["interview", "add", "--company", f"Company{n}", "--role", "Engineer", "--at", "2026-11-16"]
            contact = ["--contact", f"Jane <jane@company{n}.example>", "--domain", f"company{n}.example"]
            result = runner.invoke(cli, ["--config", str(config), *add, *contact])
            assert result.exit_code == 0, result.output

        def status(n: int) -> str:
            with sqlite3.connect(db) as conn:
                row = conn.execute("SELECT status FROM interviews WHERE company = ?", (f"Company{n}",))
                value = str(row.fetchone()[0])
            conn.close()
            return value

        def synced() -> bool:
            with sqlite3.connect(db) as conn:
                count = conn.execute("SELECT count(*) FROM sync_cursors WHERE folder = 'inbox'").fetchone()[0]
            conn.close()
            return bool(count)

        with running(config, tmp / "state") as proc:
            if not wait_for(synced, 30):
                raise RuntimeError("the daemon did not finish its first scan")
            client = account.client()
            latencies = []
            for n in range(args.trials):
                time.sleep(0.5)  # a quiet moment between replies: each is its own event
                message = mail(
                    "Your application",
                    sender=f"Jane <jane@company{n}.example>",
                    body=REJECTION,
                    when=datetime.now(UTC),
                )
                appended = time.monotonic()
                client.append("INBOX", message)
                if not wait_for(lambda n=n: status(n) == "rejected", 30):
                    raise RuntimeError(f"trial {n}: the status did not change within 30 s")
                latencies.append(time.monotonic() - appended)
            client.logout()
            time.sleep(5)  # settle, then measure the idle daemon
            rss = rss_kib(proc.pid)
            stop(proc)
    quantiles = statistics.quantiles(latencies, n=20)
    print(f"trials: {len(latencies)}, debounce_seconds = {args.debounce}")
    print(f"latency median: {statistics.median(latencies):.2f} s")
    print(f"latency p95:    {quantiles[18]:.2f} s")
    print(f"latency min/max: {min(latencies):.2f} / {max(latencies):.2f} s")
    print(f"idle RSS: {rss / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
