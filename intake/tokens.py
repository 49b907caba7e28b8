"""One-time submission tokens: a double click or a refresh stores one thing.

A fresh token is rendered into each new form. The model that stores the
submission keeps it in a unique column, so a second POST carrying the same
token finds the first submission instead of creating another.
"""

import re
import secrets

from django import forms

_TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{43}")


def new_submission_token() -> str:
    return secrets.token_urlsafe(32)  # 43 characters


class SubmissionTokenForm(forms.Form):
    """Adds the hidden token. Pass `initial={"submission_token": new_submission_token()}`
    (or let `__init__` do it) when showing a new, unbound form."""

    submission_token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("submission_token", new_submission_token())

    def clean_submission_token(self):
        token = self.cleaned_data.get("submission_token") or ""
        # A missing or mangled token cannot match an earlier submission, so
        # the safe answer is a fresh one rather than an error the person
        # cannot fix.
        return token if _TOKEN_PATTERN.fullmatch(token) else new_submission_token()
