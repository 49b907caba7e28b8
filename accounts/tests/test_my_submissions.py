import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stories.models import StorySubmission

pytestmark = pytest.mark.django_db

URL = "/account/submissions/"


def test_signing_in_is_required(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


def test_lists_only_the_signed_in_persons_items(client, person, django_user_model, make_story):
    mine = make_story(person.email, user=person, title="My fictional story")
    other = django_user_model.objects.create_user("other", "other@example.com", "x")
    theirs = make_story("other@example.com", user=other, title="Their fictional story")
    unclaimed = make_story("nobody@example.com", title="Unclaimed fictional story")
    client.force_login(person)

    html = client.get(URL).content.decode()

    assert mine.reference in html
    assert "My fictional story" in html
    for item in (theirs, unclaimed):
        assert item.reference not in html
        assert item.title not in html


@pytest.mark.parametrize(
    ("status", "wording"),
    [
        (StorySubmission.Status.NEW, "Waiting for review"),
        (StorySubmission.Status.PUBLISHED, "Published"),
        (StorySubmission.Status.CHANGES_REQUESTED, "We asked you to change something"),
        (StorySubmission.Status.DECLINED, "Not published"),
        (StorySubmission.Status.SPAM, "Not published"),
        (StorySubmission.Status.WITHDRAWN, "Withdrawn"),
    ],
)
def test_status_is_in_plain_words(client, person, make_story, status, wording):
    make_story(person.email, user=person, status=status)
    client.force_login(person)

    html = client.get(URL).content.decode()

    assert f"<strong>{wording}</strong>" in html


def test_the_moderators_message_shows_only_while_it_explains_the_status(client, person, make_story):
    make_story(
        person.email,
        user=person,
        status=StorySubmission.Status.CHANGES_REQUESTED,
        message_to_submitter="Please remove the hospital's name.",
    )
    make_story(
        person.email, user=person, status=StorySubmission.Status.DECLINED, message_to_submitter="A note on declining"
    )
    # A request made before publication no longer applies once the story is published.
    make_story(person.email, user=person, status=StorySubmission.Status.PUBLISHED, message_to_submitter="Stale note")
    client.force_login(person)

    html = client.get(URL).content.decode()

    assert "Please remove the hospital&#x27;s name." in html
    assert "A note on declining" in html
    assert "Stale note" not in html


def test_the_page_is_not_cached(client, person):
    client.force_login(person)

    assert "no-store" in client.get(URL)["Cache-Control"]


def count_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_number_of_items(client, person, make_story):
    client.force_login(person)
    make_story(person.email, user=person)
    with_one = count_queries(client)
    for _ in range(5):
        make_story(person.email, user=person, status=StorySubmission.Status.CHANGES_REQUESTED)

    assert count_queries(client) == with_one
