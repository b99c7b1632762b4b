from datetime import UTC, date, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from inboxwatch.core.model import Address
from inboxwatch.errors import StoreError
from inboxwatch.interviews import NewInterview, add_interview, as_dict, load_interviews
from inboxwatch.store import open_store
from inboxwatch.store.models import Base, Draft

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def test_migrations_build_exactly_the_models(database_url: str) -> None:
    store = open_store(database_url)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        version = conn.execute(text("select version_num from alembic_version")).scalar()
    store.close()
    assert diff == []
    assert version == "0001"


def test_reopening_keeps_the_data(database_url: str) -> None:
    store = open_store(database_url)
    with store.session() as session:
        new = NewInterview(
            "Acme",
            "Engineer",
            datetime(2026, 11, 20, 14, tzinfo=UTC),
            (Address("Jane", "jane@acme.com"),),
            ("Acme.com",),
            date(2026, 11, 27),
        )
        interview_id = add_interview(session, new, NOW)
    store.close()
    store = open_store(database_url)
    with store.session(commit=False) as session:
        [interview] = load_interviews(session, [interview_id])
        data = as_dict(interview, UTC)
    store.close()
    assert data["at"] == "2026-11-20T14:00:00+00:00"
    assert data["contacts"] == ["Jane <jane@acme.com>"]
    assert data["domains"] == ["acme.com"]
    assert data["status"] == "awaiting_reply"
    assert data["reply_by"] == "2026-11-27"


def test_one_draft_per_step_is_enforced_by_the_database(database_url: str) -> None:
    store = open_store(database_url)
    with store.session() as session:
        interview_id = add_interview(session, NewInterview("A", "B", NOW - timedelta(days=9)), NOW)
        session.add(
            Draft(
                interview_id=interview_id,
                step="follow_up_1",
                message_id="<1@x>",
                state="pending",
                created_at=NOW,
            )
        )
    with pytest.raises(StoreError), store.session() as session:
        session.add(
            Draft(
                interview_id=interview_id,
                step="follow_up_1",
                message_id="<2@x>",
                state="pending",
                created_at=NOW,
            )
        )
    store.close()


def test_sqlite_uses_wal(tmp_path: object) -> None:
    store = open_store(f"sqlite:///{tmp_path}/deep/dir/db.sqlite")
    with store.engine.connect() as conn:
        mode = conn.execute(text("pragma journal_mode")).scalar()
    store.close()
    assert mode == "wal"


def test_bad_url_is_a_store_error() -> None:
    with pytest.raises(StoreError, match=r"database\.url"):
        open_store("nonsense://")
