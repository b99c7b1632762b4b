from pathlib import Path

from click.testing import CliRunner

from inboxwatch.cli import cli


def test_demo_tours_a_sample_mailbox(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["demo", "--keep", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    rows = {line.split()[1]: line for line in result.output.splitlines() if line[:1].isdigit()}
    assert "rejected" in rows["Acme"]
    assert "next_round" in rows["Globex"]
    assert "awaiting_reply" in rows["Initech"]
    assert "scheduled" in rows["Umbrella"]
    assert "Subject: Re: Thank you for the Platform Engineer interview" in result.output
    assert "To: Bill Lumbergh <bill@initech.example>" in result.output
    drafts = list((tmp_path / "demo" / "Maildir" / ".Drafts" / "cur").iterdir())
    assert len(drafts) == 1


def test_demo_again_in_the_same_place_writes_no_second_draft(tmp_path: Path) -> None:
    runner = CliRunner()
    where = tmp_path / "demo"
    assert runner.invoke(cli, ["demo", "--keep", str(where)]).exit_code == 0
    again = runner.invoke(cli, ["--config", str(where / "config.toml"), "scan"])
    assert again.exit_code == 0, again.output
    assert "0 draft(s) written" in again.output
    assert len(list((where / "Maildir" / ".Drafts" / "cur").iterdir())) == 1


def test_demo_cleans_up_without_keep() -> None:
    result = CliRunner().invoke(cli, ["demo"])
    assert result.exit_code == 0, result.output
    where = Path(result.output.split(" in ", 1)[1].splitlines()[0])
    assert not where.exists()
