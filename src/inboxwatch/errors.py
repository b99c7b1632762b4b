"""The one error tree of inboxwatch.

Every error the program raises on purpose derives from ``InboxwatchError``::

    InboxwatchError
    ├── ConfigError          the config file or a value in it is wrong
    ├── InputError           a command's argument or input file is wrong
    ├── StoreError           the database cannot be opened, migrated or written
    ├── MessageError         one message cannot be parsed (skipped and counted)
    ├── TemplateError        a draft template is broken
    └── MailboxError         the mailbox misbehaved
        ├── AuthError        the server refused the credentials (not transient)
        ├── TransientError   network trouble; retry with backoff
        └── CursorExpired    the sync position is no longer valid; resync

Adapters translate library exceptions at their boundary with
``raise ... from exc``, so nothing above them sees imapclient or HTTP errors.
"""

from __future__ import annotations


class InboxwatchError(Exception):
    """Root of every inboxwatch error."""


class ConfigError(InboxwatchError):
    """The configuration is missing, malformed or holds a bad value."""


class InputError(InboxwatchError):
    """An argument or input file the user gave is wrong."""


class StoreError(InboxwatchError):
    """The database failed."""


class MessageError(InboxwatchError):
    """One message could not be read."""


class TemplateError(InboxwatchError):
    """A draft template could not be rendered."""


class MailboxError(InboxwatchError):
    """The mailbox failed."""


class AuthError(MailboxError):
    """The mailbox refused the credentials."""


class TransientError(MailboxError):
    """A network or server problem that may pass."""


class CursorExpired(MailboxError):
    """The stored sync position is no longer valid."""
