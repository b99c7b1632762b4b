"""How `inboxwatch scan` scales on big mailboxes, against the IMAP work it cannot avoid.

    PYTHONPATH=src python bench/bigmail.py [--sizes 10000,50000,200000] [--repeat N]

For each size, on a throwaway Dovecot: writes the mailbox as Maildir files
(bench/mailgen.py), logs 30 interviews, then measures, in one run:
- the floor: raw imaplib UID FETCH of the header fields inboxwatch reads, unparsed;
- the baseline: a bare imapclient loop fetching the same fields for the same messages
  (bench/baseline.py), in this process and as a child process, start-up included;
- the initial `inboxwatch scan` as its own process (wall time, peak RSS), window covering all;
- a steady-state scan (no new mail) and an incremental one (100 new messages): time and
  IMAP commands sent, on an open connection as the daemon has; and what the server alone
  takes for the same: raw STATUS of each folder, raw EXAMINE, SEARCH and FETCH of 100 new;
- the database size, and the idle RSS of `inboxwatch run`.
With --repeat N the timings are medians, and the ratios the median of each run's ratio. Needs
Dovecot installed, as the test suite does.
"""

from __future__ import annotations

import argparse
import imaplib
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from imapclient import IMAPClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from baseline import FOLDERS, fetch, windows  # noqa: E402
from mailgen import SENT_SHARE, USER, Generator, interviews, write_maildir  # noqa: E402

from daemons import running, stop  # noqa: E402
from dovecot import Dovecot, ImapAccount  # noqa: E402
from inboxwatch.cli import cli  # noqa: E402
from inboxwatch.config import load_config  # noqa: E402
from inboxwatch.mailbox import open_mailbox  # noqa: E402
from inboxwatch.mailbox.imap import FETCH_CHUNK, HEADER_ITEM, SEARCH_WINDOW  # noqa: E402
from inboxwatch.service import run_scan  # noqa: E402
from inboxwatch.store import open_store  # noqa: E402

INCREMENT = 100
LOOKBACK_DAYS = 14
MiB = 1024 * 1024


class Commands:
    """Counts IMAP commands sent: every command, from imaplib or imapclient, takes a new tag."""

    sent = 0
    _new_tag = imaplib.IMAP4._new_tag

    @classmethod
    def install(cls) -> None:
        def counting(imap: imaplib.IMAP4) -> bytes:
            cls.sent += 1
            return cls._new_tag(imap)

        imaplib.IMAP4._new_tag = counting  # type: ignore[method-assign]


def timed(func: Callable[[], Any]) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def uid_ranges(uids: list[int]) -> str:
    """A compact UID set, e.g. 1:500,502:900."""
    parts, start = [], None
    for i, uid in enumerate(uids):
        start = uid if start is None else start
        if i + 1 == len(uids) or uids[i + 1] != uid + 1:
            parts.append(f"{start}:{uid}" if start != uid else str(uid))
            start = None
    return ",".join(parts)


def floor(account: ImapAccount, since: date) -> None:
    """One raw UID FETCH per folder: what the server and the socket cost, with no parsing."""
    imap = imaplib.IMAP4(account.host, account.port)
    imap.login(account.username, account.password)
    for folder in FOLDERS:
        imap.select(folder, readonly=True)
        _typ, [uidnext] = imap.response("UIDNEXT")
        uids: list[int] = []
        for window in windows(int(uidnext), SEARCH_WINDOW):
            _typ, found = imap.uid("SEARCH", "UID", window, "SINCE", since.strftime("%d-%b-%Y"))
            uids += sorted(int(uid) for uid in found[0].split())
        if uids:
            imap.uid("FETCH", uid_ranges(uids), f"({HEADER_ITEM})")
    imap.logout()


def status_floor(account: ImapAccount) -> float:
    """Seconds for one raw STATUS per folder, as a scan with no new mail sends: the server's part."""
    imap = imaplib.IMAP4(account.host, account.port)
    imap.login(account.username, account.password)
    elapsed = timed(lambda: [imap.status(folder, "(UIDVALIDITY UIDNEXT)") for folder in FOLDERS])
    imap.logout()
    return elapsed


