"""What `inboxwatch status` reports: the daemon, the last sync and backlog per folder, and what waits for you.

The daemon's pid, start and last scan outcome come from its lock file; the
backlog from a quick look at the mailbox; the rest from the database. Nothing
here names a password or quotes a message.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inboxwatch.config import Config
from inboxwatch.core.model import Status
from inboxwatch.errors import InboxwatchError
from inboxwatch.interviews import load_interviews
from inboxwatch.lock import lock_path, read_owner
from inboxwatch.mailbox import Cursor, Role, open_mailbox
from inboxwatch.playbook import load_history, next_step
from inboxwatch.secrets import read_password
from inboxwatch.service import SYNCED, account_key
from inboxwatch.store.models import SyncCursor

# Seconds status waits for the mailbox before it reports the backlog as of the last sync.
LOOK_TIMEOUT = 5.0


def _backlog(
    cfg: Config, cursors: list[SyncCursor], now: datetime
) -> tuple[dict[tuple[str, str], int], str | None]:
    """How many messages wait past each of this account's cursors now; or why it cannot tell.

    Counts without fetching anything, and moves no cursor.
    """
    mine = [c for c in cursors if c.account == account_key(cfg) and c.folder in SYNCED]
    if not mine:
        return {}, None
    box_cfg = replace(cfg.mailbox, timeout=min(cfg.mailbox.timeout, LOOK_TIMEOUT))
    since = (now - timedelta(days=cfg.scan.lookback_days)).date()  # only if UIDVALIDITY changed
    try:
        with open_mailbox(box_cfg, lambda: read_password(box_cfg)) as box:
            return {
                (c.account, c.folder): box.count_new(Role(c.folder), Cursor(c.validity, c.position), since)
                for c in mine
            }, None
    except InboxwatchError as exc:
        return {}, str(exc)


def collect_status(cfg: Config, session: Session, now: datetime) -> dict[str, Any]:
    """The report as plain data, times in the user's time zone."""
    tz = cfg.user.timezone

    def local(moment: datetime | None) -> str | None:
        return None if moment is None else moment.astimezone(tz).isoformat(timespec="seconds")

    owner = read_owner(lock_path(cfg.database_url))
    interviews = load_interviews(session, events=False)
    history = load_history(session, interviews)
    due = []
    for interview in interviews:
        planned = next_step(history, interview, now, cfg)
        if planned is not None and planned.step is not None:
            due.append((planned.due, interview, str(planned.step)))
    due.sort(key=lambda item: item[0])
    # The Drafts row holds the folder's version, not a position read up to.
    cursors = list(
        session.scalars(
            select(SyncCursor)
            .where(SyncCursor.folder.in_(SYNCED))
            .order_by(SyncCursor.account, SyncCursor.folder)
        )
    )
    waiting, unreachable = _backlog(cfg, cursors, now)
    return {
        "daemon": {
            "running": owner is not None,
            "pid": owner.pid if owner else None,
            "since": local(owner.since) if owner else None,
            "last_scan_ok": local(owner.last_ok) if owner else None,
            "last_error": owner.last_error if owner else None,
        },
        "synced": [
            {
                "account": c.account,
                "folder": c.folder,
                "at": local(c.updated_at),
                # Unread past the cursor: counted now, else none as of the last sync.
                "backlog": waiting.get((c.account, c.folder), 0),
                "backlog_as_of": local(now if (c.account, c.folder) in waiting else c.updated_at),
            }
            for c in cursors
        ],
        "backlog_error": unreachable,
        "review": [
            {"id": i.id, "company": i.company, "role": i.role}
            for i in interviews
            if i.status != Status.CLOSED and history.in_review(i)
        ],
        "next_drafts": [
            {"id": i.id, "company": i.company, "step": step, "due": local(when)} for when, i, step in due
        ],
    }


def status_lines(data: dict[str, Any]) -> list[str]:
    """The report as text."""
    daemon = data["daemon"]
    lines = [
        f"daemon: running, pid {daemon['pid']} since {daemon['since'][:16]}"
        if daemon["running"]
        else "daemon: not running"
    ]
    if daemon["running"]:
        lines.append(f"  last good scan: {(daemon['last_scan_ok'] or 'none yet')[:19]}")
        lines.append(f"  last error: {daemon['last_error'] or 'none'}")
    lines.append("synced:" if data["synced"] else "synced: never")
    lines += [
        f"  {s['account']} {s['folder']}: {s['at'][:19]}, backlog {s['backlog']}"
        + ("" if s["backlog_as_of"] != s["at"] else " as of then")
        for s in data["synced"]
    ]
    if data["backlog_error"]:
        lines.append(f"  (mailbox not reachable for the backlog: {data['backlog_error']})")
    lines.append(f"waiting for your review: {len(data['review'])}")
    lines += [f"  #{r['id']} {r['company']}: {r['role']}" for r in data["review"]]
    lines.append("next drafts:" if data["next_drafts"] else "next drafts: none due")
    lines += [f"  {d['due'][:16]}  #{d['id']} {d['company']}: {d['step']}" for d in data["next_drafts"]]
    return lines
