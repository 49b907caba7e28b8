from django_tasks import task

from . import services


@task()
def send_outbound_email(message_id):
    services.deliver(message_id)


@task()
def retry_failed_emails():
    return services.retry_due()
