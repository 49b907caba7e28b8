"""A signed-in person withdraws their published story from "My stories and applications" and it is gone."""

import pytest
from playwright.sync_api import expect

from stories import moderation
from stories.moderation import MODERATORS_GROUP
from stories.tests.moderation_helpers import make_user, moderators_group  # noqa: F401
from tests.browser import assert_accessible

from .conftest import PASSWORD

pytestmark = pytest.mark.browser

TITLE = "My fictional published story"


def test_a_published_story_is_withdrawn_in_three_clicks_and_leaves_the_site(
    page,
    site_url,
    person,
    make_story,
    moderators_group,  # noqa: F811
    django_user_model,
):
    moderator = make_user(django_user_model, "morgan", group=MODERATORS_GROUP)
    story = make_story(person.email, user=person, title=TITLE)
    moderation.approve(story, user=moderator, go_live=True)
    page.goto(site_url + "/stories/")
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()

    page.goto(site_url + "/account/login/?next=/account/submissions/")
    page.get_by_label("Email").fill(person.email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("h1")).to_have_text("My stories and applications")

    clicks = 0
    page.get_by_role("link", name=f"Withdraw {story.reference}").click()
    clicks += 1
    expect(page.locator("h1")).to_have_text("Withdraw your story?")
    expect(page.get_by_text("your story comes off our website")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Yes, withdraw it").click()
    clicks += 1
    expect(page.locator("h1")).to_have_text(f"{story.reference} is withdrawn")
    assert clicks <= 3

    page.goto(site_url + "/stories/")
    expect(page.get_by_role("link", name=TITLE)).to_have_count(0)
    story.refresh_from_db()
    assert story.story_page is None
