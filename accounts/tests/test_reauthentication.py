import pytest
from django.urls import reverse

from .conftest import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.urls("accounts.tests.reauth_urls")]

PROTECTED = ["/protected-export/", "/protected-export-class/"]


@pytest.mark.parametrize("url", PROTECTED)
def test_anonymous_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("url", PROTECTED)
def test_a_signed_in_person_confirms_their_password_first_then_gets_through(client, person, url):
    client.force_login(person)

    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert b"exported" not in response.content

    response = client.post(response["Location"], {"password": PASSWORD})
    assert response["Location"] == url
    response = client.get(url)
    assert response.status_code == 200
    assert b"exported" in response.content


def test_a_wrong_password_does_not_get_through(client, person):
    client.force_login(person)
    reauthenticate = client.get("/protected-export/")["Location"]

    client.post(reauthenticate, {"password": "wrong"})

    assert client.get("/protected-export/")["Location"].startswith(reverse("account_reauthenticate"))
