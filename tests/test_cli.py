"""The commands a user types, on a local Maildir: no server needed."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from inboxwatch.cli import cli

DATA = Path(__file__).parent / "data"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty home: default config and data dirs live under tmp_path."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("INBOXWATCH_CONFIG", raising=False)
    return tmp_path


def iw(config: Path | None, *args: str, expect: int = 0) -> Result:
    prefix = ["--config", str(config)] if config else []
    result = CliRunner().invoke(cli, [*prefix, *args])
    assert result.exit_code == expect, result.output
    return result


def test_init_writes_a_private_config_and_the_database(home: Path) -> None:
    out = iw(None, "init").output
    path = home / "config" / "inboxwatch" / "config.toml"
    assert f"wrote {path}" in out
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert (home / "data" / "inboxwatch" / "inboxwatch.db").exists()
    assert "exists already" in iw(None, "init", expect=2).output
    path.write_text("broken")
    iw(None, "init", "--force")
    assert "[mailbox]" in path.read_text()


def test_config_from_the_environment(maildir_config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INBOXWATCH_CONFIG", str(maildir_config))
    assert "no interviews yet" in iw(None, "interview", "list").output


def test_missing_config_says_how_to_start(tmp_path: Path) -> None:
    result = iw(tmp_path / "none.toml", "scan", expect=2)
    assert "run 'inboxwatch init'" in result.output


def test_add_list_show(maildir_config: Path) -> None:
    first = iw(
        maildir_config,
        "interview",
        "add",
        "--company",
        "Contoso",
        "--role",
        "Senior Software Engineer",
        "--at",
        "2026-11-20 14:00",
        "--contact",
        "Tom Baker <Tom.Baker@contoso.co.uk>",
        "--contact",
        "hr@contoso.co.uk",
        "--domain",
        "contoso.co.uk",
        "--reply-by",
        "2026-11-27",
        "--round",
        "2",
        "--notes",
        "system design",
    ).output.strip()
    second = iw(
        maildir_config,
        "interview",
        "add",
        "--company",
        "Fabrikam",
        "--role",
        "SRE",
        "--at",
        "2026-11-21T09:30:00+00:00",
    ).output.strip()
    assert (first, second) == ("1", "2")

    [one, two] = json.loads(iw(maildir_config, "interview", "list", "--json").output)
    assert one["at"] == "2026-11-20T14:00:00-05:00"  # local time in the configured zone
    assert two["at"] == "2026-11-21T04:30:00-05:00"  # an explicit offset is respected
    assert one["contacts"] == ["Tom Baker <tom.baker@contoso.co.uk>", "hr@contoso.co.uk"]
    assert one["reply_by"] == "2026-11-27"
    assert one["round"] == 2
    assert one["drafts"] == []
    assert one["last_reply_kind"] is None

    table = iw(maildir_config, "interview", "list").output.splitlines()
    assert table[0].split()[:5] == ["id", "company", "role", "when", "status"]
    assert "Contoso" in table[1]
    assert "follow_up_1 draft" in table[1]

    shown = iw(maildir_config, "interview", "show", "1").output
    assert "Contoso: Senior Software Engineer (round 2)" in shown
    assert "decision by: 2026-11-27" in shown
    assert "no interview with id 9" in iw(maildir_config, "interview", "show", "9", expect=2).output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--contact", "not-an-address"], "not a mail address"),
        (["--at", "next tuesday"], "not a date-time"),
    ],
)
def test_add_rejects_bad_input(maildir_config: Path, args: list[str], message: str) -> None:
    base = ["interview", "add", "--company", "A", "--role", "B", "--at", "2026-11-20 14:00"]
    result = iw(maildir_config, *base, *args, expect=2)
    assert message in result.output


def test_scan_on_a_maildir_with_nothing_to_do(maildir_config: Path) -> None:
    out = iw(maildir_config, "scan").output
    assert out.startswith("0 new message(s), 0 employer replies")


def test_update_and_close(maildir_config: Path) -> None:
    iw(
        maildir_config,
        "interview",
        "add",
        "--company",
        "Contoso",
        "--role",
        "SRE",
        "--at",
        "2026-11-20 14:00",
    )
    out = iw(
        maildir_config,
        "interview",
        "update",
        "1",
        "--at",
        "2030-01-07 10:00",
        "--round",
        "2",
        "--contact",
        "Ann Lee <ann@contoso.example>",
        "--domain",
        "contoso.example",
        "--reply-by",
        "2030-01-10",
        "--alias",
        "Contoso Labs",
        "--job-id",
        "JR-0012345",
    ).output
    assert "updated interview 1 (Contoso): scheduled" in out
    shown = iw(maildir_config, "interview", "show", "1").output
    assert "also named: Contoso Labs" in shown
    assert "job ids:  JR-0012345" in shown
    # The options replace the set; an empty one clears it; leaving them out keeps it.
    iw(maildir_config, "interview", "update", "1", "--alias", "Contoso Ltd", "--alias", "Contoso Cloud")
    iw(maildir_config, "interview", "update", "1", "--job-id", "")
    data = json.loads(iw(maildir_config, "interview", "show", "1", "--json").output)
    assert (data["aliases"], data["job_ids"]) == (["Contoso Ltd", "Contoso Cloud"], [])
    data = json.loads(iw(maildir_config, "interview", "show", "1", "--json").output)
    assert (data["round"], data["reply_by"], data["contacts"], data["domains"]) == (
        2,
        "2030-01-10",
        ["Ann Lee <ann@contoso.example>"],
        ["contoso.example"],
    )
    assert data["at"] == "2030-01-07T10:00:00-05:00"
    assert "closed interview 1" in iw(maildir_config, "interview", "close", "1").output
    assert json.loads(iw(maildir_config, "interview", "show", "1", "--json").output)["status"] == "closed"
    planned = json.loads(iw(maildir_config, "plan", "--json").output)
    assert planned == [
        {"id": 1, "company": "Contoso", "status": "closed", "next": None, "due": None, "reason": None}
    ]
    assert "no interview with id 7" in iw(maildir_config, "interview", "close", "7", expect=2).output


def test_import_a_spreadsheet_and_export_it_again(maildir_config: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "tracker.csv"
    sheet.write_text(
        "Company,Position,Interview Date,Interviewer,Decision Date,Notes,Also known as,Job ID\n"
        'Contoso,SRE,2026-11-20 14:00,"Ann Lee <ann@contoso.example>; bob@contoso.example",'
        '2026-11-27,on-call,"Contoso Ltd; Contoso Cloud, Inc.",R-1042\n'
        "Fabrikam,Data Engineer,2026-11-21T09:00:00+00:00,,,,,\n"
        ",,,,,,,\n"
    )
    assert "imported 2 interview(s): ids 1-2" in iw(maildir_config, "interview", "import", str(sheet)).output
    exported = iw(maildir_config, "interview", "export", "--format", "csv").output
    lines = exported.splitlines()
    assert lines[0] == "id,company,role,at,round,status,reply_by,contacts,domains,aliases,job_ids,notes"
    assert lines[1].startswith("1,Contoso,SRE,2026-11-20T14:00:00-05:00,1,")
    assert "Ann Lee <ann@contoso.example>; bob@contoso.example" in lines[1]
    assert '"Contoso Ltd; Contoso Cloud, Inc.",R-1042,on-call' in lines[1]
    as_json = json.loads(iw(maildir_config, "interview", "export", "--format", "json").output)
    assert [i["company"] for i in as_json] == ["Contoso", "Fabrikam"]
    assert (as_json[0]["aliases"], as_json[0]["job_ids"]) == (
        ["Contoso Ltd", "Contoso Cloud, Inc."],
        ["R-1042"],
    )
    assert (as_json[1]["aliases"], as_json[1]["job_ids"]) == ([], [])
    # What export writes, import reads back the same.
    (tmp_path / "again.csv").write_text(exported)
    iw(maildir_config, "interview", "import", str(tmp_path / "again.csv"))
    again = sorted(
        json.loads(iw(maildir_config, "interview", "export", "--format", "json").output),
        key=lambda i: i["id"],
    )
    assert [(i["aliases"], i["job_ids"]) for i in again[2:]] == [
        (i["aliases"], i["job_ids"]) for i in as_json
    ]


def test_a_spreadsheet_with_bad_rows_imports_nothing(maildir_config: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "tracker.csv"
    sheet.write_text("company,role,date,round\nContoso,SRE,2026-11-20 14:00,1\nFabrikam,,someday,two\n")
    out = iw(maildir_config, "interview", "import", str(sheet), expect=2).output
    assert "nothing imported; 1 bad row(s): line 3:" in out
    assert "role is empty" in out
    assert "'someday' is not a date-time" in out
    assert "'two' is not a number" in out
    assert out.count("\n") == 1
    assert json.loads(iw(maildir_config, "interview", "list", "--json").output) == []
    (tmp_path / "nohead.csv").write_text("name,when\nx,y\n")
    out = iw(maildir_config, "interview", "import", str(tmp_path / "nohead.csv"), expect=2).output
    assert "no column for company, role" in out


def test_plan_and_drafts_on_a_maildir(maildir_config: Path) -> None:
    iw(
        maildir_config,
        "interview",
        "add",
        "--company",
        "Contoso",
        "--role",
        "SRE",
        "--at",
        "2026-11-16 10:00",
        "--contact",
        "ann@contoso.example",
    )
    planned = json.loads(iw(maildir_config, "plan", "--now", "2026-11-16 09:00", "--json").output)
    assert (planned[0]["next"], planned[0]["due"]) == ("thank_you", "2026-11-16T11:00:00-05:00")
    assert "no drafts yet" in iw(maildir_config, "drafts").output
    iw(maildir_config, "scan", "--now", "2026-11-16 11:05")
    rows = json.loads(iw(maildir_config, "drafts", "--json").output)
    assert [(r["company"], r["kind"], r["to"], r["state"]) for r in rows] == [
        ("Contoso", "thank_you", "ann@contoso.example", "waiting")
    ]
    table = iw(maildir_config, "drafts").output.splitlines()
    assert table[0].split() == ["interview", "company", "step", "to", "state", "written"]
