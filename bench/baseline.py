"""The baseline of bench/bigmail.py: a bare imapclient loop fetching the header fields inboxwatch reads.

    python bench/baseline.py HOST PORT USERNAME SINCE ITEM CHUNK WINDOW < PASSWORD

bigmail.py calls `fetch` in its own process, and also runs this script as a
child so that its wall time (interpreter start-up and `import imapclient`
included) compares like for like with `inboxwatch scan` as a process. It
imports nothing but imapclient and the standard library.
"""

from __future__ import annotations

import sys
from datetime import date

from imapclient import IMAPClient

FOLDERS = ("Sent", "INBOX")


def windows(uidnext: int, size: int) -> list[str]:
    """The UID ranges inboxwatch searches one at a time (a SEARCH answer is one line)."""
    return [f"{low}:{min(low + size, uidnext) - 1}" for low in range(1, uidnext, size)]


def fetch(client: IMAPClient, since: date, item: str, chunk: int, window: int) -> None:
    """The messages of both folders since ``since``: ``item`` of each, ``chunk`` messages a FETCH."""
    for folder in FOLDERS:
        uidnext = client.select_folder(folder, readonly=True)[b"UIDNEXT"]
        uids: list[int] = []
        for uid_range in windows(uidnext, window):
            uids += sorted(client.search(["UID", uid_range, "SINCE", since]))
        for start in range(0, len(uids), chunk):
            client.fetch(uids[start : start + chunk], [item])


def main() -> None:
    host, port, username, since, item, chunk, window = sys.argv[1:]
    client = IMAPClient(host, int(port), ssl=False)
    client.login(username, sys.stdin.read())
    fetch(client, date.fromisoformat(since), item, int(chunk), int(window))
    client.logout()


if __name__ == "__main__":
    main()
