"""Take back what a person shared: the story or application stops being used and its personal data is erased.

Withdrawal is open at any time, from any status, and is final. What stays is
an anonymised record (reference, dates, status) and audit log entries that
say what happened without saying anything about the person.

For a story, a published page goes entirely: the page with its revisions,
its Wagtail image and every rendition, and the private photo. Rows are
changed in one transaction; files are deleted only once it commits (Wagtail
does the same for image and rendition files), so a rollback never leaves a
record pointing at a missing file.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry

from notifications.models import OutboundEmail
from representatives.models import ApplicationNote, RepresentativeApplication
from stories.models import StorySubmission

WITHDRAWN_MARK = "[withdrawn]"

STORY_ERASED_FIELDS = {
    "title": WITHDRAWN_MARK,
    "body": "",
    "edited_title": "",
    "edited_body": "",
    "name": WITHDRAWN_MARK,
    "email": "",
    "other_condition": "",
    "photo_description": "",
    "message_to_submitter": "",
}

APPLICATION_ERASED_FIELDS = {
    "name": WITHDRAWN_MARK,
    "email": "",
    "phone": "",
    "experience": "",
    "availability": "",
    "access_needs": "",
    "other_condition": "",
}


def withdraw_story(submission, *, by=None):
    """Withdraw a story and erase its personal data; returns the anonymised submission.

    `by` is the person (or None for someone using a private link). Withdrawing
    twice changes nothing the second time.
    """
    return erase_story(submission, by=by, action="stories.withdraw", status=StorySubmission.Status.WITHDRAWN)


def erase_story(submission, *, by=None, action, status=None):
    """Erase a story's personal data, page and files; move it to `status` when given (else keep its status)."""
    with transaction.atomic():
        locked = StorySubmission.objects.select_for_update().get(pk=submission.pk)
        if not locked.email and status in (None, locked.status):
            return locked
        previous = locked.status
        removed = _remove_story_page(locked, by)
        _forget_emails_to(locked)
        photo_name = locked.photo.name if locked.photo else ""
        for field, value in STORY_ERASED_FIELDS.items():
            setattr(locked, field, value)
        locked.photo = ""
        locked.condition = None
        if status is not None:
            locked.status = status
            locked.status_changed_at = timezone.now()
        locked.save()
        log(
            instance=locked,
            action=action,
            user=by,
            data={"reference": locked.reference, "from": previous, "to": locked.status, **removed},
        )
        if photo_name:
            storage = locked.photo.storage
            transaction.on_commit(lambda: storage.delete(photo_name))
    return locked


def withdraw_application(application, *, by=None):
    """Withdraw an application and erase its personal data and internal notes."""
    return erase_application(
        application, by=by, action="representatives.withdraw", status=RepresentativeApplication.Status.WITHDRAWN
    )


def erase_application(application, *, by=None, action, status=None):
    """Erase an application's personal data and notes; move it to `status` when given."""
    with transaction.atomic():
        locked = RepresentativeApplication.objects.select_for_update().get(pk=application.pk)
        if not locked.email and status in (None, locked.status):
            return locked
        previous = locked.status
        _forget_emails_to(locked)
        for field, value in APPLICATION_ERASED_FIELDS.items():
            setattr(locked, field, value)
        locked.conditions.clear()
        # Internal notes may quote the person; they go with the rest.
        notes_deleted, _ = ApplicationNote.objects.filter(application=locked).delete()
        if status is not None:
            locked.status = status
            locked.last_action_at = timezone.now()
        locked.save()
        log(
            instance=locked,
            action=action,
            user=by,
            data={
                "reference": locked.reference,
                "from": previous,
                "to": locked.status,
                "notes_deleted": notes_deleted,
            },
        )
    return locked


def _forget_emails_to(record):
    """Delete our copies of the emails sent to the person about this item: they hold their address."""
    if not record.email:
        return
    address = record.email.lower()
    sent_to_them = [
        email.pk
        for email in OutboundEmail.objects.filter(reference=record.reference).only("pk", "to")
        if address in {recipient.lower() for recipient in email.to}
    ]
    OutboundEmail.objects.filter(pk__in=sent_to_them).delete()


def _remove_story_page(submission, by):
    """Delete the story page and its image (renditions follow); returns what was removed, as counts."""
    page = submission.story_page
    if page is None:
        return {"page_deleted": False, "image_deleted": False}
    page = page.specific
    image = page.photo
    page_id = page.pk
    submission.story_page = None
    # The person may take back their own story whatever their page permissions: checks are skipped on purpose.
    if page.live:
        # Unpublishing first sends page_unpublished, so caches of the public page are purged.
        UnpublishPageAction(page, user=by).execute(skip_permission_checks=True)
    DeletePageAction(page, user=by).execute(skip_permission_checks=True)
    _anonymise_page_log(page_id, submission.reference)
    if image is not None:
        image_id = image.pk
        image.delete()  # Wagtail's post_delete handlers remove the image and rendition files on commit
        ModelLogEntry.objects.filter(
            content_type__app_label=image._meta.app_label,
            content_type__model=image._meta.model_name,
            object_id=str(image_id),
        ).update(label=submission.reference)
    return {"page_deleted": True, "image_deleted": image is not None}


def _anonymise_page_log(page_id, reference):
    # Wagtail keeps its own log entries for a deleted page; their label (and a
    # rename's data) hold the story's title.
    # (The page is gone, so the entries are updated in the database, not validated and saved.)
    entries = PageLogEntry.objects.filter(page_id=page_id)
    entries.update(label=reference)
    for entry in entries.filter(data__has_key="title").only("pk", "data"):
        data = dict(entry.data)
        data.pop("title")
        PageLogEntry.objects.filter(pk=entry.pk).update(data=data)
