from django.core.management.base import BaseCommand

from notifications.services import retry_due


class Command(BaseCommand):
    help = "Send again every email whose earlier attempt failed and whose back-off has passed."

    def handle(self, *args, **options):
        self.stdout.write(f"Retried {retry_due()} email(s).")
