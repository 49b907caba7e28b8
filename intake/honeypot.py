"""Quiet checks that catch most form-filling bots without bothering people.

A honeypot field people never see (bots fill every field) and a minimum fill
time carried in a signed timestamp (bots submit the instant the page loads).
Neither check shows an error: `looks_automated()` tells the view to store
nothing.
"""

import time

from django import forms
from django.core import signing

MIN_FILL_SECONDS = 3
_SALT = "intake.honeypot.form-started"
HONEYPOT_FIELD = "leave_this_empty"


def signed_start_time(timestamp=None):
    """The value of `form_started`: when the form was shown, signed so it cannot be forged."""
    return signing.dumps(time.time() if timestamp is None else timestamp, salt=_SALT)


class BotTrapForm(forms.Form):
    """Add to any public form; render `components/form_honeypot.html` inside it."""

    leave_this_empty = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    form_started = forms.CharField(widget=forms.HiddenInput, required=False)

    min_fill_seconds = MIN_FILL_SECONDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["form_started"] = signed_start_time()

    def looks_automated(self) -> bool:
        if (self.data.get(self.add_prefix(HONEYPOT_FIELD)) or "").strip():
            return True
        try:
            started = float(signing.loads(self.data.get(self.add_prefix("form_started")) or "", salt=_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            return True
        return time.time() - started < self.min_fill_seconds
