import itertools

import pytest
from django.core.cache import cache
from django.utils import timezone

from representatives.models import RepresentativeApplication
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


@pytest.fixture
def stranger(django_user_model):
    from accounts.testing import give_verified_email

    user = django_user_model.objects.create_user("sam", "sam@example.com", "another-long-pass-7")
    give_verified_email(user)
    return user


@pytest.fixture
def application(person):
    from django.utils import timezone

    from teams.models import Team

    now = timezone.now()
    return RepresentativeApplication.objects.create(
        name="Canary Applicant",
        email=person.email,
        preferred_contact="email",
        relationship="patient",
        region="london",
        interests=["review_information"],
        experience="<p>Canary experience</p>",
        consent_at=now,
        consent_wording_version="v1",
        team=Team.objects.create(name="Rare Renal team"),
        submitted_at=now,
        last_action_at=now,
        submission_token="app-token-1",
        user=person,
    )
