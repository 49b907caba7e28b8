import io
import os
import subprocess
import sys

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings

IMPORT_PRODUCTION = "import portal.settings.production"
FORCE_EXEMPTION = "import portal.settings.base as base; base.PORTAL_MFA_EXEMPT_USERNAMES = ['admin']; "


def import_settings(code):
    env = {**os.environ, "SECRET_KEY": "s" * 60, "DJANGO_SETTINGS_MODULE": "portal.settings.production"}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=60
    )


def test_production_settings_refuse_the_demo_mfa_exemption():
    result = import_settings(FORCE_EXEMPTION + IMPORT_PRODUCTION)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "PORTAL_MFA_EXEMPT_USERNAMES" in result.stderr


def test_production_settings_start_without_the_exemption_and_with_secure_cookies():
    code = (
        "import portal.settings.production as p; "
        "assert p.PORTAL_MFA_EXEMPT_USERNAMES == []; "
        "assert p.SESSION_COOKIE_SECURE and p.SESSION_COOKIE_HTTPONLY and p.SESSION_COOKIE_SAMESITE == 'Lax'; "
        "assert p.CSRF_COOKIE_SECURE and p.CSRF_COOKIE_SAMESITE == 'Lax'"
    )
    result = import_settings(code)

    assert result.returncode == 0, result.stderr


def test_only_development_settings_exempt_the_demo_admin():
    code = (
        "import portal.settings.dev as d, portal.settings.base as b; "
        "print(d.PORTAL_MFA_EXEMPT_USERNAMES, b.PORTAL_MFA_EXEMPT_USERNAMES)"
    )
    result = import_settings(code)

    assert result.stdout.strip() == "['admin'] []"


@pytest.mark.django_db
@override_settings(DEBUG=True)
def test_the_demo_admin_has_a_verified_primary_email_and_the_command_can_run_again(client):
    out = io.StringIO()
    call_command("ensure_demo_admin", stdout=out)
    call_command("ensure_demo_admin", stdout=out)

    admin = get_user_model().objects.get(username="admin")
    address = EmailAddress.objects.get(user=admin)
    assert (address.email, address.verified, address.primary) == ("admin@example.com", True, True)
    assert "admin@example.com" in out.getvalue()

    client.post("/account/login/", {"login": "admin@example.com", "password": "change-me-demo-only"})
    assert client.session.get("_auth_user_id") == str(admin.pk)


@pytest.mark.django_db
def test_the_demo_admin_is_never_created_without_debug():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("ensure_demo_admin", stdout=io.StringIO())
    assert not get_user_model().objects.filter(username="admin").exists()
