import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from inboxwatch.core.model import Address
from inboxwatch.errors import StoreError
from inboxwatch.interviews import NewInterview, add_interview, as_dict, load_interviews
from inboxwatch.store import open_store
from inboxwatch.store.models import Backfill, Base, Draft, Message

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def test_migrations_build_exactly_the_models(database_url: str) -> None:
    store = open_store(database_url)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        version = conn.execute(text("select version_num from alembic_version")).scalar()
    store.close()
    assert diff == []
    assert version == "0005"


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


def test_an_old_database_keeps_its_history_through_the_upgrade(database_url: str) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig
    from sqlalchemy import create_engine

    from inboxwatch.store.db import MIGRATIONS

    engine = create_engine(database_url)
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(
            text(
                "insert into interviews (id, company, role, at, round, notes, status, created_at) "
                "values (1, 'Acme', 'SRE', '2026-11-16 09:00:00', 1, '', 'awaiting_reply', "
                "'2026-11-16 09:00:00')"
            )
        )
        conn.execute(
            text("insert into contacts (id, interview_id, name, email) values (1, 1, 'Kim', 'kim@acme.test')")
        )
        conn.execute(
            text(
                "insert into drafts (id, interview_id, step, message_id, state, created_at) "
                "values (1, 1, 'follow_up_1', '<d@x>', 'waiting', '2026-11-23 08:00:00')"
            )
        )
        conn.execute(
            text(
                "insert into sync_cursors (account, folder, validity, position, updated_at) "
                "values ('imap:me@host', 'inbox', '7', 41, '2026-11-23 08:00:00')"
            )
        )
    engine.dispose()
    store = open_store(database_url)  # migrates to the newest revision
    with store.session() as session:
        [interview] = load_interviews(session)
        assert (interview.company, interview.status) == ("Acme", "awaiting_reply")
        assert [c.email for c in interview.contacts] == ["kim@acme.test"]
        assert (interview.aliases, interview.job_ids) == ("", "")
        [draft] = interview.drafts
        assert (draft.step, draft.round, draft.recipient, draft.state) == ("follow_up_1", 1, "", "waiting")
        assert draft.created_at == datetime(2026, 11, 23, 8, tzinfo=UTC)
        # A cursor now holds a 64-bit position (a Gmail historyId, say).
        session.execute(text("update sync_cursors set position = 9000000000"))
    with store.engine.connect() as conn:
        assert conn.execute(text("select position from sync_cursors")).scalar() == 9_000_000_000
    store.close()


def test_the_upgrade_to_backfills_keeps_every_row_and_searches_again_for_open_interviews(
    database_url: str,
) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig
    from sqlalchemy import create_engine

    from inboxwatch.store.db import MIGRATIONS

    engine = create_engine(database_url)
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        for interview_id, status in ((1, "awaiting_reply"), (2, "closed"), (3, "rejected")):
            conn.execute(
                text(
                    "insert into interviews (id, company, role, at, round, notes, aliases, job_ids, "
                    "status, created_at) values (:id, 'Acme', 'SRE', '2026-11-16 09:00:00', 1, '', "
                    "'Roadrunner', '', :status, '2026-11-16 08:00:00')"
                ),
                {"id": interview_id, "status": status},
            )
        conn.execute(
            text("insert into contacts (id, interview_id, name, email) values (1, 1, 'Kim', 'kim@acme.test')")
        )
        conn.execute(
            text(
                "insert into messages (id, folder, validity, key, direction, interview_id, seen_at) "
                "values (1, 'INBOX', '7', '41', 'in', 1, '2026-11-17 08:00:00')"
            )
        )
    engine.dispose()
    store = open_store(database_url)  # migrates to the newest revision
    with store.session() as session:
        assert [(i.id, i.status, i.aliases) for i in load_interviews(session)] == [
            (1, "awaiting_reply", "Roadrunner"),
            (2, "closed", "Roadrunner"),
            (3, "rejected", "Roadrunner"),
        ]
        assert [c.email for c in load_interviews(session, [1])[0].contacts] == ["kim@acme.test"]
        assert session.scalars(select(Message.key)).all() == ["41"]
        # Mail turned away before the upgrade is searched for once: a closed interview wants none.
        marks = session.scalars(select(Backfill).order_by(Backfill.interview_id)).all()
        assert [(m.interview_id, m.marked_at) for m in marks] == [
            (1, datetime(2026, 11, 16, 8, tzinfo=UTC)),
            (3, datetime(2026, 11, 16, 8, tzinfo=UTC)),
        ]
    store.close()


def test_a_current_database_opens_without_loading_alembic(tmp_path: Path) -> None:
    from alembic.config import Config as AlembicConfig
    from alembic.script import ScriptDirectory

    from inboxwatch.store.db import MIGRATIONS, _head

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert _head() == ScriptDirectory.from_config(cfg).get_current_head()
    url = f"sqlite:///{tmp_path / 'iw.db'}"
    open_store(url).close()  # creates and migrates it
    check = (
        "import sys; from inboxwatch.store import open_store; "
        f"open_store({url!r}).close(); print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
