"""What moderators may do with a story submission, and the doing of it.

Allowed status moves (anything else is refused with `TransitionNotAllowed`):

    new               -> in_review, changes_requested, published, declined, spam, withdrawn
    in_review         -> changes_requested, published, declined, spam, withdrawn
    changes_requested -> new (the person sent a new version), in_review, published,
                         declined, spam, withdrawn
    declined          -> in_review (reopened)
    spam              -> new (it was not spam after all)
    published         -> withdrawn (the story page, its image and photo are deleted)
    withdrawn         -> nothing: the person asked us to stop, so that is final

Every action locks the submission row (`select_for_update` inside
`transaction.atomic`) and checks the status again after taking the lock, so
two moderators pressing buttons at once get exactly one result; the second
is told who acted first and when. When the form that was shown carried the
status the moderator saw (`expected_status`), any change since then is
refused too, so nobody approves a story they have not seen in its new state.

Each action is recorded in Wagtail's audit log (actions registered in
wagtail_hooks.py) with the reference, the move and a reason code only: never
story text, names or health details. Emails to the person carry the
reference and a link, nothing else.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from intake.sanitize import clean_html
from notifications.services import queue_email
from privacy.links import private_link
from privacy.withdrawal import withdraw_story

from . import publishing
from .models import StorySubmission

Status = StorySubmission.Status

MODERATORS_GROUP = "Story moderators"
MODERATE_PERMISSION = "stories.moderate_stories"

ALLOWED_MOVES = {
    Status.NEW: {
        Status.IN_REVIEW,
        Status.CHANGES_REQUESTED,
        Status.PUBLISHED,
        Status.DECLINED,
        Status.SPAM,
        Status.WITHDRAWN,
    },
    Status.IN_REVIEW: {Status.CHANGES_REQUESTED, Status.PUBLISHED, Status.DECLINED, Status.SPAM, Status.WITHDRAWN},
    Status.CHANGES_REQUESTED: {
        Status.NEW,
        Status.IN_REVIEW,
        Status.PUBLISHED,
        Status.DECLINED,
        Status.SPAM,
        Status.WITHDRAWN,
    },
    Status.DECLINED: {Status.IN_REVIEW},
    Status.SPAM: {Status.NEW},
    Status.PUBLISHED: {Status.WITHDRAWN},
    Status.WITHDRAWN: set(),
}

# Statuses in which the moderators owe the person a decision.
WAITING_STATUSES = (Status.NEW, Status.IN_REVIEW)
# Statuses in which the text may still be tidied before approval.
EDITABLE_STATUSES = (Status.NEW, Status.IN_REVIEW, Status.CHANGES_REQUESTED)


class DeclineReason:
    IDENTIFIES_OTHERS = "identifies_others"
    MEDICAL_ADVICE = "medical_advice"
    OFF_TOPIC = "off_topic"
    DUPLICATE = "duplicate"
    OTHER = "other"

    choices = [
        (IDENTIFIES_OTHERS, "It identifies other people"),
        (MEDICAL_ADVICE, "It gives medical advice we cannot publish"),
        (OFF_TOPIC, "It is not about a rare kidney condition"),
        (DUPLICATE, "It repeats a story we already have"),
        (OTHER, "Another reason (explained in the note)"),
    ]

    @classmethod
    def label(cls, code):
        return dict(cls.choices)[code]


class ModerationError(Exception):
    """A moderation action that was refused; `str()` is the message for the moderator."""


class TransitionNotAllowed(ModerationError):
    pass


def can_moderate(user):
    return bool(user and user.is_active and user.has_perm(MODERATE_PERMISSION))


def allowed_moves(status):
    return ALLOWED_MOVES.get(status, set())


def describe_wait(since, now):
    """ "3 days", "1 day" or "less than a day": how the queue and dashboard say it."""
    days = (now - since).days
    if days < 1:
        return "less than a day"
    return "1 day" if days == 1 else f"{days} days"


# The actions. Each returns the locked, updated submission.


def start_review(submission, *, user, expected_status=None):
    with transaction.atomic():
        locked = _lock(
            submission,
            Status.IN_REVIEW,
            expected_status,
            verb="start reviewing",
            only_from={Status.NEW, Status.CHANGES_REQUESTED},
        )
        _move(locked, Status.IN_REVIEW, user=user, action="stories.start_review")
    return locked


def approve(submission, *, user, go_live=True, expected_status=None):
    """Create the story page (live, or a draft to edit) and mark the story published."""
    with transaction.atomic():
        locked = _lock(submission, Status.PUBLISHED, expected_status, verb="approve")
        page = publishing.create_story_page(locked, user=user, go_live=go_live)
        locked.story_page = page
        _move(locked, Status.PUBLISHED, user=user, action="stories.approve", data={"live": go_live})
        if go_live:
            log(instance=locked, action="stories.publish", user=user, data=_facts(locked))
    return locked


def request_changes(submission, *, user, message, expected_status=None):
    if not message.strip():
        raise ModerationError("Write a message saying what you would like the person to change.")
    with transaction.atomic():
        locked = _lock(submission, Status.CHANGES_REQUESTED, expected_status, verb="ask for changes to")
        locked.message_to_submitter = message.strip()
        _move(locked, Status.CHANGES_REQUESTED, user=user, action="stories.request_changes")
        _email_person(
            locked,
            subject=f"Your story {locked.reference}: please make a change",
            paragraphs=[
                f"Thank you for sharing your story with us (reference {locked.reference}).",
                "Before we can publish it, we would like you to change something. "
                "To keep your health information private, our message is not in this email.",
                "Use this link to read our message and update your story:",
                _story_link(locked),
            ],
        )
    return locked


def decline(submission, *, user, reason, note="", expected_status=None):
    if reason not in dict(DeclineReason.choices):
        raise ModerationError("Choose a reason for declining the story.")
    if reason == DeclineReason.OTHER and not note.strip():
        raise ModerationError("Write a note explaining the reason.")
    with transaction.atomic():
        locked = _lock(submission, Status.DECLINED, expected_status, verb="decline")
        locked.decline_reason = reason
        locked.message_to_submitter = note.strip()
        _move(locked, Status.DECLINED, user=user, action="stories.decline", data={"reason": reason})
        note_line = "We have left you a note about it. " if locked.message_to_submitter else ""
        _email_person(
            locked,
            subject=f"Your story {locked.reference}",
            paragraphs=[
                f"Thank you for sharing your story with us (reference {locked.reference}).",
                "We have read it carefully, and we are sorry that we cannot publish it.",
                f"The reason: {DeclineReason.label(reason)}.",
                f"{note_line}Use this link to see your story:",
                _story_link(locked),
            ],
        )
    return locked


def mark_spam(submission, *, user, expected_status=None):
    """No email: replying to spam only confirms the address works."""
    with transaction.atomic():
        locked = _lock(submission, Status.SPAM, expected_status, verb="mark as spam")
        _move(locked, Status.SPAM, user=user, action="stories.spam")
    return locked


def not_spam(submission, *, user, expected_status=None):
    with transaction.atomic():
        locked = _lock(submission, Status.NEW, expected_status, verb="return to the queue", only_from={Status.SPAM})
        _move(locked, Status.NEW, user=user, action="stories.status_change")
    return locked


def reopen(submission, *, user, expected_status=None):
    with transaction.atomic():
        locked = _lock(submission, Status.IN_REVIEW, expected_status, verb="reopen", only_from={Status.DECLINED})
        _move(locked, Status.IN_REVIEW, user=user, action="stories.status_change")
    return locked


def resubmitted(submission, *, user=None):
    """The person sent a new version after we asked for changes: back to the queue."""
    with transaction.atomic():
        locked = _lock(submission, Status.NEW, None, verb="resubmit", only_from={Status.CHANGES_REQUESTED})
        _move(locked, Status.NEW, user=user, action="stories.status_change")
    return locked


def withdraw(submission, *, user, expected_status=None):
    """Stop using the story, at the person's request (by phone, say).

    Done exactly as the person's own withdrawal (privacy.withdrawal): the page,
    its image and renditions and the private photo go, and personal data is erased.
    """
    with transaction.atomic():
        locked = _lock(submission, Status.WITHDRAWN, expected_status, verb="withdraw")
        return withdraw_story(locked, by=user)


def edit_text(submission, *, user, title, body):
    """Tidy the title and text before approval; the person's original stays untouched."""
    title, body = title.strip(), clean_html(body).strip()
    if not title or not body:
        raise ModerationError("The title and the story both need some text.")
    with transaction.atomic():
        locked = StorySubmission.objects.select_for_update().get(pk=submission.pk)
        if locked.status not in EDITABLE_STATUSES:
            raise TransitionNotAllowed(
                f"{locked.reference} is {locked.get_status_display().lower()}, so its text can no longer be edited."
            )
        locked.edited_title = "" if title == locked.title else title
        locked.edited_body = "" if body == locked.body else body
        locked.save(update_fields=["edited_title", "edited_body"])
        log(instance=locked, action="stories.edit", user=user, data=_facts(locked))
    return locked


