"""Read the tracking spreadsheet a job seeker already keeps, and write one back."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date, datetime
from email.utils import getaddresses
from typing import Any
from zoneinfo import ZoneInfo

from inboxwatch.core.model import Address
from inboxwatch.errors import InputError
from inboxwatch.interviews import NewInterview

# Header names people use, lower-cased, for each field.
COLUMNS: dict[str, tuple[str, ...]] = {
    "company": ("company", "employer", "organisation", "organization"),
    "role": ("role", "position", "title", "job", "job title"),
    "at": ("at", "when", "date", "interview date", "interview", "datetime", "interview time"),
    "contacts": ("contacts", "contact", "interviewer", "interviewers", "email", "emails"),
    "domains": ("domains", "domain", "company domain"),
    "reply_by": ("reply_by", "reply by", "decision date", "decision by", "expected answer", "deadline"),
    "round": ("round", "stage"),
    "notes": ("notes", "note", "topics", "takeaways", "comments"),
    # Several in one cell, separated by ";" (a company's name may hold a comma).
    "aliases": ("aliases", "alias", "also known as", "other names"),
    "job_ids": ("job_ids", "job id", "requisition", "requisition id", "req id"),
}
REQUIRED = ("company", "role", "at")
EXPORT_FIELDS = (
    "id",
    "company",
    "role",
    "at",
    "round",
    "status",
    "reply_by",
    "contacts",
    "domains",
    "aliases",
    "job_ids",
    "notes",
)


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = name.strip().lower().replace("-", " ").replace("_", " ")
        for field, aliases in COLUMNS.items():
            if key in {a.replace("_", " ") for a in aliases} and field not in found:
                found[field] = index
    missing = [f for f in REQUIRED if f not in found]
    if missing:
        raise InputError(f"the header has no column for {', '.join(missing)} (found: {', '.join(header)})")
    return found


def _moment(text: str, tz: ZoneInfo) -> datetime:
    moment = datetime.fromisoformat(text.strip())
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment


def _row(cells: dict[str, str], tz: ZoneInfo) -> NewInterview:
    problems = [f"{f} is empty" for f in REQUIRED if not cells.get(f)]
    at = reply_by = None
    round_ = 1
    try:
        at = _moment(cells["at"], tz) if cells.get("at") else None
    except ValueError:
        problems.append(f"at {cells['at']!r} is not a date-time like 2026-11-20 14:00")
    try:
        reply_by = date.fromisoformat(cells["reply_by"].strip()) if cells.get("reply_by") else None
    except ValueError:
        problems.append(f"reply_by {cells['reply_by']!r} is not a date like 2026-11-27")
    try:
        round_ = int(cells["round"]) if cells.get("round") else 1
    except ValueError:
        problems.append(f"round {cells['round']!r} is not a number")
    contacts = []
    for name, email in getaddresses([cells.get("contacts", "").replace(";", ",")]):
        if email and "@" not in email:
            problems.append(f"contact {email!r} is not a mail address")
        elif email:
            contacts.append(Address(name, email.lower()))
    if problems or at is None:
        raise ValueError("; ".join(problems))
    return NewInterview(
        company=cells["company"].strip(),
        role=cells["role"].strip(),
        at=at,
        contacts=tuple(contacts),
        domains=tuple(d for d in cells.get("domains", "").replace(";", " ").replace(",", " ").split() if d),
        reply_by=reply_by,
        round=round_,
        notes=cells.get("notes", "").strip(),
        aliases=tuple(cells.get("aliases", "").split(";")),
        job_ids=tuple(cells.get("job_ids", "").split(";")),
    )


def read_interviews(text: str, tz: ZoneInfo) -> list[NewInterview]:
    """Every row as a new interview; any bad row fails the whole file, naming each problem."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise InputError("the file is empty")
    columns = _columns(rows[0])
    found, problems = [], []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = {field: row[index] if index < len(row) else "" for field, index in columns.items()}
        try:
            found.append(_row(cells, tz))
        except ValueError as exc:
            problems.append(f"line {number}: {exc}")
    if problems:
        raise InputError(f"nothing imported; {len(problems)} bad row(s): " + " | ".join(problems))
    return found


def write_csv(records: Iterable[dict[str, Any]]) -> str:
    """Interviews (as `interviews.as_dict` gives them) as CSV with one header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_FIELDS)
    for record in records:
        writer.writerow(
            "; ".join(record[f]) if isinstance(record[f], list) else ("" if record[f] is None else record[f])
            for f in EXPORT_FIELDS
        )
    return out.getvalue()
