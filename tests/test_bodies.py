"""Candidate bodies are read several with one fetch, in the batch's order, in bounded groups."""

from __future__ import annotations

import mailbox
from collections.abc import Sequence
from pathlib import Path

import pytest

from inboxwatch.bodies import GROUP_BYTES, Bodies
from inboxwatch.mailbox import RawHeader
from inboxwatch.mailbox.maildir import MaildirMailbox
from mails import mail


class Recording(MaildirMailbox):
    """A real Maildir mailbox that notes the keys of each fetch."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.root = root
        self.fetched: list[list[str]] = []

    def fetch(self, folder: str, keys: Sequence[str], max_bytes: int) -> dict[str, bytes]:
        self.fetched.append(list(keys))
        return super().fetch(folder, keys, max_bytes)


@pytest.fixture
def box(tmp_path: Path) -> Recording:
    mailbox.Maildir(tmp_path / "Maildir", create=True)
    return Recording(tmp_path / "Maildir")


def deliver(box: Recording, count: int) -> tuple[list[RawHeader], dict[str, bytes]]:
    folder = mailbox.Maildir(box.root, create=False)
    raws = [mail(f"Reply {n}", linesep="\n") for n in range(count)]
    keys = [folder.add(raw) for raw in raws]
    return [RawHeader("INBOX", key, b"") for key in keys], dict(zip(keys, raws, strict=True))


def test_the_candidates_of_a_batch_come_in_one_fetch(box: Recording) -> None:
    headers, raws = deliver(box, 5)
    with box:
        bodies = Bodies(box, headers, 100_000)
        assert [bodies.take(raw) for raw in headers] == list(raws.values())
    assert box.fetched == [[raw.key for raw in headers]]


def test_a_group_holds_no_more_than_its_bytes_at_the_cap(box: Recording) -> None:
    headers, raws = deliver(box, 5)
    with box:
        bodies = Bodies(box, headers, GROUP_BYTES // 2)
        assert [bodies.take(raw) for raw in headers] == list(raws.values())
    keys = [raw.key for raw in headers]
    assert box.fetched == [keys[0:2], keys[2:4], keys[4:5]]


def test_mail_that_became_a_candidate_late_is_fetched_with_those_after_it(box: Recording) -> None:
    headers, raws = deliver(box, 4)
    late, *candidates = headers
    with box:
        bodies = Bodies(box, candidates, 100_000)
        assert not bodies.expected(late)
        assert bodies.take(late) == raws[late.key]
        assert [bodies.take(raw) for raw in candidates] == [raws[raw.key] for raw in candidates]
    assert box.fetched == [[raw.key for raw in headers]]


def test_a_candidate_passed_by_is_not_fetched(box: Recording) -> None:
    headers, raws = deliver(box, 3)
    _passed_by, *read = headers
    with box:
        bodies = Bodies(box, headers, 100_000)
        assert [bodies.take(raw) for raw in read] == [raws[raw.key] for raw in read]
    assert box.fetched == [[raw.key for raw in read]]
