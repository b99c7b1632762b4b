"""TLS against a real Dovecot: always verified, with the system's CAs or ``mailbox.ca_file``;
STARTTLS succeeds or the connection fails, it never goes on in plaintext."""

from __future__ import annotations

from pathlib import Path

import pytest

from dovecot import Dovecot, ImapAccount
from inboxwatch.errors import ConfigError, MailboxError, TransientError
from inboxwatch.mailbox.imap import ImapMailbox
from mails import in_process


@pytest.fixture
def account(tls_dovecot: Dovecot, tmp_path: Path) -> ImapAccount:
    return tls_dovecot.account(tmp_path)


def tls_config(account: ImapAccount, server: Dovecot, tls: str, **changes: object) -> ImapMailbox:
    port = server.ssl_port if tls == "ssl" else server.port
    return ImapMailbox(account.config(tls=tls, port=port, **changes), account.password)


def logins(server: Dovecot, username: str) -> int:
    """How many times the server let ``username`` in, from its log."""
    return (server.dir / "dovecot.log").read_text().count(f"Login: user=<{username}>")


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_a_server_signed_by_the_ca_file_is_trusted(
    account: ImapAccount, tls_dovecot: Dovecot, tls: str
) -> None:
    assert tls_dovecot.tls is not None
    with tls_config(account, tls_dovecot, tls, ca_file=tls_dovecot.tls.ca_file) as box:
        assert any(folder.name == "INBOX" for folder in box.folders())
    assert logins(tls_dovecot, account.username) == 1


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_without_the_ca_file_verification_fails_in_one_line(
    account: ImapAccount, tls_dovecot: Dovecot, tls: str
) -> None:
    with pytest.raises(MailboxError) as info, tls_config(account, tls_dovecot, tls):
        pass
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith("imap: TLS certificate of 127.0.0.1 not trusted:")
    assert "mailbox.ca_file" in message
    assert not isinstance(info.value, TransientError)  # retrying soon would not help
    assert logins(tls_dovecot, account.username) == 0


def test_starttls_to_a_server_without_it_fails_instead_of_going_on_in_plaintext(
    imap_account: ImapAccount, dovecot: Dovecot
) -> None:
    assert dovecot.tls is None  # ssl = no: the server does not offer STARTTLS
    box = ImapMailbox(imap_account.config(tls="starttls"), imap_account.password)
    with pytest.raises(MailboxError, match=r"^imap: 127\.0\.0\.1:\d+ did not start TLS .*not logging in"):
        box.__enter__()
    assert logins(dovecot, imap_account.username) == 0


def test_an_unreadable_ca_file_is_a_config_error(account: ImapAccount, tls_dovecot: Dovecot) -> None:
    with (
        pytest.raises(ConfigError, match=r"^mailbox\.ca_file: cannot load .*nope\.pem"),
        tls_config(account, tls_dovecot, "ssl", ca_file=Path("/nonexistent/nope.pem")),
    ):
        pass


def test_check_config_names_an_untrusted_server_in_one_line_then_trusts_the_ca_file(
    account: ImapAccount, tls_dovecot: Dovecot, tmp_path: Path
) -> None:
    assert tls_dovecot.tls is not None
    config = tmp_path / "config.toml"
    text = f"""
[mailbox]
backend = "imap"
host = "{account.host}"
port = {tls_dovecot.ssl_port}
username = "{account.username}"
password_file = "{account.password_file}"
{{ca_file}}

[database]
url = "sqlite:///{tmp_path}/inboxwatch.db"

[user]
name = "Alex Candidate"
email = "alex@example.org"
"""
    config.write_text(text.format(ca_file=""))
    out = in_process(config)("check-config", expect=2).output
    assert out.splitlines()[-1].startswith("inboxwatch: imap: TLS certificate of 127.0.0.1 not trusted:")
    config.write_text(text.format(ca_file=f'ca_file = "{tls_dovecot.tls.ca_file}"'))
    assert "mailbox: logged in to imap" in in_process(config)("check-config").output
