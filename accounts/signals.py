"""Receivers only hand over to accounts.services."""

from allauth.account.signals import email_confirmed, user_logged_in
from django.dispatch import receiver

from .services import claim_for_verified_addresses, claim_submissions


@receiver(email_confirmed, dispatch_uid="accounts.claim_on_email_confirmed")
def claim_on_email_confirmed(sender, request, email_address, **kwargs):
    claim_submissions(email_address.user, email_address.email)


@receiver(user_logged_in, dispatch_uid="accounts.claim_on_login")
def claim_on_login(sender, request, user, **kwargs):
    # Stories sent anonymously after the address was verified are picked up
    # the next time the person signs in.
    claim_for_verified_addresses(user)
