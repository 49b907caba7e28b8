"""Who belongs to which team, and the admin group that lets team members in.

Belonging to a team is what scopes a person's work; the "Team members" group
only opens the admin door. Both are needed, so removing someone from every
team shuts them out even if the group membership lingers.
"""

from django.contrib.auth.models import Group

from .models import Team, TeamMembership

TEAM_MEMBERS_GROUP = "Team members"


def teams_of(user):
    """The teams whose work `user` may see: every team for a superuser."""
    if not (user.is_authenticated and user.is_active):
        return Team.objects.none()
    if user.is_superuser:
        return Team.objects.all()
    return Team.objects.filter(memberships__user=user)


def is_member(user, team):
    return TeamMembership.objects.filter(team=team, user=user).exists()


def may_lead(user, team):
    """Team leads (and superusers) may move a team's items to another team."""
    if user.is_active and user.is_superuser:
        return True
    return TeamMembership.objects.filter(team=team, user=user, role=TeamMembership.Role.LEAD).exists()


def grant_admin_access(team):
    """Put every member of `team` in the "Team members" group, so they can sign in to the admin."""
    group, _ = Group.objects.get_or_create(name=TEAM_MEMBERS_GROUP)
    group.user_set.add(*team.memberships.values_list("user_id", flat=True))
