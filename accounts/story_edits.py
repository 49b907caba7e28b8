"""A person changes their own story before it is reviewed, or after we asked them to.

The new text is typed as plain text (like the "Share your story" form),
turned into clean HTML and cleaned again, so the stored body is always
sanitized. A moderator's earlier tidy-up applied to the old text, so it is
dropped. When we had asked for changes, the story goes back to the queue.
"""

from django.db import transaction
from wagtail.log_actions import log

from intake.sanitize import clean_html, text_to_html
from stories import moderation
from stories.models import StorySubmission

from .my_items import STORY_EDITABLE_STATUSES


class EditNotAllowed(Exception):
    """The story can no longer be changed; `str()` says why, in plain words."""


def update_story(submission, *, title, text, by=None):
    with transaction.atomic():
        locked = StorySubmission.objects.select_for_update().get(pk=submission.pk)
        if locked.status not in STORY_EDITABLE_STATUSES:
            raise EditNotAllowed(
                "Your story can no longer be changed here: a moderator is working on it or has decided. "
                "You can still withdraw it."
            )
        locked.title = title.strip()
        locked.body = clean_html(text_to_html(text))
        locked.edited_title = locked.edited_body = ""
        locked.save(update_fields=["title", "body", "edited_title", "edited_body"])
        log(instance=locked, action="stories.edit_by_person", user=by, data={"reference": locked.reference})
        if locked.status == StorySubmission.Status.CHANGES_REQUESTED:
            locked = moderation.resubmitted(locked, user=by)
    return locked
