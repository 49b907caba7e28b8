import os

import pytest
from django.core.management import call_command
from wagtail.models import Revision, Site

from conditions.models import ConditionPage
from teams.models import RoutingSettings, Team
from teams.routing import team_for

pytestmark = pytest.mark.django_db


def build():
    with open(os.devnull, "w") as quiet:
        call_command("build_demo_content", stdout=quiet)


def test_demo_routes_calciphylaxis_to_its_group_and_the_rest_to_rare_renal():
    build()
    site = Site.objects.get(is_default_site=True)
    calciphylaxis = ConditionPage.objects.get(slug="calciphylaxis")
    assert team_for(calciphylaxis, site).name == "Calciphylaxis rare disease group"
    assert RoutingSettings.for_site(site).default_team.name == "Rare Renal team"
    assert team_for(None, site).name == "Rare Renal team"


def test_second_build_changes_no_team_and_adds_no_revision():
    build()
    teams, revisions = Team.objects.count(), Revision.objects.count()
    build()
    assert (Team.objects.count(), Revision.objects.count()) == (teams, revisions)
