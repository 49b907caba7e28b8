"""Fixtures shared by every app's tests, including the real-browser ones."""

import os
import shutil

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls
# the tests make there are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate limits and cached PDFs live in the cache (Redis in CI): start each test empty."""
    from django.core.cache import cache

    cache.clear()


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Flags for a closed network: no background fetches, no sandbox as root.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        message = f"Chromium not found at {CHROMIUM}: run `make chromium` or set CHROMIUM."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.set_default_timeout(10_000)
    browser_page = context.new_page()
    yield browser_page
    context.close()


@pytest.fixture
def demo_site(transactional_db):
    """The demo content, built by the same command `make run` uses."""
    from django.core.management import call_command

    call_command("build_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture
def site_url(live_server, demo_site):
    return live_server.url


@pytest.fixture
def mfa_staff():
    """Call `mfa_staff(user)` to give a staff user a verified email and an authenticator app.

    It returns the TOTP secret: pass it to `accounts.testing.sign_in_staff` in
    browser tests, or simply `client.force_login(user)` afterwards, and the
    admin opens without the two-factor set-up page.
    """
    from accounts.testing import give_totp

    return give_totp


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser, with the authenticator app every staff account must have."""
    from accounts.testing import give_totp

    give_totp(admin_user)
    return admin_user
