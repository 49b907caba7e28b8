"""Spreadsheet exports of the applications list: safe cells and an audit entry for each.

Exports carry contact details, conditions, interests and status. They never
carry what the person wrote about their experience, availability or access
needs: those stay in the admin, behind team scoping.
"""

import re

from django.utils import timezone
from wagtail.log_actions import log

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
REFERENCE_PATTERN = re.compile(r"^PR-[A-Z0-9]{1,8}$", re.IGNORECASE)


def neutralise_formula(value):
    """Prefix text a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def local_datetime_text(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def local_naive_datetime(value):
    return timezone.make_naive(value) if timezone.is_aware(value) else value


def describe_filters(cleaned_data, search_query):
    """The filters behind an export, as ids and choice values only.

    A search is recorded only when it looks like a reference: someone may
    type a person's name into the search box, and names stay out of the log.
    """
    described = {}
    for name, value in (cleaned_data or {}).items():
        if value in (None, "", [], ()):
            continue
        if hasattr(value, "pk"):
            described[name] = value.pk
        elif isinstance(value, (list, tuple)):
            described[name] = [str(item) for item in value]
        else:
            described[name] = str(value)
    if search_query:
        described["search"] = search_query if REFERENCE_PATTERN.match(search_query) else "(text search)"
    return described


def record_export(user, *, export_format, filters, row_count):
    """One audit entry per export: who (the entry's user), when, format, filters, rows."""
    return log(
        instance=user,
        action="representatives.export",
        user=user,
        data={"format": export_format, "filters": filters, "rows": row_count},
    )
