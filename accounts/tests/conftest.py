import itertools

import pytest
from django.core.cache import cache
from django.utils import timezone

from stories.models import StorySubmission

PASSWORD = "a-long-pass-phrase-9"
_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    # allauth counts attempts in the cache; each test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def make_story():
    def make(email, user=None, status=StorySubmission.Status.NEW, **fields):
        number = next(_numbers)
        now = timezone.now()
        defaults = {
            "reference": f"ST-T{number:05d}",
            "title": f"Fictional example story {number}",
            "body": "<p>A fictional example.</p>",
            "relationship": StorySubmission.Relationship.PATIENT,
            "name_display": StorySubmission.NameDisplay.ANONYMOUS,
            "name": "Example Person",
            "consent_wording_version": "1",
            "consent_store_at": now,
            "consent_publish_at": now,
            "consent_others_at": now,
            "consent_age_at": now,
            "submission_token": f"token-{number}",
        }
        defaults.update(fields)
        return StorySubmission.objects.create(email=email, user=user, status=status, **defaults)

    return make


@pytest.fixture
def person(django_user_model):
    """A member of the public with a verified email address and a password."""
    from accounts.testing import give_verified_email

    user = django_user_model.objects.create_user("pat", "pat@example.com", PASSWORD)
    give_verified_email(user)
    return user
