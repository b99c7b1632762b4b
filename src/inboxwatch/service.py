"""One scan: sync the mailbox, read new replies, update statuses, write due drafts.

A scan is idempotent and resumable. Messages are recorded in the same
transaction as the folder cursor that passes them, so a crash loses no reply
and re-reads none twice. A draft is recorded as pending before it is written
and confirmed after, so a crash between the two never writes a second one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from email.utils import make_msgid

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from inboxwatch.compose import DraftRequest, Thread, build_draft
from inboxwatch.config import Config
from inboxwatch.core import classify as classifier
from inboxwatch.core import match as matcher
from inboxwatch.core.model import (
    Action,
    Address,
    Headers,
    InterviewFacts,
    PolicySettings,
    ReplyKind,
    Status,
    Step,
)
from inboxwatch.core.parse import parse_headers, parse_message
from inboxwatch.core.policy import FINAL, due_actions, status_after_reply, status_at
from inboxwatch.errors import MessageError
from inboxwatch.interviews import load_interviews, policy_state
from inboxwatch.mailbox import Cursor, Mailbox, RawHeader, Role
from inboxwatch.store import Store
from inboxwatch.store.models import Draft, Event, Interview, Message, SyncCursor

log = logging.getLogger(__name__)

# Kinds that are not a person's answer about the candidacy: never sent to review.
NOT_AN_ANSWER = frozenset({ReplyKind.AUTO_REPLY, ReplyKind.ACKNOWLEDGEMENT, ReplyKind.OTHER})


@dataclass
class ScanReport:
    """What one scan did, for the summary line and for tests."""

    dry_run: bool = False
    messages: int = 0
    replies: int = 0
    skipped: int = 0
    review: int = 0
    changes: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        done = "to write" if self.dry_run else "written"
        head = (
            f"{'dry run, nothing changed: ' if self.dry_run else ''}{self.messages} new message(s), "
            f"{self.replies} employer repl{'y' if self.replies == 1 else 'ies'}, "
            f"{len(self.changes)} status change(s), {len(self.drafts)} draft(s) {done}, "
            f"{self.review} for review, {self.skipped} unreadable skipped"
        )
        verb = "would write" if self.dry_run else "wrote"
        return [head, *self.changes, *(f"{verb} {d}" for d in self.drafts)]


def policy_settings(cfg: Config, years: range) -> PolicySettings:
    """The policy's settings, with public holidays from the `holidays` package."""
    days: frozenset[date] = frozenset()
    if cfg.policy.country:
        calendar = holidays.country_holidays(
            cfg.policy.country, subdiv=cfg.policy.subdivision, years=list(years)
        )
        days = frozenset(calendar.keys())
    return PolicySettings(
        follow_up_days=cfg.policy.follow_up_days,
        after_reply_by_days=cfg.policy.after_reply_by_days,
        workday_start_hour=cfg.policy.workday_start_hour,
        weekend=cfg.policy.weekend,
        holidays=days,
    )


def account_key(cfg: Config) -> str:
    box = cfg.mailbox
    return f"maildir:{box.path}" if box.backend == "maildir" else f"{box.backend}:{box.username}@{box.host}"


def interview_facts(session: Session, interview: Interview) -> InterviewFacts:
    """What matching knows of an interview, with the Message-IDs of its thread."""
    ids = session.scalars(
        select(Message.message_id).where(
            Message.interview_id == interview.id, Message.message_id.is_not(None)
        )
    )
    return InterviewFacts(
        id=interview.id,
        company=interview.company,
        role=interview.role,
        contacts=frozenset(c.email for c in interview.contacts),
        domains=frozenset(d.domain for d in interview.domains),
        thread_ids=frozenset(i for i in ids if i),
    )


