"""The command line: each command builds library objects, calls them, and prints."""

from __future__ import annotations

import json
import logging
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from email.utils import getaddresses
from functools import cached_property, wraps
from pathlib import Path
from typing import ParamSpec, TypeVar
from zoneinfo import ZoneInfo

import click

from inboxwatch import __version__
from inboxwatch import review as reviews
from inboxwatch.config import Config, config_path, load_config
from inboxwatch.core.model import Address, InterviewFacts, ReplyKind, Status
from inboxwatch.core.policy import working_slot
from inboxwatch.demo import build_demo, show_drafts
from inboxwatch.errors import ConfigError, InboxwatchError, InputError
from inboxwatch.explain import explain_message
from inboxwatch.interviews import (
    Changes,
    NewInterview,
    add_interview,
    as_dict,
    close_interview,
    get_interview,
    load_interviews,
    silence_days,
    timeline,
    update_interview,
)
from inboxwatch.logsetup import setup_logging
from inboxwatch.mailbox import Mailbox, open_mailbox
from inboxwatch.mailbox.kept import KeptMailbox
from inboxwatch.playbook import load_history, next_action, next_step
from inboxwatch.secrets import read_password
from inboxwatch.service import interview_facts, run_scan
from inboxwatch.spreadsheet import read_interviews, write_csv
from inboxwatch.store import Store, open_store

P = ParamSpec("P")
R = TypeVar("R")


class App:
    """What the commands share: the config and the database, opened on first use."""

    def __init__(self, path: str | None) -> None:
        self.path = config_path(path)

    @cached_property
    def cfg(self) -> Config:
        return load_config(self.path)

    @cached_property
    def store(self) -> Store:
        return open_store(self.cfg.database_url)

    def close(self) -> None:
        if "store" in self.__dict__:  # only if a command opened it
            self.store.close()

    def mailbox(self) -> Mailbox:
        return open_mailbox(self.cfg.mailbox, lambda: read_password(self.cfg.mailbox))

    def now(self, given: str | None) -> datetime:
        return parse_moment(given, self.cfg.user.timezone) if given else datetime.now(UTC)


def parse_moment(text: str, tz: ZoneInfo) -> datetime:
    """A date-time in ISO 8601; without an offset it is local time in ``tz``."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise click.BadParameter(f"{text!r} is not a date-time like 2026-11-20 14:00") from exc
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment


def fail_cleanly(func: Callable[P, R]) -> Callable[P, R]:
    """Turn an inboxwatch error into one line on stderr and exit status 2."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except InboxwatchError as exc:
            click.echo(f"inboxwatch: {exc}", err=True)
            sys.exit(2)

    return wrapper


pass_app = click.make_pass_decorator(App)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config",
    type=click.Path(dir_okay=False),
    help="The config file [default: $INBOXWATCH_CONFIG, else ~/.config/inboxwatch/config.toml].",
)
@click.option("-v", "--verbose", count=True, help="Log more: -v for actions, -vv for debugging.")
@click.version_option(__version__)
@click.pass_context
def cli(ctx: click.Context, config: str | None, verbose: int) -> None:
    """Watch your mailbox after job interviews and draft the follow-ups."""
    setup_logging([logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)])
    ctx.obj = App(config)
    ctx.call_on_close(ctx.obj.close)


@cli.command()
@click.option("--force", is_flag=True, help="Overwrite an existing config file.")
@pass_app
@fail_cleanly
def init(app: App, force: bool) -> None:
    """Write a commented config file and create the database."""
    if app.path.exists() and not force:
        click.echo(f"inboxwatch: {app.path} exists already; edit it, or pass --force", err=True)
        sys.exit(2)
    app.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    example = (Path(__file__).parent / "data" / "config.toml").read_text(encoding="utf-8")
    app.path.touch(mode=0o600)
    app.path.chmod(0o600)  # before writing: --force may overwrite a file others could read
    app.path.write_text(example, encoding="utf-8")
    click.echo(f"wrote {app.path}")
    app.store  # noqa: B018 - creates and migrates the database
    click.echo(f"database ready at {app.cfg.database_url}")
    click.echo("next: edit the config, then run 'inboxwatch check-config'")


