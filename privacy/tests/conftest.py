"""Fixtures for the privacy tests: stories come from the stories helpers, applications from the ORM."""

import itertools

import pytest
from django.core.cache import cache
from django.utils import timezone

from representatives.models import RepresentativeApplication
from representatives.tests.conftest import rare_renal, site, submit  # noqa: F401
from stories.tests.conftest import condition, share_page  # noqa: F401
from stories.tests.moderation_helpers import (  # noqa: F401
    make_submission,
    moderator,
    moderators_group,
    story_site,
)
from teams.models import Team

CANARY_APPLICANT = "Canary Applicant Zebedee"
CANARY_EXPERIENCE = "CANARY-EXPERIENCE-4411"
_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def make_application(db):
    team = Team.objects.get_or_create(name="Rare Renal team", defaults={"notification_emails": "t@example.org"})[0]

    def make(email="applicant@example.org", user=None, **fields):
        number = next(_numbers)
        now = timezone.now()
        values = {
            "name": CANARY_APPLICANT,
            "email": email,
            "phone": "07700 900123",
            "preferred_contact": "email",
            "other_condition": "Canary condition",
            "relationship": "patient",
            "region": "london",
            "interests": ["review_information"],
            "experience": f"<p>{CANARY_EXPERIENCE}</p>",
            "availability": "Canary availability",
            "access_needs": "Canary access needs",
            "consent_at": now,
            "consent_wording_version": "v1",
            "team": team,
            "submitted_at": now,
            "last_action_at": now,
            "submission_token": f"app-token-{number}",
            "user": user,
        }
        values.update(fields)
        return RepresentativeApplication.objects.create(**values)

    return make


@pytest.fixture
def person(django_user_model):
    return django_user_model.objects.create_user("pat", "pat@example.com", "a-long-pass-phrase-9")
