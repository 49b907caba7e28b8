"""An application sent while the email server refuses connections is kept; its emails follow later."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from notifications.models import OutboundEmail
from notifications.services import retry_due
from notifications.testing import refusing_smtp
from representatives.models import RepresentativeApplication

pytestmark = pytest.mark.django_db


def test_application_is_stored_when_email_fails_and_sent_later(submit, django_capture_on_commit_callbacks):
    with refusing_smtp(), django_capture_on_commit_callbacks(execute=True):
        application = submit()
    assert RepresentativeApplication.objects.filter(pk=application.pk).exists()
    emails = OutboundEmail.objects.filter(reference=application.reference)
    assert emails.count() == 2
    assert set(emails.values_list("status", flat=True)) == {"failed"}
    assert mail.outbox == []

    assert retry_due(now=timezone.now() + timedelta(hours=1)) == 2
    assert set(emails.values_list("status", flat=True)) == {"sent"}
    assert len(mail.outbox) == 2