def notify_moderators_of_new_submission(submission):
    """Tell the team the story was routed to that it is waiting: the reference and an admin link only."""
    recipients = submission.team.email_list if submission.team_id else _moderator_addresses()
    if not recipients:
        return None
    link = f"{settings.WAGTAILADMIN_BASE_URL}/admin/stories/submissions/inspect/{submission.pk}/"
    return queue_email(
        to=recipients,
        subject=f"New story waiting for moderation: {submission.reference}",
        body=f"A new story is waiting for moderation (reference {submission.reference}).\n\nOpen it here:\n{link}\n",
        reference=submission.reference,
    )


# Internals.


def _lock(submission, to_status, expected_status, *, verb, only_from=None):
    """Lock the row, then check the move against what is true now, not what the caller saw."""
    locked = StorySubmission.objects.select_for_update().get(pk=submission.pk)
    if expected_status and locked.status != expected_status:
        raise TransitionNotAllowed(_changed_meanwhile(locked))
    if to_status not in allowed_moves(locked.status) or (only_from and locked.status not in only_from):
        raise TransitionNotAllowed(_refusal(locked, verb, to_status))
    return locked


def _move(locked, to_status, *, user, action, data=None):
    from_status = locked.status
    locked.status = to_status
    locked.status_changed_at = timezone.now()
    locked.save()
    log(instance=locked, action=action, user=user, data={**_facts(locked), "from": from_status, **(data or {})})


