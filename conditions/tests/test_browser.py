import pytest

from tests.browser import assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.browser


def test_reader_finds_calciphylaxis_jumps_to_a_section_and_opens_a_question(page, site_url):
    page.goto(site_url + "/")
    page.get_by_role("link", name="See all conditions from A to Z").click()
    page.wait_for_url("**/conditions/")
    page.locator(".a-z-list").get_by_role("link", name="Calciphylaxis").click()
    page.wait_for_url("**/conditions/calciphylaxis/")
    assert page.locator("h1").inner_text() == "Calciphylaxis"

    page.locator(".contents-list").get_by_role("link", name="Research").click()
    page.wait_for_url("**/conditions/calciphylaxis/#research")
    heading = page.locator("h2#research")
    top = heading.evaluate("el => el.getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"]

    # The link just before the questions, then Tab onto the first question and open it with Enter.
    page.locator(".condition-body").get_by_role("link", name="share your story with us").focus()
    page.keyboard.press("Tab")
    summary = page.locator("summary", has_text="What symptoms should I look out for?")
    assert summary.evaluate("el => el === document.activeElement")
    faq = page.locator("details", has=summary)
    assert faq.get_attribute("open") is None
    page.keyboard.press("Enter")
    assert faq.get_attribute("open") is not None
    assert faq.get_by_text("much worse than you would expect").is_visible()


def test_pdf_link_downloads_the_information(page, site_url):
    page.goto(site_url + "/conditions/calciphylaxis/")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download this information (PDF)").click()
    download = download_info.value
    assert download.suggested_filename == "calciphylaxis-information.pdf"
    with open(download.path(), "rb") as pdf:
        assert pdf.read(4) == b"%PDF"


def test_information_pages_are_accessible_and_reflow_at_320px(page, site_url):
    for path in ["/", "/conditions/", "/conditions/calciphylaxis/", "/search/?query=warfarin"]:
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(site_url + path)
        assert_accessible(page)
        page.set_viewport_size({"width": 320, "height": 800})
        assert_no_sideways_scroll(page)
    assert page.locator(".search-results").get_by_role("link", name="Calciphylaxis").count() == 1
