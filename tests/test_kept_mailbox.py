"""The daemon's kept mailbox connection against a real Dovecot: one connection from scan to scan,
a new one for a new config, none left behind by a failure."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dovecot import Dovecot, ImapAccount
from inboxwatch.errors import AuthError
from inboxwatch.mailbox import Mailbox, open_mailbox
from inboxwatch.mailbox.kept import KeptMailbox

pytestmark = pytest.mark.slow


def connections(dovecot: Dovecot, username: str) -> int:
    """The user's IMAP connections, as the server counts them."""
    for line in dovecot.doveadm("who", username).splitlines()[1:]:
        name, count, *_ = line.split()
        if name == username:
            return int(count)
    return 0


def kept(account: ImapAccount, password: str | None = None) -> KeptMailbox:
    return KeptMailbox(lambda cfg: open_mailbox(cfg, lambda: password or account.password))


def inbox_count(box: Mailbox) -> int:
    return sum(1 for folder in box.folders() if folder.name == "INBOX")


def test_work_shares_one_connection_until_the_config_changes(
    dovecot: Dovecot, imap_account: ImapAccount
) -> None:
    mailbox = kept(imap_account)
    cfg = imap_account.config()
    first = mailbox.use(cfg, lambda box: box)
    assert mailbox.use(cfg, lambda box: box) is first
    assert connections(dovecot, imap_account.username) == 1
    changed = replace(cfg, timeout=cfg.timeout + 1)  # as a SIGHUP with an edited [mailbox] would
    assert mailbox.use(changed, inbox_count) == 1
    assert mailbox.use(changed, lambda box: box) is not first
    assert connections(dovecot, imap_account.username) == 1  # the old one logged out
    mailbox.close()
    assert connections(dovecot, imap_account.username) == 0


def test_a_failure_other_than_the_network_leaves_no_connection(
    dovecot: Dovecot, imap_account: ImapAccount
) -> None:
    mailbox = kept(imap_account)

    def fails(box: Mailbox) -> None:
        box.folders()
        raise ValueError("a bug in the scan")

    with pytest.raises(ValueError, match="a bug in the scan"):
        mailbox.use(imap_account.config(), fails)
    assert connections(dovecot, imap_account.username) == 0


def test_a_refused_login_is_raised_once_not_retried(dovecot: Dovecot, imap_account: ImapAccount) -> None:
    mailbox = kept(imap_account, password="wrong")
    with pytest.raises(AuthError):
        mailbox.use(imap_account.config(), inbox_count)
    assert connections(dovecot, imap_account.username) == 0
