"""Gmail authorisation: the installed-app loopback flow, and the saved token.

inboxwatch asks for exactly two scopes: ``gmail.readonly`` to read mail and
``gmail.compose`` to write drafts. Never ``gmail.metadata`` (it forbids the
``q=`` searches and whole-message reads even beside broader scopes), and never
the full ``https://mail.google.com/``.

The token (a refresh token, and the access token of the hour) is the user's
key to their mailbox: it is written atomically with mode 0600 and never logged.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path

import httplib2
from google.auth.exceptions import GoogleAuthError, RefreshError, TransportError
from google.oauth2.credentials import Credentials
from google_auth_httplib2 import Request
from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError
from oauthlib.oauth2.rfc6749.errors import OAuth2Error

from inboxwatch.errors import AuthError, ConfigError, MailboxError, TransientError

SCOPES = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
)
RERUN = "run `inboxwatch auth gmail`"
NEED_BOTH = (
    f"gmail: inboxwatch needs both permissions (read mail, manage drafts); {RERUN} again and tick both"
)
# How long the loopback server waits for the browser to come back.
FLOW_TIMEOUT = 600

PROMPT = (
    "Open this address in a browser and allow inboxwatch to read your mail and write drafts:\n\n"
    "    {url}\n\n"
    "(Browser on another machine? Run inboxwatch auth gmail --port N there, and forward\n"
    "the port first: ssh -L N:localhost:N this-host.)"
)
DONE = "inboxwatch is authorised. You can close this tab."


def authorize(client_secret_file: Path, token_file: Path, port: int, open_browser: bool) -> None:
    """Run Google's consent flow on a loopback port and save the token."""
    try:
        flow = InstalledAppFlow.from_client_secrets_file(str(client_secret_file), scopes=list(SCOPES))
    except (OSError, ValueError) as exc:  # missing, unreadable, not JSON, or not a desktop client
        raise ConfigError(
            f"mailbox.client_secret_file: cannot use {client_secret_file} as an OAuth client: {exc}"
        ) from exc
    try:
        # prompt=consent: Google issues a refresh token only on consent, and a lost
        # token file must not leave the user with an hour-long access token.
        credentials = flow.run_local_server(
            port=port,
            open_browser=open_browser,
            authorization_prompt_message=PROMPT,
            success_message=DONE,
            timeout_seconds=FLOW_TIMEOUT,
            prompt="consent",
        )
    except WSGITimeoutError as exc:
        raise AuthError(f"gmail: no answer from the browser within {FLOW_TIMEOUT // 60} minutes") from exc
    except OAuth2Error as exc:  # the user said no, or the client is misconfigured
        raise AuthError(f"gmail: Google refused the authorisation: {exc.description or exc.error}") from exc
    except Warning as exc:  # oauthlib raises this when the user unticks a scope
        raise AuthError(NEED_BOTH) from exc
    except OSError as exc:  # the port is taken, or Google's token endpoint cannot be reached
        raise MailboxError(f"gmail: the sign-in failed: {exc.strerror or exc}") from exc
    finally:
        flow.oauth2session.close()
    # Checked again here for users who set OAUTHLIB_RELAX_TOKEN_SCOPE, which silences the Warning.
    if not set(SCOPES) <= set(credentials.granted_scopes or SCOPES):
        raise AuthError(NEED_BOTH)
    save(credentials, token_file)


def save(credentials: Credentials, token_file: Path) -> None:
    """Replace the token file in one step, readable by the user alone."""
    try:
        token_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # mkstemp creates the file with mode 0600, so the token is never readable by others.
        fd, tmp = tempfile.mkstemp(dir=token_file.parent, prefix=f".{token_file.name}.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(credentials.to_json())  # type: ignore[no-untyped-call]
                file.flush()
                os.fsync(file.fileno())
            os.replace(tmp, token_file)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ConfigError(f"mailbox.token_file: cannot write {token_file}: {exc.strerror}") from exc


def load(token_file: Path, http: httplib2.Http) -> Credentials:
    """The saved credentials, renewed (and saved again) when the access token has run out."""
    try:
        if token_file.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ConfigError(f"mailbox.token_file: {token_file} is readable by others; run chmod 600 on it")
        info = json.loads(token_file.read_text(encoding="utf-8"))
        credentials: Credentials = Credentials.from_authorized_user_info(info)  # type: ignore[no-untyped-call]
    except FileNotFoundError as exc:
        raise AuthError(f"gmail: not authorised yet; {RERUN}") from exc
    except OSError as exc:
        raise ConfigError(f"mailbox.token_file: cannot read {token_file}: {exc.strerror}") from exc
    except ValueError as exc:  # not JSON, or fields missing
        raise AuthError(f"gmail: {token_file} holds no usable authorisation; {RERUN}") from exc
    if not set(SCOPES) <= set(credentials.scopes or ()):
        raise AuthError(f"gmail: the saved authorisation lacks a permission inboxwatch needs; {RERUN}")
    if not credentials.valid:
        try:
            credentials.refresh(Request(http))  # type: ignore[no-untyped-call]
        except GoogleAuthError as exc:
            raise refresh_failed(exc) from exc
        save(credentials, token_file)
    return credentials


def refresh_failed(exc: GoogleAuthError) -> MailboxError:
    """Our error for a failed renewal of the access token."""
    if isinstance(exc, RefreshError) and "invalid_grant" in str(exc):
        return AuthError(
            "gmail: Google no longer accepts the saved authorisation (it was revoked, or it is "
            f"more than 7 days old while the OAuth app is in testing mode); {RERUN} again"
        )
    if isinstance(exc, TransportError) or exc.retryable:
        return TransientError(f"gmail: cannot renew the access token now: {exc}")
    return AuthError(f"gmail: Google refused to renew the access token ({exc}); {RERUN}")
