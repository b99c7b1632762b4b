"""One scan: sync the mailbox, read new replies, update statuses, write due drafts.

A scan is idempotent and resumable. Messages are recorded in the same
transaction as the folder cursor that passes them, so a crash loses no reply
and re-reads none twice. An interview whose matching facts grew since the
last scan has the mail the cursors passed searched again first (a backfill),
recorded in the same transaction as the end of its mark. A draft is recorded
as pending before it is written and confirmed after, so a crash between the
two never writes a second one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from inboxwatch import review
from inboxwatch.bodies import Bodies
from inboxwatch.config import Config
from inboxwatch.core import classify as classifier
from inboxwatch.core import match as matcher
from inboxwatch.core.gate import Gate
from inboxwatch.core.model import (
    Address,
    Classification,
    Headers,
    InterviewFacts,
    InterviewState,
    ParsedMessage,
    Status,
)
from inboxwatch.core.parse import parse_headers, parse_message
from inboxwatch.core.policy import FINAL, decide
from inboxwatch.core.search import search_terms
from inboxwatch.core.triage import Handling, reads_body, triage
from inboxwatch.drafts import DraftDesk
from inboxwatch.errors import MessageError
from inboxwatch.interviews import load_interviews, record_event, set_status
from inboxwatch.kinds import shipped_model
from inboxwatch.mailbox import Batch, Cursor, Mailbox, RawHeader, Role
from inboxwatch.playbook import load_history, policy_settings
from inboxwatch.replies import Reply, apply_reply
from inboxwatch.store import Store
from inboxwatch.store.models import Backfill, Interview, Message, SyncCursor

log = logging.getLogger(__name__)

# The folders a scan reads, Sent first: the user's own mail to a contact is known before replies to it.
SYNCED = (Role.SENT, Role.INBOX)
# Batches of a sync committed together: each commit waits for the disk, and a crash costs
# no more than reading the batches since the last one again.
COMMIT_EVERY = 10


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


def account_key(cfg: Config) -> str:
    """The account a sync cursor belongs to: the mailbox's address, wherever it is read."""
    box = cfg.mailbox
    if box.backend == "maildir":
        return f"maildir:{box.path}"
    if box.backend == "gmail":
        return f"gmail:{box.username}"
    return f"{box.backend}:{box.username}@{box.host}"


def _former_account_key(cfg: Config) -> str | None:
    """The key an earlier version gave the account, with a dangling "@" for Gmail, which has no host."""
    box = cfg.mailbox
    return f"gmail:{box.username}@" if box.backend == "gmail" else None