def examine_floor(account: ImapAccount, new: int) -> float:
    """Seconds for raw EXAMINE, UID SEARCH and UID FETCH of the ``new`` latest messages of the INBOX:
    what any client pays to read new mail."""
    imap = imaplib.IMAP4(account.host, account.port)
    imap.login(account.username, account.password)

    def read() -> None:
        imap.select("INBOX", readonly=True)
        _typ, [uidnext] = imap.response("UIDNEXT")
        _typ, found = imap.uid("SEARCH", "UID", f"{int(uidnext) - new}:*")
        imap.uid("FETCH", uid_ranges(sorted(int(uid) for uid in found[0].split())), f"({HEADER_ITEM})")

    elapsed = timed(read)
    imap.logout()
    return elapsed


def baseline(account: ImapAccount, since: date) -> None:
    """A bare imapclient loop: the same fields for the same messages, in the same chunks."""
    client = IMAPClient(account.host, account.port, ssl=False)
    client.login(account.username, account.password)
    fetch(client, since, HEADER_ITEM, FETCH_CHUNK, SEARCH_WINDOW)
    client.logout()


def baseline_process(account: ImapAccount, since: date) -> None:
    """The same loop as a child process: interpreter start-up and `import imapclient` included."""
    args = [account.host, str(account.port), account.username, since.isoformat(), HEADER_ITEM]
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "baseline.py"), *args, str(FETCH_CHUNK), str(SEARCH_WINDOW)],
        input=account.password,
        text=True,
        check=True,
    )


def scan_process(config: Path) -> tuple[float, int, str]:
    """`inboxwatch scan` as a process: wall time, peak RSS in KiB, and its summary line."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "inboxwatch", "--config", str(config), "scan"],
        stdout=subprocess.PIPE,
        text=True,
    )
    # VmHWM, sampled: ru_maxrss would include this process's RSS, which the child inherits at fork.
    peak = 0
    while proc.poll() is None:
        peak = max(peak, status_kib(proc.pid, "VmHWM") or 0)
        time.sleep(0.01)
    elapsed = time.perf_counter() - started
    assert proc.stdout is not None
    output = proc.stdout.read()
    if proc.returncode:
        raise RuntimeError(f"inboxwatch scan failed with status {proc.returncode}")
    return elapsed, peak, output.splitlines()[0]


def status_kib(pid: int, field: str) -> int | None:
    """A memory figure of a running process from /proc, or None once it has exited."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return None
    return next((int(line.split()[1]) for line in lines if line.startswith(f"{field}:")), None)


def startup() -> float:
    """How long the interpreter takes to load the scan's modules and exit."""
    return timed(lambda: subprocess.run([sys.executable, "-c", "import inboxwatch.cli"], check=True))


def open_scan(config: Path, warm: bool = False) -> tuple[float, int]:
    """One scan on an open connection, as the daemon does on new mail: seconds and commands sent.

    ``warm``: after an untimed scan on the same store and connection, as every scan of the
    daemon but its first (SQLAlchemy has compiled the queries, the folders are known).
    """
    cfg = load_config(config)
    store = open_store(cfg.database_url)
    password = cfg.mailbox.password_file.read_text().strip() if cfg.mailbox.password_file else ""
    with open_mailbox(cfg.mailbox, lambda: password) as box:
        if warm:
            run_scan(cfg, store, box, datetime.now(UTC))
        before = Commands.sent
        elapsed = timed(lambda: run_scan(cfg, store, box, datetime.now(UTC)))
        commands = Commands.sent - before
    store.close()
    return elapsed, commands


@contextmanager
def notify_socket(directory: Path) -> Iterator[tuple[socket.socket, Path]]:
    path = directory / "notify.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(path))
        sock.settimeout(120)
        yield sock, path


