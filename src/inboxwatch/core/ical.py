"""Read a calendar invitation (RFC 5545): method, organizer, start and summary.

Only the first event counts: an employer's invitation holds one. Times come
in three forms: UTC (``…Z``), local to a ``TZID`` whose rules the invitation
carries in a ``VTIMEZONE`` (Outlook and Exchange always do), or floating. The
first two give an aware UTC start; a floating time, or a zone the invitation
does not describe, gives a naive one, to be read in the user's own zone.
Nothing here trusts its input: what cannot be read is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from inboxwatch.core.model import Address, CalendarInvite

MAX_LINES = 2_000  # unfolded content lines read; a real invitation has under 200

_LINE = re.compile(r'^([A-Za-z0-9-]+)((?:;(?:"[^"]*"|[^":;])*)*):(.*)$')  # quoted parameters hold colons
_PARAM = re.compile(r';([A-Za-z0-9-]+)=("[^"]*"|[^;:]*)')
_STAMP = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_OFFSET = re.compile(r"^([+-])(\d{2})(\d{2})(\d{2})?$")
_BYDAY = re.compile(r"^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$")
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}


@dataclass(frozen=True)
class _Property:
    name: str
    params: dict[str, str]
    value: str


@dataclass(frozen=True)
class _Observance:
    """One STANDARD or DAYLIGHT rule of a VTIMEZONE: from ``onset`` on, local time is UTC + ``offset``."""

    onset: datetime  # naive local time of the first onset
    offset: timedelta
    month: int | None  # the yearly rule, when there is one
    weekday: int | None
    nth: int  # 1 = first, -1 = last

    def latest_onset(self, moment: datetime) -> datetime | None:
        """The last onset at or before the naive local ``moment``."""
        if moment < self.onset:
            return None
        if self.month is None or self.weekday is None:
            return self.onset
        for year in (moment.year, moment.year - 1):
            onset = datetime.combine(
                _nth_weekday(year, self.month, self.weekday, self.nth), self.onset.time()
            )
            if onset <= moment:
                return onset
        return None


def read_invite(text: str) -> CalendarInvite | None:
    """The invitation in an iCalendar text, or None when it holds no event."""
    components: list[str] = []
    method = ""
    event: list[_Property] = []
    zones: dict[str, list[_Observance]] = {}
    zone_id = ""
    observance: list[_Property] = []
    for prop in _properties(text):
        if prop.name == "BEGIN":
            components.append(prop.value.upper())
            observance = []
        elif prop.name == "END":
            ended = components.pop() if components else ""
            if ended in {"STANDARD", "DAYLIGHT"} and zone_id:
                zones.setdefault(zone_id, []).extend(_observance(observance))
            elif ended == "VEVENT" and event:
                break
        elif components[-1:] == ["VCALENDAR"] and prop.name == "METHOD":
            method = prop.value.strip().upper()
        elif components[-1:] == ["VEVENT"]:
            event.append(prop)
        elif components[-1:] == ["VTIMEZONE"] and prop.name == "TZID":
            zone_id = prop.value.strip()
        elif components[-1:] in (["STANDARD"], ["DAYLIGHT"]):
            observance.append(prop)
    if not event:
        return None
    found = {prop.name: prop for prop in reversed(event)}  # the first of each name wins
    organizer = found.get("ORGANIZER")
    start = found.get("DTSTART")
    summary = found.get("SUMMARY")
    return CalendarInvite(
        method=method,
        organizer=_organizer(organizer) if organizer else None,
        start=_start(start, zones) if start else None,
        summary=" ".join(_unescape(summary.value).split()) if summary else "",
    )


def _properties(text: str) -> list[_Property]:
    # Long lines fold onto the next with a leading space or tab (RFC 5545 3.1).
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    found: list[_Property] = []
    for line in unfolded.splitlines()[:MAX_LINES]:
        parts = _LINE.match(line.strip())
        if parts:
            name, params, value = parts.groups()
            found.append(
                _Property(
                    name.upper(),
                    {key.upper(): raw.strip('"') for key, raw in _PARAM.findall(params)},
                    value,
                )
            )
    return found


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda escape: _ESCAPES.get(escape.group(1), escape.group(1)), value)


def _organizer(prop: _Property) -> Address | None:
    email = re.sub(r"^mailto:", "", prop.value.strip(), flags=re.IGNORECASE).lower()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+", email):
        return None
    return Address(name=prop.params.get("CN", "").strip(), email=email)


def _stamp(value: str) -> tuple[datetime, bool] | None:
    """A naive datetime, and whether it is in UTC."""
    parts = _STAMP.match(value.strip())
    if not parts:
        return None
    year, month, day, hour, minute, second, utc = parts.groups()
    fields = (int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    try:
        moment = datetime(*fields)  # noqa: DTZ001 - naive on purpose: the caller gives it its zone
    except ValueError:
        return None
    return moment, bool(utc)


def _start(prop: _Property, zones: dict[str, list[_Observance]]) -> datetime | None:
    stamp = _stamp(prop.value)
    if stamp is None:
        return None
    moment, utc = stamp
    if utc:
        return moment.replace(tzinfo=UTC)
    offset = _zone_offset(zones.get(prop.params.get("TZID", "").strip(), []), moment)
    return moment if offset is None else (moment - offset).replace(tzinfo=UTC)


def _zone_offset(observances: list[_Observance], moment: datetime) -> timedelta | None:
    """The UTC offset in force at naive local ``moment``: that of the latest onset before it."""
    onsets = [(onset, rule.offset) for rule in observances if (onset := rule.latest_onset(moment))]
    return max(onsets)[1] if onsets else None


def _observance(props: list[_Property]) -> list[_Observance]:
    found = {prop.name: prop.value.strip() for prop in reversed(props)}
    onset = _stamp(found.get("DTSTART", ""))
    offset = _offset(found.get("TZOFFSETTO", ""))
    if onset is None or offset is None:
        return []
    rule = dict(item.partition("=")[::2] for item in found.get("RRULE", "").upper().split(";"))
    month, weekday, nth = None, None, 1
    byday = _BYDAY.match(rule.get("BYDAY", ""))
    if rule.get("FREQ") == "YEARLY" and rule.get("BYMONTH", "").isdigit() and byday:
        month, weekday, nth = int(rule["BYMONTH"]), _WEEKDAYS.index(byday.group(2)), int(byday.group(1) or 1)
        if not 1 <= month <= 12 or nth == 0:
            return []
    return [_Observance(onset[0], offset, month, weekday, nth)]


def _offset(value: str) -> timedelta | None:
    parts = _OFFSET.match(value)
    if not parts:
        return None
    sign, hours, minutes, seconds = parts.groups()
    size = timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds or 0))
    return -size if sign == "-" else size


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` of a month; a negative ``nth`` counts from its end."""
    if nth > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        day = last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-nth - 1))
    # "5th Sunday" in a month with four falls back to the last one, as calendar programs do.
    step = timedelta(days=7 if nth > 0 else -7)
    while day.month != month:
        day -= step
    return day
