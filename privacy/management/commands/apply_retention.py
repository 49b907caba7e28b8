from django.core.management.base import BaseCommand

from privacy.retention import apply_retention


class Command(BaseCommand):
    help = "Erase personal data from declined/spam stories and closed applications past their retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue", action="store_true", help="Hand the work to the task queue instead of doing it now."
        )

    def handle(self, *args, enqueue=False, **options):
        if enqueue:
            from privacy.tasks import apply_retention_task

            apply_retention_task.enqueue()
            self.stdout.write("Retention task queued.")
            return
        result = apply_retention()
        self.stdout.write(
            f"Erased {result.stories_erased} stories and {result.applications_erased} applications "
            "past their retention period."
        )
