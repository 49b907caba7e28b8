from datetime import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from representatives.dashboard import team_summaries
from representatives.models import RepresentativeApplication
from teams.models import Team, TeamMembership

pytestmark = pytest.mark.django_db

# Monday 16 March 2026, 10:00 in London.
NOW = timezone.make_aware(datetime(2026, 3, 16, 10, 0))


def last_acted(application, when, status=None):
    changes = {"last_action_at": timezone.make_aware(when)}
    if status:
        changes["status"] = status
    RepresentativeApplication.objects.filter(pk=application.pk).update(**changes)


@pytest.fixture
def member(make_member, rare_renal):
    return make_member("amira", rare_renal)


def summary_for(user, team):
    return next(summary for summary in team_summaries(user) if summary["team"] == team)


@time_machine.travel(NOW, tick=False)
def test_counts_by_status_and_overdue_items(submit, member, rare_renal, calciphylaxis):
    fresh = submit()
    ten_days = submit()
    eleven_days = submit()
    closed_long_ago = submit()
    submit(conditions=[calciphylaxis])  # another team's: not counted here
    last_acted(ten_days, datetime(2026, 3, 2, 9, 0), status="contacted")  # exactly 10 working days
    last_acted(eleven_days, datetime(2026, 2, 27, 17, 0))  # 11 working days
    last_acted(closed_long_ago, datetime(2026, 1, 5, 9, 0), status="withdrawn")

    summary = summary_for(member, rare_renal)
    counts = {row["label"]: row["count"] for row in summary["statuses"]}
    assert counts == {
        "New": 2,
        "Contacted": 1,
        "In conversation": 0,
        "Active representative": 0,
        "Not proceeding": 0,
        "Withdrawn": 1,
    }
    assert [item.reference for item in summary["overdue"]] == [eleven_days.reference]
    assert fresh.reference not in [item.reference for item in summary["overdue"]]


@time_machine.travel(NOW, tick=False)
def test_panel_highlights_overdue_items_on_the_dashboard(client, submit, member):
    stale = submit()
    last_acted(stale, datetime(2026, 2, 20, 9, 0))
    client.force_login(member)
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Representative applications: Rare Renal team" in content
    assert "1 open application</a>" in content
    assert stale.reference in content


def test_superuser_gets_a_panel_per_team_members_only_their_own(submit, member, superuser, rare_renal, calci_group):
    assert [summary["team"] for summary in team_summaries(member)] == [rare_renal]
    assert {summary["team"] for summary in team_summaries(superuser)} == {rare_renal, calci_group}


def test_query_count_does_not_grow_with_teams_or_applications(submit, superuser, make_member, rare_renal):
    submit()
    with CaptureQueriesContext(connection) as few:
        team_summaries(superuser)
    for number in range(4):
        team = Team.objects.create(name=f"Team {number}", notification_emails="t@example.org")
        TeamMembership.objects.create(team=team, user=superuser)
        for _ in range(3):
            application = submit()
            RepresentativeApplication.objects.filter(pk=application.pk).update(
                team=team, last_action_at=timezone.make_aware(datetime(2025, 1, 6, 9, 0))
            )
    with CaptureQueriesContext(connection) as many:
        summaries = team_summaries(superuser)
    assert len(summaries) == 5
    assert sum(len(summary["overdue"]) for summary in summaries) == 12
    assert len(many) == len(few)
