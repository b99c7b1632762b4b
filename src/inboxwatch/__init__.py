"""inboxwatch: watches your mailbox after a job interview and drafts the follow-up."""

__version__ = "0.1.0"
