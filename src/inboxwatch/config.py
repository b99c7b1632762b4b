"""Read and validate the TOML config file into frozen, typed objects."""

from __future__ import annotations

import ipaddress
import os
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from inboxwatch.core.model import PolicySettings
from inboxwatch.errors import ConfigError
from inboxwatch.lock import state_dir

APP = "inboxwatch"
ENV_VAR = "INBOXWATCH_CONFIG"
BACKENDS = ("imap", "gmail", "maildir")
TLS_MODES = ("ssl", "starttls", "none")
PASSWORD_SOURCES = ("password_command", "password_file", "password_env", "password_credential", "password")
# Any permission bit for group or others makes a file holding a secret unsafe.
PRIVATE = stat.S_IRWXG | stat.S_IRWXO
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP)) / "config.toml"


def default_database_url() -> str:
    return f"sqlite:///{Path(platformdirs.user_data_dir(APP)) / 'inboxwatch.db'}"


def default_token_file() -> Path:
    """Where the Gmail token lives: the state dir, systemd's StateDirectory= under the units."""
    return state_dir() / "gmail-token.json"


def config_path(explicit: str | os.PathLike[str] | None) -> Path:
    """The config file to use: the option, then $INBOXWATCH_CONFIG, then the default."""
    if explicit:
        return Path(explicit)
    if env := os.environ.get(ENV_VAR):
        return Path(env)
    return default_config_path()


@dataclass(frozen=True)
class MailboxConfig:
    backend: str
    host: str
    port: int
    username: str
    tls: str
    password_command: str | None
    password_file: Path | None
    password_env: str | None
    path: Path | None
    timeout: float
    # The Gmail API backend's keys; IMAP and Maildir configs leave them out.
    client_secret_file: Path = field(default_factory=lambda: Path("client_secret.json"))
    token_file: Path = field(default_factory=default_token_file)
    api_endpoint: str | None = None
    report_spam: bool = True
    # The name of a systemd credential (LoadCredential=), read from $CREDENTIALS_DIRECTORY.
    password_credential: str | None = None
    # Inline in a config file readable by its owner alone; repr=False keeps it out of tracebacks.
    password: str | None = field(default=None, repr=False)
    ca_file: Path | None = None


@dataclass(frozen=True)
class UserConfig:
    name: str
    email: str
    timezone: ZoneInfo
    signature: str


@dataclass(frozen=True)
class PolicyConfig:
    settings: PolicySettings  # without holidays: those depend on the year
    country: str | None
    subdivision: str | None


@dataclass(frozen=True)
class ScanConfig:
    lookback_days: int
    max_body_bytes: int


@dataclass(frozen=True)
class DaemonConfig:
    scan_interval_minutes: float
    idle: bool
    idle_renew_seconds: float
    debounce_seconds: float
    poll_seconds: float
    retry_max_seconds: float


@dataclass(frozen=True)
class Config:
    path: Path
    mailbox: MailboxConfig
    database_url: str
    user: UserConfig
    policy: PolicyConfig
    scan: ScanConfig
    daemon: DaemonConfig

    @property
    def template_dir(self) -> Path:
        """Where the user may put templates that override the shipped ones."""
        return self.path.parent / "templates"