@cli.command("check-config")
@pass_app
@fail_cleanly
def check_config(app: App) -> None:
    """Validate the config, open the database, log in, and name the folders found."""
    cfg = app.cfg
    click.echo(f"config: {app.path} is valid")
    app.store  # noqa: B018 - opens and migrates the database
    click.echo("database: ok")
    with app.mailbox() as box:
        folders = box.folders()
    click.echo(f"mailbox: logged in to {cfg.mailbox.backend} ({len(folders)} folders)")
    for folder in folders:
        click.echo(f"  {folder.name}" + (f"  [{folder.role}]" if folder.role else ""))


@cli.group()
def interview() -> None:
    """Log and review interviews."""


def _addresses(values: tuple[str, ...]) -> tuple[Address, ...]:
    found = []
    for name, email in getaddresses(list(values)):
        if "@" not in email:
            raise click.BadParameter(f"{email or name!r} is not a mail address", param_hint="--contact")
        found.append(Address(name, email.lower()))
    return tuple(found)


@interview.command("add")
@click.option("--company", required=True, help="The employer.")
@click.option("--role", required=True, help="The position interviewed for.")
@click.option("--at", "at", required=True, help="When: '2026-11-20 14:00' (local) or ISO 8601 with offset.")
@click.option("--contact", multiple=True, help="An interviewer or recruiter: 'Name <addr>'. Repeatable.")
@click.option("--domain", multiple=True, help="A mail domain of the company, e.g. acme.com. Repeatable.")
@click.option(
    "--alias", multiple=True, help="Another name of the company: a brand, former or legal name. Repeatable."
)
@click.option(
    "--job-id", multiple=True, help="The posting's requisition or job id, e.g. R-10234. Repeatable."
)
@click.option("--reply-by", type=click.DateTime(["%Y-%m-%d"]), help="When they said they would decide.")
@click.option("--round", "round_", type=click.IntRange(1, 20), default=1, show_default=True)
@click.option("--notes", default="", help="Topics discussed, commitments, anything to remember.")
@pass_app
@fail_cleanly
def interview_add(
    app: App,
    company: str,
    role: str,
    at: str,
    contact: tuple[str, ...],
    domain: tuple[str, ...],
    alias: tuple[str, ...],
    job_id: tuple[str, ...],
    reply_by: datetime | None,
    round_: int,
    notes: str,
) -> None:
    """Log an interview; prints its id."""
    new = NewInterview(
        company=company,
        role=role,
        at=parse_moment(at, app.cfg.user.timezone),
        contacts=_addresses(contact),
        domains=domain,
        reply_by=reply_by.date() if reply_by else None,
        round=round_,
        notes=notes,
        aliases=alias,
        job_ids=job_id,
    )
    with app.store.session() as session:
        click.echo(add_interview(session, new, datetime.now(UTC)))


def _table(rows: list[list[str]], header: list[str]) -> Iterator[str]:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        yield "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()


@interview.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_app
@fail_cleanly
def interview_list(app: App, as_json: bool) -> None:
    """Every interview: when, status, days of silence and the next action."""
    tz, now = app.cfg.user.timezone, datetime.now(UTC)
    with app.store.session(commit=False) as session:
        interviews = load_interviews(session)
        if as_json:
            click.echo(json.dumps([as_dict(i, tz) for i in interviews], indent=2))
            return
        history = load_history(session, interviews)
        rows = [
            [
                str(i.id),
                i.company,
                i.role,
                f"{i.at.astimezone(tz):%Y-%m-%d %H:%M}",
                i.status,
                "" if (days := silence_days(i, now)) is None else str(days),
                next_action(history, i, now, app.cfg),
            ]
            for i in interviews
        ]
    if not rows:
        click.echo("no interviews yet; add one with 'inboxwatch interview add'")
        return
    header = ["id", "company", "role", "when", "status", "silent days", "next"]
    for line in _table(rows, header):
        click.echo(line)