def interview_facts(session: Session, interviews: Iterable[Interview]) -> dict[int, InterviewFacts]:
    """What matching knows of each interview, with the Message-IDs and conversations of its thread.

    One query for the threads of all of them: a scan with no new mail costs the same few queries
    however many interviews and replies there are.
    """
    by_id = {i.id: i for i in interviews}
    message_ids: dict[int, set[str]] = {key: set() for key in by_id}
    conversations: dict[int, set[str]] = {key: set() for key in by_id}
    threads = session.execute(
        select(Message.interview_id, Message.message_id, Message.thread_id).where(
            Message.interview_id.in_(list(by_id))
        )
    )
    for interview_id, message_id, thread_id in threads:
        if interview_id is None:
            continue  # never, by the query: for the type checker
        if message_id:
            message_ids[interview_id].add(message_id)
        if thread_id:
            conversations[interview_id].add(thread_id)
    return {
        key: InterviewFacts(
            id=key,
            company=interview.company,
            role=interview.role,
            contacts=frozenset(c.email for c in interview.contacts),
            domains=frozenset(d.domain for d in interview.domains),
            thread_ids=frozenset(message_ids[key]),
            conversations=frozenset(conversations[key]),
            aliases=frozenset(interview.aliases.splitlines()),
            job_ids=frozenset(interview.job_ids.splitlines()),
        )
        for key, interview in by_id.items()
    }


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
        self.settings = policy_settings(cfg, now)
        self.drafts = DraftDesk(cfg, mailbox, self.account, now, self.report)

    def run(self) -> ScanReport:
        with self.store.session(commit=not self.dry_run) as session:
            # Read before the interviews: a change saved meanwhile keeps its mark for the next scan.
            marks = {mark.interview_id: mark.marked_at for mark in session.scalars(select(Backfill))}
            interviews = [i for i in load_interviews(session, events=False) if i.status != Status.CLOSED]
            self.facts = interview_facts(session, interviews)
            self.by_id = {i.id: i for i in interviews}
            drafts = {d.message_id for i in interviews for d in i.drafts if d.message_id}
            self.gate = Gate(self.facts.values(), self.user.email, drafts)
            # Before the sync: earlier mail is read before later mail.
            self._backfill(session, interviews, marks)
            for role in SYNCED:
                self._sync(session, role, self._window_start(interviews))
            if not self.dry_run:
                self.drafts.track(session, interviews)
            # Loaded once the mail is in: the user's new mail and queued reviews count.
            history = load_history(session, interviews)
            for interview in interviews:
                self._follow_playbook(session, interview, history.state(interview))
        return self.report

    # --- sync ---------------------------------------------------------------

    def _window_start(self, interviews: list[Interview]) -> date:
        open_ones = [i.at for i in interviews if Status(i.status) not in FINAL]
        return self._since(min(open_ones, default=self.now))

    def _since(self, start: datetime) -> date:
        """The first day read for mail about an interview at ``start``."""
        local = start.astimezone(self.cfg.user.timezone).date()
        return local - timedelta(days=self.cfg.scan.lookback_days)

    def _backfill(self, session: Session, interviews: list[Interview], marks: dict[int, datetime]) -> None:
        """Search the mail the cursors passed for each marked interview, through the usual ingest.

        The gate turned that mail away when it concerned no interview logged then.
        Each interview's mark ends in the transaction that records what its search
        found: a crash searches again, and the records' keys keep it from reading anything twice.
        """
        for interview in interviews:
            if interview.id not in marks:
                continue
            since, terms = self._since(interview.at), search_terms(self.facts[interview.id])
            # Without a cursor, or with a stale one, the sync reads the whole window with every interview.
            for role in SYNCED:
                row = self._cursor(session, role)
                if row is None:
                    continue
                for batch in self.mailbox.related(role, since, Cursor(row.validity, row.position), terms):
                    self._ingest(session, batch, role)
            log.debug("backfill: searched the earlier mail of interview %d", interview.id)
            session.execute(
                delete(Backfill).where(
                    Backfill.interview_id == interview.id, Backfill.marked_at == marks[interview.id]
                )
            )
            if not self.dry_run:
                session.commit()

    def _cursor(self, session: Session, role: Role) -> SyncCursor | None:
        return session.get(SyncCursor, (self.account, role.value)) or self._former_cursor(session, role)

    def _sync(self, session: Session, role: Role, since: date) -> None:
        row = self._cursor(session, role)
        cursor = Cursor(row.validity, row.position) if row is not None else None
        for number, batch in enumerate(self.mailbox.changes(role, cursor, since), 1):
            self._ingest(session, batch, role)
            if row is None:
                row = SyncCursor(account=self.account, folder=role.value, validity="", position=0)
                session.add(row)
            row.validity = batch.cursor.validity
            row.position = batch.cursor.position
            row.updated_at = self.now
            if not self.dry_run and number % COMMIT_EVERY == 0:
                session.commit()
        if not self.dry_run:
            session.commit()

    def _former_cursor(self, session: Session, role: Role) -> SyncCursor | None:
        """A cursor saved under the account's former key, moved to its key: the sync goes on from it."""
        former = _former_account_key(self.cfg)
        row = None if former is None else session.get(SyncCursor, (former, role.value))
        if row is not None:
            row.account = self.account
            session.flush()  # found by its key from now on
        return row

    def _ingest(self, session: Session, batch: Batch, role: Role) -> None:
        """Record a batch of new messages, with two queries for the whole batch rather than two each.

        Mail the gate turns away concerns no interview, Sent mail included: it is counted, not
        parsed, and gets no record, since the folder cursor already passes it.
        """
        validity = batch.cursor.validity
        folders = {raw.folder for raw in batch.headers}
        admitted: list[tuple[RawHeader, Headers | MessageError]] = []
        for raw in batch.headers:
            admits = self.gate.admits_sent if role is Role.SENT else self.gate.admits
            if not admits(raw.header, raw.thread_id):
                self.report.messages += 1
                continue
            try:
                read = parse_headers(raw.header)
            except MessageError as exc:
                admitted.append((raw, exc))
                continue
            self.gate.learn(read.message_id, raw.thread_id)
            admitted.append((raw, read))
        # Only what the gate let through can have a record: a backfill reads recorded mail again.
        seen = self._recorded(session, validity, {(raw.folder, raw.key) for raw, _ in admitted})
        for raw, result in admitted:
            if isinstance(result, MessageError) and (raw.folder, raw.key) not in seen:
                self.report.skipped += 1
                log.warning("skipped unreadable message %s/%s: %s", raw.folder, raw.key, result)
        parsed = [
            (raw, None if isinstance(result, MessageError) else result)
            for raw, result in admitted
            if (raw.folder, raw.key) not in seen
        ]
        earlier = self._earlier(session, folders, {h.message_id for _, h in parsed if h and h.message_id})
        bodies = Bodies(
            self.mailbox,
            [raw for raw, headers in parsed if headers is not None and self._candidate(role, raw, headers)],
            self.cfg.scan.max_body_bytes,
        )
        for raw, headers in parsed:
            record = Message(
                folder=raw.folder, validity=validity, key=raw.key, direction="in", seen_at=self.now
            )
            if headers is None:
                session.add(record)
                continue
            if headers.message_id:
                known = earlier.setdefault((raw.folder, headers.message_id), record)
                if known is not record:
                    # Seen before under another UIDVALIDITY: move its record, do not reprocess it.
                    known.validity, known.key = validity, raw.key
                    continue
            self.report.messages += 1
            record.message_id = headers.message_id
            record.thread_id = raw.thread_id
            record.date = headers.date
            session.add(record)
            if self._own(role, headers):
                record.direction = "out"
                self._link_sent(session, record, headers)
            else:
                self._read_reply(session, record, raw, headers, bodies)

    def _own(self, role: Role, headers: Headers) -> bool:
        return role is Role.SENT or (headers.sender is not None and headers.sender.email == self.user.email)

    def _candidate(self, role: Role, raw: RawHeader, headers: Headers) -> bool:
        """Whether a message is worth reading whole, as far as the interviews known now tell."""
        if self._own(role, headers):
            return False
        return reads_body(headers, list(self.facts.values()), self.user.email, raw.thread_id)

    @staticmethod
    def _recorded(session: Session, validity: str, keys: set[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which of these (folder, key) pairs already have a record under ``validity``."""
        if not keys:
            return set()
        found = session.execute(
            select(Message.folder, Message.key).where(
                Message.folder.in_({folder for folder, _ in keys}),
                Message.validity == validity,
                Message.key.in_({key for _, key in keys}),
            )
        )
        return {(folder, key) for folder, key in found} & keys

    @staticmethod
    def _earlier(
        session: Session, folders: set[str], message_ids: set[str]
    ) -> dict[tuple[str, str], Message]:
        """The records already kept for these Message-IDs, by folder and Message-ID."""
        if not message_ids:
            return {}
        found: dict[tuple[str, str], Message] = {}
        for record in session.scalars(
            select(Message).where(Message.folder.in_(folders), Message.message_id.in_(message_ids))
        ):
            found.setdefault((record.folder, record.message_id or ""), record)
        return found

    def _note_headers(self, record: Message, headers: Headers) -> None:
        """What a draft in the message's thread, or a review of it, needs."""
        record.subject = headers.subject
        record.references = " ".join(headers.references) or None

    def _remember_thread(self, record: Message, headers: Headers, interview_id: int) -> None:
        record.interview_id = interview_id
        self._note_headers(record, headers)
        facts = self.facts[interview_id]
        if headers.message_id:
            facts = replace(facts, thread_ids=facts.thread_ids | {headers.message_id})
        if record.thread_id:
            facts = replace(facts, conversations=facts.conversations | {record.thread_id})
        self.facts[interview_id] = facts

    def _link_sent(self, session: Session, record: Message, headers: Headers) -> None:
        """The user's own mail to a contact, or in a known thread, joins that interview's thread.

        Mail that reaches two interviews joins one only if its thread, role or job id says which.
        """
        interview_id = matcher.sent_about(headers, list(self.facts.values()), record.thread_id)
        if interview_id is None:
            return
        self._remember_thread(record, headers, interview_id)
        record.recipients = " ".join(sorted(a.email for a in headers.to + headers.cc)) or None
        self._answered_request(session, self.by_id[interview_id], headers.date or self.now)

    def _answered_request(self, session: Session, interview: Interview, sent: datetime) -> None:
        """The user wrote back after being asked for something: the wait for the employer starts again."""
        if interview.status == Status.ACTION_NEEDED and (
            interview.clock_from is None or sent > interview.clock_from
        ):
            interview.clock_from = sent
            self._set_status(session, interview, Status.AWAITING_REPLY, "you answered their request")

    def _read_reply(
        self, session: Session, record: Message, raw: RawHeader, headers: Headers, bodies: Bodies
    ) -> None:
        facts = list(self.facts.values())
        # A scan only adds to what the interviews know, so a candidate stays one; mail an
        # earlier message of the batch made relevant (by joining its thread) is asked again.
        if not (bodies.expected(raw) or reads_body(headers, facts, self.user.email, raw.thread_id)):
            return
        try:
            parsed = parse_message(bodies.take(raw), headers)  # the same fields, read from the header block
        except MessageError as exc:
            self.report.skipped += 1
            log.warning("could not read the body of %s/%s: %s", raw.folder, raw.key, exc)
            parsed = ParsedMessage(headers, "")
        # The whole message tells apart two roles at one company, by role title or job id.
        found = matcher.find_match(parsed, facts, self.user.email, raw.thread_id)
        if found is None:
            return  # nothing points to an interview: not even a suggestion
        interview = self.by_id[found.interview_id]
        verdict = classifier.classify(parsed, shipped_model())
        self.report.replies += 1
        self._note_headers(record, headers)
        record.sender = headers.sender.email if headers.sender else None
        record.kind, record.confidence, record.match_score = verdict.kind, verdict.confidence, found.score
        reply = self._reply(verdict, parsed, record.sender or "unknown sender")
        record_event(
            session,
            interview,
            self.now,
            "reply",
            f"{verdict.kind} from {reply.sender} (confidence {verdict.confidence:.2f}, "
            f"match {found.score:.2f})",
            record,
        )
        decided = triage(found, verdict)
        handling = decided.handling
        if handling is Handling.SURE:
            self._remember_thread(record, headers, interview.id)
            self._record_change(apply_reply(session, interview, reply, self.now, self.cfg.user.timezone))
        # An unsure guess joins no thread until the user confirms it.
        elif handling is Handling.REVIEW:
            review.queue(
                session, record, interview, review.Found(found, verdict, reply, decided.reason), self.now
            )
            self.report.review += 1

    def _reply(self, verdict: Classification, parsed: ParsedMessage, sender: str) -> Reply:
        """What applying the reply would set: its kind, date, sender, return date and invitation."""
        invite = parsed.invite
        start = invite.start if invite is not None and invite.start is not None else None
        return Reply(
            kind=verdict.kind,
            at=parsed.headers.date or self.now,
            sender=sender,
            return_date=verdict.return_date,
            invite_start=start if start is not None and start.tzinfo is not None else None,
        )

    # --- status and drafts --------------------------------------------------

    def _set_status(self, session: Session, interview: Interview, status: Status, reason: str) -> None:
        self._record_change(set_status(session, interview, status, reason, self.now))

    def _record_change(self, line: str | None) -> None:
        if line is not None:
            self.report.changes.append(line)

    def _follow_playbook(self, session: Session, interview: Interview, state: InterviewState) -> None:
        decision = decide(state, self.now, self.settings, self.cfg.user.timezone)
        if decision.status is not None:
            self._set_status(session, interview, decision.status, decision.reason)
        for action in decision.actions:
            self.drafts.write(session, interview, action)


def run_scan(cfg: Config, store: Store, mailbox: Mailbox, now: datetime, dry_run: bool = False) -> ScanReport:
    """Run one scan on an open mailbox."""
    return Scan(cfg, store, mailbox, now, dry_run).run()
