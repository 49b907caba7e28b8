from django_tasks import task

from .retention import apply_retention


@task()
def apply_retention_task():
    """Scheduled daily (see README): erase what is past its retention period."""
    result = apply_retention()
    return {"stories_erased": result.stories_erased, "applications_erased": result.applications_erased}