def idle_rss(config: Path, directory: Path) -> int:
    """The RSS in KiB of `inboxwatch run` once it is ready (its first scan done) and settled."""
    with (
        notify_socket(directory) as (sock, path),
        running(config, directory / "state", NOTIFY_SOCKET=str(path)) as proc,
    ):
        while b"READY=1" not in sock.recv(4096):
            pass
        time.sleep(1)
        rss = status_kib(proc.pid, "VmRSS") or 0
        stop(proc)
    return rss


def write_config(directory: Path, account: ImapAccount, tail: str = "") -> Path:
    """A config for ``account`` with its database in ``directory``; ``tail`` adds TOML sections."""
    config = directory / "config.toml"
    config.write_text(
        f"""
[mailbox]
backend = "imap"
host = "{account.host}"
port = {account.port}
username = "{account.username}"
tls = "none"
password_file = "{account.password_file}"

[database]
url = "sqlite:///{directory / "inboxwatch.db"}"

[user]
name = "Sam Example"
email = "{USER}"

[scan]
lookback_days = {LOOKBACK_DAYS}
{tail}"""
    )
    return config


def log_interviews(config: Path, at: datetime) -> None:
    runner = CliRunner()
    for interview in interviews():
        args = ["interview", "add", "--company", interview.company, "--role", interview.role]
        args += ["--at", at.isoformat(), "--contact", interview.contact, "--domain", interview.domain]
        result = runner.invoke(cli, ["--config", str(config), *args])
        if result.exit_code:
            raise RuntimeError(result.output)