class _Section:
    """Typed access to one TOML table that tracks which keys were read."""

    def __init__(self, name: str, data: Any) -> None:
        if not isinstance(data, dict):
            raise ConfigError(f"[{name}] must be a table")
        self.name = name
        self.data: dict[str, Any] = data
        self.seen: set[str] = set()

    def _get(self, key: str, kind: type | tuple[type, ...], default: Any) -> Any:
        self.seen.add(key)
        value = self.data.get(key, default)
        if value is not None and (not isinstance(value, kind) or (isinstance(value, bool) and kind is int)):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise ConfigError(f"{self.name}.{key}: expected {names}, got {value!r}")
        return value

    def text(self, key: str, default: str | None = None) -> str | None:
        value: str | None = self._get(key, str, default)
        return value

    def required_text(self, key: str) -> str:
        value = self.text(key)
        if not value:
            raise ConfigError(f"{self.name}.{key}: missing")
        return value

    def integer(self, key: str, default: int, low: int, high: int) -> int:
        value: int = self._get(key, int, default)
        if not low <= value <= high:
            raise ConfigError(f"{self.name}.{key}: must be between {low} and {high}, got {value}")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        self.seen.add(key)
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise ConfigError(f"{self.name}.{key}: expected true or false, got {value!r}")
        return value

    def number(self, key: str, default: float, low: float) -> float:
        value = self._get(key, (int, float), default)
        if value < low:
            raise ConfigError(f"{self.name}.{key}: must be at least {low}, got {value}")
        return float(value)

    def choice(self, key: str, default: str | None, choices: tuple[str, ...]) -> str:
        value = self.text(key, default)
        if value not in choices:
            raise ConfigError(f"{self.name}.{key}: must be one of {', '.join(choices)}, got {value!r}")
        return value

    def strings(self, key: str, default: list[str]) -> list[str]:
        value: list[Any] = self._get(key, list, default)
        if not all(isinstance(item, str) for item in value):
            raise ConfigError(f"{self.name}.{key}: expected a list of strings")
        return value

    def check_unknown(self) -> None:
        unknown = sorted(set(self.data) - self.seen)
        if unknown:
            raise ConfigError(f"{self.name}.{unknown[0]}: unknown key")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _mailbox(section: _Section, path: Path, file_mode: int) -> MailboxConfig:
    base = path.parent
    backend = section.choice("backend", None, BACKENDS)
    tls = section.choice("tls", "ssl", TLS_MODES)
    host = section.text("host", "") or ""
    port = section.integer("port", {"ssl": 993}.get(tls, 143), 1, 65535)
    username = section.text("username", "") or ""
    secrets = {key: section.text(key) for key in PASSWORD_SOURCES}
    ca_file = section.text("ca_file")
    if secrets["password"] and file_mode & PRIVATE:  # whatever the backend: the file itself leaks it
        raise ConfigError(
            f"mailbox.password: {path} is readable by others; run chmod 600 on it, "
            "or use password_command, password_file or password_credential"
        )
    raw_path = section.text("path")
    timeout = section.number("timeout", 60.0, 1.0)
    if backend == "imap":
        if not host:
            raise ConfigError("mailbox.host: missing")
        if not username:
            raise ConfigError("mailbox.username: missing")
        given = [key for key, value in secrets.items() if value]
        if len(given) != 1:
            raise ConfigError(f"mailbox.password_command: give exactly one of {', '.join(PASSWORD_SOURCES)}")
        credential = secrets["password_credential"]
        if credential and ("/" in credential or credential in (".", "..")):
            raise ConfigError(f"mailbox.password_credential: a credential name, not a path: {credential!r}")
        if tls == "none" and not _is_loopback(host):
            raise ConfigError(f"mailbox.tls: 'none' is allowed only for a loopback host, not {host!r}")
    if backend == "maildir" and not raw_path:
        raise ConfigError("mailbox.path: missing (the Maildir's top folder)")
    client_secret_file = section.text("client_secret_file") or "client_secret.json"
    token_file = section.text("token_file")
    api_endpoint = section.text("api_endpoint") or None
    report_spam = section.boolean("report_spam", True)
    if backend == "gmail":
        if not username:
            raise ConfigError("mailbox.username: missing (your Gmail address)")
        endpoint = urlsplit(api_endpoint) if api_endpoint else None
        if endpoint and not (
            endpoint.scheme == "https"
            or (endpoint.scheme == "http" and _is_loopback(endpoint.hostname or ""))
        ):
            raise ConfigError(
                f"mailbox.api_endpoint: must be https:// (http:// only for loopback), not {api_endpoint!r}"
            )
    password_file = secrets["password_file"]
    return MailboxConfig(
        backend=backend,
        host=host,
        port=port,
        username=username,
        tls=tls,
        password_command=secrets["password_command"],
        password_file=(base / Path(password_file).expanduser()) if password_file else None,
        password_env=secrets["password_env"],
        path=(base / Path(raw_path).expanduser()) if raw_path else None,
        timeout=timeout,
        client_secret_file=base / Path(client_secret_file).expanduser(),
        token_file=(base / Path(token_file).expanduser()) if token_file else default_token_file(),
        api_endpoint=api_endpoint,
        report_spam=report_spam,
        password_credential=secrets["password_credential"],
        password=secrets["password"],
        ca_file=(base / Path(ca_file).expanduser()) if ca_file else None,
    )


