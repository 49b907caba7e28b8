"""Two moderators approving one story at the same moment get exactly one result.

Needs real row locks, so it runs on PostgreSQL only:
DATABASE_URL=postgres://postgres@127.0.0.1:5432/moderation_db .venv/bin/pytest -k concurrent
"""

import threading

import pytest
from django.db import connection

from stories import moderation
from stories.models import StoryPage, StorySubmission

from .moderation_helpers import make_submission

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
]


def test_concurrent_approvals_publish_once_and_tell_the_second(story_site, moderator, second_moderator):
    submission = make_submission()
    both_have_read = threading.Barrier(2, timeout=20)
    outcomes = {}

    def act(user):
        try:
            # Each thread reads the story as its moderator's page would, then both act at once.
            seen = StorySubmission.objects.get(pk=submission.pk)
            both_have_read.wait()
            moderation.approve(seen, user=user, expected_status=seen.status)
            outcomes[user.username] = "approved"
        except moderation.TransitionNotAllowed as refused:
            outcomes[user.username] = str(refused)
        finally:
            connection.close()

    threads = [threading.Thread(target=act, args=(user,)) for user in (moderator, second_moderator)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert sorted(outcomes) == ["morgan", "riley"]
    approved = [name for name, outcome in outcomes.items() if outcome == "approved"]
    assert len(approved) == 1
    [refusal] = [outcome for outcome in outcomes.values() if outcome != "approved"]
    assert f"changed while you were looking at it: {approved[0].capitalize()} made it “Published”" in refusal
    assert StoryPage.objects.count() == 1
    submission.refresh_from_db()
    assert submission.status == "published"


def test_concurrent_approvals_without_a_seen_status_still_publish_once(story_site, moderator, second_moderator):
    submission = make_submission()
    both_ready = threading.Barrier(2, timeout=20)
    outcomes = []

    def act(user):
        try:
            both_ready.wait()
            moderation.approve(submission, user=user)
            outcomes.append("approved")
        except moderation.TransitionNotAllowed as refused:
            outcomes.append(str(refused))
        finally:
            connection.close()

    threads = [threading.Thread(target=act, args=(user,)) for user in (moderator, second_moderator)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert outcomes.count("approved") == 1
    [refusal] = [outcome for outcome in outcomes if outcome != "approved"]
    assert "was already published by" in refusal
    assert StoryPage.objects.count() == 1
