import itertools

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import Site

from accounts.testing import give_totp
from conditions.models import ConditionIndexPage
from conditions.testing import condition_page
from home.models import HomePage
from representatives.submit import submit_application
from teams.membership import TEAM_MEMBERS_GROUP
from teams.models import RoutingSettings, Team, TeamMembership

_tokens = itertools.count()
PASSWORD = "a-long-test-password"


@pytest.fixture
def site():
    root = Site.objects.get(is_default_site=True).root_page
    home = root.add_child(instance=HomePage(title="Home", slug="home-test"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return site


@pytest.fixture
def condition_index(site):
    return site.root_page.add_child(instance=ConditionIndexPage(title="Conditions", slug="conditions"))


@pytest.fixture
def rare_renal(site):
    team = Team.objects.create(name="Rare Renal team", notification_emails="rare.renal@example.org")
    RoutingSettings.objects.create(site=site, default_team=team)
    return team


@pytest.fixture
def calci_group():
    return Team.objects.create(
        name="Calciphylaxis group", notification_emails="calci1@example.org\ncalci2@example.org"
    )


@pytest.fixture
def calciphylaxis(condition_index, calci_group):
    return condition_index.add_child(
        instance=condition_page("Calciphylaxis", "calciphylaxis", rare_disease_team=calci_group)
    )


@pytest.fixture
def cystinosis(condition_index):
    return condition_index.add_child(instance=condition_page("Cystinosis", "cystinosis"))


def application_data(**overrides):
    data = {
        "name": "Canary Name Zebedee",
        "email": "applicant@example.org",
        "phone": "",
        "preferred_contact": "email",
        "conditions": [],
        "other_condition": "",
        "relationship": "patient",
        "region": "london",
        "interests": ["review_information"],
        "experience": "<p>Canary experience text</p>",
        "availability": "Canary availability",
        "access_needs": "Canary access needs",
        "consent_wording_version": "v1",
    }
    data.update(overrides)
    return data


@pytest.fixture
def submit(site, rare_renal):
    def _submit(token=None, **overrides):
        return submit_application(
            application_data(**overrides), site=site, submission_token=token or f"token-{next(_tokens)}"
        )

    return _submit


@pytest.fixture
def make_member(django_user_model):
    # The migrations make this group; live-server tests flush it, so make sure of it here.
    group, _ = Group.objects.get_or_create(name=TEAM_MEMBERS_GROUP)
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="work_applications")
    )

    def _make(username, team, role=TeamMembership.Role.MEMBER):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
        TeamMembership.objects.create(team=team, user=user, role=role)
        user.groups.add(group)
        give_totp(user)  # staff pass two-factor sign-in before any admin page opens
        return user

    return _make


def sign_in_recently(client, user):
    """Sign `user` in and confirm their password on allauth's page, as an export needs."""
    client.force_login(user)
    response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert response.status_code == 302, "allauth did not accept the password"


@pytest.fixture
def superuser(django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.org", PASSWORD)
    give_totp(user)
    return user


@pytest.fixture
def recruitment_page(site, rare_renal):
    from django.core.cache import cache

    from home.models import StandardPage
    from representatives.models import RepresentativeRecruitmentPage

    get_involved = site.root_page.add_child(instance=StandardPage(title="Get involved", slug="get-involved", body="x"))
    page = get_involved.add_child(
        instance=RepresentativeRecruitmentPage(
            title="Become a patient representative",
            slug="patient-representative",
            intro="<p>Help research teams.</p>",
            body=[("section", {"heading": "Time needed", "text": "<p>About two hours a month.</p>"})],
            consent_wording="<p>We keep your details private.</p>",
            consent_wording_version="test-7",
        )
    )
    cache.clear()  # rate-limit counts live in the cache
    yield page
    cache.clear()
