"""When the sender of an out-of-office reply is back, as the reply says it.

"Back on Monday 24 March", "returning 24/03", "out until 24 March", "ab dem
24. März wieder im Büro": the day named is the day the sender is back, as
people mostly mean "until" in these replies. Only an inclusive last day
("through 21 March", "bis einschließlich 21.03.") counts as the day after it.
When a reply names several, the latest wins: "away from the 10th until the
24th" means back on the 24th.

Dates without a year, and weekdays, are read against the day the reply was
sent: the first such day on or after it (a few days before it, for a stale
reply that forgot to update its date). Without the sending day only dates
with a year can be read. "03/04" is read both ways, and the nearer day wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from inboxwatch.core.lexicon import Language

STALE_DAYS = 7  # how long before the sending day a yearless date may lie
_WINDOW = 40  # characters after a trigger where its date must start
_FULL_WEEKDAY = 4  # shorter weekday names ("mo", "sun") only before a date, never alone
_LEAD = re.compile(r"^[ ,:]*(?:(?:on|the) )*")  # "next in, on the 24th"


class ReturnDates:
    """The date forms of some languages, compiled once."""

    def __init__(self, languages: tuple[Language, ...]) -> None:
        self.months = {name: number for language in languages for name, number in language.months.items()}
        self.weekdays = {name: day for language in languages for name, day in language.weekdays.items()}
        month = _alternation(self.months)
        ordinal = "(?:" + "|".join(language.ordinal for language in languages) + ")"
        self.weekday = re.compile(r"(" + _alternation(self.weekdays) + r")\b\.?,?\s*(?:the |den |dem )?")
        # Each form names its groups; an ambiguous one ("03/04") is read both ways.
        self.forms: tuple[tuple[re.Pattern[str], tuple[str, ...], bool], ...] = (
            (re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b"), ("year", "month", "day"), False),
            # "3.26" can only be month first; "3.30pm" is a time
            (re.compile(r"(\d{1,2})\.(1[3-9]|2\d|3[01])(?![\d:.]|\s?[ap]\.?m)"), ("month", "day"), False),
            (
                re.compile(r"(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2})?)?(?![\d:])"),
                ("day", "month", "year"),
                False,
            ),
            (re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d:])"), ("day", "month", "year"), True),
            # with dashes only with a year: "3-4" alone is more often a range than a day
            (re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})\b"), ("day", "month", "year"), True),
            (
                re.compile(r"(\d{1,2})" + ordinal + r"(?: of)?[ -](" + month + r")\b\.?(?:,? |-)?(\d{4})?"),
                ("day", "month", "year"),
                False,
            ),
            (
                re.compile(r"(" + month + r")\b\.? (\d{1,2})" + ordinal + r"(?:,? (\d{4}))?(?![\d:])"),
                ("month", "day", "year"),
                False,
            ),
            (re.compile(r"(?:the )?(\d{1,2})(?:st|nd|rd|th|\.(?![\d:]))"), ("day",), False),
        )
        week = "|".join(language.week for language in languages)
        self.week = re.compile(rf"(?:{week}) ?(\d{{1,2}})\b")
        back = "|".join(f"(?:{language.back_on})" for language in languages)
        through = "|".join(f"(?:{language.away_through})" for language in languages)
        # The inclusive phrases first: "bis einschließlich" before "bis".
        self.triggers = re.compile(rf"(?P<through>{through})|(?P<back>{back})")

    def find(self, text: str, sent: datetime | None) -> date | None:
        """The day the sender is back, from normalised out-of-office ``text``."""
        found = []
        for trigger in self.triggers.finditer(text):
            day = self._date_at(text[trigger.end() : trigger.end() + _WINDOW], sent)
            if day is not None:
                found.append(day + timedelta(days=1) if trigger.group("through") is not None else day)
        return max(found, default=None)

    def _date_at(self, text: str, sent: datetime | None) -> date | None:
        text = _LEAD.sub("", text, count=1)
        weekday = self.weekday.match(text)
        if weekday:
            text = text[weekday.end() :]
        week = self.week.match(text)
        if week:
            return _monday_of(int(week.group(1)), sent)
        for pattern, names, ambiguous in self.forms:
            parts = pattern.match(text)
            if parts:
                fields = dict(zip(names, parts.groups(), strict=True))
                day, month, year = self._fields(fields)
                readings = [(day, month)]
                if ambiguous and month is not None:
                    readings.append((month, day))
                return _nearest(readings, year, sent)
        if weekday and len(weekday.group(1)) >= _FULL_WEEKDAY and sent is not None:
            ahead = (self.weekdays[weekday.group(1)] - sent.weekday()) % 7 or 7
            return sent.date() + timedelta(days=ahead)
        return None

    def _fields(self, fields: dict[str, str | None]) -> tuple[int, int | None, int | None]:
        """Day, month and year of a matched date; None for a month or year it leaves open."""
        month = fields.get("month")
        year = fields.get("year")
        return (
            int(fields["day"] or 0),
            None if month is None else int(month) if month.isdigit() else self.months[month],
            None if year is None else int(year) + (2000 if len(year) == 2 else 0),
        )


def _monday_of(week: int, sent: datetime | None) -> date | None:
    """The Monday of ISO calendar ``week``, the first on or after the sending day, less ``STALE_DAYS``."""
    if sent is None:
        return None
    earliest = sent.date() - timedelta(days=STALE_DAYS)
    for year in (earliest.year, earliest.year + 1):
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:  # week 0, or a 53rd week in a year of 52
            continue
        if monday >= earliest:
            return monday
    return None


def _alternation(names: dict[str, int]) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


def _nearest(readings: list[tuple[int, int | None]], year: int | None, sent: datetime | None) -> date | None:
    """The earliest valid (day, month) reading on or after the sending day, less ``STALE_DAYS``."""
    earliest = None if sent is None else sent.date() - timedelta(days=STALE_DAYS)
    found = [
        when
        for day, month in readings
        for when in _dates(day, month, year, earliest)
        if earliest is None or when >= earliest
    ]
    return min(found, default=None)


def _dates(day: int, month: int | None, year: int | None, earliest: date | None) -> Iterator[date]:
    """Valid dates with this day, month and year; an open month or year is tried from ``earliest`` on."""
    if year is not None and month is not None:
        months = [(year, month)]
    elif earliest is None:
        return
    elif month is None:
        first = earliest.year * 12 + earliest.month - 1
        months = [(index // 12, index % 12 + 1) for index in range(first, first + 12)]
    else:
        months = [(earliest.year, month), (earliest.year + 1, month)]
    for each_year, each_month in months:
        try:
            yield date(each_year, each_month, day)
        except ValueError:  # the 31st of April, month 13, the 30th of February
            continue
