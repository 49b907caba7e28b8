"""Withdrawal removes the page, image, renditions and private photo, and erases personal data."""

import json
from pathlib import Path

import pytest
from django.core.files.storage import storages
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, PageLogEntry

from privacy.withdrawal import withdraw_application, withdraw_story
from representatives.models import ApplicationLogEntry, ApplicationNote
from stories import moderation
from stories.models import StoryPage, StorySubmission
from stories.tests.moderation_helpers import (
    CANARY_BODY,
    CANARY_CONDITION,
    CANARY_NAME,
    CANARY_TITLE,
    make_submission,
)

from .conftest import CANARY_APPLICANT, CANARY_EXPERIENCE

pytestmark = pytest.mark.django_db

CANARIES = (CANARY_TITLE, CANARY_BODY, CANARY_NAME, CANARY_CONDITION, "person@example.org")


def _published_with_photo(moderator):
    submission = make_submission(photo=True, edited_title=CANARY_TITLE + " edited")
    return moderation.approve(submission, user=moderator, go_live=True)


def test_withdrawing_a_published_story_removes_page_image_renditions_and_photo(
    story_site, moderator, django_capture_on_commit_callbacks
):
    submission = _published_with_photo(moderator)
    page = submission.story_page.specific
    image = page.photo
    rendition = image.get_rendition("fill-100x100")
    image_path = Path(image.file.path)
    rendition_path = Path(rendition.file.path)
    photo_name = submission.photo.name
    private = storages["private"]
    assert image_path.exists()
    assert rendition_path.exists()
    assert private.exists(photo_name)

    with django_capture_on_commit_callbacks(execute=True):
        withdraw_story(submission, by=None)

    assert not Page.objects.filter(pk=page.pk).exists()
    assert not StoryPage.objects.filter(pk=page.pk).exists()
    assert not get_image_model().objects.filter(pk=image.pk).exists()
    assert not image.renditions.model.objects.filter(pk=rendition.pk).exists()
    assert not image_path.exists()
    assert not rendition_path.exists()
    assert not private.exists(photo_name)


def test_withdrawing_erases_personal_data_and_keeps_an_anonymised_record(story_site, moderator):
    submission = _published_with_photo(moderator)
    submission.message_to_submitter = "Canary message"
    submission.save()

    withdrawn = withdraw_story(submission, by=None)
    withdrawn.refresh_from_db()

    assert withdrawn.status == StorySubmission.Status.WITHDRAWN
    assert withdrawn.reference == submission.reference
    assert withdrawn.submitted_at == submission.submitted_at
    assert withdrawn.story_page is None
    assert not withdrawn.photo
    for field in ("body", "edited_title", "edited_body", "email", "other_condition", "photo_description"):
        assert getattr(withdrawn, field) == "", field
    assert withdrawn.message_to_submitter == ""
    assert withdrawn.title == withdrawn.name == "[withdrawn]"


def test_withdrawal_is_in_the_audit_log_without_personal_data(story_site, moderator):
    submission = _published_with_photo(moderator)
    page_id = submission.story_page_id
    withdraw_story(submission, by=None)

    entry = ModelLogEntry.objects.for_instance(submission).filter(action="stories.withdraw").get()
    assert entry.data["reference"] == submission.reference
    assert entry.data["page_deleted"] is True
    assert entry.data["image_deleted"] is True
    everything_logged = json.dumps(
        [[e.label, e.data] for e in [*ModelLogEntry.objects.all(), *PageLogEntry.objects.filter(page_id=page_id)]]
    )
    for canary in CANARIES:
        assert canary not in everything_logged, canary


def test_an_unpublished_story_is_erased_too(story_site):
    submission = make_submission(status=StorySubmission.Status.DECLINED)
    withdrawn = withdraw_story(submission, by=None)
    assert withdrawn.status == StorySubmission.Status.WITHDRAWN
    assert withdrawn.email == ""
    assert CANARY_BODY not in withdrawn.body


def test_withdrawing_an_application_erases_it_and_its_notes(make_application, moderator):
    application = make_application()
    ApplicationNote.objects.create(application=application, author=moderator, text="Canary note")

    withdrawn = withdraw_application(application, by=None)
    withdrawn.refresh_from_db()

    assert withdrawn.status == "withdrawn"
    for field in ("email", "phone", "experience", "availability", "access_needs", "other_condition"):
        assert getattr(withdrawn, field) == "", field
    assert withdrawn.name == "[withdrawn]"
    assert not ApplicationNote.objects.filter(application=withdrawn).exists()
    entry = ApplicationLogEntry.objects.get(application=withdrawn, action="representatives.withdraw")
    logged = json.dumps([entry.label, entry.data])
    assert withdrawn.reference in logged
    for canary in (CANARY_APPLICANT, CANARY_EXPERIENCE, "applicant@example.org", "Canary note"):
        assert canary not in logged


def test_the_person_withdraws_their_published_story_without_any_page_permissions(story_site, moderator, person):
    submission = _published_with_photo(moderator)
    page_id = submission.story_page_id
    withdraw_story(submission, by=person)
    assert not Page.objects.filter(pk=page_id).exists()
    assert ModelLogEntry.objects.for_instance(submission).get(action="stories.withdraw").user_id == person.pk
