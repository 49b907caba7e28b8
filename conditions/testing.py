"""For other apps' tests: a condition page with every required field filled in.

Unsaved and unpublished, so fixtures stay fast; add it with `parent.add_child(instance=...)`.
"""

import datetime

from .models import ConditionPage


def condition_page(title, slug, **fields):
    defaults = {
        "summary": f"One line about {title}.",
        "date_written": datetime.date(2023, 7, 1),
        "next_review_due": datetime.date(2026, 7, 1),
    }
    return ConditionPage(title=title, slug=slug, **{**defaults, **fields})
