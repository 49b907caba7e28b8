"""Stories reach the team responsible, stay with it, and only that team sees them."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from accounts.testing import give_totp
from stories.access import visible_submissions
from stories.forms import ShareStoryForm
from stories.models import StorySubmission
from stories.submission_service import submit_story
from teams.models import Team, TeamMembership
from teams.routing import reassign

from .moderation_helpers import make_submission, make_user
from .share_helpers import valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def calci_group():
    return Team.objects.create(name="Calciphylaxis group", notification_emails="calci@example.org")


def share(condition_page, django_capture_on_commit_callbacks, /, **overrides):
    form = ShareStoryForm(valid_data(condition_page, **overrides))
    assert form.is_valid(), form.errors
    with django_capture_on_commit_callbacks(execute=True):
        submission, _ = submit_story(cleaned_data=form.cleaned_data, consent_wording_version="v1")
    return submission


def test_a_condition_without_its_own_team_goes_to_the_default(condition, django_capture_on_commit_callbacks):
    submission = share(condition, django_capture_on_commit_callbacks)
    assert submission.team.name == "Rare Renal team"
    assert mail.outbox[-1].to == ["rare.renal@example.org"]


def test_a_condition_with_its_group_goes_there_and_stays_there(
    condition, calci_group, django_capture_on_commit_callbacks
):
    condition.rare_disease_team = calci_group
    condition.save()
    submission = share(condition, django_capture_on_commit_callbacks)
    assert submission.team == calci_group
    assert mail.outbox[-1].to == ["calci@example.org"]

    # Changing the rule later moves nothing that already arrived.
    condition.rare_disease_team = None
    condition.save()
    submission.refresh_from_db()
    assert submission.team == calci_group


def test_another_condition_typed_in_goes_to_the_default(condition, django_capture_on_commit_callbacks):
    submission = share(condition, django_capture_on_commit_callbacks, condition="other", other_condition="Fabry")
    assert submission.team.name == "Rare Renal team"


@pytest.fixture
def two_teams_of_moderators(moderators_group, django_user_model, calci_group, share_page):
    rare_renal = Team.objects.get(name="Rare Renal team")
    alice = make_user(django_user_model, "alice", group=moderators_group.name)
    bob = make_user(django_user_model, "bob", group=moderators_group.name)
    TeamMembership.objects.create(team=rare_renal, user=alice)
    TeamMembership.objects.create(team=calci_group, user=bob)
    return {
        "alice": alice,
        "bob": bob,
        "rare_renal_story": make_submission(team=rare_renal, photo=True),
        "calci_story": make_submission(team=calci_group, photo=True),
    }


def test_a_moderator_sees_only_their_teams_stories_everywhere(client, two_teams_of_moderators):
    alice, calci_story = two_teams_of_moderators["alice"], two_teams_of_moderators["calci_story"]
    own_story = two_teams_of_moderators["rare_renal_story"]
    assert list(visible_submissions(alice)) == [own_story]

    client.force_login(alice)
    queue = client.get(reverse("story_submissions:index")).content.decode()
    assert own_story.reference in queue
    assert calci_story.reference not in queue
    assert client.get(reverse("story_submissions:inspect", args=[calci_story.pk])).status_code == 404
    assert client.get(reverse("stories_submission_photo", args=[calci_story.pk])).status_code == 404
    assert client.get(reverse("story_submissions:inspect", args=[own_story.pk])).status_code == 200
    assert client.get(reverse("stories_submission_photo", args=[own_story.pk])).status_code == 200


def test_superusers_see_every_teams_stories(django_user_model, two_teams_of_moderators):
    root = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    give_totp(root)
    assert visible_submissions(root).count() == 2


def test_reassigning_a_story_is_logged_with_who_and_from_where(two_teams_of_moderators, calci_group):
    story = two_teams_of_moderators["rare_renal_story"]
    alice = two_teams_of_moderators["alice"]
    reassign(story, calci_group, user=alice)
    story.refresh_from_db()
    assert story.team == calci_group
    entry = ModelLogEntry.objects.get(action="teams.reassign", object_id=str(story.pk))
    assert entry.user == alice
    assert entry.data == {"from_team": "Rare Renal team", "to_team": "Calciphylaxis group"}
    assert entry.timestamp is not None
    assert StorySubmission.objects.get(pk=story.pk).team == calci_group
