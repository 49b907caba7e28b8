"""The share-your-story page as a person (or a bot) uses it."""

import re
import time

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from intake.honeypot import signed_start_time
from stories.models import StorySubmission
from stories.tests.share_helpers import jpeg_bytes, valid_data

pytestmark = pytest.mark.django_db

URL = "/stories/share/"


def _post(client, data, **extra):
    return client.post(URL, data, **extra)


def test_the_form_preselects_a_condition_from_the_query(client, condition):
    html = client.get(URL + "?condition=calciphylaxis").content.decode()
    checked = re.search(r'<input type="radio" name="condition" value="(\d+)"[^>]*checked', html)
    assert checked is not None
    assert checked.group(1) == str(condition.pk)


def test_an_unknown_condition_in_the_query_preselects_nothing(client, condition):
    html = client.get(URL + "?condition=no-such-thing").content.decode()
    assert 'name="condition"' in html
    assert not re.search(r'name="condition"[^>]*checked', html)


def test_the_form_page_is_never_cached(client, share_page):
    response = client.get(URL)
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_each_form_gets_its_own_token(client, share_page):
    tokens = {re.search(r'name="submission_token" value="([^"]+)"', client.get(URL).content.decode())[1] for _ in "ab"}
    assert len(tokens) == 2


def test_a_good_submission_is_stored_and_redirects_to_its_confirmation(client, condition):
    response = _post(client, valid_data(condition))

    submission = StorySubmission.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{URL}thank-you/{submission.reference}/"
    assert submission.consent_wording_version == "test-3"
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert submission.reference in confirmation.content.decode()
    assert "within" in confirmation.content.decode() or "10 working days" in confirmation.content.decode()


def test_the_confirmation_is_only_shown_to_the_person_who_sent_it(client, condition):
    location = _post(client, valid_data(condition))["Location"]
    assert Client().get(location).status_code == 404
    assert client.get(location.replace("thank-you/ST-", "thank-you/ST-X")).status_code == 404


def test_errors_are_summarised_linked_and_shown_next_to_each_field(client, condition):
    data = valid_data(condition, title="", email="nope", relationship=None, body="I typed this & kept it")
    html = _post(client, data).content.decode()

    assert re.search(r"<title>Error: ", html)
    summary = html[html.index('class="error-summary"') : html.index("</ul>", html.index('class="error-summary"'))]
    assert 'href="#id_title"' in summary
    assert 'href="#id_email"' in summary
    assert 'href="#id_relationship_0"' in summary  # a radio group links to its first option
    assert 'id="id_title_error"' in html
    assert re.search(r'<input type="text" name="title"[^>]*aria-invalid="true"', html)
    assert re.search(r'aria-describedby="id_email_helptext id_email_error"', html)
    assert re.search(r'<fieldset aria-describedby="id_relationship_helptext id_relationship_error"', html)
    assert "I typed this &amp; kept it</textarea>" in html  # what was typed is kept
    assert 'value="nope"' in html
    assert not StorySubmission.objects.exists()


def test_after_an_error_the_person_is_told_to_choose_their_photo_again(client, condition):
    data = valid_data(condition, title="", photo_description="Me", consent_photo="on")
    data["photo"] = SimpleUploadedFile("me.jpg", jpeg_bytes())
    html = _post(client, data).content.decode()
    assert "Please choose your photo again" in html
    assert ">\nMe</textarea>" in html


def test_a_bad_photo_gets_its_message_not_a_server_error(client, condition):
    data = valid_data(condition, photo_description="Me", consent_photo="on")
    data["photo"] = SimpleUploadedFile("me.jpg", b"<svg onload=alert(1)></svg>", content_type="image/jpeg")
    response = _post(client, data)
    assert response.status_code == 200
    assert "We cannot accept SVG files" in response.content.decode()
    assert not StorySubmission.objects.exists()


def test_the_same_token_twice_stores_one_story_and_lands_on_the_same_confirmation(
    client, condition, django_capture_on_commit_callbacks
):
    data = valid_data(condition)
    with django_capture_on_commit_callbacks(execute=True):
        first = _post(client, data)
        second = _post(client, data)
    assert StorySubmission.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert client.get(second["Location"]).status_code == 200
    assert len(mail.outbox) == 2  # one receipt, one moderator notice: not four


def test_the_sixth_submission_in_an_hour_gets_a_friendly_429(client, condition):
    for _ in range(5):
        assert _post(client, valid_data(condition)).status_code == 302
    response = _post(client, valid_data(condition))

    assert response.status_code == 429
    assert StorySubmission.objects.count() == 5
    html = response.content.decode()
    assert "Please try again later" in html
    assert "help@localhost" in html
    assert int(response["Retry-After"]) > 3000


def test_the_limit_is_per_address(client, condition):
    for _ in range(5):
        _post(client, valid_data(condition), REMOTE_ADDR="192.0.2.1")
    assert _post(client, valid_data(condition), REMOTE_ADDR="192.0.2.2").status_code == 302


def test_form_errors_do_not_use_up_the_limit(client, condition):
    for _ in range(6):
        _post(client, valid_data(condition, title=""))
    assert _post(client, valid_data(condition)).status_code == 302


def test_the_limit_counts_a_full_hour(client, condition, time_machine):
    time_machine.move_to("2025-03-03 10:00:00+00:00", tick=False)
    for _ in range(5):
        _post(client, valid_data(condition, form_started=signed_start_time(time.time() - 60)))
    time_machine.move_to("2025-03-03 10:59:00+00:00", tick=False)
    assert _post(client, valid_data(condition, form_started=signed_start_time(time.time() - 60))).status_code == 429
    time_machine.move_to("2025-03-03 11:00:30+00:00", tick=False)
    assert _post(client, valid_data(condition, form_started=signed_start_time(time.time() - 60))).status_code == 302


def test_a_filled_honeypot_stores_nothing(client, condition):
    response = _post(client, valid_data(condition, leave_this_empty="http://spam.example"))
    assert response.status_code == 200
    assert not StorySubmission.objects.exists()
    assert mail.outbox == []


def test_a_bot_speed_submission_stores_nothing(client, condition):
    response = _post(client, valid_data(condition, form_started=signed_start_time(time.time() - 1)))
    assert response.status_code == 200
    assert not StorySubmission.objects.exists()


def test_a_forged_start_time_stores_nothing(client, condition):
    _post(client, valid_data(condition, form_started="1000000000.0"))
    assert not StorySubmission.objects.exists()


def test_a_refused_bot_check_keeps_what_was_typed_for_a_human(client, condition):
    html = _post(client, valid_data(condition, form_started=signed_start_time(time.time()))).content.decode()
    assert "Please check your answers" in html
    assert 'value="Finding my feet again"' in html


def test_csrf_is_enforced(condition):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(URL, valid_data(condition)).status_code == 403
    assert not StorySubmission.objects.exists()
