"""A person shares a story in a real browser, with the keyboard only."""

import pytest

from stories.models import StorySubmission
from stories.tests.share_helpers import jpeg_bytes
from tests.browser import assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.browser

SEND = ".share-form button[type=submit]"


def _tab_to(page, selector, limit=80):
    """Press Tab until `selector` has focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("sel => document.activeElement && document.activeElement.matches(sel)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def _type_into(page, selector, text):
    _tab_to(page, selector)
    page.keyboard.type(text)


def _tick(page, selector):
    _tab_to(page, selector)
    page.keyboard.press("Space")
    assert page.is_checked(selector)


def test_the_empty_form_is_accessible_and_reflows(page, site_url):
    page.goto(site_url + "/stories/share/")
    assert page.locator("h1").inner_text() == "Share your story"
    assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 800})
    assert_no_sideways_scroll(page)


def test_a_person_shares_a_story_with_a_photo_using_only_the_keyboard(page, site_url, tmp_path):
    page.goto(site_url + "/stories/share/?condition=calciphylaxis")

    # Sending too soon and with gaps shows the errors, focused and accessible.
    _tab_to(page, SEND)
    page.wait_for_timeout(3100)  # the minimum fill time applies to people too
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.title().startswith("Error: ")
    assert page.evaluate("document.activeElement.matches('[data-error-summary]')")
    assert_accessible(page)

    # Follow the first error link from the summary to the field.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "id_title"
    page.keyboard.type("The day I met someone else with it")

    _type_into(page, "#id_body", "For years I thought I was the only one.\n\nThen I found the support group.")
    assert "words remaining" in page.locator(".word-count").inner_text()
    _tab_to(page, "input[name=condition]:checked")  # preselected from the link
    _tab_to(page, "input[name=relationship]")
    page.keyboard.press("Space")
    _type_into(page, "#id_name", "Sam Example")
    _tab_to(page, "input[name=name_display]")
    page.keyboard.press("ArrowDown")  # "first name only"
    _type_into(page, "#id_email", "sam@example.org")

    photo = tmp_path / "me.jpg"
    photo.write_bytes(jpeg_bytes())
    _tab_to(page, "#id_photo")
    page.set_input_files("#id_photo", str(photo))
    _type_into(page, "#id_photo_description", "Me smiling in a hospital garden")
    _tick(page, "#id_consent_photo")
    for consent in ("store", "publish", "others", "age"):
        _tick(page, f"#id_consent_{consent}")
    _tab_to(page, SEND)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/thank-you/" in page.url

    # The demo's fictional stories are in the queue too; this is the one just sent.
    submission = StorySubmission.objects.exclude(reference__startswith="DEMO-").get()
    assert page.locator(".reference").inner_text() == submission.reference
    assert submission.name_display == StorySubmission.NameDisplay.FIRST
    assert submission.relationship == StorySubmission.Relationship.PATIENT
    assert submission.condition.slug == "calciphylaxis"
    assert submission.photo.name.startswith("story-photos/")
    assert_accessible(page)
