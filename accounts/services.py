"""Attach things people sent before they had an account to that account."""

from allauth.account.models import EmailAddress
from django.apps import apps
from django.db import transaction

# Every model a person can send without an account, with the field holding the
# email they gave. Add one line here when another kind of submission exists.
CLAIMABLE = [
    ("stories.StorySubmission", "email"),
    ("representatives.RepresentativeApplication", "email"),
]


def claim_submissions(user, email):
    """Give `user` every unowned submission sent from `email`, if that address is verified as theirs.

    Returns how many items were attached. An unverified address claims nothing,
    so nobody can collect another person's stories by typing their email.
    """
    if not EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists():
        return 0
    claimed = 0
    with transaction.atomic():
        for label, email_field in CLAIMABLE:
            model = apps.get_model(label)
            claimed += model.objects.filter(**{f"{email_field}__iexact": email, "user__isnull": True}).update(
                user=user
            )
    return claimed


def claim_for_verified_addresses(user):
    """Claim for every verified address of `user`: used when they sign in."""
    addresses = EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    return sum(claim_submissions(user, email) for email in addresses)
