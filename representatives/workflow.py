"""What a team does with an application: status moves, notes, assignment, reassignment.

Allowed status moves (anything else raises `TransitionNotAllowed`):

    new                    -> contacted, not proceeding, withdrawn
    contacted              -> in conversation, not proceeding, withdrawn
    in conversation        -> active representative, not proceeding, withdrawn
    active representative  -> not proceeding, withdrawn
    not proceeding         -> contacted   (reopened)
    withdrawn              -> contacted   (the person came back)

Every action locks the application row, is limited to applications the user
may see (`visible_applications`), updates `last_action_at` and is recorded in
Wagtail's audit log with references and ids only, never free text.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from teams.membership import is_member, may_lead
from teams.routing import reassign

from .access import visible_applications
from .models import ApplicationNote, RepresentativeApplication

Status = RepresentativeApplication.Status

TRANSITIONS = {
    Status.NEW: {Status.CONTACTED, Status.NOT_PROCEEDING, Status.WITHDRAWN},
    Status.CONTACTED: {Status.IN_CONVERSATION, Status.NOT_PROCEEDING, Status.WITHDRAWN},
    Status.IN_CONVERSATION: {Status.ACTIVE, Status.NOT_PROCEEDING, Status.WITHDRAWN},
    Status.ACTIVE: {Status.NOT_PROCEEDING, Status.WITHDRAWN},
    Status.NOT_PROCEEDING: {Status.CONTACTED},
    Status.WITHDRAWN: {Status.CONTACTED},
}


class WorkflowError(Exception):
    """An action the workflow refuses; the message is safe to show to staff."""


class TransitionNotAllowed(WorkflowError):
    def __init__(self, current, requested):
        super().__init__(f"An application cannot move from “{Status(current).label}” to “{Status(requested).label}”.")
        self.current, self.requested = current, requested


class NotATeamMember(WorkflowError):
    pass


class NotATeamLead(WorkflowError):
    pass


def allowed_moves(status):
    """The statuses reachable from `status`, in the order the choices are listed."""
    reachable = TRANSITIONS.get(status, set())
    return [choice for choice in Status if choice in reachable]


def _locked(application, user):
    # Raises DoesNotExist for an application the user may not see.
    return visible_applications(user).select_for_update().get(pk=application.pk)


def _touch(application, *fields):
    application.last_action_at = timezone.now()
    application.save(update_fields=[*fields, "last_action_at"])


def change_status(application, to, user):
    with transaction.atomic():
        locked = _locked(application, user)
        previous = locked.status
        if to not in TRANSITIONS[previous]:
            raise TransitionNotAllowed(previous, to)
        locked.status = to
        _touch(locked, "status")
        log(
            instance=locked,
            action="representatives.status",
            user=user,
            data={"reference": locked.reference, "from": previous, "to": str(to)},
        )
    return locked


def add_note(application, text, user):
    with transaction.atomic():
        locked = _locked(application, user)
        note = ApplicationNote.objects.create(application=locked, author=user, text=text)
        _touch(locked)
        log(
            instance=locked,
            action="representatives.note",
            user=user,
            data={"reference": locked.reference, "note_id": note.pk},
        )
    return note


def assign(application, assignee, user):
    """Give the application to `assignee` (a member of its team), or to nobody when None."""
    with transaction.atomic():
        locked = _locked(application, user)
        if assignee is not None and not is_member(assignee, locked.team):
            raise NotATeamMember(f"{assignee.get_username()} is not a member of {locked.team}.")
        previous_id = locked.assignee_id
        locked.assignee = assignee
        _touch(locked, "assignee")
        log(
            instance=locked,
            action="representatives.assign",
            user=user,
            data={
                "reference": locked.reference,
                "from_user_id": previous_id,
                "to_user_id": assignee.pk if assignee else None,
            },
        )
    return locked


def move_to_team(application, team, user):
    """Reassign to another team (team leads and superusers); logged as teams.reassign."""
    with transaction.atomic():
        locked = _locked(application, user)
        if not may_lead(user, locked.team):
            raise NotATeamLead("Only a team lead can move an application to another team.")
        if team == locked.team:
            return locked
        moved = reassign(locked, team, user=user)
        # The old team's assignee cannot see it any more.
        if moved.assignee_id and not is_member(moved.assignee, team):
            moved.assignee = None
        _touch(moved, "assignee")
    return moved
