"""Per-team numbers for the admin dashboard, in a fixed number of queries."""

from collections import Counter

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from teams.membership import teams_of

from .access import visible_applications
from .filters import OPEN_STATUSES
from .models import RepresentativeApplication
from .working_days import overdue_cutoff


def team_summaries(user, today=None):
    """For each team of `user`: counts by status and the open applications overdue for action."""
    today = today or timezone.localdate()
    teams = list(teams_of(user))
    applications = visible_applications(user).filter(team__in=[team.pk for team in teams])
    counts = Counter(
        {
            (row["team_id"], row["status"]): row["total"]
            for row in applications.order_by().values("team_id", "status").annotate(total=Count("pk"))
        }
    )
    overdue = list(
        applications.filter(status__in=OPEN_STATUSES, last_action_at__lt=overdue_cutoff(today))
        .only("pk", "reference", "team_id", "last_action_at", "status")
        .order_by("last_action_at")
    )
    index = reverse("representative_applications:index")
    return [
        {
            "team": team,
            "statuses": [
                {
                    "label": label,
                    "count": counts[(team.pk, value)],
                    "url": f"{index}?team={team.pk}&status={value}",
                }
                for value, label in RepresentativeApplication.Status.choices
            ],
            "overdue": [item for item in overdue if item.team_id == team.pk],
            "overdue_url": f"{index}?team={team.pk}&last_action=overdue",
        }
        for team in teams
    ]
