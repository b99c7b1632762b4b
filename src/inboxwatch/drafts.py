"""Write the drafts the policy asks for, exactly once, and follow what becomes of them.

A draft is recorded as pending (and committed) before it is appended to the
Drafts folder, and confirmed after. A crash in between leaves a pending record;
the next scan finds the draft by its Message-ID or writes it then. So a draft is
never written twice, whatever fails when.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import make_msgid
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from inboxwatch.compose import DraftRequest, Thread, build_draft
from inboxwatch.config import Config
from inboxwatch.core.model import Action, Address, DraftState, Status, Step
from inboxwatch.core.policy import WAITING
from inboxwatch.interviews import record_event
from inboxwatch.mailbox import Mailbox, Role
from inboxwatch.store.models import Draft, Interview, Message, SyncCursor

if TYPE_CHECKING:
    from inboxwatch.service import ScanReport

log = logging.getLogger(__name__)

# A draft gone from Drafts counts as dismissed only after this long with no copy in
# Sent: a mail client files the sent copy a moment after the draft disappears.
DISMISS_AFTER = timedelta(hours=1)
# A draft still waiting in Drafts, or dismissed there: either may yet turn up in Sent.
FOLLOWED = (DraftState.WAITING, DraftState.DISMISSED)
# Sent mail this much older than a draft may still be it: clocks differ.
SENT_BEFORE = timedelta(minutes=5)


@dataclass(frozen=True)
class SentMail:
    """One message of the user's Sent folder, linked to an interview."""

    date: datetime
    message_id: str | None
    recipients: tuple[str, ...]


def _sent_copy(draft: Draft, sent_mail: list[SentMail]) -> datetime | None:
    """When the user sent this draft (or their own version of it), from the Sent folder."""
    for sent in sent_mail:
        if sent.date >= draft.created_at - SENT_BEFORE and (
            sent.message_id == draft.message_id or draft.recipient in sent.recipients
        ):
            return sent.date
    return None