@interview.command("show")
@click.argument("interview_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@pass_app
@fail_cleanly
def interview_show(app: App, interview_id: int, as_json: bool) -> None:
    """One interview and its timeline: replies seen, status changes, drafts written."""
    tz = app.cfg.user.timezone
    with app.store.session(commit=False) as session:
        found = get_interview(session, interview_id)
        data = as_dict(found, tz) | {"timeline": timeline(found, tz)}
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(f"#{data['id']} {data['company']}: {data['role']} (round {data['round']})")
    click.echo(f"  when:     {data['at']}")
    click.echo(f"  status:   {data['status']}")
    click.echo(f"  contacts: {', '.join(data['contacts']) or '-'}")
    if data["aliases"]:
        click.echo(f"  also named: {', '.join(data['aliases'])}")
    if data["job_ids"]:
        click.echo(f"  job ids:  {', '.join(data['job_ids'])}")
    if data["reply_by"]:
        click.echo(f"  decision by: {data['reply_by']}")
    for event in data["timeline"]:
        click.echo(f"  {event['at'][:16]}  {event['kind']:<7} {event['summary']}")


@interview.command("update")
@click.argument("interview_id", type=int)
@click.option("--company", help="A new company name.")
@click.option("--role", help="A new role.")
@click.option("--at", "at", help="The time of the (next) round: '2026-11-20 14:00' or ISO 8601.")
@click.option("--contact", multiple=True, help="Add an interviewer: 'Name <addr>'. Repeatable.")
@click.option("--domain", multiple=True, help="Add a company mail domain. Repeatable.")
@click.option(
    "--alias",
    multiple=True,
    help="Replace the company's other names with these. Repeatable; --alias '' clears them.",
)
@click.option(
    "--job-id",
    multiple=True,
    help="Replace the posting's job ids with these. Repeatable; --job-id '' clears them.",
)
@click.option("--reply-by", type=click.DateTime(["%Y-%m-%d"]), help="When they said they would decide.")
@click.option("--round", "round_", type=click.IntRange(1, 20), help="The round number.")
@click.option("--notes", help="Replace the notes.")
@pass_app
@fail_cleanly
def interview_update(
    app: App,
    interview_id: int,
    company: str | None,
    role: str | None,
    at: str | None,
    contact: tuple[str, ...],
    domain: tuple[str, ...],
    alias: tuple[str, ...],
    job_id: tuple[str, ...],
    reply_by: datetime | None,
    round_: int | None,
    notes: str | None,
) -> None:
    """Change an interview's fields, add contacts or domains, or set the decision date.

    Contacts and domains given are added. Aliases and job ids given replace the
    whole set (so a typo is fixed by giving the right list); leave them out to
    keep the set, or pass --alias '' (or --job-id '') to clear it.
    """
    changes = Changes(
        company=company,
        role=role,
        at=parse_moment(at, app.cfg.user.timezone) if at else None,
        reply_by=reply_by.date() if reply_by else None,
        round=round_,
        notes=notes,
        add_contacts=_addresses(contact),
        add_domains=domain,
        aliases=alias or None,
        job_ids=job_id or None,
    )
    with app.store.session() as session:
        updated = update_interview(session, interview_id, changes, datetime.now(UTC))
        click.echo(f"updated interview {updated.id} ({updated.company}): {updated.status}")


@interview.command("close")
@click.argument("interview_id", type=int)
@pass_app
@fail_cleanly
def interview_close(app: App, interview_id: int) -> None:
    """Withdraw from an interview: no more drafts or status changes."""
    with app.store.session() as session:
        closed = close_interview(session, interview_id, datetime.now(UTC))
        click.echo(f"closed interview {closed.id} ({closed.company})")


@interview.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_app
@fail_cleanly
def interview_import(app: App, file: Path) -> None:
    """Import interviews from a CSV spreadsheet; columns are found by their header names."""
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{file}: cannot read: {exc}") from exc
    rows = read_interviews(text, app.cfg.user.timezone)
    now = datetime.now(UTC)
    with app.store.session() as session:
        ids = [add_interview(session, row, now) for row in rows]
    click.echo(f"imported {len(ids)} interview(s)" + (f": ids {ids[0]}-{ids[-1]}" if ids else ""))


@interview.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@pass_app
@fail_cleanly
def interview_export(app: App, fmt: str) -> None:
    """Print every interview as CSV (for a spreadsheet) or JSON."""
    with app.store.session(commit=False) as session:
        records = [as_dict(i, app.cfg.user.timezone) for i in load_interviews(session)]
    click.echo(write_csv(records) if fmt == "csv" else json.dumps(records, indent=2), nl=fmt == "json")


@cli.command()
@click.option("--now", "now_text", help="Plan as if it were this moment (ISO 8601).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_app
@fail_cleanly
def plan(app: App, now_text: str | None, as_json: bool) -> None:
    """Per interview, the next step of the playbook and when it falls due."""
    now, tz = app.now(now_text), app.cfg.user.timezone
    rows = []
    with app.store.session(commit=False) as session:
        interviews = load_interviews(session)
        history = load_history(session, interviews)
        for i in interviews:
            step = next_step(history, i, now, app.cfg)
            rows.append(
                {
                    "id": i.id,
                    "company": i.company,
                    "status": i.status,
                    "next": None if step is None else str(step.step or "ghosted"),
                    "due": None if step is None else step.due.astimezone(tz).isoformat(),
                    "reason": None if step is None else step.reason,
                }
            )
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    table = [
        [str(r["id"]), str(r["company"]), str(r["status"]), str(r["next"] or "-"), str(r["due"] or "")[:16]]
        for r in rows
    ]
    for line in _table(table, ["id", "company", "status", "next", "due"]):
        click.echo(line)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_app
@fail_cleanly
def drafts(app: App, as_json: bool) -> None:
    """Every draft inboxwatch wrote, and what became of it: waiting, sent or dismissed."""
    tz = app.cfg.user.timezone
    with app.store.session(commit=False) as session:
        rows = [
            {"interview_id": i.id, "company": i.company} | d
            for i in load_interviews(session)
            for d in as_dict(i, tz)["drafts"]
        ]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("no drafts yet")
        return
    table = [
        [str(r["interview_id"]), r["company"], r["kind"], r["to"] or "-", r["state"], r["created_at"][:16]]
        for r in rows
    ]
    for line in _table(table, ["interview", "company", "step", "to", "state", "written"]):
        click.echo(line)


@cli.command()
@click.option("--now", "now_text", help="Decide as if it were this moment (ISO 8601).")
@click.option("--dry-run", is_flag=True, help="Change nothing; print what would happen.")
@pass_app
@fail_cleanly
def scan(app: App, now_text: str | None, dry_run: bool) -> None:
    """One pass: sync, update statuses, write due drafts, print a summary."""
    with app.mailbox() as box:
        report = run_scan(app.cfg, app.store, box, app.now(now_text), dry_run=dry_run)
    for line in report.lines():
        click.echo(line)


@cli.command()
@pass_app
@fail_cleanly
def run(app: App) -> None:
    """Run as a daemon: watch for new mail, scan on a schedule; SIGHUP reloads, SIGTERM stops."""
    from inboxwatch.daemon import Daemon
    from inboxwatch.lock import DaemonLock

    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))
    mailbox = KeptMailbox(lambda cfg: open_mailbox(cfg, lambda: read_password(cfg)))

    def scan_once(cfg: Config) -> None:
        report = mailbox.use(cfg.mailbox, lambda box: run_scan(cfg, app.store, box, datetime.now(UTC)))
        if report.messages or report.skipped:
            logging.getLogger("inboxwatch.daemon").info("scan: %s", report.lines()[0])

    with DaemonLock(app.cfg.database_url) as lock:
        app.store  # noqa: B018 - open and migrate the database before the first scan
        try:
            Daemon(app.cfg, scan_once, lambda: load_config(app.path), lock).run()
        finally:
            mailbox.close()


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@pass_app
@fail_cleanly
def status(app: App, as_json: bool) -> None:
    """Whether the daemon runs, the last sync per folder, its last error, reviews and drafts due."""
    from inboxwatch.status import collect_status, status_lines

    with app.store.session(commit=False) as session:
        data = collect_status(app.cfg, session, datetime.now(UTC))
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    for line in status_lines(data):
        click.echo(line)


