from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_USERNAME = "admin"
DEMO_EMAIL = "admin@example.com"
DEMO_PASSWORD = "change-me-demo-only"  # noqa: S105 - printed for local development only


class Command(BaseCommand):
    help = "Development only: create a demo administrator when no superuser exists yet."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The demo administrator is only for development settings.")
        user_model = get_user_model()
        if user_model.objects.filter(is_superuser=True).exists():
            self.stdout.write("An administrator already exists; sign in at http://127.0.0.1:8000/admin/.")
            return
        user_model.objects.create_superuser(DEMO_USERNAME, DEMO_EMAIL, DEMO_PASSWORD)
        self.stdout.write(
            "Demo administrator created. Sign in at http://127.0.0.1:8000/admin/ "
            f"as '{DEMO_USERNAME}' with password '{DEMO_PASSWORD}' (development only)."
        )
