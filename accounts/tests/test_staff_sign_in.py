"""Staff reach the admin only through allauth and with two factors."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY
from django.contrib.auth.models import Group
from django.test import override_settings
from django.urls import reverse

from accounts.testing import give_totp, give_verified_email, totp_code

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

ADMIN_URLS = [
    "/admin/",
    "/admin/pages/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/users/",
    "/admin/snippets/",
    "/admin/reports/site-history/",
    "/admin/account/",
]


@pytest.fixture
def activate_url():
    return reverse("mfa_activate_totp")


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.com", PASSWORD)
    give_verified_email(user)
    return user


@pytest.fixture
def editor(django_user_model):
    """Admin access through Wagtail's Editors group, with neither is_staff nor is_superuser."""
    user = django_user_model.objects.create_user("ed", "ed@example.com", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    give_verified_email(user)
    return user


@pytest.mark.parametrize("url", ADMIN_URLS)
def test_staff_without_two_factors_cannot_open_any_admin_page(client, staff, activate_url, url):
    client.force_login(staff)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == activate_url


@pytest.mark.parametrize("kind", ["superuser", "is_staff", "editors_group"])
def test_every_kind_of_staff_account_needs_two_factors(client, django_user_model, editor, activate_url, kind):
    if kind == "editors_group":
        user = editor
    else:
        user = django_user_model.objects.create_user(kind, f"{kind}@example.com", PASSWORD)
        user.is_superuser = kind == "superuser"
        user.is_staff = True
        user.save()
    client.force_login(user)

    assert client.get("/admin/pages/")["Location"] == activate_url


def test_a_public_user_is_not_sent_to_set_up_two_factors(client, person, activate_url):
    client.force_login(person)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] != activate_url
    assert not Authenticator.objects.filter(user=person).exists()


def test_staff_with_an_authenticator_app_can_open_the_admin(client, staff):
    give_totp(staff)
    client.force_login(staff)

    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("method", ["get", "post"])
def test_admin_login_only_redirects_to_allauth(client, staff, method):
    url = "/admin/login/?next=/admin/pages/"
    send = client.post if method == "post" else client.get
    response = send(url, {"username": "boss", "password": PASSWORD} if method == "post" else None)

    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=%2Fadmin%2Fpages%2F"
    assert "_auth_user_id" not in client.session, "a correct password posted there signs nobody in"


def test_admin_login_without_next_goes_to_the_admin_and_ignores_other_sites(client):
    assert client.get("/admin/login/")["Location"] == "/account/login/?next=%2Fadmin%2F"
    assert client.get("/admin/login/?next=https://evil.example/")["Location"] == "/account/login/?next=%2Fadmin%2F"


def test_wagtail_sends_anonymous_visitors_to_allauths_sign_in(client):
    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=/admin/pages/"


def test_staff_with_an_authenticator_are_asked_for_a_code_when_signing_in(client, staff):
    secret = give_totp(staff)

    response = client.post("/account/login/?next=/admin/", {"login": "boss@example.com", "password": PASSWORD})
    assert response["Location"].startswith(reverse("mfa_authenticate"))
    assert "_auth_user_id" not in client.session, "the password alone signs nobody in"

    response = client.post(reverse("mfa_authenticate"), {"code": "000000" if totp_code(secret) != "000000" else "1"})
    assert "_auth_user_id" not in client.session
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})

    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_staff_signing_in_for_the_first_time_set_up_an_authenticator_then_reach_the_admin(client, staff, activate_url):
    client.post("/account/login/", {"login": "boss@example.com", "password": PASSWORD})
    assert client.get("/admin/")["Location"] == activate_url
    # allauth asks for the password again before changing two-factor settings.
    reauthenticate = client.get(activate_url)["Location"]
    assert reauthenticate.startswith(reverse("account_reauthenticate"))
    client.post(reauthenticate, {"password": PASSWORD})
    assert client.get(activate_url).status_code == 200
    secret = client.session[SECRET_SESSION_KEY]

    response = client.post(activate_url, {"code": totp_code(secret)})

    assert response["Location"] == reverse("mfa_view_recovery_codes")
    assert Authenticator.objects.filter(user=staff, type=Authenticator.Type.TOTP).exists()
    assert Authenticator.objects.filter(user=staff, type=Authenticator.Type.RECOVERY_CODES).exists()
    recovery_page = client.get(response["Location"]).content.decode()
    assert "continue to the admin" in recovery_page
    assert client.get("/admin/").status_code == 200


def test_staff_sessions_end_after_thirty_idle_minutes(client, staff):
    give_totp(staff)
    client.force_login(staff)

    client.get("/search/")

    assert client.session.get_expiry_age() == 30 * 60
    assert "_session_expiry" in client.session


def test_public_sessions_keep_djangos_default_length(client, person, settings):
    client.force_login(person)

    client.get("/search/")

    assert "_session_expiry" not in client.session
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE


@override_settings(DEBUG=True, PORTAL_MFA_EXEMPT_USERNAMES=["boss"])
def test_the_development_exemption_lets_the_named_account_in(client, staff):
    client.force_login(staff)

    assert client.get("/admin/").status_code == 200


@override_settings(DEBUG=False, PORTAL_MFA_EXEMPT_USERNAMES=["boss"])
def test_the_exemption_is_ignored_without_debug(client, staff, activate_url):
    client.force_login(staff)

    assert client.get("/admin/")["Location"] == activate_url
