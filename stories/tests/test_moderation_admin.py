"""The Stories section of the admin: who can see it, the queue, a story's page and its actions."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from stories import moderation
from stories.models import StorySubmission
from stories.views_admin.dashboard import waiting_summary

from .moderation_helpers import CANARY_TITLE, make_submission, make_user

pytestmark = pytest.mark.django_db

QUEUE = "/admin/stories/submissions/"


def detail_url(submission):
    return f"{QUEUE}inspect/{submission.pk}/"


def photo_url(submission):
    return f"{QUEUE}photo/{submission.pk}/"


def _received(submission, days_ago):
    StorySubmission.objects.filter(pk=submission.pk).update(submitted_at=timezone.now() - timedelta(days=days_ago))


# Who can see what.


def test_moderators_and_superusers_see_the_stories_menu(client, moderator, staff_outsider, django_user_model):
    admin = make_user(django_user_model, "ada", superuser=True)
    for user in (moderator, admin):
        client.force_login(user)
        assert "Stories" in client.get("/admin/").content.decode()
        assert client.get(QUEUE).status_code == 200
    client.force_login(staff_outsider)
    home = client.get("/admin/")
    assert home.status_code == 200
    assert "Submission queue" not in home.content.decode()


def test_queue_and_detail_are_not_found_for_staff_outside_the_group(client, staff_outsider):
    submission = make_submission()
    client.force_login(staff_outsider)
    assert client.get(QUEUE).status_code == 404
    assert client.get(detail_url(submission)).status_code == 404
    response = client.post(detail_url(submission), {"action": "spam", "spam-expected_status": "new"})
    assert response.status_code == 404
    submission.refresh_from_db()
    assert submission.status == "new"


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(QUEUE)
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


def test_no_generic_add_or_edit_of_raw_submissions(client, moderator):
    submission = make_submission()
    client.force_login(moderator)
    for url in (f"{QUEUE}new/", f"{QUEUE}edit/{submission.pk}/", f"{QUEUE}delete/{submission.pk}/"):
        assert client.get(url).status_code == 404


# The private photo.


def test_private_photo_is_hidden_from_everyone_but_moderators(client, moderator, staff_outsider):
    submission = make_submission(photo=True)
    assert client.get(photo_url(submission)).status_code == 404
    client.force_login(staff_outsider)
    assert client.get(photo_url(submission)).status_code == 404
    client.force_login(moderator)
    response = client.get(photo_url(submission))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Content-Disposition"] == "inline"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    with submission.photo.open("rb") as stored:
        assert b"".join(response.streaming_content) == stored.read()


def test_missing_photo_is_not_found(client, moderator):
    client.force_login(moderator)
    assert client.get(photo_url(make_submission())).status_code == 404


# The queue.


def test_queue_lists_oldest_first_with_waiting_time(client, moderator):
    newer, older = make_submission(), make_submission()
    _received(newer, 1)
    _received(older, 3)
    client.force_login(moderator)
    html = client.get(QUEUE).content.decode()
    assert html.index(older.reference) < html.index(newer.reference)
    assert "3 days" in html
    assert "1 day" in html
    for heading in ("Reference", "Status", "Condition", "Date received", "Waiting time"):
        assert heading in html


def test_queue_search_and_filter(client, moderator):
    wanted, other = make_submission(), make_submission(status="spam")
    client.force_login(moderator)
    found = client.get(QUEUE, {"q": wanted.reference.lower()}).content.decode()
    assert wanted.reference in found
    assert other.reference not in found
    spam = client.get(QUEUE, {"status": "spam"}).content.decode()
    assert other.reference in spam
    assert wanted.reference not in spam


def test_queue_queries_do_not_grow_with_the_number_of_stories(client, moderator, story_site):
    from conditions.models import ConditionPage

    condition = ConditionPage.objects.first()
    client.force_login(moderator)
    make_submission(condition=condition)
    client.get(QUEUE)
    with CaptureQueriesContext(connection) as few:
        client.get(QUEUE)
    for _ in range(5):
        make_submission(condition=condition)
    with CaptureQueriesContext(connection) as many:
        assert client.get(QUEUE).status_code == 200
    assert len(many) == len(few)


# The dashboard panel.


def test_dashboard_panel_counts_waiting_stories(client, moderator, staff_outsider):
    first, second = make_submission(), make_submission(status="in_review")
    make_submission(status="published")
    _received(first, 4)
    _received(second, 2)
    client.force_login(moderator)
    assert "2 stories waiting, the oldest for 4 days." in client.get("/admin/").content.decode()
    client.force_login(staff_outsider)
    assert "stories waiting" not in client.get("/admin/").content.decode()


def test_waiting_summary_wording_and_queries(moderator, django_assert_num_queries):
    assert moderator.has_perm("stories.moderate_stories")  # warms the permission cache
    with django_assert_num_queries(1):
        assert waiting_summary(moderator) == "No stories waiting."
    make_submission()
    assert waiting_summary(moderator) == "1 story waiting, for less than a day."


# A story's page.


def test_detail_shows_story_as_published_consents_submitter_and_history(client, moderator):
    submission = make_submission(photo=True, body='<p>Hello</p><script>alert("owned")</script><b>bold</b>')
    moderation.start_review(submission, user=moderator)
    client.force_login(moderator)
    html = client.get(detail_url(submission)).content.decode()
    assert CANARY_TITLE in html
    assert "<p>Hello</p>" in html
    assert '<script>alert("owned")' not in html
    assert "<b>bold" not in html
    assert photo_url(submission) in html
    assert 'alt="A red square standing in for a photo"' in html
    assert "Wording version shown: v3" in html
    assert submission.email in html
    assert submission.name in html
    assert "Review started" in html
    assert "Morgan" in html


def test_approving_through_the_form_publishes(client, moderator, story_site):
    submission = make_submission()
    client.force_login(moderator)
    response = client.post(
        detail_url(submission),
        {"action": "approve", "approve-expected_status": "new", "approve-publish": "live"},
        follow=True,
    )
    assert "is approved and published" in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == "published"
    assert submission.story_page.live


def test_actions_need_the_csrf_token(moderator):
    submission = make_submission()
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    response = client.post(detail_url(submission), {"action": "spam", "spam-expected_status": "new"})
    assert response.status_code == 403
    submission.refresh_from_db()
    assert submission.status == "new"


def test_invalid_decline_is_shown_again_with_what_was_typed(client, moderator):
    submission = make_submission()
    client.force_login(moderator)
    response = client.post(
        detail_url(submission),
        {"action": "decline", "decline-expected_status": "new", "decline-reason": "other", "decline-note": ""},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Write a note explaining the reason." in html
    assert re.search(r'name="decline-reason" value="other"[^>]*checked', html)
    submission.refresh_from_db()
    assert submission.status == "new"


def test_stale_action_gets_a_clear_message(client, moderator, second_moderator):
    submission = make_submission()
    moderation.mark_spam(submission, user=second_moderator)
    client.force_login(moderator)
    response = client.post(
        detail_url(submission),
        {"action": "spam", "spam-expected_status": "new"},
        follow=True,
    )
    assert "That action is not available: " in response.content.decode()
    response = client.post(
        detail_url(submission), {"action": "not_spam", "not_spam-expected_status": "new"}, follow=True
    )
    assert "changed while you were looking at it: Riley" in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == "spam"


def test_moderator_edit_keeps_the_original(client, moderator):
    submission = make_submission(title="Before")
    client.force_login(moderator)
    client.post(detail_url(submission), {"action": "edit", "edit-title": "After", "edit-body": "<p>New text</p>"})
    submission.refresh_from_db()
    assert submission.title == "Before"
    assert (submission.edited_title, submission.edited_body) == ("After", "<p>New text</p>")


def test_moderators_group_has_what_it_needs(moderators_group, story_site):
    codenames = set(moderators_group.permissions.values_list("content_type__app_label", "codename"))
    assert codenames == {("wagtailadmin", "access_admin"), ("stories", "moderate_stories")}
    collection_rights = set(
        moderators_group.collection_permissions.values_list("collection__name", "permission__codename")
    )
    assert collection_rights == {("Stories", "add_image"), ("Stories", "choose_image")}
