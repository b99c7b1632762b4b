from datetime import date

import pytest

from inboxwatch.core.bizdays import add_business_days, is_business_day
from inboxwatch.core.model import PolicySettings

MON_FRI = PolicySettings()


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (date(2026, 11, 16), 1, date(2026, 11, 17)),  # Monday -> Tuesday
        (date(2026, 11, 20), 1, date(2026, 11, 23)),  # Friday -> Monday
        (date(2026, 11, 20), 5, date(2026, 11, 27)),  # Friday + 5 -> next Friday
        (date(2026, 11, 21), 1, date(2026, 11, 23)),  # Saturday -> Monday
        (date(2026, 11, 16), 0, date(2026, 11, 16)),
    ],
)
def test_add_business_days_skips_weekends(start: date, count: int, expected: date) -> None:
    assert add_business_days(start, count, MON_FRI) == expected


def test_holidays_are_skipped() -> None:
    settings = PolicySettings(holidays=frozenset({date(2026, 12, 25)}))
    assert add_business_days(date(2026, 12, 24), 1, settings) == date(2026, 12, 28)
    assert not is_business_day(date(2026, 12, 25), settings)


def test_a_friday_saturday_weekend() -> None:
    settings = PolicySettings(weekend=frozenset({4, 5}))
    # Thursday 2026-11-19 + 1 business day skips Friday and Saturday.
    assert add_business_days(date(2026, 11, 19), 1, settings) == date(2026, 11, 22)
