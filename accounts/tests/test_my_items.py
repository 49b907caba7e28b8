"""A signed-in person's own items: details, edit, withdraw, photo; another person's answer 404 everywhere."""

import pytest
from django.core.files.base import ContentFile
from wagtail.models import ModelLogEntry

from representatives.models import RepresentativeApplication
from stories.models import StorySubmission
from stories.tests.moderation_helpers import jpeg_bytes

pytestmark = pytest.mark.django_db

Status = StorySubmission.Status


def url(item, page=""):
    kind = "story" if isinstance(item, StorySubmission) else "application"
    return f"/account/submissions/{kind}/{item.reference}/{page + '/' if page else ''}"


def test_applications_are_listed_with_their_status_in_plain_words(client, person, application):
    client.force_login(person)
    html = client.get("/account/submissions/").content.decode()
    assert application.reference in html
    assert "Received: the team will contact you" in html
    assert url(application, "withdraw") in html


@pytest.mark.parametrize("page", ["", "edit", "withdraw", "photo"])
def test_another_persons_story_answers_404_at_every_url(client, stranger, person, make_story, page):
    story = make_story(person.email, user=person)
    story.photo.save("p.jpg", ContentFile(jpeg_bytes()))
    client.force_login(stranger)
    assert client.get(url(story, page)).status_code == 404
    assert client.post(url(story, page), {"title": "x", "body": "y"}).status_code in (404, 405)
    story.refresh_from_db()
    assert story.status == Status.NEW
    assert story.title != "x"


@pytest.mark.parametrize("page", ["", "withdraw"])
def test_another_persons_application_answers_404(client, stranger, application, page):
    client.force_login(stranger)
    assert client.get(url(application, page)).status_code == 404
    assert client.post(url(application, page)).status_code in (404, 405)
    application.refresh_from_db()
    assert application.status == "new"


def test_the_owner_sees_their_photo(client, person, make_story):
    story = make_story(person.email, user=person)
    story.photo.save("p.jpg", ContentFile(jpeg_bytes()))
    client.force_login(person)
    response = client.get(url(story, "photo"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert b"".join(response.streaming_content) == story.photo.open("rb").read()


def test_withdrawal_takes_a_link_a_confirmation_and_one_button(client, person, make_story):
    story = make_story(person.email, user=person)
    client.force_login(person)
    listing = client.get("/account/submissions/").content.decode()
    assert url(story, "withdraw") in listing

    confirmation = client.get(url(story, "withdraw")).content.decode()
    assert "Yes, withdraw it" in confirmation
    assert "we delete your story" in confirmation
    story.refresh_from_db()
    assert story.status == Status.NEW  # looking at the confirmation changes nothing

    done = client.post(url(story, "withdraw"))
    assert done.status_code == 200
    assert f"{story.reference} is withdrawn" in done.content.decode()
    story.refresh_from_db()
    assert story.status == Status.WITHDRAWN
    assert story.email == ""


def test_withdrawing_an_application(client, person, application):
    client.force_login(person)
    client.post(url(application, "withdraw"))
    application.refresh_from_db()
    assert application.status == "withdrawn"
    assert application.email == ""


def test_editing_is_prefilled_with_plain_text(client, person, make_story):
    story = make_story(person.email, user=person, body="<p>First paragraph</p><p>Second &amp; last</p>")
    client.force_login(person)
    html = client.get(url(story, "edit")).content.decode()
    assert "First paragraph\n\nSecond &amp; last</textarea>" in html


def test_editing_after_changes_were_requested_sanitizes_and_returns_to_the_queue(client, person, make_story):
    story = make_story(
        person.email, user=person, status=Status.CHANGES_REQUESTED, edited_body="<p>moderator's tidy-up</p>"
    )
    client.force_login(person)
    response = client.post(url(story, "edit"), {"title": "New title", "body": "<script>alert(1)</script>\n\nHello"})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.status == Status.NEW
    assert story.title == "New title"
    assert "<script>" not in story.body
    assert "Hello" in story.body
    assert story.edited_body == ""
    actions = set(ModelLogEntry.objects.for_instance(story).values_list("action", flat=True))
    assert {"stories.edit_by_person", "stories.status_change"} <= actions


def test_edit_errors_keep_what_was_typed(client, person, make_story):
    story = make_story(person.email, user=person)
    client.force_login(person)
    response = client.post(url(story, "edit"), {"title": "", "body": "My kept words"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Enter a title for your story" in html
    assert "My kept words" in html


@pytest.mark.parametrize("status", [Status.IN_REVIEW, Status.PUBLISHED, Status.DECLINED])
def test_a_story_under_review_or_decided_cannot_be_edited(client, person, make_story, status):
    story = make_story(person.email, user=person, status=status)
    client.force_login(person)
    response = client.post(url(story, "edit"), {"title": "Sneaky", "body": "Changed"})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.title != "Sneaky"
    assert url(story, "edit") not in client.get(url(story)).content.decode()


def test_an_application_sent_without_an_account_is_claimed_by_the_verified_address(person, application):
    from accounts.services import claim_submissions

    RepresentativeApplication.objects.filter(pk=application.pk).update(user=None)
    assert claim_submissions(person, person.email) == 1
    application.refresh_from_db()
    assert application.user == person
