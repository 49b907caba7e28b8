"""Queue and deliver email without ever losing it.

`queue_email` stores the message and hands its id to a background task,
after the surrounding transaction commits. `deliver` sends one stored message
and records the outcome; a failure is kept for `retry_due` to try again.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from .models import OutboundEmail

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8


def queue_email(*, to, subject, body, reference=""):
    recipients = [to] if isinstance(to, str) else list(to)
    # If the hand-off to the worker is lost, `retry_due` sends it after this.
    fallback = timezone.now() + timedelta(minutes=5)
    message = OutboundEmail.objects.create(
        to=recipients, subject=subject, body=body, reference=reference, next_attempt_at=fallback
    )
    transaction.on_commit(lambda: _enqueue(message.pk))
    return message


def _enqueue(message_id):
    from .tasks import send_outbound_email

    try:
        send_outbound_email.enqueue(message_id)
    except Exception:
        # The row is stored; `retry_due` will pick it up. Only the id is logged.
        logger.exception("Could not enqueue outbound email %s", message_id)


def _schedule_retry(message_id, when):
    """Ask the queue to try again later, where the backend can defer work.

    In-process backends cannot wait, so there the `retry_emails` command (or
    the `retry_failed_emails` task) picks failed messages up instead.
    """
    from django_tasks import default_task_backend

    from .tasks import send_outbound_email

    if default_task_backend.supports_defer:
        send_outbound_email.using(run_after=when).enqueue(message_id)


def deliver(message_id):
    message = OutboundEmail.objects.filter(pk=message_id).exclude(status=OutboundEmail.Status.SENT).first()
    if message is None:
        return
    message.attempts += 1
    try:
        EmailMessage(message.subject, message.body, settings.DEFAULT_FROM_EMAIL, message.to).send()
    except Exception as error:  # noqa: BLE001 - any transport failure is retried
        message.status = (
            OutboundEmail.Status.GAVE_UP if message.attempts >= MAX_ATTEMPTS else OutboundEmail.Status.FAILED
        )
        message.last_error = type(error).__name__
        message.next_attempt_at = timezone.now() + timedelta(minutes=2**message.attempts)
        logger.warning("Outbound email %s failed (attempt %s): %s", message.pk, message.attempts, type(error).__name__)
        if message.status == OutboundEmail.Status.FAILED:
            transaction.on_commit(lambda: _schedule_retry(message.pk, message.next_attempt_at))
    else:
        message.status = OutboundEmail.Status.SENT
        message.sent_at = timezone.now()
        message.last_error = ""
        message.next_attempt_at = None
    message.save()


def retry_due(now=None):
    """Try again every failed message whose back-off has passed. Returns the count."""
    now = now or timezone.now()
    due = OutboundEmail.objects.filter(
        status__in=[OutboundEmail.Status.FAILED, OutboundEmail.Status.QUEUED],
        next_attempt_at__lte=now,
    ).values_list("pk", flat=True)
    ids = list(due)
    for message_id in ids:
        deliver(message_id)
    return len(ids)
