"""Helpers for tests anywhere in the project that need a staff member past two-factor sign-in.

secret = give_totp(user)               # an authenticator app, as if set up
give_verified_email(user)              # allauth signs in by verified email only
client.force_login(user)               # Django test client: now /admin/ opens
sign_in_staff(page, base_url, user.email, password, secret)   # Playwright
"""

import time

from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value


def give_verified_email(user):
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    address = address or EmailAddress(user=user, email=user.email)
    address.verified = address.primary = True
    address.save()
    return address


def give_totp(user):
    """Give `user` an authenticator app (TOTP) and a verified email; return the secret to make codes from."""
    give_verified_email(user)
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret, at=None):
    """The code an authenticator app would show now (or at the Unix time `at`)."""
    counter = int(time.time() if at is None else at) // mfa_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))


def sign_in_staff(page, base_url, email, password, secret, next_path="/admin/"):
    """Sign in through allauth in a Playwright page, answer the authenticator step, and land on `next_path`.

    allauth accepts each code once: a second sign-in for the same person within
    the same 30 seconds waits for the next code.
    """
    page.goto(f"{base_url}/account/login/?next={next_path}")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Code").fill(totp_code(secret))
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base_url}{next_path}*")
