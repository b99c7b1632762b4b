"""The bodies of a batch's candidate replies, fetched several with one command.

A round trip per candidate cost more than reading it. Bodies are fetched in
the batch's order, a group at a time, each group bounded in messages and in
bytes so that a batch of big messages never sits whole in memory, and each
body is let go once taken.
"""

from __future__ import annotations

from collections.abc import Sequence

from inboxwatch.mailbox import Mailbox, RawHeader

GROUP_MESSAGES = 50
GROUP_BYTES = 4 * 1024 * 1024


class Bodies:
    """The bodies of ``candidates``, fetched when the first of each group is taken."""

    def __init__(self, mailbox: Mailbox, candidates: Sequence[RawHeader], max_bytes: int) -> None:
        self._mailbox = mailbox
        self._max_bytes = max_bytes
        self._candidates = list(candidates)
        self._position = {(raw.folder, raw.key): n for n, raw in enumerate(self._candidates)}
        self._next = 0  # the first candidate not fetched yet
        self._fetched: dict[tuple[str, str], bytes] = {}

    def expected(self, raw: RawHeader) -> bool:
        """Whether ``raw`` was a candidate when the batch was looked over."""
        return (raw.folder, raw.key) in self._position

    def take(self, raw: RawHeader) -> bytes:
        """The body of ``raw``, candidate or not; fetching it fetches the candidates after it too."""
        where = (raw.folder, raw.key)
        if where not in self._fetched:
            position = self._position.get(where)
            if position is not None:
                self._next = position + 1  # candidates before it were passed by, unread
            group = [raw, *self._following(raw.folder)]
            bodies = self._mailbox.fetch(raw.folder, [each.key for each in group], self._max_bytes)
            self._fetched.update(((raw.folder, key), body) for key, body in bodies.items())
        return self._fetched.pop(where)

    def _following(self, folder: str) -> list[RawHeader]:
        """The next candidates in ``folder`` that fit in one group after the first."""
        # Each body may be as long as the cap allows: a group holds at most GROUP_BYTES.
        room = max(1, min(GROUP_MESSAGES, GROUP_BYTES // self._max_bytes)) - 1
        group: list[RawHeader] = []
        while self._next < len(self._candidates) and len(group) < room:
            raw = self._candidates[self._next]
            if raw.folder != folder:
                break
            group.append(raw)
            self._next += 1
        return group
