"""A moderator approves a story in the admin; a visitor then finds it on the public site."""

import pytest
from playwright.sync_api import expect

from accounts.testing import sign_in_staff
from conditions.models import ConditionPage
from tests.browser import assert_accessible, assert_no_sideways_scroll

from .moderation_helpers import make_submission, make_user

pytestmark = pytest.mark.browser

TITLE = "Learning the name of my condition"


def test_moderator_approves_and_a_visitor_finds_the_story(page, site_url, moderators_group, django_user_model):
    morgan = make_user(django_user_model, "morgan", group=moderators_group.name)
    submission = make_submission(
        title=TITLE,
        body="<p>It took a while to find people who understood.</p>",
        condition=ConditionPage.objects.get(slug="calciphylaxis"),
        other_condition="",
        name="Morgan Visitor",
        name_display="first",
        photo=True,
    )

    sign_in_staff(page, site_url, morgan.email, "a-long-test-password", morgan.totp_secret)
    assert "1 story waiting" in page.locator("#stories-waiting-section").inner_text()

    page.goto(site_url + "/admin/stories/submissions/")
    page.get_by_role("link", name=submission.reference).click()
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    assert page.locator(f'img[alt="{submission.photo_description}"]').evaluate("img => img.naturalWidth") == 40
    page.get_by_label("Publish it now").check()
    page.get_by_role("button", name="Approve", exact=True).click()
    assert "is approved and published" in page.locator(".messages").inner_text()

    page.context.clear_cookies()
    page.goto(site_url + "/stories/")
    assert_accessible(page)
    page.get_by_label("Show stories about").select_option("calciphylaxis")
    page.get_by_role("button", name="Show stories").click()
    page.get_by_role("link", name=TITLE).click()
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
    assert "Shared by Morgan, patient" in page.locator(".story__meta").inner_text()
    assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 800})
    assert_no_sideways_scroll(page)

    # The condition page lists it among its stories and links to it.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + "/conditions/calciphylaxis/")
    stories = page.locator(".condition-stories")
    stories.get_by_role("link", name=TITLE).click()
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
