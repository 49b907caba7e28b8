"""When information pages are due for review.

Clinical information is checked on a schedule. Readers see a calm note once a
page's review date has passed; editors see what is overdue or coming up in the
"Information due for review" report.
"""

import datetime
import enum

DUE_SOON_WINDOW = datetime.timedelta(days=60)


class ReviewStatus(enum.Enum):
    CURRENT = "current"
    DUE_SOON = "due soon"
    OVERDUE = "overdue"


def review_status(next_review_due, today):
    """Where a page stands on `today`; a page with no review date is treated as current."""
    if next_review_due is None or next_review_due > today + DUE_SOON_WINDOW:
        return ReviewStatus.CURRENT
    if next_review_due < today:
        return ReviewStatus.OVERDUE
    return ReviewStatus.DUE_SOON


def is_overdue(next_review_due, today):
    return review_status(next_review_due, today) is ReviewStatus.OVERDUE


def pages_needing_review(queryset, today):
    """Pages overdue or due within the window, soonest (most overdue) first."""
    return queryset.filter(next_review_due__lte=today + DUE_SOON_WINDOW).order_by("next_review_due", "title")