@cli.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_context
@fail_cleanly
def review(ctx: click.Context, as_json: bool) -> None:
    """Replies inboxwatch was unsure of: list them, then confirm, pick another interview, or dismiss."""
    if ctx.invoked_subcommand is not None:
        return
    app: App = ctx.obj
    with app.store.session(commit=False) as session:
        rows = reviews.as_dicts(session, reviews.open_reviews(session), app.cfg.user.timezone)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("nothing to review")
        return
    for r in rows:
        when = r["date"][:16].replace("T", " ")
        click.echo(f"review {r['id']}  {when}  {r['sender'] or '-'}  {r['subject'] or '(no subject)'}")
        wanted = r["suggested"]
        where = f"#{wanted['id']} {wanted['company']}: {wanted['role']}" if wanted else "no interview"
        click.echo(f"  suggests {where} (match {r['match_score']:.2f})")
        click.echo(f"  reads as {r['kind']} (confidence {r['confidence']:.2f})")
        for reason in r["reasons"]:
            click.echo(f"    - {reason}")
        for other in r["candidates"]:
            click.echo(
                f"  or #{other['id']} {other['company']}: {other['role']} (match {other['score']:.2f})"
            )
    click.echo("then: inboxwatch review confirm ID | review pick ID INTERVIEW_ID | review dismiss ID")


