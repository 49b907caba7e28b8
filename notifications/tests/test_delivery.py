from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from notifications.models import OutboundEmail
from notifications.services import MAX_ATTEMPTS, queue_email, retry_due
from notifications.testing import refusing_smtp

pytestmark = pytest.mark.django_db(transaction=True)


def test_queued_email_is_sent_by_the_task():
    queue_email(to="person@example.org", subject="Your reference ST-ABC", body="Reference ST-ABC", reference="ST-ABC")
    message = OutboundEmail.objects.get(reference="ST-ABC")
    assert message.status == OutboundEmail.Status.SENT
    assert message.attempts == 1
    assert [m.to for m in mail.outbox] == [["person@example.org"]]


def test_refused_connection_keeps_the_email_and_a_later_retry_sends_it():
    with refusing_smtp():
        queue_email(to=["team@example.org"], subject="New story ST-XYZ", body="ST-XYZ", reference="ST-XYZ")
    message = OutboundEmail.objects.get(reference="ST-XYZ")
    assert message.status == OutboundEmail.Status.FAILED
    assert message.last_error == "ConnectionRefusedError"
    assert message.next_attempt_at > timezone.now()
    assert mail.outbox == []

    # Not yet due: nothing is retried.
    assert retry_due() == 0
    # The server is back (locmem backend) and the back-off has passed.
    assert retry_due(now=message.next_attempt_at + timedelta(seconds=1)) == 1
    message.refresh_from_db()
    assert message.status == OutboundEmail.Status.SENT
    assert message.attempts == 2
    assert len(mail.outbox) == 1


def test_gives_up_after_the_last_attempt_and_stays_visible():
    with refusing_smtp():
        queue_email(to="team@example.org", subject="s", body="b", reference="ST-END")
        message = OutboundEmail.objects.get(reference="ST-END")
        for _ in range(MAX_ATTEMPTS):
            retry_due(now=timezone.now() + timedelta(days=30))
    message.refresh_from_db()
    assert message.status == OutboundEmail.Status.GAVE_UP
    assert message.attempts == MAX_ATTEMPTS
