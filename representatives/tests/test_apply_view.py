"""The "Become a patient representative" page as a person (or a bot) uses it."""

import re
import time

import pytest
from django.core import mail
from django.test import Client

from intake.honeypot import signed_start_time
from representatives.models import RepresentativeApplication

from .apply_helpers import URL, form_data

pytestmark = pytest.mark.django_db


def test_the_page_shows_the_advert_and_the_form(client, recruitment_page, calciphylaxis):
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "About two hours a month." in html
    assert "We keep your details private." in html
    assert f'<input type="checkbox" name="conditions" value="{calciphylaxis.pk}"' in html
    assert "no-store" in response["Cache-Control"]


def test_a_condition_in_the_query_is_ticked(client, recruitment_page, calciphylaxis):
    html = client.get(URL + "?condition=calciphylaxis").content.decode()
    assert re.search(rf'name="conditions" value="{calciphylaxis.pk}"[^>]*checked', html)


def test_a_good_application_is_stored_routed_and_confirmed(
    client, recruitment_page, calciphylaxis, cystinosis, django_capture_on_commit_callbacks
):
    data = form_data(cystinosis, calciphylaxis, phone="+44 7700 900123", preferred_contact="phone")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, data)

    application = RepresentativeApplication.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{URL}thank-you/{application.reference}/"
    assert application.phone == "07700 900123"
    assert application.team == calciphylaxis.rare_disease_team  # the condition's own team decides
    assert list(application.conditions.order_by("pk")) == sorted([cystinosis, calciphylaxis], key=lambda p: p.pk)
    assert application.interests == ["review_information", "speak"]
    assert application.consent_wording_version == "test-7"
    assert application.consent_at is not None
    # Typed markup is shown as typed, never interpreted.
    assert (
        application.experience == "<p>I look after my dad.</p>\n<p>I would like to help &lt;b&gt;others&lt;/b&gt;.</p>"
    )
    confirmation = client.get(response["Location"]).content.decode()
    assert application.reference in confirmation
    assert "What happens next" in confirmation
    receipt = next(message for message in mail.outbox if message.to == ["robin@example.org"])
    assert application.reference in receipt.subject
    assert "Robin" not in receipt.body


def test_another_condition_alone_goes_to_the_default_team(client, recruitment_page, rare_renal):
    client.post(URL, form_data())
    application = RepresentativeApplication.objects.get()
    assert application.team == rare_renal
    assert application.other_condition == "A very rare one"
    assert application.conditions.count() == 0


def test_the_confirmation_is_only_shown_to_the_person_who_sent_it(client, recruitment_page):
    location = client.post(URL, form_data())["Location"]
    assert client.get(location).status_code == 200
    assert Client().get(location).status_code == 404
    assert client.get(location.replace("/PR-", "/PR-X")).status_code == 404


def test_a_double_click_stores_one_application_and_shows_the_same_confirmation(
    client, recruitment_page, django_capture_on_commit_callbacks
):
    data = form_data()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(URL, data)
        second = client.post(URL, data)
    assert RepresentativeApplication.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert len([message for message in mail.outbox if message.to == ["robin@example.org"]]) == 1