_KIND = click.option(
    "--kind",
    type=click.Choice([k.value for k in ReplyKind]),
    help="What the reply says, if inboxwatch read it wrong [default: as read].",
)


def _accept(app: App, review_id: int, interview_id: int | None, kind: str | None) -> None:
    tz, chosen = app.cfg.user.timezone, ReplyKind(kind) if kind else None
    with app.store.session() as session:
        line = reviews.accept(session, review_id, interview_id, chosen, datetime.now(UTC), tz)
    click.echo(line)


@review.command("confirm")
@click.argument("review_id", type=int)
@_KIND
@pass_app
@fail_cleanly
def review_confirm(app: App, review_id: int, kind: str | None) -> None:
    """Apply the reply to the suggested interview; its sender becomes a contact."""
    _accept(app, review_id, None, kind)


@review.command("pick")
@click.argument("review_id", type=int)
@click.argument("interview_id", type=int)
@_KIND
@pass_app
@fail_cleanly
def review_pick(app: App, review_id: int, interview_id: int, kind: str | None) -> None:
    """Apply the reply to another interview; its sender becomes a contact of that one."""
    _accept(app, review_id, interview_id, kind)


@review.command("dismiss")
@click.argument("review_id", type=int)
@pass_app
@fail_cleanly
def review_dismiss(app: App, review_id: int) -> None:
    """Close a review without changing any interview."""
    with app.store.session() as session:
        click.echo(reviews.dismiss(session, review_id, datetime.now(UTC)))


def _open_interviews(app: App) -> dict[InterviewFacts, Status] | None:
    """What a scan matches against, with each interview's status; None when there is no config yet."""
    if not app.path.exists():
        return None
    with app.store.session(commit=False) as session:
        interviews = [i for i in load_interviews(session) if i.status != Status.CLOSED]  # as a scan does
        facts = interview_facts(session, interviews)
        return {facts[i.id]: Status(i.status) for i in interviews}


