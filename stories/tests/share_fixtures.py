"""Fixtures and helpers for the share-your-story tests (import what you use)."""

import io
import time

import pytest
from django.core.cache import cache
from PIL import Image

from wagtail.models import Site

from conditions.models import ConditionIndexPage, ConditionPage
from intake.honeypot import signed_start_time
from intake.tokens import new_submission_token
from stories.models import ShareStoryPage, StoryIndexPage


@pytest.fixture
def share_page(db):
    """The smallest tree the form needs, under the default site's root page.

    (The real demo builder makes the same shape, but publishing revisions for
    every page costs seconds per test; the browser tests use the real one.)
    """
    site_root = Site.objects.get(is_default_site=True).root_page
    conditions = site_root.add_child(instance=ConditionIndexPage(title="Conditions A to Z", slug="conditions"))
    conditions.add_child(instance=ConditionPage(title="Calciphylaxis", slug="calciphylaxis", summary="A condition."))
    conditions.add_child(instance=ConditionPage(title="Alport syndrome", slug="alport-syndrome", summary="Another."))
    stories = site_root.add_child(instance=StoryIndexPage(title="Patient stories", slug="stories"))
    page = stories.add_child(
        instance=ShareStoryPage(
            title="Share your story",
            slug="share",
            consent_wording="<p>We keep it private.</p>",
            consent_wording_version="test-3",
        )
    )
    cache.clear()  # rate-limit counts live in the cache
    yield page
    cache.clear()


@pytest.fixture
def condition(share_page):
    return ConditionPage.objects.get(slug="calciphylaxis")


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
