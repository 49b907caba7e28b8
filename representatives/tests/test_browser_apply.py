"""A person applies to become a patient representative in a real browser."""

import re

import pytest

from representatives.models import RepresentativeApplication
from tests.browser import assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.browser

URL = "/get-involved/patient-representative/"
SEND = "form.share-form button[type=submit]"


def test_a_person_applies_and_gets_a_reference(page, site_url):
    page.goto(site_url + URL + "?condition=calciphylaxis")
    assert page.locator("h1").inner_text() == "Become a patient representative"
    assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 800})
    assert_no_sideways_scroll(page)
    page.set_viewport_size({"width": 1024, "height": 800})

    # Sending with gaps shows the errors, summarised, focused and accessible.
    page.fill("#id_name", "Jo Example")
    page.check("#id_preferred_contact_1")  # phone, with no number given
    page.wait_for_timeout(3100)  # the minimum fill time applies to people too
    with page.expect_navigation():
        page.click(SEND)
    assert page.title().startswith("Error: ")
    assert page.evaluate("document.activeElement.matches('[data-error-summary]')")
    assert "Enter your phone number, or choose email" in page.locator(".error-summary").inner_text()
    assert page.input_value("#id_name") == "Jo Example"
    assert_accessible(page)

    # Follow the summary's link to the phone field and put things right.
    page.locator(".error-summary a[href='#id_phone']").click()
    assert page.evaluate("document.activeElement.id") == "id_phone"
    page.keyboard.type("07700 900123")
    page.fill("#id_email", "jo@example.org")
    page.check("#id_relationship_0")
    page.select_option("#id_region", "scotland")
    assert page.is_checked("input[name=conditions][value]:not([value=other]) >> nth=0")
    page.check("input[name=interests][value=research]")
    page.fill("#id_experience", "I was diagnosed two years ago.\n\nI would like to help others understand it.")
    assert "words remaining" in page.locator(".word-count").inner_text()
    page.check("#id_consent")
    with page.expect_navigation():
        page.click(SEND)

    assert page.locator("h1").inner_text() == "Thank you, your application has been sent"
    reference = page.locator(".reference").inner_text()
    assert re.fullmatch(r"PR-[A-Z0-9]{8}", reference)
    application = RepresentativeApplication.objects.get(reference=reference)
    assert application.phone == "07700 900123"
    assert application.team.name == "Calciphylaxis rare disease group"
    assert_accessible(page)
