import pytest
from wagtail.models import Site

from conditions.models import ConditionIndexPage
from conditions.testing import condition_page
from home.models import HomePage
from teams.models import RoutingSettings, Team
from teams.routing import NoTeamConfigured, team_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_tree():
    root = Site.objects.get(is_default_site=True).root_page
    home = root.add_child(instance=HomePage(title="Home", slug="home-test"))
    index = home.add_child(instance=ConditionIndexPage(title="Conditions", slug="conditions"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return site, index


@pytest.fixture
def rare_renal():
    return Team.objects.create(name="Rare Renal team", notification_emails="rare.renal@example.org")


def make_condition(index, slug, team=None):
    return index.add_child(instance=condition_page(slug.title(), slug, rare_disease_team=team))


def test_condition_without_a_team_goes_to_the_default(site_tree, rare_renal):
    site, index = site_tree
    RoutingSettings.objects.create(site=site, default_team=rare_renal)
    condition = make_condition(index, "cystinosis")
    assert team_for(condition, site) == rare_renal


def test_condition_with_its_own_group_goes_there(site_tree, rare_renal):
    site, index = site_tree
    RoutingSettings.objects.create(site=site, default_team=rare_renal)
    group = Team.objects.create(name="Calciphylaxis rare disease group", notification_emails="calci@example.org")
    condition = make_condition(index, "calciphylaxis", team=group)
    assert team_for(condition, site) == group


def test_no_condition_goes_to_the_default(site_tree, rare_renal):
    site, _ = site_tree
    RoutingSettings.objects.create(site=site, default_team=rare_renal)
    assert team_for(None, site) == rare_renal


def test_missing_default_is_a_clear_error(site_tree):
    site, index = site_tree
    with pytest.raises(NoTeamConfigured, match="default team"):
        team_for(make_condition(index, "fabry"), site)


def test_team_email_lines_are_validated():
    from django.core.exceptions import ValidationError

    team = Team(name="T", notification_emails="ok@example.org\nnot-an-address")
    with pytest.raises(ValidationError, match="not-an-address"):
        team.full_clean()
    team.notification_emails = "ok@example.org\n\n  second@example.org  "
    team.full_clean()
    assert team.email_list == ["ok@example.org", "second@example.org"]
