"""Moving a story to another team from its admin page: leads and superusers only, and always logged."""

import pytest
from wagtail.models import ModelLogEntry

from stories.moderation import MODERATORS_GROUP
from teams.models import Team, TeamMembership

from .moderation_helpers import make_submission, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def teams():
    return Team.objects.create(name="Rare Renal team"), Team.objects.create(name="Calciphylaxis group")


def _url(submission):
    return f"/admin/stories/submissions/inspect/{submission.pk}/"


def _member(django_user_model, username, team, role):
    user = make_user(django_user_model, username, group=MODERATORS_GROUP)
    TeamMembership.objects.create(team=team, user=user, role=role)
    return user


def _move(client, submission, team):
    return client.post(_url(submission), {"action": "move_team", "move_team-team": team.pk})


def test_a_lead_of_the_story_team_sees_the_form_and_moves_it_with_an_audit_entry(
    client, moderators_group, teams, django_user_model
):
    rare_renal, calci = teams
    lead = _member(django_user_model, "lena", rare_renal, TeamMembership.Role.LEAD)
    submission = make_submission(team=rare_renal)
    client.force_login(lead)

    html = client.get(_url(submission)).content.decode()
    assert 'value="move_team"' in html
    assert f'<option value="{calci.pk}">Calciphylaxis group</option>' in html
    assert f'<option value="{rare_renal.pk}"' not in html  # not the team it is already with

    response = _move(client, submission, calci)
    submission.refresh_from_db()
    assert submission.team == calci
    # The lead is not in the new team, so the story leaves their sight: back to the queue.
    assert response.status_code == 302
    assert response["Location"] == "/admin/stories/submissions/"
    entry = ModelLogEntry.objects.get(action="teams.reassign")
    assert entry.user == lead
    assert entry.object_id == str(submission.pk)
    assert entry.data == {"from_team": "Rare Renal team", "to_team": "Calciphylaxis group"}


def test_a_superuser_may_move_any_story(client, moderators_group, teams, django_user_model):
    rare_renal, calci = teams
    admin = make_user(django_user_model, "ada", superuser=True)
    submission = make_submission(team=rare_renal)
    client.force_login(admin)
    response = _move(client, submission, calci)
    submission.refresh_from_db()
    assert submission.team == calci
    assert response["Location"] == _url(submission)  # a superuser still sees it
    assert ModelLogEntry.objects.filter(action="teams.reassign", user=admin).count() == 1


def test_a_moderator_who_is_not_a_lead_neither_sees_the_form_nor_can_forge_the_post(
    client, moderators_group, teams, django_user_model
):
    rare_renal, calci = teams
    member = _member(django_user_model, "mo", rare_renal, TeamMembership.Role.MEMBER)
    submission = make_submission(team=rare_renal)
    client.force_login(member)

    html = client.get(_url(submission)).content.decode()
    assert 'value="start_review"' in html  # they do see the actions they may take
    assert 'value="move_team"' not in html

    _move(client, submission, calci)
    submission.refresh_from_db()
    assert submission.team == rare_renal
    assert not ModelLogEntry.objects.filter(action="teams.reassign").exists()


def test_a_lead_of_another_team_cannot_move_this_one(client, moderators_group, teams, django_user_model):
    rare_renal, calci = teams
    other_lead = _member(django_user_model, "otto", calci, TeamMembership.Role.LEAD)
    TeamMembership.objects.create(team=rare_renal, user=other_lead, role=TeamMembership.Role.MEMBER)
    submission = make_submission(team=rare_renal)
    client.force_login(other_lead)

    assert 'value="move_team"' not in client.get(_url(submission)).content.decode()
    _move(client, submission, calci)
    submission.refresh_from_db()
    assert submission.team == rare_renal