def _facts(submission):
    # Everything an audit entry may hold: no text, names or health details.
    return {"reference": submission.reference, "to": submission.status}


def _refusal(locked, verb, to_status):
    if locked.status == to_status:
        who, when = _last_change(locked)
        return f"{locked.reference} was already {locked.get_status_display().lower()} by {who} at {when}."
    return f"You cannot {verb} {locked.reference}: it is {locked.get_status_display().lower()}."


def _changed_meanwhile(locked):
    who, when = _last_change(locked)
    return (
        f"{locked.reference} changed while you were looking at it: {who} made it "
        f"“{locked.get_status_display()}” at {when}. Nothing else was changed; check it and try again."
    )


def _last_change(locked):
    entry = (
        ModelLogEntry.objects.for_instance(locked)
        .filter(data__to=locked.status)
        .select_related("user")
        .order_by("-timestamp", "-pk")
        .first()
    )
    if entry is None:
        return "someone", date_format(timezone.localtime(locked.status_changed_at), "j M Y, H:i")
    who = "the system" if entry.user is None else (entry.user.get_full_name() or entry.user.get_username())
    return who, date_format(timezone.localtime(entry.timestamp), "j M Y, H:i")


def _email_person(submission, *, subject, paragraphs):
    body = "\n\n".join([*paragraphs, "Rare Kidney Conditions Portal"]) + "\n"
    queue_email(to=submission.email, subject=subject, body=body, reference=submission.reference)


def _story_link(submission):
    # A signed, expiring private link to the story's status page: it shows
    # our message and, when changes were requested, lets the person edit.
    return private_link(submission)


def _moderator_addresses():
    address = getattr(settings, "STORY_MODERATORS_EMAIL", "")
    if address:
        return [address]
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(groups__name=MODERATORS_GROUP, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))
