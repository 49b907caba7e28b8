"""Working days (Monday to Friday) for spotting applications nobody has touched.

Bank holidays are not counted out: the four UK nations keep different ones,
and a day's early warning does no harm.
"""

from datetime import date, datetime, time, timedelta

from django.utils import timezone

OVERDUE_AFTER_WORKING_DAYS = 10


def working_days_between(start: date, end: date) -> int:
    """Weekdays after `start` up to and including `end` (0 when end is not later)."""
    if end <= start:
        return 0
    whole_weeks, remainder = divmod((end - start).days, 7)
    count = whole_weeks * 5
    for offset in range(1, remainder + 1):
        if (start + timedelta(days=offset)).weekday() < 5:
            count += 1
    return count


def overdue_cutoff(today: date, limit: int = OVERDUE_AFTER_WORKING_DAYS) -> datetime:
    """The moment before which a last action is more than `limit` working days ago."""
    earliest_fresh_day = today
    while working_days_between(earliest_fresh_day - timedelta(days=1), today) <= limit:
        earliest_fresh_day -= timedelta(days=1)
    return timezone.make_aware(datetime.combine(earliest_fresh_day, time.min))


def is_overdue(last_action_at: datetime, today: date, limit: int = OVERDUE_AFTER_WORKING_DAYS) -> bool:
    return working_days_between(timezone.localdate(last_action_at), today) > limit
