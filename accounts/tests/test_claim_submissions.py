import pytest
from allauth.account.models import EmailAddress

from accounts.services import claim_submissions

pytestmark = pytest.mark.django_db


@pytest.fixture
def newcomer(django_user_model):
    return django_user_model.objects.create_user("sam", "sam@example.com", "x")


def verify(user, email):
    return EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)


def test_a_verified_address_claims_its_unowned_submissions_whatever_the_case(newcomer, make_story):
    verify(newcomer, "sam@example.com")
    lower = make_story("sam@example.com")
    mixed = make_story("Sam@Example.COM")

    assert claim_submissions(newcomer, "SAM@example.com") == 2

    lower.refresh_from_db()
    mixed.refresh_from_db()
    assert lower.user == newcomer
    assert mixed.user == newcomer


def test_an_unverified_address_claims_nothing(newcomer, make_story):
    EmailAddress.objects.create(user=newcomer, email="sam@example.com", verified=False, primary=True)
    story = make_story("sam@example.com")

    assert claim_submissions(newcomer, "sam@example.com") == 0

    story.refresh_from_db()
    assert story.user is None


def test_an_address_verified_by_someone_else_claims_nothing(newcomer, django_user_model, make_story):
    owner = django_user_model.objects.create_user("owner", "sam@example.com", "x")
    verify(owner, "sam@example.com")
    story = make_story("sam@example.com")

    assert claim_submissions(newcomer, "sam@example.com") == 0

    story.refresh_from_db()
    assert story.user is None


def test_other_addresses_and_already_owned_items_are_left_alone(newcomer, django_user_model, make_story):
    verify(newcomer, "sam@example.com")
    someone_else = django_user_model.objects.create_user("alex", "alex@example.com", "x")
    other_email = make_story("alex@example.com")
    already_owned = make_story("sam@example.com", user=someone_else)

    assert claim_submissions(newcomer, "sam@example.com") == 0

    other_email.refresh_from_db()
    already_owned.refresh_from_db()
    assert other_email.user is None
    assert already_owned.user == someone_else


def test_confirming_an_email_claims_through_allauths_signal(newcomer, make_story, rf):
    from allauth.account.signals import email_confirmed

    story = make_story("sam@example.com")
    address = verify(newcomer, "sam@example.com")

    email_confirmed.send(sender=EmailAddress, request=rf.get("/"), email_address=address)

    story.refresh_from_db()
    assert story.user == newcomer
