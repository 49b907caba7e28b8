import itertools

import pytest

from representatives import workflow
from representatives.models import ApplicationLogEntry, ApplicationNote, RepresentativeApplication
from teams.models import TeamMembership

pytestmark = pytest.mark.django_db

Status = RepresentativeApplication.Status
ALLOWED = {
    (Status.NEW, Status.CONTACTED),
    (Status.NEW, Status.NOT_PROCEEDING),
    (Status.NEW, Status.WITHDRAWN),
    (Status.CONTACTED, Status.IN_CONVERSATION),
    (Status.CONTACTED, Status.NOT_PROCEEDING),
    (Status.CONTACTED, Status.WITHDRAWN),
    (Status.IN_CONVERSATION, Status.ACTIVE),
    (Status.IN_CONVERSATION, Status.NOT_PROCEEDING),
    (Status.IN_CONVERSATION, Status.WITHDRAWN),
    (Status.ACTIVE, Status.NOT_PROCEEDING),
    (Status.ACTIVE, Status.WITHDRAWN),
    (Status.NOT_PROCEEDING, Status.CONTACTED),
    (Status.WITHDRAWN, Status.CONTACTED),
}
EVERY_PAIR = list(itertools.product(Status, Status))


@pytest.fixture
def member(make_member, rare_renal):
    return make_member("amira", rare_renal)


def with_status(application, status):
    RepresentativeApplication.objects.filter(pk=application.pk).update(status=status)
    application.refresh_from_db()
    return application


@pytest.mark.parametrize(("current", "requested"), sorted(ALLOWED))
def test_allowed_move_is_made_logged_and_touches_last_action(submit, member, current, requested):
    application = with_status(submit(), current)
    before = application.last_action_at
    moved = workflow.change_status(application, requested, member)
    assert moved.status == requested
    assert moved.last_action_at > before
    entry = ApplicationLogEntry.objects.get(action="representatives.status")
    assert entry.user == member
    assert entry.data == {"reference": application.reference, "from": current.value, "to": requested.value}


@pytest.mark.parametrize(("current", "requested"), [pair for pair in EVERY_PAIR if pair not in ALLOWED])
def test_every_other_move_is_refused(submit, member, current, requested):
    application = with_status(submit(), current)
    with pytest.raises(workflow.TransitionNotAllowed):
        workflow.change_status(application, requested, member)
    application.refresh_from_db()
    assert application.status == current
    assert not ApplicationLogEntry.objects.filter(action="representatives.status").exists()


def test_allowed_moves_match_the_table():
    for status in Status:
        assert {(status, move) for move in workflow.allowed_moves(status)} == {
            pair for pair in ALLOWED if pair[0] == status
        }


def test_note_is_stored_and_logged_without_its_text(submit, member):
    application = submit()
    note = workflow.add_note(application, "Rang them; Canary private detail", member)
    assert ApplicationNote.objects.get().text == "Rang them; Canary private detail"
    entry = ApplicationLogEntry.objects.get(action="representatives.note")
    assert entry.data == {"reference": application.reference, "note_id": note.pk}
    assert "Canary" not in str(entry.data) + entry.label


def test_assignee_must_belong_to_the_team(submit, member, make_member, calci_group):
    application = submit()
    outsider = make_member("oscar", calci_group)
    with pytest.raises(workflow.NotATeamMember):
        workflow.assign(application, outsider, member)
    application.refresh_from_db()
    assert application.assignee is None

    workflow.assign(application, member, member)
    application.refresh_from_db()
    assert application.assignee == member
    entry = ApplicationLogEntry.objects.get(action="representatives.assign")
    assert entry.data["to_user_id"] == member.pk


def test_team_lead_reassigns_and_it_is_logged(submit, member, make_member, rare_renal, calci_group):
    lead = make_member("lena", rare_renal, role=TeamMembership.Role.LEAD)
    application = submit()
    workflow.assign(application, member, lead)
    moved = workflow.move_to_team(application, calci_group, lead)
    assert moved.team == calci_group
    assert moved.assignee is None  # not a member of the new team
    entry = ApplicationLogEntry.objects.get(action="teams.reassign")
    assert entry.user == lead
    assert entry.application_id == application.pk
    assert entry.data == {"from_team": rare_renal.name, "to_team": calci_group.name}


def test_a_plain_member_cannot_reassign(submit, member, calci_group):
    application = submit()
    with pytest.raises(workflow.NotATeamLead):
        workflow.move_to_team(application, calci_group, member)
    application.refresh_from_db()
    assert application.team.name == "Rare Renal team"


def test_actions_on_another_teams_application_are_refused(submit, make_member, calci_group):
    application = submit()
    outsider = make_member("oscar", calci_group, role=TeamMembership.Role.LEAD)
    with pytest.raises(RepresentativeApplication.DoesNotExist):
        workflow.add_note(application, "hello", outsider)
    with pytest.raises(RepresentativeApplication.DoesNotExist):
        workflow.change_status(application, Status.CONTACTED, outsider)
    with pytest.raises(RepresentativeApplication.DoesNotExist):
        workflow.move_to_team(application, calci_group, outsider)
    assert not ApplicationNote.objects.exists()
