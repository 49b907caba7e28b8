"""Download my data (everything of the person, nothing of anyone else's) and delete my account."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import ModelLogEntry

from notifications.services import queue_email
from representatives.models import ApplicationNote, RepresentativeApplication
from stories.models import StorySubmission

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

DOWNLOAD = "/account/my-data/"
DELETE = "/account/delete/"


def reauthenticated(client, person, url):
    client.force_login(person)
    response = client.get(url)
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(response["Location"], {"password": PASSWORD})
    return client


@pytest.mark.parametrize("url", [DOWNLOAD, DELETE])
def test_signing_in_and_confirming_the_password_are_required(client, person, url):
    assert client.get(url)["Location"].startswith(reverse("account_login"))
    client.force_login(person)
    assert client.get(url)["Location"].startswith(reverse("account_reauthenticate"))
    assert client.post(url)["Location"].startswith(reverse("account_reauthenticate"))
    assert get_user_model().objects.filter(pk=person.pk).exists()


def test_the_download_holds_every_item_of_the_person_and_nothing_of_anyone_elses(
    client, person, stranger, make_story, application, django_capture_on_commit_callbacks
):
    first = make_story(person.email, user=person, title="My first fictional story", consent_wording_version="v7")
    second = make_story(
        person.email,
        user=person,
        status=StorySubmission.Status.CHANGES_REQUESTED,
        message_to_submitter="Please remove the surname",
    )
    ApplicationNote.objects.create(application=application, text="Called, will call back")
    theirs = make_story(stranger.email, user=stranger, title="Stranger's fictional story", name="Stranger Name")
    with django_capture_on_commit_callbacks(execute=True):
        queue_email(to=person.email, subject=f"About {first.reference}", body="Hello", reference=first.reference)
        queue_email(to="team@example.org", subject=f"Team {first.reference}", body="Team", reference=first.reference)
        queue_email(to=stranger.email, subject=f"About {theirs.reference}", body="Hi", reference=theirs.reference)

    response = reauthenticated(client, person, DOWNLOAD).get(DOWNLOAD)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    text = response.content.decode()

    assert data["account"]["email_addresses"][0]["email"] == person.email
    assert data["account"]["date_joined"]
    assert {story["reference"] for story in data["stories"]} == {first.reference, second.reference}
    story = next(story for story in data["stories"] if story["reference"] == first.reference)
    assert story["title"] == "My first fictional story"
    assert story["consent_wording_version"] == "v7"
    assert story["consent_store_at"] == first.consent_store_at.isoformat()
    assert "Please remove the surname" in text
    [exported_application] = data["representative_applications"]
    assert exported_application["reference"] == application.reference
    assert exported_application["experience"] == "<p>Canary experience</p>"
    assert exported_application["team_notes"][0]["text"] == "Called, will call back"
    assert [email["subject"] for email in data["emails_we_sent_you"]] == [f"About {first.reference}"]
    for foreign in (theirs.reference, "Stranger", stranger.email, "team@example.org", "token-"):
        assert foreign not in text


def test_deleting_the_account_withdraws_everything_and_logs_without_personal_data(
    client, person, stranger, make_story, application
):
    mine = make_story(person.email, user=person)
    unclaimed = make_story(person.email)  # sent from their address before they signed up
    theirs = make_story(stranger.email, user=stranger)
    person_id = person.pk
    client = reauthenticated(client, person, DELETE)
    confirmation = client.get(DELETE).content.decode()
    assert "Yes, delete my account" in confirmation

    done = client.post(DELETE)

    assert "Your account is deleted" in done.content.decode()
    assert not get_user_model().objects.filter(pk=person_id).exists()
    for story in (mine, unclaimed):
        story.refresh_from_db()
        assert story.status == StorySubmission.Status.WITHDRAWN
        assert story.email == ""
    application.refresh_from_db()
    assert application.status == RepresentativeApplication.Status.WITHDRAWN
    theirs.refresh_from_db()
    assert theirs.status == StorySubmission.Status.NEW
    entry = ModelLogEntry.objects.get(action="privacy.account_deleted")
    logged = json.dumps([entry.label, entry.data])
    assert entry.data["stories_withdrawn"] == 2
    for personal in ("pat", "pat@example.com", "Example Person"):
        assert personal not in logged
    assert client.get("/account/submissions/").status_code == 302
