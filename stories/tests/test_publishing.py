"""Approval creates the story page: fields as consented, photo only with consent, draft or live."""

import pytest
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission

from conditions.models import ConditionPage
from stories import moderation, publishing
from stories.models import StoryIndexPage, StorySubmission

from .moderation_helpers import make_submission

pytestmark = pytest.mark.django_db


def test_published_page_has_the_consented_fields(story_site, moderator):
    condition = ConditionPage.objects.get(slug="calciphylaxis")
    submission = make_submission(
        condition=condition,
        other_condition="",
        name="Jo Bloggs",
        name_display=StorySubmission.NameDisplay.FIRST,
        relationship=StorySubmission.Relationship.CARER,
        title="Original",
        body="<p>Original</p>",
        edited_title="Approved title",
        edited_body='<p>Approved</p><img src=x onerror="alert(1)">',
    )
    page = moderation.approve(submission, user=moderator, go_live=True).story_page.specific
    assert page.get_parent().specific_class is StoryIndexPage
    assert (page.title, page.author_display_name, page.relationship) == ("Approved title", "Jo", "carer")
    assert page.condition == condition
    assert page.story_date == timezone.localdate(submission.submitted_at)
    assert page.body == "<p>Approved</p>"
    assert page.live
    assert page.first_published_at is not None
    assert page.owner == moderator


def test_anonymous_choice_hides_the_name(story_site, moderator):
    submission = make_submission(name_display=StorySubmission.NameDisplay.ANONYMOUS)
    page = moderation.approve(submission, user=moderator).story_page
    assert page.author_display_name == "Anonymous"


def test_draft_option_keeps_the_page_off_the_site(story_site, moderator):
    page = moderation.approve(make_submission(), user=moderator, go_live=False).story_page
    page.refresh_from_db()
    assert not page.live
    assert page.has_unpublished_changes
    assert page.latest_revision is not None


def test_photo_with_consent_becomes_an_image_in_the_stories_collection(story_site, moderator):
    submission = make_submission(photo=True)
    page = moderation.approve(submission, user=moderator).story_page
    image = page.photo
    assert image.collection.name == "Stories"
    assert image.description == page.photo_description == submission.photo_description
    assert "cleaned-abc123" not in image.file.name
    with image.file.open("rb") as published, submission.photo.open("rb") as private:
        assert published.read() == private.read()
    with image.file.open("rb") as published:
        assert PILImage.open(published).size == (40, 30)


def test_photo_without_consent_is_not_published(story_site, moderator):
    submission = make_submission(photo=True, photo_consent=False)
    page = moderation.approve(submission, user=moderator).story_page
    assert page.photo is None
    assert page.photo_description == ""
    assert not get_image_model().objects.exists()


def test_no_stories_index_refuses_and_changes_nothing(moderator):
    submission = make_submission()
    with pytest.raises(publishing.PublishingError, match="no stories index"):
        moderation.approve(submission, user=moderator)
    submission.refresh_from_db()
    assert submission.status == "new"


def test_publishing_grants_the_moderators_rights_on_the_stories_index(story_site, moderator):
    page = moderation.approve(make_submission(), user=moderator).story_page
    granted = set(
        GroupPagePermission.objects.filter(group__name="Story moderators", page=page.get_parent()).values_list(
            "permission__codename", flat=True
        )
    )
    assert granted == {"add_page", "publish_page"}


def test_same_title_twice_gets_distinct_slugs(story_site, moderator):
    first = moderation.approve(make_submission(title="Same"), user=moderator).story_page
    second = moderation.approve(make_submission(title="Same"), user=moderator).story_page
    assert first.slug == "same"
    assert second.slug == "same-1"
