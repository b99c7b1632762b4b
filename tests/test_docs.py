"""The README is a contract: its commands exist, and CI runs the test command it shows."""

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from inboxwatch.cli import cli

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text()


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found.extend(_commands(command, (*prefix, name)))
    return found


def test_readme_opens_with_the_two_setup_commands() -> None:
    first_block = README.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in first_block.splitlines() if line and not line.startswith("#")]
    assert commands == [
        "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/inboxwatch demo",
        "./scripts/check",
    ]
    assert "\n./scripts/check\n" in (ROOT / ".ci" / "run").read_text()


def test_every_documented_command_exists() -> None:
    documented = set(re.findall(r"`inboxwatch ((?:interview )?[a-z-]+)", README))
    available = {" ".join(path) for path in _commands(cli)}
    assert documented, "the README documents no command"
    assert documented <= available, documented - available


@pytest.mark.parametrize("path", _commands(cli), ids=" ".join)
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


@pytest.mark.parametrize("path", _commands(cli), ids=" ".join)
def test_every_command_is_documented(path: tuple[str, ...]) -> None:
    assert f"inboxwatch {' '.join(path)}" in README


def test_documented_json_keys_are_produced() -> None:
    for key in ("id", "company", "role", "at", "status", "last_reply_kind", "drafts"):
        assert f"`{key}`" in README
