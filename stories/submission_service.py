"""Store a story someone shared, exactly once, and tell the people who need to know.

`submit_story` is the only way a StorySubmission is created from the public
form. It routes the story to its team (teams.routing), saves the cleaned
photo and the row in one transaction and queues two emails in the same
transaction (a receipt, and a notice to the team), so either everything
happened or nothing did. Emails carry the reference and links only: never the story, the name,
the condition or the photo.
"""

import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from intake.references import unique_reference
from intake.sanitize import text_to_html
from notifications.services import queue_email
from privacy.links import LINK_LIFETIME, private_link
from teams.routing import NoTeamConfigured, team_for

from .models import StorySubmission
from .moderation import notify_moderators_of_new_submission

logger = logging.getLogger(__name__)

REFERENCE_PREFIX = "ST"
REVIEW_TIME = "10 working days"


def submit_story(*, cleaned_data, photo=None, consent_wording_version, user=None):
    """Store one submission; return (submission, created).

    `cleaned_data` is ShareStoryForm.cleaned_data; `photo` an
    intake.photos.CleanPhoto (never the raw upload). A second call with the
    same submission token returns the first submission with created=False.
    """
    token = cleaned_data["submission_token"]
    for _attempt in range(3):
        existing = StorySubmission.objects.filter(submission_token=token).first()
        if existing is not None:
            return existing, False
        submission = _build(cleaned_data, photo, consent_wording_version, user)
        try:
            with transaction.atomic():
                if photo is not None:
                    submission.photo.save(photo.name, ContentFile(photo.content), save=False)
                submission.save()
                _queue_emails(submission)
        except IntegrityError:
            # Same token from a second click (found at the top of the loop),
            # or, very rarely, a reference collision (a new one next time).
            _discard_photo(submission)
            continue
        except Exception:
            _discard_photo(submission)
            raise
        logger.info("Story submission %s stored", submission.reference)
        return submission, True
    raise RuntimeError("Could not store the story submission after three attempts")


def _discard_photo(submission):
    # The transaction rolled back, so the file saved for it belongs to nobody.
    if submission.photo:
        submission.photo.storage.delete(submission.photo.name)


def _build(data, photo, consent_wording_version, user):
    now = timezone.now()
    has_photo = photo is not None
    return StorySubmission(
        reference=unique_reference(
            REFERENCE_PREFIX, lambda ref: StorySubmission.objects.filter(reference=ref).exists()
        ),
        title=data["title"],
        body=text_to_html(data["body"]),
        condition=data.get("condition_page"),
        other_condition=data.get("other_condition", ""),
        relationship=data["relationship"],
        name_display=data["name_display"],
        name=data["name"],
        email=data["email"],
        photo_description=data.get("photo_description", "") if has_photo else "",
        consent_wording_version=consent_wording_version,
        consent_store_at=now,
        consent_publish_at=now,
        consent_others_at=now,
        consent_age_at=now,
        consent_photo_at=now if has_photo and data.get("consent_photo") else None,
        consent_contact_at=now if data.get("consent_contact") else None,
        submission_token=data["submission_token"],
        user=user if user is not None and user.is_authenticated else None,
        team=_route(data.get("condition_page")),
    )


def _route(condition):
    """The team that works this story, decided now and stored (see teams.routing)."""
    try:
        return team_for(condition)
    except NoTeamConfigured:
        # Still stored and still announced (to the moderators' address); never lost.
        logger.warning("No team configured; story stored without a team")
        return None


def _queue_emails(submission):
    site_url = settings.WAGTAILADMIN_BASE_URL
    context = {
        "reference": submission.reference,
        "site_url": site_url,
        "review_time": REVIEW_TIME,
        "help_email": settings.PORTAL_HELP_EMAIL,
        "private_link": private_link(submission),
        "link_days": LINK_LIFETIME.days,
    }
    queue_email(
        to=submission.email,
        subject=f"We have received your story ({submission.reference})",
        body=render_to_string("stories/share_story_receipt_email.txt", context),
        reference=submission.reference,
    )
    notify_moderators_of_new_submission(submission)