def measure(server: Dovecot, size: int, repeat: int) -> dict[str, str]:
    """Every figure for one mailbox size, formatted for the table."""
    directory = Path(tempfile.mkdtemp(prefix="iw-bigmail-"))
    try:
        return _measure(server, size, repeat, directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _measure(server: Dovecot, size: int, repeat: int, directory: Path) -> dict[str, str]:
    account = server.account(directory)
    client = account.client()
    client.select_folder("INBOX", readonly=True)  # the first login creates the Maildir
    client.logout()
    maildir = server.mail_dir(account.username)
    now = datetime.now(UTC)
    generator = Generator(size, now)
    logged = interviews()
    load = timed(lambda: write_maildir(maildir, "", generator.inbox(size), "inbox"))
    load += timed(
        lambda: write_maildir(
            maildir, ".Sent", generator.sent(max(len(logged), round(size * SENT_SHARE)), logged), "sent"
        )
    )

    def index() -> None:
        client = account.client()
        for folder in FOLDERS:
            client.select_folder(folder, readonly=True)
        client.logout()

    indexing = timed(index)
    config = write_config(directory, account)
    at = now - timedelta(days=2)
    log_interviews(config, at)
    since = (at - timedelta(days=LOOKBACK_DAYS)).date()
    database = directory / "inboxwatch.db"
    template = directory / "template.db"
    shutil.copy(database, template)
    floor(account, since)  # untimed: the server caches the header fields on the first fetch

    runs: dict[str, list[float]] = {}

    def add(name: str, value: float) -> None:
        runs.setdefault(name, []).append(value)

    summary = ""
    for _ in range(repeat):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        shutil.copy(template, database)
        add("floor", timed(lambda: floor(account, since)))
        add("baseline", timed(lambda: baseline(account, since)))
        add("baseline_process", timed(lambda: baseline_process(account, since)))
        elapsed, peak, summary = scan_process(config)
        add("scan", elapsed)
        add("peak", peak / 1024)
        add("startup", startup())
        elapsed, commands = open_scan(config)
        add("steady", elapsed)
        add("steady_cmds", commands)
        add("steady_warm", open_scan(config, warm=True)[0])
        add("steady_floor", status_floor(account))
    db_size = sum(
        Path(f"{database}{s}").stat().st_size for s in ("", "-wal") if Path(f"{database}{s}").exists()
    )
    for n in range(repeat):
        write_maildir(maildir, "", generator.inbox(INCREMENT), f"more{n}")
        elapsed, commands = open_scan(config)
        add("incremental", elapsed)
        add("incremental_cmds", commands)
        # Another 100 for the floor: the scan above has read the first ones.
        write_maildir(maildir, "", generator.inbox(INCREMENT), f"floor{n}")
        add("incremental_floor", examine_floor(account, INCREMENT))
    rss = idle_rss(config, directory) / 1024

    med = {name: statistics.median(values) for name, values in runs.items()}

    def ratio(over: str) -> float:
        """The median of each run's ratio: the scan and ``over`` ran back to back, so a shared
        machine's slow spells, which move both, disturb it less than a ratio of medians."""
        return statistics.median(scan / other for scan, other in zip(runs["scan"], runs[over], strict=True))

    return {
        "messages (INBOX + Sent)": f"{size + max(len(logged), round(size * SENT_SHARE)):,}",
        "load: write Maildir files (s)": f"{load:.1f}",
        "load: Dovecot indexes (s)": f"{indexing:.1f}",
        "floor: imaplib UID FETCH (s)": f"{med['floor']:.2f}",
        "baseline: imapclient fetch (s)": f"{med['baseline']:.2f}",
        "baseline as its own process (s)": f"{med['baseline_process']:.2f}",
        "initial scan: inboxwatch scan (s)": f"{med['scan']:.2f}",
        "  of which process startup (s)": f"{med['startup']:.2f}",
        "initial scan / baseline": f"{ratio('baseline'):.2f}x",
        "initial scan / baseline process": f"{ratio('baseline_process'):.2f}x",
        "initial scan / floor": f"{ratio('floor'):.1f}x",
        "initial scan: employer replies": summary.split(", ")[1].split()[0],
        "steady-state scan (ms)": f"{med['steady'] * 1000:.0f}",
        "steady-state IMAP commands": f"{med['steady_cmds']:.0f}",
        "  again, store and connection warm (ms)": f"{med['steady_warm'] * 1000:.0f}",
        "  server: raw STATUS of both folders (ms)": f"{med['steady_floor'] * 1000:.0f}",
        f"incremental scan, {INCREMENT} new (ms)": f"{med['incremental'] * 1000:.0f}",
        "incremental IMAP commands": f"{med['incremental_cmds']:.0f}",
        "  server: raw EXAMINE, SEARCH, FETCH (ms)": f"{med['incremental_floor'] * 1000:.0f}",
        "peak RSS, initial scan (MiB)": f"{med['peak']:.0f}",
        "idle RSS, inboxwatch run (MiB)": f"{rss:.0f}",
        "database after initial scan (MiB)": f"{db_size / MiB:.1f}",
        "_scan_per_message": str(med["scan"] / size),
        "_baseline_per_message": str(med["baseline"] / size),
    }


def print_table(sizes: list[int], results: list[dict[str, str]]) -> None:
    rows = [name for name in results[0] if not name.startswith("_")]
    width = max(map(len, rows)) + 2
    print(f"{'messages in INBOX':<{width}}" + "".join(f"{size:>12,}" for size in sizes))
    for row in rows:
        print(f"{row:<{width}}" + "".join(f"{result[row]:>12}" for result in results))
    if len(sizes) > 1:
        first, last = results[0], results[-1]
        growth = {
            what: float(last[f"_{what}_per_message"]) / float(first[f"_{what}_per_message"])
            for what in ("scan", "baseline")
        }
        print(
            f"growth {sizes[0]:,} -> {sizes[-1]:,} (time per message): "
            f"scan {growth['scan']:.2f}x, baseline {growth['baseline']:.2f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000,200000", help="INBOX sizes, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; timings are medians")
    args = parser.parse_args()
    sizes = sorted(int(size) for size in args.sizes.split(","))
    Commands.install()
    with Dovecot() as server:
        results = [measure(server, size, args.repeat) for size in sizes]
    print_table(sizes, results)


if __name__ == "__main__":
    main()
