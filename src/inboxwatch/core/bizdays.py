"""Business-day arithmetic: weekends and public holidays do not count."""

from __future__ import annotations

from datetime import date, timedelta

from inboxwatch.core.model import PolicySettings


def is_business_day(day: date, settings: PolicySettings) -> bool:
    return day.weekday() not in settings.weekend and day not in settings.holidays


def add_business_days(start: date, count: int, settings: PolicySettings) -> date:
    """The ``count``-th business day after ``start`` (``start`` itself never counts)."""
    day = start
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if is_business_day(day, settings):
            remaining -= 1
    return day
