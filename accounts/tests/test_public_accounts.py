"""Every public account flow, through Django's test client and allauth's real views."""

import re

import pytest
from django.core import mail

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def link_in(message, path_prefix):
    match = re.search(rf"https?://testserver({re.escape(path_prefix)}\S+)", message.body)
    assert match, message.body
    return match.group(1)


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


def sign_in(client, email, password=PASSWORD):
    return client.post("/account/login/", {"login": email, "password": password})


def test_sign_up_verify_by_link_and_land_signed_in(client):
    response = client.post(
        "/account/signup/", {"email": "new@example.com", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    assert signed_in_user_id(client) is None, "nobody is signed in before the address is confirmed"
    assert len(mail.outbox) == 1
    confirm_path = link_in(mail.outbox[0], "/account/confirm-email/")

    assert client.get(confirm_path).status_code == 200
    response = client.post(confirm_path)

    assert response.status_code == 302
    assert response["Location"] == "/account/submissions/"
    assert signed_in_user_id(client) is not None
    assert client.get("/account/submissions/").status_code == 200


def test_sign_up_shows_errors_beside_fields_and_in_a_summary(client):
    response = client.post("/account/signup/", {"email": "not-an-email", "password1": "x", "password2": "y"})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    assert '<a href="#id_email">' in html
    assert 'id="id_email_error"' in html
    assert 'aria-describedby="id_email_error"' in html
    assert 'value="not-an-email"' in html, "what the person typed is kept"
    assert "Enter an email address in the right format, like name@example.com" in html
    assert mail.outbox == []


def test_sign_in_with_an_unverified_address_sends_a_link_instead(client, django_user_model):
    django_user_model.objects.create_user("unverified", "unverified@example.com", PASSWORD)

    sign_in(client, "unverified@example.com")

    assert signed_in_user_id(client) is None
    assert "/account/confirm-email/" in mail.outbox[0].body


def test_sign_in_and_sign_out(client, person):
    response = sign_in(client, "PAT@example.com")
    assert response.status_code == 302
    assert signed_in_user_id(client) == str(person.pk)

    response = client.post("/account/logout/")
    assert response.status_code == 302
    assert signed_in_user_id(client) is None


def test_a_wrong_password_signs_nobody_in(client, person):
    response = sign_in(client, "pat@example.com", "wrong-password")

    assert response.status_code == 200
    assert signed_in_user_id(client) is None
    assert 'class="error-summary"' in response.content.decode()


def test_an_empty_sign_in_form_says_what_to_enter(client):
    html = client.post("/account/login/", {}).content.decode()

    assert '<a href="#id_login">Enter your email address</a>' in html
    assert '<a href="#id_password">Enter your password</a>' in html


def test_password_reset_sends_a_link_that_sets_a_new_password(client, person):
    response = client.post("/account/password/reset/", {"email": "pat@example.com"})
    assert response.status_code == 302
    reset_path = link_in(mail.outbox[0], "/account/password/reset/key/")

    form_page = client.get(reset_path, follow=True)
    new_password = "another-long-phrase-7"
    response = client.post(form_page.redirect_chain[-1][0], {"password1": new_password, "password2": new_password})

    assert response.status_code == 302
    person.refresh_from_db()
    assert person.check_password(new_password)


def test_password_reset_for_an_unknown_email_looks_the_same_and_sends_no_link(client, person):
    known = client.post("/account/password/reset/", {"email": "pat@example.com"}, follow=True)
    unknown = client.post("/account/password/reset/", {"email": "nobody@example.com"}, follow=True)

    assert known.redirect_chain == unknown.redirect_chain
    assert known.templates[0].name == unknown.templates[0].name
    to_unknown = [message for message in mail.outbox if message.to == ["nobody@example.com"]]
    assert all("/account/password/reset/key/" not in message.body for message in to_unknown)
    to_person = [message for message in mail.outbox if message.to == [person.email]]
    assert any("/account/password/reset/key/" in message.body for message in to_person)


def test_sign_in_by_a_code_sent_by_email(client, person):
    response = client.post("/account/login/code/", {"email": "pat@example.com"})
    assert response.status_code == 302
    code = re.search(r"browser window\.\s+(\S+)\s", mail.outbox[0].body).group(1)
    assert signed_in_user_id(client) is None

    response = client.post(response["Location"], {"code": code})

    assert response.status_code == 302
    assert signed_in_user_id(client) == str(person.pk)


def test_email_change_asks_to_sign_in_again_then_verifies_the_new_address(client, person):
    client.force_login(person)
    response = client.post("/account/email/", {"action_add": "", "email": "pat.new@example.com"})
    assert response.status_code == 302
    assert response["Location"].startswith("/account/reauthenticate/"), "an account change needs a fresh sign-in"

    # allauth replays the suspended change once the password is confirmed.
    response = client.post(response["Location"], {"password": PASSWORD})
    assert response.status_code == 302
    confirm_path = link_in(mail.outbox[-1], "/account/confirm-email/")
    assert mail.outbox[-1].to == ["pat.new@example.com"]
    person.refresh_from_db()
    assert person.email == "pat@example.com", "the change waits for verification"

    client.post(confirm_path)

    person.refresh_from_db()
    assert person.email == "pat.new@example.com"


def test_account_pages_use_the_site_design(client):
    html = client.get("/account/login/").content.decode()

    assert 'class="skip-link"' in html
    assert "<h1>Sign in</h1>" in html
    assert 'autocomplete="email"' in html
    assert 'autocomplete="current-password"' in html
    assert "placeholder=" not in html
