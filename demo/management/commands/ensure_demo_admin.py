from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

DEMO_USERNAME = "admin"
DEMO_EMAIL = "admin@example.com"
DEMO_PASSWORD = "change-me-demo-only"  # noqa: S105 - printed for local development only


class Command(BaseCommand):
    help = "Development only: create a demo administrator when no superuser exists yet."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The demo administrator is only for development settings.")
        sign_in_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        user_model = get_user_model()
        with transaction.atomic():
            demo_admin = user_model.objects.filter(username=DEMO_USERNAME, is_superuser=True).first()
            if demo_admin is None and user_model.objects.filter(is_superuser=True).exists():
                self.stdout.write(f"An administrator already exists; sign in at {sign_in_url}.")
                return
            created = demo_admin is None
            if created:
                demo_admin = user_model.objects.create_superuser(DEMO_USERNAME, DEMO_EMAIL, DEMO_PASSWORD)
            # allauth signs people in by a verified email address only.
            address = EmailAddress.objects.filter(user=demo_admin, email__iexact=demo_admin.email).first()
            address = address or EmailAddress(user=demo_admin, email=demo_admin.email)
            address.verified = address.primary = True
            address.save()
        exemption = (
            "Two-factor sign-in is skipped for this account under development settings only; "
            "production refuses to start with that exception."
        )
        if demo_admin.get_username() not in settings.PORTAL_MFA_EXEMPT_USERNAMES:
            exemption = "You will be asked to set up an authenticator app the first time you sign in."
        if created:
            self.stdout.write(
                f"Demo administrator created. Sign in at {sign_in_url} with the email '{DEMO_EMAIL}' "
                f"and the password '{DEMO_PASSWORD}' (development only). {exemption}"
            )
        else:
            self.stdout.write(
                f"Demo administrator ready: sign in at {sign_in_url} with the email '{demo_admin.email}'. {exemption}"
            )
