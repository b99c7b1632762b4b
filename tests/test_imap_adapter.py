"""ImapMailbox against a real Dovecot: read-only scans, drafts, and errors at the boundary."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from dovecot import Dovecot, ImapAccount, free_port
from inboxwatch.core.model import SearchTerms
from inboxwatch.errors import AuthError, MailboxError, TransientError
from inboxwatch.mailbox import Batch, Cursor, FolderInfo, Role, imap, open_mailbox
from inboxwatch.mailbox.imap import ImapMailbox
from mails import mail as message

NOW = datetime.now(UTC)
SINCE = (NOW - timedelta(days=7)).date()


def append(account: ImapAccount, folder: str, *messages: tuple[bytes, datetime]) -> None:
    client = account.client()
    for raw, received in messages:
        client.append(folder, raw, msg_time=received)
    client.logout()


def uidvalidity(account: ImapAccount, folder: str = "INBOX") -> str:
    client = account.client()
    status = client.folder_status(folder, [b"UIDVALIDITY"])
    client.logout()
    return str(status[b"UIDVALIDITY"])


def keys(batches: list[Batch]) -> list[str]:
    return [raw.key for batch in batches for raw in batch.headers]


def scan(account: ImapAccount, role: Role, cursor: Cursor | None, since: date = SINCE) -> list[Batch]:
    with ImapMailbox(account.config(), account.password) as box:
        return list(box.changes(role, cursor, since))


# --- folders ----------------------------------------------------------------


def test_folders_carry_their_roles(imap_account: ImapAccount) -> None:
    with ImapMailbox(imap_account.config(), imap_account.password) as box:
        folders = box.folders()
    assert FolderInfo("INBOX", Role.INBOX) in folders
    assert FolderInfo("Sent", Role.SENT) in folders
    assert FolderInfo("Drafts", Role.DRAFTS) in folders
    assert FolderInfo("Trash", None) in folders


def test_sent_and_drafts_are_found_by_special_use_not_by_name(
    dovecot: Dovecot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Names imapclient's fallback guesses do not include: only the SPECIAL-USE flags can find them.
    # A space and modified UTF-7 (RFC 3501) on the wire: LIST and STATUS must name them alike.
    with Dovecot(folders={"Gesendete Objekte": r"\Sent", "Entwürfe": r"\Drafts"}) as server:
        account = server.account(tmp_path)
        append(account, "Gesendete Objekte", (message("Thank you"), NOW))
        with ImapMailbox(account.config(), account.password) as box:
            assert FolderInfo("Gesendete Objekte", Role.SENT) in box.folders()
            [batch] = box.changes(Role.SENT, None, SINCE)
            assert [raw.folder for raw in batch.headers] == ["Gesendete Objekte"]
            box.add_draft(message("Draft", Message_ID="<draft-1@example.org>"))
        with (
            caplog.at_level(logging.DEBUG, logger="imapclient"),
            ImapMailbox(account.config(), account.password) as box,
        ):
            assert list(box.changes(Role.SENT, batch.cursor, SINCE)) == []
            assert box.drafts_version() is not None
        commands = [r.getMessage().split()[2] for r in caplog.records if r.getMessage().startswith("> ")]
        assert commands[1:-1] == ["LIST"]  # both answered from the one LIST-STATUS
        client = account.client()
        assert client.folder_status("Entwürfe", [b"MESSAGES"])[b"MESSAGES"] == 1
        client.logout()


def test_a_missing_drafts_folder_is_named(dovecot: Dovecot, tmp_path: Path) -> None:
    with Dovecot(folders={"Sent": r"\Sent"}) as server:
        account = server.account(tmp_path)
        with ImapMailbox(account.config(), account.password) as box:
            assert FolderInfo("Sent", Role.SENT) in box.folders()
            with pytest.raises(MailboxError, match="no drafts folder"):
                box.add_draft(message("Draft"))


# --- changes ----------------------------------------------------------------


def test_first_scan_reads_only_the_window(imap_account: ImapAccount) -> None:
    append(
        imap_account,
        "INBOX",
        (message("new 1"), NOW - timedelta(days=2)),
        (message("old 1"), NOW - timedelta(days=30)),
        (message("new 2"), NOW - timedelta(days=1)),
        (message("old 2"), NOW - timedelta(days=40)),
    )
    batches = scan(imap_account, Role.INBOX, None)
    assert keys(batches) == ["1", "3"]
    # The cursor stands after everything looked at, so the old UID 4 never comes back.
    assert batches[-1].cursor == Cursor(uidvalidity(imap_account), 4)
    assert scan(imap_account, Role.INBOX, batches[-1].cursor) == []


def test_next_scan_returns_only_new_uids(imap_account: ImapAccount) -> None:
    append(imap_account, "INBOX", (message("one"), NOW), (message("two"), NOW))
    [first] = scan(imap_account, Role.INBOX, None)
    assert first.cursor.position == 2
    # Mail that arrives later is new whatever its date says.
    append(imap_account, "INBOX", (message("three"), NOW), (message("four"), NOW - timedelta(days=90)))
    batches = scan(imap_account, Role.INBOX, first.cursor)
    assert keys(batches) == ["3", "4"]
    assert b"Subject: three\r\n" in batches[0].headers[0].header
    assert batches[-1].cursor == Cursor(first.cursor.validity, 4)
    assert scan(imap_account, Role.INBOX, batches[-1].cursor) == []


def test_an_empty_folder_still_records_the_position(imap_account: ImapAccount) -> None:
    validity = uidvalidity(imap_account, "Sent")
    assert scan(imap_account, Role.SENT, None) == [Batch([], Cursor(validity, 0))]
    assert scan(imap_account, Role.SENT, Cursor(validity, 0)) == []


def test_the_star_quirk_does_not_return_the_last_message_again(imap_account: ImapAccount) -> None:
    append(imap_account, "INBOX", (message("one"), NOW), (message("two"), NOW))
    [first] = scan(imap_account, Role.INBOX, None)
    append(imap_account, "INBOX", (message("three"), NOW))
    client = imap_account.client()
    client.select_folder("INBOX")
    client.delete_messages([3])
    client.expunge()
    client.logout()
    # UIDNEXT is 4, but "3:*" now matches UID 2, the highest left.
    assert scan(imap_account, Role.INBOX, first.cursor) == [Batch([], Cursor(first.cursor.validity, 3))]


def test_a_new_uidvalidity_restarts_from_the_window(imap_account: ImapAccount, dovecot: Dovecot) -> None:
    append(imap_account, "INBOX", (message("new"), NOW), (message("old"), NOW - timedelta(days=30)))
    [first] = scan(imap_account, Role.INBOX, None)
    dovecot.doveadm("mailbox", "update", "-u", imap_account.username, "--uid-validity", "4242", "INBOX")
    batches = scan(imap_account, Role.INBOX, first.cursor)
    assert keys(batches) == ["1"]
    assert batches[-1].cursor == Cursor("4242", 2)


def related(account: ImapAccount, up_to: Cursor, terms: SearchTerms) -> list[Batch]:
    with ImapMailbox(account.config(), account.password) as box:
        return list(box.related(Role.INBOX, SINCE, up_to, terms))


def test_a_search_finds_the_window_s_mail_from_or_naming_the_company_up_to_the_cursor(
    imap_account: ImapAccount,
) -> None:
    append(
        imap_account,
        "INBOX",
        (message("Your application", sender="jane@hr.acme.example"), NOW),  # 1: at its domain
        (message("New jobs", sender="news@jobs.example"), NOW),  # 2: about nothing
        (message("Interview at Müller", sender="no-reply@greenhouse-mail.io"), NOW),  # 3: its name
        (message("Req 20417: next steps", sender="talent@ats.example"), NOW),  # 4: its job id
        (message("Your application", sender="Kim <kim@acme.example>"), NOW - timedelta(days=30)),  # 5: old
        (message("Next steps", sender="Müller Recruiting <jobs@ats.example>"), NOW),  # 6: its name in From
        (message("Your application", sender="jane@hr.acme.example"), NOW),  # 7: after the cursor
    )
    validity = uidvalidity(imap_account)
    terms = SearchTerms(("acme.example",), ("mueller", "Müller", "20417"))
    batches = related(imap_account, Cursor(validity, 6), terms)
    assert keys(batches) == ["1", "3", "4", "6"]
    assert all(batch.cursor == Cursor(validity, 6) for batch in batches)
    assert related(imap_account, Cursor(validity, 6), SearchTerms((), ())) == []
    # Renumbered since: the next sync reads the whole window, so the search reads nothing.
    assert related(imap_account, Cursor("1", 6), terms) == []
    client = imap_account.client()
    client.select_folder("INBOX", readonly=True)
    flags = client.get_flags(client.search("ALL"))
    client.logout()
    assert all(b"\\Seen" not in f for f in flags.values())


def test_batches_come_in_uid_order_each_with_its_cursor(
    imap_account: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imap, "FETCH_CHUNK", 2)  # 500 in use; 2 keeps the test fast
    client = imap_account.client()
    client.multiappend("INBOX", [message(f"message {n}") for n in range(5)])
    client.logout()
    batches = scan(imap_account, Role.INBOX, None)
    assert [keys([batch]) for batch in batches] == [["1", "2"], ["3", "4"], ["5"]]
    assert [batch.cursor.position for batch in batches] == [2, 4, 5]


def test_a_mailbox_bigger_than_one_search_answer_is_read_window_by_window(
    imap_account: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 50,000 UIDs per SEARCH in use: imaplib refuses an answer line over 1 MB (about 140,000 UIDs).
    monkeypatch.setattr(imap, "SEARCH_WINDOW", 3)
    monkeypatch.setattr(imap, "FETCH_CHUNK", 2)
    client = imap_account.client()
    client.multiappend("INBOX", [message(f"message {n}") for n in range(7)])
    client.logout()
    append(imap_account, "INBOX", (message("old"), NOW - timedelta(days=30)))
    batches = scan(imap_account, Role.INBOX, None)
    assert [keys([batch]) for batch in batches] == [["1", "2"], ["3", "4"], ["5", "6"], ["7"]]
    assert [batch.cursor.position for batch in batches] == [2, 4, 6, 8]


def test_counting_what_is_new_fetches_nothing(
    imap_account: ImapAccount, dovecot: Dovecot, caplog: pytest.LogCaptureFixture
) -> None:
    append(imap_account, "INBOX", (message("one"), NOW))
    [first] = scan(imap_account, Role.INBOX, None)
    append(imap_account, "INBOX", (message("two"), NOW), (message("three"), NOW - timedelta(days=90)))
    with (
        caplog.at_level(logging.DEBUG, logger="imapclient"),
        ImapMailbox(imap_account.config(), imap_account.password) as box,
    ):
        assert box.count_new(Role.INBOX, first.cursor, SINCE) == 2
        assert box.count_new(Role.INBOX, Cursor(first.cursor.validity, 3), SINCE) == 0
    commands = [r.getMessage() for r in caplog.records if r.getMessage().startswith("> ")]
    assert not any(" FETCH " in command for command in commands)
    # A new UIDVALIDITY: a scan would read the window again, so that is what is counted.
    dovecot.doveadm("mailbox", "update", "-u", imap_account.username, "--uid-validity", "4242", "INBOX")
    with ImapMailbox(imap_account.config(), imap_account.password) as box:
        assert box.count_new(Role.INBOX, first.cursor, SINCE) == 2


def test_headers_hold_the_fields_matching_needs_and_no_body(imap_account: ImapAccount) -> None:
    raw = message(
        "Re: Next steps",
        body="The body stays on the server.",
        Cc="bob@acme.example",
        Date="Wed, 18 Nov 2026 09:00:00 +0100",
        Message_ID="<reply-1@acme.example>",
        In_Reply_To="<thanks-1@example.org>",
        References="<thanks-1@example.org>",
        Auto_Submitted="auto-replied",
        X_Autoreply="yes",
        Precedence="bulk",
        X_Auto_Response_Suppress="All",
        X_Private="not needed",
    )
    append(imap_account, "INBOX", (raw, NOW))
    [batch] = scan(imap_account, Role.INBOX, None)
    [header] = batch.headers
    assert header.folder == "INBOX"
    for name in (
        b"From: Jane Doe <jane@acme.example>",
        b"To: alex@example.org",
        b"Cc: bob@acme.example",
        b"Subject: Re: Next steps",
        b"Date: Wed, 18 Nov 2026 09:00:00 +0100",
        b"Message-ID: <reply-1@acme.example>",
        b"In-Reply-To: <thanks-1@example.org>",
        b"References: <thanks-1@example.org>",
        b"Auto-Submitted: auto-replied",
        b"X-Autoreply: yes",
        b"Precedence: bulk",
        b"X-Auto-Response-Suppress: All",
    ):
        assert name + b"\r\n" in header.header
    assert b"X-Private" not in header.header
    assert b"body stays" not in header.header


HEADER = b"From: Jane Doe <jane@acme.example>\r\nSubject: Next steps\r\n\r\n"
SECTION = b"BODY[HEADER.FIELDS (FROM SUBJECT)] {%d}" % len(HEADER)


@pytest.mark.parametrize(
    "answer",
    [
        [(b"1 (UID 7 " + SECTION, HEADER), b")", (b"2 (UID 9 " + SECTION, HEADER), b")"],  # Dovecot's
        [(b"1 (" + SECTION, HEADER), b" UID 7)"],  # items after the header
        [(b"1 (UID 7 FLAGS (\\Seen) " + SECTION, HEADER), b")"],  # an item not asked for
        [b"3 (FLAGS (\\Seen))", (b"1 (UID 7 " + SECTION, HEADER), b")"],  # news of another message
        [b'1 (UID 7 BODY[HEADER.FIELDS (FROM SUBJECT)] "")'],  # an empty header, quoted
        [b"1 (UID 7 BODY[HEADER.FIELDS (FROM SUBJECT)] NIL)"],
        [None],  # nothing found
    ],
)
def test_every_answer_to_the_header_fetch_reads_as_imapclient_reads_it(answer: list) -> None:
    assert imap._read_headers(answer) == imap._parsed_headers(answer)


def test_the_header_fetch_is_read_as_imaplib_reads_it(imap_account: ImapAccount) -> None:
    mails = [
        message("plain"),
        message("Grüße", to=", ".join(f"Person {n} <p{n}@example.org>" for n in range(9))),  # folded
        "From: Jörg <j@acme.example>\r\nSubject: 8-bit\r\n\r\nbody\r\n".encode(),
        b"Subject: {5}\r\nX-Other: 1\r\n\r\nno sender\r\n",  # a header that ends like a literal
    ]
    append(imap_account, "INBOX", *((raw, NOW) for raw in mails))
    client = imap_account.client()
    client.select_folder("INBOX", readonly=True)
    items = f"({imap.HEADER_ITEM} FLAGS)"  # an item the usual answer lacks
    expected = client._imap.uid("FETCH", "1:*", items)
    assert imap._fetch(client._imap, "1:*", items) == expected
    assert len(expected[1]) == 2 * len(mails)
    # Mail delivered meanwhile: the server tells it (EXISTS) within the next FETCH's answer.
    append(imap_account, "INBOX", (message("later"), NOW))
    status, answer = imap._fetch(client._imap, "1:4", items)
    assert (status, answer) == expected
    assert client.search(["ALL"]) == [1, 2, 3, 4, 5]  # the connection reads on where the FETCH ended
    client.logout()


def test_a_connection_closed_during_the_header_fetch_is_a_transient_error(
    dovecot: Dovecot, imap_account: ImapAccount
) -> None:
    append(imap_account, "INBOX", (message("one"), NOW))
    with ImapMailbox(imap_account.config(), imap_account.password) as box:
        batches = box.changes(Role.INBOX, None, SINCE)
        dovecot.doveadm("kick", imap_account.username)
        with pytest.raises(TransientError, match="cannot reach"):
            list(batches)


# --- fetch ------------------------------------------------------------------


def test_reading_marks_nothing_seen(imap_account: ImapAccount) -> None:
    first, second = message("one", body="First body."), message("two", body="Second body.")
    append(imap_account, "INBOX", (first, NOW), (second, NOW))
    with ImapMailbox(imap_account.config(), imap_account.password) as box:
        [batch] = box.changes(Role.INBOX, None, SINCE)
        bodies = box.fetch("INBOX", [raw.key for raw in batch.headers], 1 << 20)
        assert box.fetch("INBOX", ["1"], 10) == {"1": first[:10]}
        assert box.has_draft("<nothing@example.org>") is False
        # Back from Drafts to INBOX: fetch selects it again.
        assert box.fetch("INBOX", ["2"], 1 << 20) == {"2": second}
    assert bodies == {"1": first, "2": second}
    client = imap_account.client()
    client.select_folder("INBOX", readonly=True)
    flags = client.get_flags([1, 2])
    client.logout()
    # \Recent survives too: no session has SELECTed INBOX read-write.
    assert flags == {1: (b"\\Recent",), 2: (b"\\Recent",)}


def test_scans_only_examine_and_never_search_all(
    imap_account: ImapAccount, caplog: pytest.LogCaptureFixture
) -> None:
    append(imap_account, "INBOX", (message("one"), NOW))
    with (
        caplog.at_level(logging.DEBUG, logger="imapclient"),
        ImapMailbox(imap_account.config(), imap_account.password) as box,
    ):
        [batch] = box.changes(Role.INBOX, None, SINCE)
        box.fetch("INBOX", ["1"], 1000)
        box.changes(Role.INBOX, batch.cursor, SINCE)
        box.has_draft("<x@example.org>")
    commands = [r.getMessage() for r in caplog.records if r.getMessage().startswith("> ")]
    assert any(" EXAMINE " in command for command in commands)
    assert not any(" SELECT " in command or "SEARCH ALL" in command for command in commands)


@pytest.fixture(scope="module")
def dovecot_without_list_status(dovecot: Dovecot) -> Iterator[Dovecot]:
    """A server with SPECIAL-USE but no LIST-STATUS (RFC 5819), as many are."""
    with Dovecot(
        settings="imap_capability = IMAP4rev1 ID ENABLE IDLE NAMESPACE UIDPLUS SPECIAL-USE"
    ) as server:
        yield server


@pytest.fixture(params=[True, False], ids=["LIST-STATUS", "no LIST-STATUS"])
def lists_status(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture
def account(
    lists_status: bool, imap_account: ImapAccount, tmp_path: Path, request: pytest.FixtureRequest
) -> ImapAccount:
    """A new account on a server with LIST-STATUS, and on one without."""
    if lists_status:
        return imap_account
    server: Dovecot = request.getfixturevalue("dovecot_without_list_status")
    return server.account(tmp_path)


def test_with_nothing_new_the_folder_is_not_even_opened(
    account: ImapAccount, lists_status: bool, caplog: pytest.LogCaptureFixture
) -> None:
    append(account, "INBOX", (message("one"), NOW))
    [batch] = scan(account, Role.INBOX, None)
    with (
        caplog.at_level(logging.DEBUG, logger="imapclient"),
        ImapMailbox(account.config(), account.password) as box,
    ):
        assert list(box.changes(Role.INBOX, batch.cursor, SINCE)) == []
        assert box.drafts_version() is not None
    commands = [r.getMessage().split()[2] for r in caplog.records if r.getMessage().startswith("> ")]
    # STATUS comes from Dovecot's folder index; EXAMINE of a 200,000-message Maildir takes 100 ms.
    # With LIST-STATUS, one LIST tells the special folders and every STATUS.
    expected = ["LIST"] if lists_status else ["STATUS", "LIST", "STATUS"]
    assert commands[1:-1] == expected, commands


def test_mail_that_arrives_on_an_open_connection_is_read(account: ImapAccount) -> None:
    append(account, "INBOX", (message("one"), NOW))
    [batch] = scan(account, Role.INBOX, None)
    with ImapMailbox(account.config(), account.password) as box:
        assert list(box.changes(Role.INBOX, batch.cursor, SINCE)) == []
        append(account, "INBOX", (message("two"), NOW))
        # The STATUS from the connection's first LIST is spent: the folder is asked again.
        assert keys(list(box.changes(Role.INBOX, batch.cursor, SINCE))) == ["2"]


def test_the_drafts_version_changes_when_a_draft_comes_or_goes(account: ImapAccount) -> None:
    def version() -> str | None:
        with ImapMailbox(account.config(), account.password) as box:
            return box.drafts_version()

    empty = version()
    assert version() == empty
    with ImapMailbox(account.config(), account.password) as box:
        before = box.drafts_version()
        box.add_draft(message("Following up", Message_ID="<follow-up-1@example.org>"))
        one = box.drafts_version()
    assert before == empty
    assert one not in (None, empty)
    assert version() == one
    client = account.client()
    client.select_folder("Drafts")
    client.delete_messages(client.search("ALL"))
    client.expunge()
    client.logout()
    assert version() not in (empty, one)


def test_fetching_a_missing_message_is_a_mailbox_error(imap_account: ImapAccount) -> None:
    with ImapMailbox(imap_account.config(), imap_account.password) as box:
        with pytest.raises(MailboxError, match="no message with UID 7 in INBOX"):
            box.fetch("INBOX", ["7"], 1000)
        with pytest.raises(MailboxError, match="not a UID"):
            box.fetch("INBOX", ["../7"], 1000)
        with pytest.raises(MailboxError, match="doesn't exist"):
            box.fetch("No such folder", ["1"], 1000)


# --- drafts -----------------------------------------------------------------


def test_a_draft_round_trip(imap_account: ImapAccount) -> None:
    draft = message("Following up", Message_ID="<follow-up-1@example.org>")
    with ImapMailbox(imap_account.config(), imap_account.password) as box:
        assert box.has_draft("<follow-up-1@example.org>") is False
        box.add_draft(draft)
        assert box.has_draft("<follow-up-1@example.org>") is True
        assert box.has_draft("<follow-up-2@example.org>") is False
    client = imap_account.client()
    client.select_folder("Drafts", readonly=True)
    stored = client.fetch(client.search(["ALL"]), ["FLAGS", "BODY.PEEK[]"])
    client.logout()
    [(flags, body)] = [(data[b"FLAGS"], data[b"BODY[]"]) for data in stored.values()]
    assert set(flags) == {b"\\Draft", b"\\Seen", b"\\Recent"}
    assert body == draft


# --- errors -----------------------------------------------------------------


def test_a_wrong_password_is_an_auth_error(imap_account: ImapAccount) -> None:
    with pytest.raises(AuthError) as raised, ImapMailbox(imap_account.config(), "not-the-password"):
        pass
    assert str(raised.value) == f"imap: login refused for {imap_account.username} at {imap_account.host}"


def test_the_password_is_never_logged(imap_account: ImapAccount, caplog: pytest.LogCaptureFixture) -> None:
    with (
        caplog.at_level(logging.DEBUG),
        ImapMailbox(imap_account.config(), imap_account.password) as box,
    ):
        box.add_draft(message("Draft", body="A private draft body."))
    assert caplog.records
    assert imap_account.password not in caplog.text


def test_a_closed_port_is_transient(imap_account: ImapAccount) -> None:
    port = free_port()
    with (
        pytest.raises(TransientError, match=rf"^imap: cannot reach 127\.0\.0\.1:{port}: Connection refused$"),
        ImapMailbox(imap_account.config(port=port), imap_account.password),
    ):
        pass


def test_a_server_gone_mid_scan_is_transient(imap_account: ImapAccount, dovecot: Dovecot) -> None:
    append(imap_account, "INBOX", (message("one"), NOW))
    try:
        with ImapMailbox(imap_account.config(), imap_account.password) as box:
            [batch] = box.changes(Role.INBOX, None, SINCE)
            dovecot.stop()
            with pytest.raises(TransientError, match="cannot reach"):
                box.fetch("INBOX", [batch.headers[0].key], 1000)
    finally:
        dovecot.start()
    # Same port, same mail: the next scan carries on.
    assert keys(scan(imap_account, Role.INBOX, None)) == ["1"]


def test_starttls_on_a_server_without_it_is_not_transient(imap_account: ImapAccount) -> None:
    with (
        pytest.raises(MailboxError, match="STARTTLS") as raised,
        ImapMailbox(imap_account.config(tls="starttls"), imap_account.password),
    ):
        pass
    assert type(raised.value) is MailboxError


def test_open_mailbox_picks_imap_and_asks_for_the_password(imap_account: ImapAccount) -> None:
    asked = []

    def password() -> str:
        asked.append(True)
        return imap_account.password

    with open_mailbox(imap_account.config(), password) as box:
        assert isinstance(box, ImapMailbox)
        assert FolderInfo("INBOX", Role.INBOX) in box.folders()
    assert asked == [True]
