import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.testing import give_verified_email, sign_in_staff, totp_code
from tests.browser import assert_accessible, assert_no_sideways_scroll

from .conftest import PASSWORD

pytestmark = pytest.mark.browser


def emailed_path(prefix):
    for message in reversed(mail.outbox):
        match = re.search(rf"https?://[^/\s]+({re.escape(prefix)}\S+)", message.body)
        if match:
            return match.group(1)
    raise AssertionError(f"no email with a {prefix} link")


def test_sign_up_verify_and_see_an_earlier_anonymous_story(page, site_url, make_story):
    earlier = make_story("reader@example.com", title="My earlier fictional story")

    page.goto(site_url + "/")
    page.get_by_role("link", name="Sign in").click()
    page.get_by_role("link", name="Create an account").click()
    assert_accessible(page)
    page.get_by_label("Email").fill("Reader@Example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Confirm password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.locator("h1")).to_contain_text("Verify")

    page.goto(site_url + emailed_path("/account/confirm-email/"))
    page.get_by_role("button", name="Confirm").click()

    expect(page.locator("h1")).to_have_text("My stories and applications")
    expect(page.locator("dd", has_text=earlier.reference)).to_be_visible()
    expect(page.get_by_text("Waiting for review")).to_be_visible()
    assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 800})
    assert_no_sideways_scroll(page)


def test_sign_in_page_is_accessible_with_and_without_errors(page, site_url):
    page.goto(site_url + "/account/login/")
    assert_accessible(page)

    page.get_by_role("button", name="Sign in").click()

    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)


def test_staff_set_up_an_authenticator_and_reach_the_admin(page, site_url, django_user_model):
    staff = django_user_model.objects.create_superuser("moderator", "moderator@example.com", PASSWORD)
    give_verified_email(staff)

    page.goto(site_url + "/admin/")
    page.get_by_label("Email").fill("moderator@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    # allauth asks for the password once more before two-factor settings change.
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()

    expect(page.locator("h1")).to_have_text("Set up two-factor sign-in")
    assert_accessible(page)
    secret = page.locator("#authenticator_secret").input_value()
    page.get_by_label("Code").fill(totp_code(secret))
    page.get_by_role("button", name="Turn on two-factor sign-in").click()

    expect(page.locator("h1")).to_have_text("Recovery codes")
    page.get_by_role("link", name="continue to the admin").click()

    page.wait_for_url(site_url + "/admin/")
    expect(page).to_have_title(re.compile("Dashboard"))


def test_the_shared_helpers_sign_in_staff_who_already_have_an_authenticator(
    page, site_url, django_user_model, mfa_staff
):
    staff = django_user_model.objects.create_user("editor", "editor@example.com", PASSWORD, is_superuser=True)
    secret = mfa_staff(staff)

    sign_in_staff(page, site_url, "editor@example.com", PASSWORD, secret, next_path="/admin/pages/")

    expect(page).to_have_title(re.compile("Exploring"))