def _user(section: _Section) -> UserConfig:
    name = section.required_text("name")
    email = section.required_text("email").lower()
    if "@" not in email:
        raise ConfigError(f"user.email: not a mail address: {email!r}")
    tz_name = section.text("timezone", "UTC") or "UTC"
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"user.timezone: unknown time zone {tz_name!r}") from exc
    signature = section.text("signature", name) or name
    return UserConfig(name=name, email=email, timezone=tz, signature=signature)


def _policy(section: _Section) -> PolicyConfig:
    weekend_names = section.strings("weekend", ["sat", "sun"])
    weekend = set()
    for day in weekend_names:
        if day.lower() not in WEEKDAYS:
            raise ConfigError(f"policy.weekend: unknown day {day!r}; use {', '.join(WEEKDAYS)}")
        weekend.add(WEEKDAYS.index(day.lower()))
    if len(weekend) == len(WEEKDAYS):
        raise ConfigError("policy.weekend: at least one day must be a working day")
    start = section.integer("workday_start_hour", 8, 0, 23)
    end = section.integer("workday_end_hour", 18, 1, 24)
    if end <= start:
        raise ConfigError(f"policy.workday_end_hour: must be after workday_start_hour ({start})")
    settings = PolicySettings(
        thank_you_hours=section.integer("thank_you_hours", 24, 1, 168),
        interview_minutes=section.integer("interview_minutes", 60, 0, 600),
        follow_up_days=section.integer("follow_up_days", 5, 1, 60),
        after_reply_by_days=section.integer("after_reply_by_days", 1, 0, 30),
        follow_up_2_days=section.integer("follow_up_2_days", 5, 1, 60),
        ghosted_days=section.integer("ghosted_days", 5, 1, 60),
        auto_reply_grace_days=section.integer("auto_reply_grace_days", 1, 0, 30),
        after_rejection=section.boolean("after_rejection", True),
        workday_start_hour=start,
        workday_end_hour=end,
        weekend=frozenset(weekend),
    )
    return PolicyConfig(
        settings=settings,
        country=section.text("country") or None,
        subdivision=section.text("subdivision") or None,
    )


def _daemon(section: _Section) -> DaemonConfig:
    renew = section.number("idle_renew_seconds", 540, 1)
    if renew > 600:  # NAT devices drop a quiet connection after 5 to 15 minutes
        raise ConfigError(f"daemon.idle_renew_seconds: must be at most 600, got {renew:g}")
    return DaemonConfig(
        scan_interval_minutes=section.number("scan_interval_minutes", 15, 0.05),
        idle=section.boolean("idle", True),
        idle_renew_seconds=renew,
        debounce_seconds=section.number("debounce_seconds", 1, 0),
        poll_seconds=section.number("poll_seconds", 120, 1),
        retry_max_seconds=section.number("retry_max_seconds", 300, 1),
    )


def parse_config(text: str, path: Path, file_mode: int = 0o600) -> Config:
    """Validate the text of a config file; ``path`` locates relative paths.

    ``file_mode`` is the file's permission bits: an inline password needs a private file.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    known = ("mailbox", "database", "user", "policy", "scan", "daemon")
    for key in data:
        if key not in known:
            raise ConfigError(f"{key}: unknown section or key")
    sections = {name: _Section(name, data.get(name, {})) for name in known}
    if "mailbox" not in data:
        raise ConfigError("mailbox: missing section")
    if "user" not in data:
        raise ConfigError("user: missing section")
    mailbox = _mailbox(sections["mailbox"], path, file_mode)
    database_url = sections["database"].text("url") or default_database_url()
    user = _user(sections["user"])
    policy = _policy(sections["policy"])
    scan = ScanConfig(
        lookback_days=sections["scan"].integer("lookback_days", 14, 0, 365),
        max_body_bytes=sections["scan"].integer("max_body_kb", 100, 16, 10240) * 1024,
    )
    daemon = _daemon(sections["daemon"])
    for section in sections.values():
        section.check_unknown()
    return Config(
        path=path,
        mailbox=mailbox,
        database_url=database_url,
        user=user,
        policy=policy,
        scan=scan,
        daemon=daemon,
    )


def load_config(path: Path) -> Config:
    """Read and validate the config file at ``path``."""
    try:
        with path.open(encoding="utf-8") as file:
            file_mode = os.fstat(file.fileno()).st_mode
            text = file.read()
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no config file here; run 'inboxwatch init' to write one") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    return parse_config(text, path, file_mode)
