"""Every moderation action is in Wagtail's audit log; emails carry a reference and a link only."""

import re

import pytest
from django.core import mail
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

from privacy.links import record_for_token
from stories import moderation

from .moderation_helpers import CANARY_BODY, CANARY_CONDITION, CANARY_NAME, CANARY_TITLE, make_submission

pytestmark = pytest.mark.django_db

NOTE_CANARY = "NOTE-CANARY-4d1e"


def _entries(submission):
    return list(ModelLogEntry.objects.for_instance(submission).order_by("timestamp", "pk"))


@pytest.mark.parametrize(
    ("act", "action", "to_status"),
    [
        (lambda s, u: moderation.start_review(s, user=u), "stories.start_review", "in_review"),
        (lambda s, u: moderation.request_changes(s, user=u, message=NOTE_CANARY), "stories.request_changes", None),
        (lambda s, u: moderation.decline(s, user=u, reason="duplicate", note=NOTE_CANARY), "stories.decline", None),
        (lambda s, u: moderation.mark_spam(s, user=u), "stories.spam", "spam"),
        (lambda s, u: moderation.withdraw(s, user=u), "stories.withdraw", "withdrawn"),
        (lambda s, u: moderation.edit_text(s, user=u, title="T", body="<p>B</p>"), "stories.edit", None),
    ],
)
def test_each_action_is_logged_with_who_what_when(moderator, act, action, to_status):
    submission = make_submission()
    act(submission, moderator)
    [entry] = _entries(submission)
    assert entry.action == action
    assert entry.user_id == moderator.pk
    assert entry.timestamp is not None
    assert entry.label == submission.reference
    assert entry.data["reference"] == submission.reference
    if to_status:
        assert (entry.data["from"], entry.data["to"]) == ("new", to_status)
    assert log_registry.action_exists(action)


def test_approve_and_publish_log_two_entries(story_site, moderator):
    submission = moderation.approve(make_submission(), user=moderator, go_live=True)
    assert [e.action for e in _entries(submission)] == ["stories.approve", "stories.publish"]


def test_draft_approval_logs_no_publish(story_site, moderator):
    submission = moderation.approve(make_submission(), user=moderator, go_live=False)
    assert [e.action for e in _entries(submission)] == ["stories.approve"]


def test_status_change_and_decline_reason_are_recorded(moderator):
    submission = moderation.decline(make_submission(), user=moderator, reason="off_topic")
    moderation.reopen(submission, user=moderator)
    decline, reopen = _entries(submission)
    assert decline.data["reason"] == "off_topic"
    assert reopen.action == "stories.status_change"
    assert reopen.message == "Status changed to In review"


def test_audit_entries_hold_no_story_text_names_or_notes(story_site, moderator):
    submission = make_submission()
    moderation.edit_text(submission, user=moderator, title="Edited " + CANARY_TITLE, body=f"<p>{CANARY_BODY}!</p>")
    moderation.request_changes(submission, user=moderator, message=NOTE_CANARY)
    moderation.start_review(submission, user=moderator)
    moderation.approve(submission, user=moderator)
    stored = repr([(e.label, e.data) for e in _entries(submission)])
    for canary in (CANARY_TITLE, CANARY_BODY, CANARY_NAME, CANARY_CONDITION, NOTE_CANARY, "person@example.org"):
        assert canary not in stored


@pytest.mark.parametrize(
    "act",
    [
        lambda s, u: moderation.request_changes(s, user=u, message=f"Please change {NOTE_CANARY}"),
        lambda s, u: moderation.decline(s, user=u, reason="other", note=f"Because {NOTE_CANARY}"),
        lambda s, u: moderation.decline(s, user=u, reason="medical_advice"),
    ],
)
def test_emails_to_the_person_carry_reference_and_link_only(
    story_site, moderator, act, django_capture_on_commit_callbacks
):
    submission = make_submission()
    with django_capture_on_commit_callbacks(execute=True):
        act(submission, moderator)
    [email] = mail.outbox
    assert email.to == ["person@example.org"]
    text = email.subject + email.body
    assert submission.reference in email.subject
    # The private link (privacy.links) that opens this story's status page, and nothing else.
    [token] = re.findall(r"/your-item/item/([^/\s]+)/", email.body)
    assert record_for_token(token) == submission
    for canary in (CANARY_TITLE, CANARY_BODY, CANARY_NAME, CANARY_CONDITION, NOTE_CANARY):
        assert canary not in text


def test_spam_sends_no_email(moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        moderation.mark_spam(make_submission(), user=moderator)
    assert mail.outbox == []


def test_refused_action_sends_no_email(moderator, django_capture_on_commit_callbacks):
    submission = make_submission(status="spam")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(moderation.TransitionNotAllowed):
        moderation.request_changes(submission, user=moderator, message="x")
    assert mail.outbox == []


def test_moderators_are_told_of_a_new_story_without_its_content(moderator, django_capture_on_commit_callbacks):
    submission = make_submission()
    with django_capture_on_commit_callbacks(execute=True):
        moderation.notify_moderators_of_new_submission(submission)
    [email] = mail.outbox
    assert email.to == [moderator.email]
    assert f"/admin/stories/submissions/inspect/{submission.pk}/" in email.body
    for canary in (CANARY_TITLE, CANARY_BODY, CANARY_NAME, CANARY_CONDITION):
        assert canary not in email.subject + email.body
