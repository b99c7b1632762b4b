"""SQLAlchemy models: interviews, what was seen in the mailbox, and what was done.

Messages are kept as metadata only; no body is ever stored.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as naive UTC, so SQLite and PostgreSQL agree."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Interview(Base):
    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    reply_by: Mapped[date | None] = mapped_column(Date)
    round: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Other names of the company and the posting's job ids, one per line.
    aliases: Mapped[str] = mapped_column(Text, default="")
    job_ids: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    last_reply_kind: Mapped[str | None] = mapped_column(String(20))
    last_reply_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The last reply that restarted the silence (on hold, or the user answering a request).
    clock_from: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # An out-of-office reply's return date: nothing is due before it.
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_sender: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", order_by="Contact.id"
    )
    domains: Mapped[list[Domain]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", order_by="Domain.id"
    )
    drafts: Mapped[list[Draft]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", order_by="Draft.id"
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", order_by="Event.id"
    )


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), index=True)

    interview: Mapped[Interview] = relationship(back_populates="contacts")


class Domain(Base):
    __tablename__ = "domains"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    domain: Mapped[str] = mapped_column(String(255))

    interview: Mapped[Interview] = relationship(back_populates="domains")


class Message(Base):
    """One message seen in a folder. Sender and subject are kept only when it concerns an interview."""

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("folder", "validity", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    folder: Mapped[str] = mapped_column(String(255))
    validity: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(255))
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    references: Mapped[str | None] = mapped_column(Text)  # space-separated, for threading a draft
    thread_id: Mapped[str | None] = mapped_column(String(255), index=True)  # the server's conversation id
    direction: Mapped[str] = mapped_column(String(3))  # "in" or "out"
    date: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sender: Mapped[str | None] = mapped_column(String(320))
    recipients: Mapped[str | None] = mapped_column(Text)  # space-separated, for the user's own mail
    subject: Mapped[str | None] = mapped_column(Text)
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str | None] = mapped_column(String(20))
    confidence: Mapped[float | None] = mapped_column(Float)
    match_score: Mapped[float | None] = mapped_column(Float)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Event(Base):
    """A line of an interview's timeline."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(20))  # reply, status, draft, review
    summary: Mapped[str] = mapped_column(Text)
    message_ref: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))

    interview: Mapped[Interview] = relationship(back_populates="events")
    message: Mapped[Message | None] = relationship()


class Review(Base):
    """A reply inboxwatch was unsure of, left for the user: what it suggests, and what it would apply."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # One review per message: a rescan or a crash never queues it twice.
    message_ref: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), unique=True)
    interview_id: Mapped[int | None] = mapped_column(  # the suggested interview
        ForeignKey("interviews.id", ondelete="SET NULL"), index=True
    )
    # The runners-up, best first: [{"interview_id": 3, "score": 0.5, "reasons": [...]}, ...]
    candidates: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    kind: Mapped[str] = mapped_column(String(20))
    confidence: Mapped[float] = mapped_column(Float)
    match_score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[str]] = mapped_column(JSON)  # the matcher's, then the classifier's
    replied_at: Mapped[datetime] = mapped_column(UTCDateTime())
    return_date: Mapped[date | None] = mapped_column(Date)  # an out-of-office reply's return
    invite_start: Mapped[datetime | None] = mapped_column(UTCDateTime())  # a calendar invitation's start
    state: Mapped[str] = mapped_column(String(20), index=True)  # a ReviewState
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    message: Mapped[Message] = relationship()
    interview: Mapped[Interview | None] = relationship()


class Draft(Base):
    """A draft inboxwatch wrote, or is about to write: at most one per step, round and recipient."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("interview_id", "round", "step", "recipient"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"))
    round: Mapped[int] = mapped_column(Integer, default=1)
    step: Mapped[str] = mapped_column(String(30))
    recipient: Mapped[str] = mapped_column(String(320), default="")  # "" when there is none
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    state: Mapped[str] = mapped_column(String(20))  # a DraftState
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # When it was first found gone from Drafts, and when it was seen sent or dismissed.
    missing_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    interview: Mapped[Interview] = relationship(back_populates="drafts")


class SyncCursor(Base):
    """How far one folder of one account has been read."""

    __tablename__ = "sync_cursors"

    account: Mapped[str] = mapped_column(String(400), primary_key=True)
    folder: Mapped[str] = mapped_column(String(255), primary_key=True)
    validity: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(BigInteger)  # UIDs are unsigned 32-bit; Gmail historyIds 64-bit
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Backfill(Base):
    """An interview whose matching facts changed: mail the folders' cursors passed is searched again.

    Mail the gate turned away before the change was never stored, so the next
    scan asks the server for it; the row goes in the transaction that records what it found.
    """

    __tablename__ = "backfills"

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    marked_at: Mapped[datetime] = mapped_column(UTCDateTime())
