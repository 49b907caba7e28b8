"""Which team a submission belongs to.

Routing is decided once, when a submission is made, and stored on it: a
later change to a condition's team or to the default moves nothing that
already arrived. Only an explicit reassignment does, and that is logged.
"""

from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import Site

from .models import RoutingSettings


class NoTeamConfigured(Exception):
    """Neither the condition nor the site settings name a team."""


def team_for(condition=None, site=None):
    if condition is not None and getattr(condition, "rare_disease_team_id", None):
        return condition.rare_disease_team
    site = site or Site.objects.filter(is_default_site=True).first()
    default = RoutingSettings.for_site(site).default_team if site else None
    if default is None:
        raise NoTeamConfigured("Set a default team under Settings › Routing.")
    return default


def reassign(item, team, *, user):
    """Move `item` (anything with a `team` foreign key) to `team`, logged with who and when."""
    with transaction.atomic():
        locked = type(item).objects.select_for_update().get(pk=item.pk)
        previous = locked.team
        if previous == team:
            return locked
        locked.team = team
        locked.save(update_fields=["team"])
        log(
            instance=locked,
            action="teams.reassign",
            user=user,
            data={"from_team": previous.name if previous else None, "to_team": team.name},
        )
    return locked
