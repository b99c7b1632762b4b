import json
from datetime import datetime, timedelta
from pathlib import Path

from click.testing import CliRunner

from inboxwatch.cli import cli


def drafts_in(where: Path) -> list[Path]:
    return list((where / "Maildir" / ".Drafts" / "cur").iterdir())


def test_demo_tours_a_sample_mailbox(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["demo", "--keep", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    rows = {line.split()[1]: line for line in result.output.splitlines() if line[:1].isdigit()}
    assert "rejected" in rows["Acme"]
    assert "next_round" in rows["Globex"]
    assert "awaiting_reply" in rows["Initech"]
    assert "scheduled" in rows["Umbrella"]
    # The silent interview gets its follow-up in the thread the user started; the rejection a gracious reply.
    assert "Subject: Re: Thank you for the Platform Engineer interview" in result.output
    assert "To: Bill Lumbergh <bill@initech.example>" in result.output
    assert "Subject: Re: Your application for Backend Engineer" in result.output
    assert len(drafts_in(tmp_path / "demo")) == 2


def test_demo_again_in_the_same_place_writes_no_second_draft(tmp_path: Path) -> None:
    runner = CliRunner()
    where = tmp_path / "demo"
    assert runner.invoke(cli, ["demo", "--keep", str(where)]).exit_code == 0
    config = ["--config", str(where / "config.toml")]
    written = datetime.fromisoformat(
        json.loads(runner.invoke(cli, [*config, "drafts", "--json"]).output)[0]["created_at"]
    )
    for later in (timedelta(hours=1), timedelta(days=1)):
        again = runner.invoke(cli, [*config, "scan", "--now", (written + later).isoformat()])
        assert again.exit_code == 0, again.output
        assert "0 draft(s) written" in again.output
    assert len(drafts_in(where)) == 2


def test_demo_refuses_a_folder_in_use(tmp_path: Path) -> None:
    (tmp_path / "something").write_text("mine")
    result = CliRunner().invoke(cli, ["demo", "--keep", str(tmp_path)])
    assert result.exit_code == 2
    assert "not empty" in result.output
    assert (tmp_path / "something").read_text() == "mine"


def test_demo_cleans_up_without_keep() -> None:
    result = CliRunner().invoke(cli, ["demo"])
    assert result.exit_code == 0, result.output
    where = Path(result.output.split(" in ", 1)[1].splitlines()[0])
    assert not where.exists()
