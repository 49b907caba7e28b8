"""Who may see which applications: the one place team scoping is decided.

Every view, action, export and dashboard count starts from
`visible_applications(user)`, so a team member can never reach another
team's application by listing, filtering, exporting or typing a URL.
"""

from teams.membership import teams_of

from .models import RepresentativeApplication

WORK_PERMISSION = "representatives.work_applications"


def can_work_applications(user):
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or (user.has_perm(WORK_PERMISSION) and teams_of(user).exists())


def visible_applications(user):
    applications = RepresentativeApplication.objects.all()
    if not can_work_applications(user):
        return applications.none()
    if user.is_superuser:
        return applications
    return applications.filter(team__in=teams_of(user))
