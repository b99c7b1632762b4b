"""Mailbox backends behind one interface."""

from __future__ import annotations

from collections.abc import Callable

from inboxwatch.config import MailboxConfig
from inboxwatch.errors import ConfigError
from inboxwatch.mailbox.base import Batch, Cursor, FolderInfo, Mailbox, RawHeader, Role
from inboxwatch.mailbox.imap import ImapMailbox
from inboxwatch.mailbox.maildir import MaildirMailbox

__all__ = ["Batch", "Cursor", "FolderInfo", "Mailbox", "RawHeader", "Role", "open_mailbox"]


def open_mailbox(cfg: MailboxConfig, password: Callable[[], str]) -> Mailbox:
    """The backend ``cfg`` names, not connected yet; ``password`` is called only for IMAP."""
    if cfg.backend == "imap":
        return ImapMailbox(cfg, password())
    if cfg.backend == "maildir":
        if cfg.path is None:
            raise ConfigError("mailbox.path: missing (the Maildir's top folder)")
        return MaildirMailbox(cfg.path)
    if cfg.backend == "gmail":
        # Imported here: the Google libraries are an optional extra, and slow to import.
        try:
            from inboxwatch.mailbox.gmail import GmailMailbox
        except ModuleNotFoundError as exc:
            raise ConfigError(
                f"mailbox.backend: 'gmail' needs the Google client libraries (no module {exc.name}); "
                "run: pip install 'inboxwatch[gmail]'"
            ) from exc
        return GmailMailbox(cfg)
    raise ConfigError(f"mailbox.backend: {cfg.backend!r} is not available")
