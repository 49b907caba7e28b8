"""Opening hours written the way people say them: "Monday to Thursday, 8:30am to 5pm"."""

from itertools import groupby

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def format_time(value):
    """8:30am, 5pm, 12:30pm (GOV.UK and NHS style)."""
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    if value.hour == 12 and value.minute == 0:
        return "midday"
    return f"{hour}:{value.minute:02d}{suffix}" if value.minute else f"{hour}{suffix}"


def summarise_opening_hours(rows):
    """Group consecutive weekdays that share the same hours, in the editor's order."""
    summary = []
    runs = groupby(enumerate(rows), key=lambda item: (item[1].opens, item[1].closes))
    for (opens, closes), group in runs:
        days = [row.weekday for _, row in group]
        for first, last in _consecutive_spans(days):
            label = WEEKDAYS[first] if first == last else f"{WEEKDAYS[first]} to {WEEKDAYS[last]}"
            summary.append((label, f"{format_time(opens)} to {format_time(closes)}"))
    return summary


def _consecutive_spans(days):
    spans = []
    for day in days:
        if spans and day == spans[-1][1] + 1:
            spans[-1][1] = day
        else:
            spans.append([day, day])
    return [tuple(span) for span in spans]