@cli.command()
@click.argument("message", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@pass_app
@fail_cleanly
def explain(app: App, message: Path, as_json: bool) -> None:
    """How inboxwatch reads one message (.eml), with its reasons, and what a scan would do with it."""
    interviews = _open_interviews(app)
    data = explain_message(
        message.read_bytes(), interviews, app.cfg.user.email if interviews is not None else ""
    )
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    verdict, found, action = data["classification"], data["match"], data["action"]
    click.echo(f"kind: {verdict['kind']} (confidence {verdict['confidence']})")
    for reason in verdict["reasons"]:
        click.echo(f"  - {reason}")
    if found is None:
        click.echo("match: none")
    else:
        click.echo(f"match: interview {found['interview_id']} (score {found['score']:.2f})")
        for reason in found["reasons"]:
            click.echo(f"  - {reason}")
        for other in found["others"]:
            click.echo(f"  also: interview {other['interview_id']} (score {other['score']:.2f})")
    change = ""
    if "status_from" in action:
        before, after = action["status_from"], action["status_to"]
        change = f", status {before} -> {after}" if before != after else f", status stays {before}"
    click.echo(f"action: {action['handling']}{change} ({action['reason']})")


@cli.command()
@click.option(
    "--keep", type=click.Path(file_okay=False, path_type=Path), help="Build the demo here and keep it."
)
@click.pass_context
@fail_cleanly
def demo(ctx: click.Context, keep: Path | None) -> None:
    """A self-contained tour on a sample Maildir; needs no account."""
    if keep is not None and keep.exists() and any(keep.iterdir()):
        click.echo(f"inboxwatch: {keep} is not empty; give a new folder to --keep", err=True)
        sys.exit(2)
    with ExitStack() as stack:
        root = keep or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="inboxwatch-demo-")))
        app = App(str(build_demo(root, datetime.now(UTC))))
        stack.callback(app.close)
        ctx.obj = app
        click.echo(f"A sample mailbox with four interviews in {root}\n")
        # Drafts appear only in working hours: outside them, the tour looks ahead to the next ones.
        now = datetime.now(UTC)
        moment = working_slot(now, app.cfg.policy.settings, app.cfg.user.timezone)
        if moment == now:
            click.echo("$ inboxwatch scan")
            ctx.invoke(scan)
        else:
            click.echo(f"$ inboxwatch scan --now '{moment:%Y-%m-%d %H:%M}'   # the next working hours")
            ctx.invoke(scan, now_text=moment.isoformat())
        click.echo("\n$ inboxwatch interview list")
        ctx.invoke(interview_list)
        for line in show_drafts(root):
            click.echo(line)
        if keep is None:
            click.echo(
                "\n(the sample is removed; pass --keep DIR to explore it with --config DIR/config.toml)"
            )


@cli.group()
def auth() -> None:
    """Authorise inboxwatch at your mail provider."""


@auth.command("gmail")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    help="The local port Google's sign-in returns to [default: any free one]; fix it to forward it over SSH.",
)
@click.option("--no-browser", is_flag=True, help="Print the sign-in address instead of opening a browser.")
@pass_app
@fail_cleanly
def auth_gmail(app: App, port: int, no_browser: bool) -> None:
    """Sign in to Google and save the token: read mail and write drafts, nothing more."""
    cfg = app.cfg.mailbox
    if cfg.backend != "gmail":
        raise ConfigError(f'mailbox.backend: is {cfg.backend!r}; set it to "gmail" first')
    box = app.mailbox()  # before the browser opens: fails if the Google libraries are missing
    from inboxwatch.gmail_auth import authorize

    authorize(cfg.client_secret_file, cfg.token_file, port, open_browser=not no_browser)
    with box:  # signs in with the new token, and checks it is for mailbox.username
        click.echo(f"authorised {cfg.username}; the token is in {cfg.token_file}")
    click.echo("a running `inboxwatch run` uses it after a reload (systemctl --user reload inboxwatch)")


def main() -> None:
    cli(prog_name="inboxwatch")
