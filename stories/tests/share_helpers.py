"""Helpers for the share-your-story tests (fixtures are in conftest.py)."""

import io
import time

from PIL import Image

from intake.honeypot import signed_start_time
from intake.tokens import new_submission_token


def valid_data(condition_page, /, **overrides):
    data = {
        "title": "Finding my feet again",
        "body": "The first year was hard.\n\nThen I met other people with the same condition.",
        "condition": str(condition_page.pk),
        "other_condition": "",
        "relationship": "patient",
        "name": "Alex Example",
        "name_display": "first",
        "email": "alex@example.org",
        "photo_description": "",
        "consent_store": "on",
        "consent_publish": "on",
        "consent_others": "on",
        "consent_age": "on",
        "leave_this_empty": "",
        "form_started": signed_start_time(time.time() - 60),
        "submission_token": new_submission_token(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def jpeg_bytes(size=(40, 30), colour=(200, 30, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()