class Scan:
    """One pass over the mailbox, with ``now`` fixed for every decision."""

    def __init__(self, cfg: Config, store: Store, mailbox: Mailbox, now: datetime, dry_run: bool) -> None:
        self.cfg = cfg
        self.store = store
        self.mailbox = mailbox
        self.now = now
        self.dry_run = dry_run
        self.report = ScanReport(dry_run=dry_run)
        self.account = account_key(cfg)
        self.user = Address(cfg.user.name, cfg.user.email)
        self.settings = policy_settings(cfg, range(now.year - 1, now.year + 2))

    def run(self) -> ScanReport:
        with self.store.session(commit=not self.dry_run) as session:
            interviews = [i for i in load_interviews(session) if i.status != Status.CLOSED]
            self.facts = {i.id: interview_facts(session, i) for i in interviews}
            self.by_id = {i.id: i for i in interviews}
            # Sent first, so the user's own mail to a contact is known before replies to it.
            for role in (Role.SENT, Role.INBOX):
                self._sync(session, role, self._window_start(interviews))
            for interview in interviews:
                self._refresh_status(session, interview)
            self._finish_pending(session, interviews)
            for interview in interviews:
                for action in self._due(interview):
                    self._write_draft(session, interview, action)
        return self.report

    # --- sync ---------------------------------------------------------------

    def _window_start(self, interviews: list[Interview]) -> date:
        open_ones = [i.at for i in interviews if Status(i.status) not in FINAL]
        start = min(open_ones, default=self.now)
        local = start.astimezone(self.cfg.user.timezone).date()
        return local - timedelta(days=self.cfg.scan.lookback_days)

    def _sync(self, session: Session, role: Role, since: date) -> None:
        row = session.get(SyncCursor, (self.account, role.value))
        cursor = Cursor(row.validity, row.position) if row is not None else None
        for batch in self.mailbox.changes(role, cursor, since):
            for raw in batch.headers:
                self._ingest(session, raw, batch.cursor.validity, role)
            if row is None:
                row = SyncCursor(account=self.account, folder=role.value, validity="", position=0)
                session.add(row)
            row.validity = batch.cursor.validity
            row.position = batch.cursor.position
            row.updated_at = self.now
            if not self.dry_run:
                session.commit()

    def _ingest(self, session: Session, raw: RawHeader, validity: str, role: Role) -> None:
        seen = select(Message.id).where(
            Message.folder == raw.folder, Message.validity == validity, Message.key == raw.key
        )
        if session.scalar(seen) is not None:
            return
        record = Message(folder=raw.folder, validity=validity, key=raw.key, direction="in", seen_at=self.now)
        try:
            headers = parse_headers(raw.header)
        except MessageError as exc:
            self.report.skipped += 1
            log.warning("skipped unreadable message %s/%s: %s", raw.folder, raw.key, exc)
            session.add(record)
            return
        if headers.message_id and self._known_elsewhere(session, raw, validity, headers.message_id):
            return
        self.report.messages += 1
        record.message_id = headers.message_id
        record.date = headers.date
        session.add(record)
        own = role is Role.SENT or (headers.sender is not None and headers.sender.email == self.user.email)
        if own:
            record.direction = "out"
            self._link_sent(record, headers)
        else:
            self._read_reply(session, record, raw, headers)

    def _known_elsewhere(self, session: Session, raw: RawHeader, validity: str, message_id: str) -> bool:
        """A message seen before under another UIDVALIDITY: move its record, do not reprocess it."""
        earlier = session.scalars(
            select(Message).where(Message.folder == raw.folder, Message.message_id == message_id)
        ).first()
        if earlier is None:
            return False
        earlier.validity, earlier.key = validity, raw.key
        return True

    def _remember_thread(self, record: Message, headers: Headers, interview_id: int) -> None:
        record.interview_id = interview_id
        record.subject = headers.subject
        record.references = " ".join(headers.references) or None
        if headers.message_id:
            facts = self.facts[interview_id]
            self.facts[interview_id] = replace(facts, thread_ids=facts.thread_ids | {headers.message_id})

    def _link_sent(self, record: Message, headers: Headers) -> None:
        """The user's own mail to a contact, or in a known thread, joins that interview's thread."""
        recipients = {a.email for a in headers.to + headers.cc}
        for facts in self.facts.values():
            if recipients & facts.contacts or headers.thread_ids & facts.thread_ids:
                self._remember_thread(record, headers, facts.id)
                return

    def _read_reply(self, session: Session, record: Message, raw: RawHeader, headers: Headers) -> None:
        found = matcher.find_match(headers, list(self.facts.values()), self.user.email)
        if found is None:
            return
        interview = self.by_id[found.interview_id]
        try:
            body = self.mailbox.fetch(raw.folder, raw.key, self.cfg.scan.max_body_bytes)
            text = parse_message(body).text
        except MessageError as exc:
            self.report.skipped += 1
            log.warning("could not read the body of %s/%s: %s", raw.folder, raw.key, exc)
            text = ""
        verdict = classifier.classify(headers, text)
        self.report.replies += 1
        self._remember_thread(record, headers, interview.id)
        record.sender = headers.sender.email if headers.sender else None
        record.kind, record.confidence, record.match_score = verdict.kind, verdict.confidence, found.score
        session.flush()
        sender = record.sender or "unknown sender"
        self._event(
            session,
            interview,
            "reply",
            f"{verdict.kind} from {sender} (confidence {verdict.confidence:.2f}, match {found.score:.2f})",
            record,
        )
        sure = found.score >= matcher.CONFIDENT and verdict.confidence >= classifier.CONFIDENT
        if not sure:
            if verdict.kind not in NOT_AN_ANSWER or found.score < matcher.CONFIDENT:
                self.report.review += 1
                why = "; ".join((*found.reasons, *verdict.reasons))
                self._event(session, interview, "review", f"unsure, status kept: {why}", record)
                log.info(
                    "interview %d (%s): reply from %s left for review",
                    interview.id,
                    interview.company,
                    sender,
                )
            return
        interview.last_reply_kind = verdict.kind
        interview.last_reply_at = headers.date or self.now
        new_status = status_after_reply(verdict.kind)
        if new_status is not None:
            self._set_status(session, interview, new_status, f"{verdict.kind} from {sender}")

    # --- status and drafts --------------------------------------------------

    def _event(
        self, session: Session, interview: Interview, kind: str, summary: str, message: Message | None = None
    ) -> None:
        session.add(
            Event(
                interview_id=interview.id,
                at=self.now,
                kind=kind,
                summary=summary,
                message_ref=message.id if message else None,
            )
        )

    def _set_status(self, session: Session, interview: Interview, status: Status, reason: str) -> None:
        if interview.status == status:
            return
        line = f"interview {interview.id} ({interview.company}): {interview.status} -> {status} ({reason})"
        self._event(session, interview, "status", f"{interview.status} -> {status}: {reason}")
        interview.status = status
        self.report.changes.append(line)
        log.info("%s", line)

    def _refresh_status(self, session: Session, interview: Interview) -> None:
        status = status_at(Status(interview.status), interview.at, self.now)
        self._set_status(session, interview, status, "the interview has taken place")

    def _due(self, interview: Interview) -> list[Action]:
        return due_actions(policy_state(interview), self.now, self.settings, self.cfg.user.timezone)

    def _write_draft(self, session: Session, interview: Interview, action: Action) -> None:
        label = f"{action.step} for interview {interview.id} ({interview.company}): {action.reason}"
        if self.dry_run:
            self.report.drafts.append(label)
            return
        draft = Draft(
            interview_id=interview.id,
            step=action.step,
            message_id=make_msgid("inboxwatch", self.user.domain),
            state="pending",
            created_at=self.now,
        )
        interview.drafts.append(draft)
        # The pending record is durable before the draft exists in the mailbox.
        session.commit()
        self._complete(session, interview, draft, label)

    def _complete(self, session: Session, interview: Interview, draft: Draft, label: str) -> None:
        if not self.mailbox.has_draft(draft.message_id):
            self.mailbox.add_draft(
                build_draft(self._request(session, interview, draft), self.cfg.template_dir)
            )
        draft.state = "waiting"
        self._event(session, interview, "draft", f"wrote {draft.step} draft")
        session.commit()
        self.report.drafts.append(label)
        log.info("interview %d (%s): wrote %s draft", interview.id, interview.company, draft.step)

    def _finish_pending(self, session: Session, interviews: list[Interview]) -> None:
        """Complete drafts a crash left between recording and writing them."""
        for interview in interviews:
            for draft in interview.drafts:
                if draft.state != "pending" or self.dry_run:
                    continue
                if Status(interview.status) is Status.AWAITING_REPLY or self.mailbox.has_draft(
                    draft.message_id
                ):
                    self._complete(
                        session, interview, draft, f"{draft.step} for interview {interview.id} (resumed)"
                    )
                else:
                    draft.state = "cancelled"
                    session.commit()

    def _request(self, session: Session, interview: Interview, draft: Draft) -> DraftRequest:
        latest = session.scalars(
            select(Message)
            .where(Message.interview_id == interview.id, Message.message_id.is_not(None))
            .order_by(Message.date.desc().nulls_last(), Message.id.desc())
        ).first()
        thread = None
        if latest is not None and latest.message_id:
            refs = tuple((latest.references or "").split())
            thread = Thread(latest.message_id, refs, latest.subject or "")
        contact = interview.contacts[0] if interview.contacts else None
        return DraftRequest(
            step=Step(draft.step),
            interview_id=interview.id,
            message_id=draft.message_id,
            sender=self.user,
            recipient=Address(contact.name, contact.email) if contact else None,
            company=interview.company,
            role=interview.role,
            interview_at=interview.at.astimezone(self.cfg.user.timezone),
            round=interview.round,
            signature=self.cfg.user.signature,
            thread=thread,
            now=self.now,
        )


def run_scan(cfg: Config, store: Store, mailbox: Mailbox, now: datetime, dry_run: bool = False) -> ScanReport:
    """Run one scan on an open mailbox."""
    return Scan(cfg, store, mailbox, now, dry_run).run()
