"""Helpers for the public application form tests."""

import time

from intake.honeypot import signed_start_time
from intake.tokens import new_submission_token

URL = "/get-involved/patient-representative/"


def form_data(*conditions, **overrides):
    """What a person filling in the form correctly sends; `None` leaves a field out."""
    data = {
        "name": "Robin Example",
        "email": "robin@example.org",
        "phone": "",
        "preferred_contact": "email",
        "conditions": [str(page.pk) for page in conditions] or ["other"],
        "other_condition": "" if conditions else "A very rare one",
        "relationship": "carer",
        "region": "wales",
        "interests": ["review_information", "speak"],
        "experience": "I look after my dad.\n\nI would like to help <b>others</b>.",
        "availability": "Weekday evenings",
        "access_needs": "",
        "consent": "on",
        "leave_this_empty": "",
        "form_started": signed_start_time(time.time() - 60),
        "submission_token": new_submission_token(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
