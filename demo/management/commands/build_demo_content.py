from django.core.management.base import BaseCommand
from django.db import transaction

from demo import content


class Command(BaseCommand):
    help = "Build the demo site (pages, teams and example applications). Safe to run again."

    def handle(self, *args, **options):
        with transaction.atomic():
            created = content.build()
        self.stdout.write(f"Demo content ready ({created} new page(s)).")
