"""submit_story: one transaction, a private photo, and emails with no personal details."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.test import Client
from PIL import Image

from intake.references import ALPHABET
from notifications.models import OutboundEmail
from stories import submission_service
from stories.forms import ShareStoryForm
from stories.models import StorySubmission
from stories.submission_service import submit_story
from stories.tests.share_helpers import jpeg_bytes, valid_data

pytestmark = pytest.mark.django_db

STORY_CANARY = "CANARY-STORY-7731"
NAME_CANARY = "Canaryname Zebedee"
TITLE_CANARY = "CANARY-TITLE-5512"
OTHER_CONDITION_CANARY = "Canary-condition Syndrome"


def _form(condition, /, with_photo=False, **overrides):
    if with_photo:
        overrides = {"photo_description": "Me", "consent_photo": "on", **overrides}
    files = {"photo": SimpleUploadedFile("my-holiday-in-leeds.jpg", jpeg_bytes())} if with_photo else {}
    form = ShareStoryForm(valid_data(condition, **overrides), files)
    assert form.is_valid(), form.errors
    return form


def _cleaned(condition, /, **overrides):
    return _form(condition, **overrides).cleaned_data


def _submit(data, photo=None):
    return submit_story(cleaned_data=data, photo=photo, consent_wording_version="v7")


def _submit_form(form):
    return _submit(form.cleaned_data, form.cleaned_photo)


def test_a_submission_is_stored_with_consents_and_sanitized_body(condition):
    data = _cleaned(condition, body="Hello <script>alert(1)</script>\n\nSecond", consent_contact="on")

    submission, created = _submit(data)

    assert created
    submission.refresh_from_db()
    assert submission.status == StorySubmission.Status.NEW
    assert submission.body == "<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Second</p>"
    assert submission.condition == condition
    assert submission.consent_wording_version == "v7"
    for field in ("consent_store_at", "consent_publish_at", "consent_others_at", "consent_age_at"):
        assert getattr(submission, field) is not None, field
    assert submission.consent_contact_at is not None
    assert submission.consent_photo_at is None
    assert submission.photo.name == ""


def test_references_are_short_readable_and_distinct(condition):
    references = {_submit(_cleaned(condition))[0].reference for _ in range(5)}
    assert len(references) == 5
    for reference in references:
        prefix, first, second = reference.split("-")
        assert prefix == "ST"
        assert len(first + second) == 8
        assert set(first + second) <= set(ALPHABET)


def test_the_photo_is_stored_privately_under_a_random_name(condition):
    submission, _ = _submit_form(_form(condition, with_photo=True))

    stored = Path(submission.photo.path)
    assert stored.is_file()
    assert "leeds" not in submission.photo.name
    assert stored.is_relative_to(settings.PRIVATE_MEDIA_ROOT)
    assert not stored.resolve().is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    with pytest.raises(ValueError, match="not accessible via a URL"):
        _ = submission.photo.url
    assert Image.open(stored).format == "JPEG"
    assert Client().get(settings.MEDIA_URL + submission.photo.name).status_code == 404
    assert submission.consent_photo_at is not None
    assert submission.photo_description == "Me"


def test_emails_carry_the_reference_but_no_story_name_title_or_condition(
    condition, django_capture_on_commit_callbacks
):
    data = _cleaned(
        condition,
        title=TITLE_CANARY,
        body=f"My story {STORY_CANARY}",
        name=NAME_CANARY,
        condition="other",
        other_condition=OTHER_CONDITION_CANARY,
    )

    with django_capture_on_commit_callbacks(execute=True):
        submission, _ = _submit(data)

    assert len(mail.outbox) == 2
    receipt, notice = mail.outbox
    assert receipt.to == ["alex@example.org"]
    assert notice.to == ["rare.renal@example.org"]
    assert f"http://testserver/admin/stories/submissions/inspect/{submission.pk}/" in notice.body
    for message in (receipt, notice):
        text = message.subject + message.body
        assert submission.reference in message.subject
        assert submission.reference in message.body
        for secret in (STORY_CANARY, NAME_CANARY, "Canaryname", TITLE_CANARY, OTHER_CONDITION_CANARY, condition.title):
            assert secret not in text, secret
    for stored in OutboundEmail.objects.all():
        assert STORY_CANARY not in stored.body
        assert stored.reference == submission.reference


def test_the_same_token_returns_the_first_submission(condition):
    data = _cleaned(condition)
    first, created_first = _submit(data)
    second, created_second = _submit(data)
    assert (created_first, created_second) == (True, False)
    assert first.pk == second.pk
    assert StorySubmission.objects.count() == 1
    assert OutboundEmail.objects.count() == 2


def test_a_race_on_the_token_leaves_one_row_and_no_orphan_photo(condition, monkeypatch):
    form = _form(condition, with_photo=True)
    winner, _ = _submit_form(form)
    photos_before = sorted(Path(settings.PRIVATE_MEDIA_ROOT).rglob("*.jpg"))
    # The second request checked for the token before the first one committed.
    real_filter = StorySubmission.objects.filter
    calls = {"n": 0}

    def miss_once(*args, **kwargs):
        if "submission_token" in kwargs and calls["n"] == 0:
            calls["n"] += 1
            return real_filter(pk=-1)
        return real_filter(*args, **kwargs)

    monkeypatch.setattr(StorySubmission.objects, "filter", miss_once)

    loser, created = _submit_form(form)

    assert not created
    assert loser.pk == winner.pk
    assert StorySubmission.objects.count() == 1
    assert sorted(Path(settings.PRIVATE_MEDIA_ROOT).rglob("*.jpg")) == photos_before


def test_a_reference_collision_is_retried(condition, monkeypatch):
    taken, _ = _submit(_cleaned(condition))
    fresh = iter([taken.reference, "ST-AAAA-CCCC"])
    # The existence check misses the race; the unique constraint catches it.
    monkeypatch.setattr(submission_service, "unique_reference", lambda prefix, is_taken: next(fresh))

    submission, created = _submit(_cleaned(condition))

    assert created
    assert submission.reference == "ST-AAAA-CCCC"


def test_nothing_is_kept_when_the_transaction_fails(condition, monkeypatch):
    def broken_queue(**kwargs):
        raise IntegrityError("simulated")

    monkeypatch.setattr(submission_service, "queue_email", broken_queue)
    form = _form(condition, with_photo=True)
    photos_before = sorted(Path(settings.PRIVATE_MEDIA_ROOT).rglob("*.jpg"))

    with pytest.raises(RuntimeError):
        _submit_form(form)

    assert not StorySubmission.objects.exists()
    assert sorted(Path(settings.PRIVATE_MEDIA_ROOT).rglob("*.jpg")) == photos_before
