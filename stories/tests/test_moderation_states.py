"""The status table: every allowed move works, every other move is refused."""

import pytest

from stories import moderation
from stories.models import StorySubmission

from .moderation_helpers import make_submission

Status = StorySubmission.Status
pytestmark = pytest.mark.django_db


def _do(action, submission, user):
    if action == "start_review":
        return moderation.start_review(submission, user=user)
    if action == "approve":
        return moderation.approve(submission, user=user, go_live=False)
    if action == "request_changes":
        return moderation.request_changes(submission, user=user, message="Please remove the hospital name.")
    if action == "decline":
        return moderation.decline(submission, user=user, reason=moderation.DeclineReason.DUPLICATE)
    if action == "spam":
        return moderation.mark_spam(submission, user=user)
    if action == "not_spam":
        return moderation.not_spam(submission, user=user)
    if action == "reopen":
        return moderation.reopen(submission, user=user)
    if action == "withdraw":
        return moderation.withdraw(submission, user=user)
    if action == "resubmitted":
        return moderation.resubmitted(submission)
    raise AssertionError(action)


ACTION_TARGET = {
    "start_review": Status.IN_REVIEW,
    "approve": Status.PUBLISHED,
    "request_changes": Status.CHANGES_REQUESTED,
    "decline": Status.DECLINED,
    "spam": Status.SPAM,
    "not_spam": Status.NEW,
    "reopen": Status.IN_REVIEW,
    "withdraw": Status.WITHDRAWN,
    "resubmitted": Status.NEW,
}
ALLOWED = [
    (Status.NEW, "start_review"),
    (Status.NEW, "approve"),
    (Status.NEW, "request_changes"),
    (Status.NEW, "decline"),
    (Status.NEW, "spam"),
    (Status.NEW, "withdraw"),
    (Status.IN_REVIEW, "approve"),
    (Status.IN_REVIEW, "request_changes"),
    (Status.IN_REVIEW, "decline"),
    (Status.IN_REVIEW, "spam"),
    (Status.IN_REVIEW, "withdraw"),
    (Status.CHANGES_REQUESTED, "resubmitted"),
    (Status.CHANGES_REQUESTED, "start_review"),
    (Status.CHANGES_REQUESTED, "approve"),
    (Status.CHANGES_REQUESTED, "decline"),
    (Status.CHANGES_REQUESTED, "spam"),
    (Status.CHANGES_REQUESTED, "withdraw"),
    (Status.DECLINED, "reopen"),
    (Status.SPAM, "not_spam"),
    (Status.PUBLISHED, "withdraw"),
]
ALL_PAIRS = [(status, action) for status in Status.values for action in ACTION_TARGET]
REFUSED = [pair for pair in ALL_PAIRS if pair not in ALLOWED]


@pytest.mark.parametrize(("from_status", "action"), ALLOWED)
def test_allowed_move(story_site, moderator, from_status, action):
    submission = make_submission(status=from_status)
    result = _do(action, submission, moderator)
    submission.refresh_from_db()
    assert submission.status == ACTION_TARGET[action] == result.status


@pytest.mark.parametrize(("from_status", "action"), REFUSED)
def test_refused_move_changes_nothing(moderator, from_status, action):
    # No stories index here: a refused approval must fail on its status, before publishing is tried.
    submission = make_submission(status=from_status)
    with pytest.raises(moderation.TransitionNotAllowed) as refused:
        _do(action, submission, moderator)
    submission.refresh_from_db()
    assert submission.status == from_status
    assert submission.reference in str(refused.value)
    assert submission.story_page is None


def test_second_approval_names_who_acted_first(story_site, moderator, second_moderator):
    submission = make_submission()
    moderation.approve(submission, user=moderator)
    with pytest.raises(moderation.TransitionNotAllowed, match=r"already published by Morgan at \d"):
        moderation.approve(submission, user=second_moderator)


def test_stale_form_is_refused_even_when_the_move_is_allowed(story_site, moderator, second_moderator):
    submission = make_submission()
    moderation.start_review(submission, user=moderator)
    with pytest.raises(moderation.TransitionNotAllowed, match="changed while you were looking at it: Morgan"):
        moderation.approve(submission, user=second_moderator, expected_status=Status.NEW)
    submission.refresh_from_db()
    assert submission.status == Status.IN_REVIEW


def test_withdrawing_a_published_story_removes_its_page(story_site, moderator):
    submission = moderation.approve(make_submission(), user=moderator)
    page = submission.story_page
    assert page.live
    moderation.withdraw(submission, user=moderator)
    assert not type(page).objects.filter(pk=page.pk).exists()


def test_decline_needs_a_known_reason_and_a_note_for_other(story_site, moderator):
    submission = make_submission()
    with pytest.raises(moderation.ModerationError, match="Choose a reason"):
        moderation.decline(submission, user=moderator, reason="because")
    with pytest.raises(moderation.ModerationError, match="Write a note"):
        moderation.decline(submission, user=moderator, reason=moderation.DeclineReason.OTHER, note="  ")
    submission.refresh_from_db()
    assert submission.status == Status.NEW


def test_edit_keeps_the_original_and_sanitizes_the_edit(story_site, moderator):
    submission = make_submission(title="Original title", body="<p>Original body</p>")
    moderation.edit_text(
        submission, user=moderator, title="Tidied title", body='<p>Tidied</p><script>alert("x")</script>'
    )
    submission.refresh_from_db()
    assert (submission.title, submission.body) == ("Original title", "<p>Original body</p>")
    assert submission.edited_title == "Tidied title"
    assert "<script" not in submission.edited_body
    assert submission.publish_body.startswith("<p>Tidied</p>")


def test_text_of_a_published_story_cannot_be_edited(story_site, moderator):
    submission = moderation.approve(make_submission(), user=moderator)
    with pytest.raises(moderation.TransitionNotAllowed, match="can no longer be edited"):
        moderation.edit_text(submission, user=moderator, title="New", body="<p>New</p>")
