"""Who counts as staff, and whether they have set up two factors."""

from allauth.mfa.models import Authenticator
from django.conf import settings


def is_staff_member(user):
    """Anyone who can reach the admin, however they were given that right."""
    if not user.is_authenticated:
        return False
    return user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")


def is_exempt_from_mfa(user):
    # The development-only demo administrator; production refuses the setting
    # and the DEBUG check keeps it off anywhere else by mistake.
    return settings.DEBUG and user.get_username() in settings.PORTAL_MFA_EXEMPT_USERNAMES


def has_authenticator_app(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def needs_mfa_setup(user):
    return is_staff_member(user) and not is_exempt_from_mfa(user) and not has_authenticator_app(user)
