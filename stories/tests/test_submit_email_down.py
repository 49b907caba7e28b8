"""A story sent while the email server refuses connections is kept, and its emails follow later."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from notifications.models import OutboundEmail
from notifications.services import retry_due
from notifications.testing import refusing_smtp
from stories.models import StorySubmission

from .share_helpers import valid_data

pytestmark = pytest.mark.django_db(transaction=True)


def test_story_is_stored_when_email_fails_and_the_emails_are_sent_later(client, share_page, condition):
    with refusing_smtp():
        response = client.post(share_page.url, valid_data(condition))
    assert response.status_code == 302
    assert "/thank-you/" in response["Location"]
    submission = StorySubmission.objects.get()
    emails = OutboundEmail.objects.filter(reference=submission.reference)
    assert sorted(emails.values_list("status", flat=True)) == ["failed", "failed"]
    assert mail.outbox == []

    # The server is back; once the back-off has passed, both emails go.
    assert retry_due(now=timezone.now() + timedelta(hours=1)) == 2
    assert set(emails.values_list("status", flat=True)) == {"sent"}
    assert len(mail.outbox) == 2