class DraftDesk:
    """Drafts for one scan, with ``now`` fixed."""

    def __init__(
        self, cfg: Config, mailbox: Mailbox, account: str, now: datetime, report: ScanReport
    ) -> None:
        self.cfg = cfg
        self.mailbox = mailbox
        self.account = account
        self.now = now
        self.report = report
        self.user = Address(cfg.user.name, cfg.user.email)

    # --- lifecycle ------------------------------------------------------------

    def track(self, session: Session, interviews: list[Interview]) -> None:
        """Find what became of each draft: still waiting, sent, or dismissed."""
        sent = self._sent_mail(session, interviews)
        unchanged = self._drafts_unchanged(session, interviews)
        for interview in interviews:
            for draft in interview.drafts:
                state = DraftState(draft.state)
                if state is DraftState.PENDING:
                    self._finish_pending(session, interview, draft)
                elif state in FOLLOWED:
                    self._follow(session, interview, draft, state, sent.get(interview.id, []), unchanged)

    def _drafts_unchanged(self, session: Session, interviews: list[Interview]) -> bool:
        """Whether the Drafts folder is as it was when drafts were last looked for in it.

        Then each waiting draft is still where it was found then. The version is taken before
        any draft is looked for, so a change made meanwhile shows in the next scan.
        """
        if not any(d.state == DraftState.WAITING for i in interviews for d in i.drafts):
            return False
        version = self.mailbox.drafts_version()
        if version is None:
            return False
        row = session.get(SyncCursor, (self.account, Role.DRAFTS.value))
        if row is None:
            row = SyncCursor(account=self.account, folder=Role.DRAFTS.value, validity="", position=0)
            session.add(row)
        elif row.validity == version:
            return True
        row.validity, row.updated_at = version, self.now
        return False

    def _sent_mail(self, session: Session, interviews: list[Interview]) -> dict[int, list[SentMail]]:
        """The user's mail about interviews whose drafts are followed, since the oldest of those drafts.

        One query for them all, so a scan costs the same few queries however many drafts wait.
        """
        followed = [d for i in interviews for d in i.drafts if DraftState(d.state) in FOLLOWED]
        if not followed:
            return {}
        query = (
            select(Message.interview_id, Message.date, Message.message_id, Message.recipients)
            .where(
                Message.interview_id.in_({d.interview_id for d in followed}),
                Message.direction == "out",
                Message.date >= min(d.created_at for d in followed) - SENT_BEFORE,
            )
            .order_by(Message.id)
        )
        found: dict[int, list[SentMail]] = {}
        for interview_id, date, message_id, recipients in session.execute(query):
            if interview_id is not None and date is not None:  # always, by the query
                found.setdefault(interview_id, []).append(
                    SentMail(date, message_id, tuple((recipients or "").split()))
                )
        return found

    def _follow(
        self,
        session: Session,
        interview: Interview,
        draft: Draft,
        state: DraftState,
        sent_mail: list[SentMail],
        drafts_unchanged: bool,
    ) -> None:
        sent = _sent_copy(draft, sent_mail)
        if sent is not None:
            self._close(session, interview, draft, DraftState.SENT, sent, "you sent it")
        elif state is DraftState.WAITING and (
            draft.missing_since is None if drafts_unchanged else self.mailbox.has_draft(draft.message_id)
        ):
            draft.missing_since = None
        elif state is DraftState.WAITING:
            draft.missing_since = draft.missing_since or self.now
            if self.now - draft.missing_since >= DISMISS_AFTER:
                self._close(
                    session, interview, draft, DraftState.DISMISSED, self.now, "deleted without sending"
                )

    def _close(
        self,
        session: Session,
        interview: Interview,
        draft: Draft,
        state: DraftState,
        when: datetime,
        why: str,
    ) -> None:
        draft.state, draft.closed_at, draft.missing_since = state, when, None
        record_event(session, interview, self.now, "draft", f"{draft.step} draft {state}: {why}")
        log.info("interview %d (%s): %s draft %s", interview.id, interview.company, draft.step, state)

    def _finish_pending(self, session: Session, interview: Interview, draft: Draft) -> None:
        """A crash left this draft recorded but maybe not written: finish the job, or cancel it."""
        still_due = (
            Status(interview.status) is Status.REJECTED
            if draft.step == Step.AFTER_REJECTION
            else Status(interview.status) in WAITING
        )
        if still_due or self.mailbox.has_draft(draft.message_id):
            self._append(session, interview, draft, "resumed after an interruption")
        else:
            draft.state = DraftState.CANCELLED
            session.commit()

    # --- writing --------------------------------------------------------------

    def write(self, session: Session, interview: Interview, action: Action) -> None:
        label = f"{action.step} for interview {interview.id} ({interview.company}): {action.reason}"
        if self.report.dry_run:
            self.report.drafts.append(label)
            return
        key = (interview.round, action.step, action.recipient or "")
        draft = next((d for d in interview.drafts if (d.round, d.step, d.recipient) == key), None)
        if draft is None:
            draft = Draft(
                interview_id=interview.id,
                round=interview.round,
                step=action.step,
                recipient=action.recipient or "",
            )
            interview.drafts.append(draft)
        # A draft cancelled before it was written may fall due again: it reuses its record.
        draft.message_id = make_msgid("inboxwatch", self.user.domain)
        draft.state, draft.created_at = DraftState.PENDING, self.now
        # The pending record is durable before the draft exists in the mailbox.
        session.commit()
        self._append(session, interview, draft, action.reason)

    def _append(self, session: Session, interview: Interview, draft: Draft, reason: str) -> None:
        if not self.mailbox.has_draft(draft.message_id):
            self.mailbox.add_draft(
                build_draft(self._request(session, interview, draft), self.cfg.template_dir)
            )
        draft.state = DraftState.WAITING
        record_event(session, interview, self.now, "draft", f"wrote {draft.step} draft: {reason}")
        session.commit()
        self.report.drafts.append(
            f"{draft.step} for interview {interview.id} ({interview.company}): {reason}"
        )
        log.info(
            "interview %d (%s): wrote %s draft (%s)", interview.id, interview.company, draft.step, reason
        )

    def _thread(self, session: Session, interview: Interview, draft: Draft) -> Thread | None:
        """The latest message of the conversation the draft answers; thank-yous only their own."""
        query = (
            select(Message)
            .where(Message.interview_id == interview.id, Message.message_id.is_not(None))
            .order_by(Message.date.desc().nulls_last(), Message.id.desc())
        )
        for message in session.scalars(query):
            mine = message.sender == draft.recipient or draft.recipient in (message.recipients or "").split()
            if draft.step != Step.THANK_YOU or mine:
                refs = tuple((message.references or "").split())
                return Thread(message.message_id or "", refs, message.subject or "")
        return None

    def _request(self, session: Session, interview: Interview, draft: Draft) -> DraftRequest:
        names = {c.email: c.name for c in interview.contacts}
        recipient = Address(names.get(draft.recipient, ""), draft.recipient) if draft.recipient else None
        return DraftRequest(
            step=Step(draft.step),
            interview_id=interview.id,
            message_id=draft.message_id,
            sender=self.user,
            recipient=recipient,
            company=interview.company,
            role=interview.role,
            interview_at=interview.at.astimezone(self.cfg.user.timezone),
            round=interview.round,
            topics=interview.notes,
            signature=self.cfg.user.signature,
            thread=self._thread(session, interview, draft),
            now=self.now,
        )
