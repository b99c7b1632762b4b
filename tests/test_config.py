from pathlib import Path

import pytest

from inboxwatch.config import load_config, parse_config
from inboxwatch.errors import ConfigError
from inboxwatch.secrets import read_password

EXAMPLE = Path(__file__).parent.parent / "config" / "inboxwatch.toml"

MINIMAL = """
[mailbox]
backend = "imap"
host = "127.0.0.1"
username = "me"
tls = "none"
password_env = "IW_TEST_PASSWORD"

[user]
name = "Me"
email = "Me@Example.org"
"""


def parse(text: str) -> object:
    return parse_config(text, Path("/tmp/inboxwatch/config.toml"))


def test_example_config_is_valid_and_documents_every_key() -> None:
    cfg = load_config(EXAMPLE)
    assert cfg.mailbox.backend == "imap"
    assert cfg.policy.settings.follow_up_days == 5
    text = EXAMPLE.read_text()
    for key in (
        "backend",
        "host",
        "port",
        "username",
        "tls",
        "password_command",
        "password_file",
        "password_env",
        "password_credential",
        "password",
        "ca_file",
        "path",
        "url",
        "name",
        "email",
        "timezone",
        "follow_up_days",
        "weekend",
    ):
        assert f"{key} =" in text, key


def test_defaults() -> None:
    cfg = parse_config(MINIMAL, Path("/tmp/x/config.toml"))
    assert cfg.mailbox.port == 143
    assert cfg.user.email == "me@example.org"
    assert str(cfg.user.timezone) == "UTC"
    assert cfg.database_url.startswith("sqlite:///")
    assert cfg.template_dir == Path("/tmp/x/templates")
    assert cfg.daemon.idle
    assert cfg.daemon.idle_renew_seconds == 540


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ('[mailbox]\nbackend = "pop3"', "mailbox.backend: must be one of"),
        ("[mailbox]\nbogus = 1", "mailbox.bogus: unknown key"),
        ('[policy]\nfollow_up_days = "five"', "policy.follow_up_days: expected int"),
        ("[policy]\nfollow_up_days = 0", "policy.follow_up_days: must be between"),
        ('[user]\ntimezone = "Mars/Olympus"', "user.timezone: unknown time zone"),
        ('[mailbox]\nhost = "imap.example.com"', "mailbox.tls: 'none' is allowed only for a loopback host"),
        ('[policy]\nweekend = ["caturday"]', "policy.weekend: unknown day"),
        ("[frobnicate]\nx = 1", "frobnicate: unknown section"),
        ("[daemon]\nidle_renew_seconds = 900", "daemon.idle_renew_seconds: must be at most 600"),
        ('[daemon]\nidle = "yes"', "daemon.idle: expected true or false"),
    ],
)
def test_bad_values_name_the_key(change: str, message: str) -> None:
    # Later keys in a TOML table may not repeat; merge the change into the minimal text.
    section, _, line = change.partition("\n")
    text = MINIMAL
    if section in text:
        key = line.split("=")[0].strip()
        lines = [row for row in text.splitlines() if not row.startswith(f"{key} =")]
        index = lines.index(section)
        lines.insert(index + 1, line)
        text = "\n".join(lines)
    else:
        text += "\n" + change
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        parse(text)


def test_broken_toml_is_one_clear_line() -> None:
    with pytest.raises(ConfigError, match="not valid TOML") as info:
        parse("[mailbox\nbackend=")
    assert "\n" not in str(info.value)


def test_two_password_sources_are_refused() -> None:
    with pytest.raises(ConfigError, match="exactly one of"):
        parse(MINIMAL.replace('password_env = "IW_TEST_PASSWORD"', 'password_env = "A"\npassword_file = "p"'))


def test_missing_file_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="inboxwatch init"):
        load_config(tmp_path / "nope.toml")


def test_password_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("hunter2\n")
    secret.chmod(0o644)
    cfg = parse_config(
        MINIMAL.replace('password_env = "IW_TEST_PASSWORD"', f'password_file = "{secret}"'),
        tmp_path / "config.toml",
    )
    with pytest.raises(ConfigError, match="chmod 600") as info:
        read_password(cfg.mailbox)
    assert "hunter2" not in str(info.value)
    secret.chmod(0o600)
    assert read_password(cfg.mailbox) == "hunter2"


def test_password_from_command_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = parse_config(
        MINIMAL.replace('password_env = "IW_TEST_PASSWORD"', 'password_command = "echo s3cret"'),
        tmp_path / "config.toml",
    )
    assert read_password(cfg.mailbox) == "s3cret"
    cfg = parse_config(MINIMAL, tmp_path / "config.toml")
    monkeypatch.delenv("IW_TEST_PASSWORD", raising=False)
    with pytest.raises(ConfigError, match=r"\$IW_TEST_PASSWORD is not set"):
        read_password(cfg.mailbox)
    monkeypatch.setenv("IW_TEST_PASSWORD", "from-env")
    assert read_password(cfg.mailbox) == "from-env"
