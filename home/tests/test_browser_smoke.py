import pytest

from tests.browser import assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.browser


def test_home_page_is_accessible_and_reflows(page, site_url):
    page.goto(site_url + "/")
    assert page.locator("h1").first.inner_text()
    assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 800})
    assert_no_sideways_scroll(page)


def test_skip_link_moves_focus_to_main_content(page, site_url):
    page.goto(site_url + "/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
