from datetime import date, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from representatives.working_days import is_overdue, overdue_cutoff, working_days_between

MONDAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (MONDAY, MONDAY, 0),
        (MONDAY, MONDAY + timedelta(days=1), 1),
        (MONDAY, MONDAY + timedelta(days=4), 4),  # to Friday
        (MONDAY + timedelta(days=4), MONDAY + timedelta(days=7), 1),  # Friday to Monday
        (MONDAY + timedelta(days=5), MONDAY + timedelta(days=6), 0),  # Saturday to Sunday
        (MONDAY, MONDAY + timedelta(days=14), 10),
        (MONDAY, MONDAY + timedelta(days=15), 11),
        (MONDAY + timedelta(days=3), MONDAY, 0),
    ],
)
def test_working_days_between(start, end, expected):
    assert working_days_between(start, end) == expected


def test_counting_matches_a_day_by_day_walk():
    start = date(2026, 1, 1)
    for length in range(40):
        end = start + timedelta(days=length)
        walked = sum(1 for n in range(1, length + 1) if (start + timedelta(days=n)).weekday() < 5)
        assert working_days_between(start, end) == walked


def test_cutoff_is_the_first_day_that_is_not_overdue():
    today = MONDAY + timedelta(days=14)
    cutoff = timezone.localtime(overdue_cutoff(today)).date()
    assert working_days_between(cutoff, today) == 10
    assert working_days_between(cutoff - timedelta(days=1), today) == 11


@time_machine.travel(datetime(2026, 3, 16, 9, 0, tzinfo=timezone.get_fixed_timezone(0)), tick=False)
def test_is_overdue_with_a_fixed_clock():
    today = timezone.localdate()
    ten_working_days_ago = timezone.make_aware(datetime(2026, 3, 2, 15, 0))
    eleven_working_days_ago = timezone.make_aware(datetime(2026, 2, 27, 15, 0))
    assert not is_overdue(ten_working_days_ago, today)
    assert is_overdue(eleven_working_days_ago, today)
