"""Shared set-up for the moderation, publishing and story page tests.

Submissions are made with the ORM (the public form is built separately), with
a small JPEG saved straight into private storage when a photo is wanted.
"""

import importlib
import io
import itertools

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image

from accounts.testing import give_totp
from demo import conditions as demo_conditions
from demo import stories as demo_stories
from demo.content import _ensure_home
from stories.models import StorySubmission
from stories.moderation import MODERATORS_GROUP

CANARY_TITLE = "CANARY-TITLE-7f3a"
CANARY_BODY = "CANARY-BODY-91c2 my kidneys"
CANARY_NAME = "Canaryname Q. Personson"
CANARY_CONDITION = "Canary-condition-55e0"

_numbers = itertools.count(1)


def jpeg_bytes(size=(40, 30), colour=(180, 40, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="JPEG")
    return buffer.getvalue()


def make_submission(*, photo=False, photo_consent=True, **fields):
    number = next(_numbers)
    now = timezone.now()
    values = {
        "reference": f"T{number:04d}ABCD",
        "submission_token": f"token-{number}-{now.timestamp()}",
        "title": CANARY_TITLE,
        "body": f"<p>{CANARY_BODY}</p>",
        "other_condition": CANARY_CONDITION,
        "relationship": StorySubmission.Relationship.PATIENT,
        "name_display": StorySubmission.NameDisplay.FULL,
        "name": CANARY_NAME,
        "email": "person@example.org",
        "consent_wording_version": "v3",
        "consent_store_at": now,
        "consent_publish_at": now,
        "consent_others_at": now,
        "consent_age_at": now,
    }
    values.update(fields)
    submission = StorySubmission(**values)
    if photo:
        submission.photo.save("cleaned-abc123.jpg", ContentFile(jpeg_bytes()), save=False)
        submission.photo_description = "A red square standing in for a photo"
        submission.consent_photo_at = now if photo_consent else None
    submission.save()
    return submission


def make_user(django_user_model, username, *, group=None, staff_admin=False, superuser=False):
    user = django_user_model.objects.create_user(
        username=username,
        password="a-long-test-password",
        email=f"{username}@example.org",
        first_name=username.capitalize(),
        is_superuser=superuser,
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    if staff_admin:
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    if group or staff_admin or superuser:
        # Staff pass two-factor sign-in before any admin page opens.
        user.totp_secret = give_totp(user)
    return user


@pytest.fixture
def story_site(db):
    home = _ensure_home()
    demo_conditions.build(home)
    demo_stories.build(home)
    return home


@pytest.fixture
def moderators_group(db):
    """The group as the data migration makes it.

    Made again here because tests that flush the database (live server,
    transactions) also remove what data migrations created.
    """
    migration = importlib.import_module("stories.migrations.0002_story_moderators_group")
    migration.create_group(apps, None)
    return Group.objects.get(name=MODERATORS_GROUP)


@pytest.fixture
def moderator(moderators_group, django_user_model):
    return make_user(django_user_model, "morgan", group=MODERATORS_GROUP)


@pytest.fixture
def second_moderator(moderators_group, django_user_model):
    return make_user(django_user_model, "riley", group=MODERATORS_GROUP)


@pytest.fixture
def staff_outsider(db, django_user_model):
    return make_user(django_user_model, "olly", staff_admin=True)
