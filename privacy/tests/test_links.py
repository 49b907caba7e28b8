"""Private links open one item, expire after 90 days, cannot be forged or reused; renewal reveals nothing."""

import datetime
import re

import pytest
import time_machine
from django.core import mail, signing

from privacy.links import SALT, private_link, record_for_token, token_for
from stories.models import StorySubmission
from stories.tests.share_helpers import valid_data

from .conftest import make_submission

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 1, 9, 0, tzinfo=datetime.UTC)


def path_of(link):
    """The path of an absolute link: the test client talks to the site itself."""
    return "/" + link.split("/", 3)[3]


def test_a_link_opens_its_item_with_status_message_edit_and_withdraw(client):
    story = make_submission(status=StorySubmission.Status.CHANGES_REQUESTED, message_to_submitter="Please shorten it")
    html = client.get(path_of(private_link(story))).content.decode()
    assert story.reference in html
    assert "We asked you to change something" in html
    assert "Please shorten it" in html
    assert "Change your story" in html
    assert "Withdraw" in html


def test_withdrawing_through_a_link_erases_the_story_and_the_link_stops_working(client):
    story = make_submission()
    path = path_of(private_link(story))
    response = client.post(path + "withdraw/")
    assert f"{story.reference} is withdrawn" in response.content.decode()
    story.refresh_from_db()
    assert story.status == StorySubmission.Status.WITHDRAWN
    assert client.get(path).status_code == 404


def test_editing_through_a_link(client):
    story = make_submission(status=StorySubmission.Status.CHANGES_REQUESTED)
    path = path_of(private_link(story))
    client.post(path + "edit/", {"title": "A better title", "body": "New words"})
    story.refresh_from_db()
    assert story.title == "A better title"
    assert story.status == StorySubmission.Status.NEW


def test_links_expire_after_90_days_and_offer_a_new_one(client):
    with time_machine.travel(START, tick=False):
        story = make_submission()
        path = path_of(private_link(story))
    with time_machine.travel(START + datetime.timedelta(days=89), tick=False):
        assert client.get(path).status_code == 200
    with time_machine.travel(START + datetime.timedelta(days=91), tick=False):
        response = client.get(path)
        assert response.status_code == 410
        assert "This link has expired" in response.content.decode()
        assert 'name="reference"' in response.content.decode()
        assert client.post(path + "withdraw/").status_code == 410
    story.refresh_from_db()
    assert story.status == StorySubmission.Status.NEW


@pytest.mark.parametrize("page", ["", "edit/", "withdraw/", "photo/"])
def test_a_tampered_token_answers_404(client, page):
    story = make_submission()
    token = token_for(story)
    payload, rest = token.split(":", 1)
    forged_payload = signing.dumps({"k": "story", "r": story.reference, "e": "0" * 32}, salt=SALT).split(":", 1)[0]
    for bad in (token[:-2] + ("AA" if not token.endswith("AA") else "BB"), f"{forged_payload}:{rest}", "nonsense"):
        assert client.get(f"/your-item/item/{bad}/{page}").status_code == 404
        assert client.post(f"/your-item/item/{bad}/{page}").status_code in (404, 405)
    story.refresh_from_db()
    assert story.status == StorySubmission.Status.NEW


def test_a_link_never_opens_another_item(make_application):
    story = make_submission(reference="PR-SAME-REF1")
    # An application with the same reference as the story: the kind in the token keeps them apart.
    application = make_application(email=story.email, reference="PR-SAME-REF1")
    assert record_for_token(token_for(story)) == story
    assert record_for_token(token_for(application)) == application
    other = make_submission()
    assert record_for_token(token_for(other)) == other
    assert record_for_token(token_for(story)) != other


def test_a_link_stops_working_when_the_email_changes():
    story = make_submission()
    token = token_for(story)
    StorySubmission.objects.filter(pk=story.pk).update(email="someone.else@example.org")
    assert record_for_token(token) is None


def test_the_token_does_not_contain_the_email_address():
    story = make_submission(email="very.private@example.org")
    decoded = signing.loads(token_for(story), salt=SALT)
    assert "very.private" not in repr(decoded)


def test_renewal_answers_the_same_and_emails_only_a_matching_pair(client, django_capture_on_commit_callbacks):
    story = make_submission(email="person@example.org")
    responses = []
    for email, reference in [
        ("nobody@example.org", story.reference),
        ("person@example.org", "ST-NOPE-NOPE"),
        ("PERSON@example.org", story.reference.lower()),
    ]:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/your-item/new-link/", {"email": email, "reference": reference})
        responses.append((response.status_code, _main(response)))
        if email == "PERSON@example.org":
            assert len(mail.outbox) == 1
        else:
            assert mail.outbox == []
    assert len(set(responses)) == 1
    assert "If these match, we have sent a new link" in responses[0][1]
    [token] = re.findall(r"/your-item/item/([^/\s]+)/", mail.outbox[0].body)
    assert record_for_token(token) == story
    assert story.title not in mail.outbox[0].body


def test_the_story_receipt_email_carries_a_working_private_link(client, condition, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/stories/share/", valid_data(condition))
    assert response.status_code == 302
    story = StorySubmission.objects.get()
    [receipt] = [email for email in mail.outbox if email.to == [story.email]]
    [token] = re.findall(r"/your-item/item/([^/\s]+)/", receipt.body)
    assert record_for_token(token) == story


def test_the_application_receipt_email_carries_a_working_private_link(submit, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        application = submit()
    [receipt] = [email for email in mail.outbox if email.to == [application.email]]
    [token] = re.findall(r"/your-item/item/([^/\s]+)/", receipt.body)
    assert record_for_token(token) == application
    assert client_can_open(token)


def client_can_open(token):
    from django.test import Client

    return Client().get(f"/your-item/item/{token}/").status_code == 200


def _main(response):
    html = response.content.decode()
    return re.sub(r"\s+", " ", html[html.index("<main") : html.index("</main>")])