def test_errors_are_summarised_linked_and_shown_next_to_each_field(client, recruitment_page):
    data = form_data(email="nope", interests=None, relationship=None, experience="Kept as typed & more", consent=None)
    response = client.post(URL, data)
    html = response.content.decode()

    assert RepresentativeApplication.objects.count() == 0
    assert re.search(r"<title>Error: ", html)
    summary = html[html.index('class="error-summary"') : html.index("</ul>", html.index('class="error-summary"'))]
    for anchor in ("#id_email", "#id_interests_0", "#id_relationship_0", "#id_consent"):
        assert f'href="{anchor}"' in summary
    assert 'id="id_interests_error"' in html
    assert re.search(r'aria-describedby="id_email_helptext id_email_error"', html)
    assert "Kept as typed &amp; more</textarea>" in html
    assert re.search(r'name="conditions" value="other"[^>]*checked', html)  # ticks are kept too


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"name": ""}, "name", "Enter your name"),
        ({"name": "x" * 121}, "name", "Your name must be 120 characters or fewer"),
        ({"email": ""}, "email", "Enter your email address"),
        ({"phone": "12345"}, "phone", "Enter a UK phone number"),
        ({"phone": "+1 202 555 0100"}, "phone", "Enter a UK phone number"),
        ({"preferred_contact": "phone"}, "phone", "Enter your phone number, or choose email"),
        ({"preferred_contact": None}, "preferred_contact", "Select how you would like us to contact you"),
        ({"conditions": None}, "conditions", "Select at least one condition"),
        ({"other_condition": ""}, "other_condition", "Enter the name of the other condition"),
        ({"other_condition": "x" * 121}, "other_condition", "must be 120 characters or fewer"),
        ({"region": ""}, "region", "Choose the nation or region where you live"),
        ({"region": "atlantis"}, "region", "Select a valid choice"),
        ({"interests": None}, "interests", "Select at least one thing you would like to do"),
        ({"interests": ["juggling"]}, "interests", "Select a valid choice"),
        ({"experience": ""}, "experience", "Enter your experience and why you would like to help"),
        ({"experience": "word " * 501}, "experience", "500 words or fewer. It is 501 words now"),
        ({"availability": "x" * 501}, "availability", "Your availability must be 500 characters or fewer"),
        ({"access_needs": "x" * 1001}, "access_needs", "must be 1,000 characters or fewer"),
        ({"consent": None}, "consent", "Tick the box to agree that we can store your details"),
    ],
)
def test_each_field_says_what_is_wrong(client, recruitment_page, overrides, field, message):
    html = client.post(URL, form_data(**overrides)).content.decode()
    error = re.search(rf'<p class="field-error" id="id_{field}_error">(.*?)</p>', html, re.S)
    assert error is not None, f"no error beside {field}"
    assert message in error.group(1)
    assert RepresentativeApplication.objects.count() == 0


def test_exactly_500_words_is_accepted(client, recruitment_page):
    client.post(URL, form_data(experience="word " * 500))
    assert RepresentativeApplication.objects.count() == 1


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("07700 900123", "07700 900123"),
        ("+44 7700 900123", "07700 900123"),
        ("07700900123", "07700 900123"),
        ("020 7946 0000", "020 7946 0000"),
        ("+44 (0)20 7946 0000", "020 7946 0000"),
        ("0117 496 0000", "0117 496 0000"),
        ("  0117-496-0000 ", "0117 496 0000"),
    ],
)
def test_uk_phone_numbers_are_accepted_and_spaced_the_usual_way(client, recruitment_page, typed, stored):
    client.post(URL, form_data(phone=typed))
    assert RepresentativeApplication.objects.get().phone == stored


def test_the_honeypot_stores_nothing_and_keeps_what_was_typed(client, recruitment_page):
    html = client.post(URL, form_data(leave_this_empty="http://spam.example")).content.decode()
    assert RepresentativeApplication.objects.count() == 0
    assert "could not send your application" in html
    assert 'value="Robin Example"' in html
    assert "http://spam.example" not in html


def test_a_form_sent_faster_than_a_person_could_fill_it_is_refused(client, recruitment_page):
    client.post(URL, form_data(form_started=signed_start_time(time.time())))
    assert RepresentativeApplication.objects.count() == 0


def test_the_sixth_application_in_an_hour_gets_a_friendly_429(client, recruitment_page):
    for _ in range(5):
        assert client.post(URL, form_data()).status_code == 302
    response = client.post(URL, form_data())
    assert response.status_code == 429
    assert "Retry-After" in response
    assert RepresentativeApplication.objects.count() == 5


def test_without_a_default_team_nothing_is_stored_and_the_person_is_told_kindly(client, recruitment_page):
    from teams.models import RoutingSettings

    RoutingSettings.objects.update(default_team=None)
    response = client.post(URL, form_data(name="Kept Name"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "we cannot accept applications at the moment" in html
    assert 'value="Kept Name"' in html
    assert RepresentativeApplication.objects.count() == 0
