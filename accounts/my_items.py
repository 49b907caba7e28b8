"""What a person sees of the things they sent, in plain words, and how one of them is found.

An item is a story submission or a representative application. The same
summary serves "My stories and applications" (signed in) and the status page
a private link opens (no account).
"""

from dataclasses import dataclass
from datetime import datetime

from representatives.models import RepresentativeApplication
from stories.models import StorySubmission

STORY = "story"
APPLICATION = "application"
KINDS = {STORY: StorySubmission, APPLICATION: RepresentativeApplication}

STORY_STATUS_WORDING = {
    StorySubmission.Status.NEW: "Waiting for review",
    StorySubmission.Status.IN_REVIEW: "Being reviewed",
    StorySubmission.Status.CHANGES_REQUESTED: "We asked you to change something",
    StorySubmission.Status.PUBLISHED: "Published",
    StorySubmission.Status.DECLINED: "Not published",
    StorySubmission.Status.SPAM: "Not published",
    StorySubmission.Status.WITHDRAWN: "Withdrawn",
}

APPLICATION_STATUS_WORDING = {
    RepresentativeApplication.Status.NEW: "Received: the team will contact you",
    RepresentativeApplication.Status.CONTACTED: "The team has contacted you",
    RepresentativeApplication.Status.IN_CONVERSATION: "You are talking with the team",
    RepresentativeApplication.Status.ACTIVE: "You are a patient representative",
    RepresentativeApplication.Status.NOT_PROCEEDING: "Not going ahead",
    RepresentativeApplication.Status.WITHDRAWN: "Withdrawn",
}

# A person may change their story until a moderator has started on it, or when we asked them to.
STORY_EDITABLE_STATUSES = (StorySubmission.Status.NEW, StorySubmission.Status.CHANGES_REQUESTED)


@dataclass(frozen=True)
class MyItem:
    kind: str
    reference: str
    title: str
    sent_at: datetime
    status: str
    message: str
    can_edit: bool
    can_withdraw: bool
    has_photo: bool
    record: object

    @property
    def kind_label(self):
        return "Story" if self.kind == STORY else "Patient representative application"


def describe(record):
    """The plain-words summary of one story submission or application."""
    if isinstance(record, StorySubmission):
        # The moderator's message is for the person while it explains the current status.
        has_message = record.status in (StorySubmission.Status.CHANGES_REQUESTED, StorySubmission.Status.DECLINED)
        return MyItem(
            kind=STORY,
            reference=record.reference,
            title=record.title,
            sent_at=record.submitted_at,
            status=STORY_STATUS_WORDING.get(record.status, record.get_status_display()),
            message=record.message_to_submitter if has_message else "",
            can_edit=record.status in STORY_EDITABLE_STATUSES,
            can_withdraw=record.status != StorySubmission.Status.WITHDRAWN,
            has_photo=bool(record.photo),
            record=record,
        )
    return MyItem(
        kind=APPLICATION,
        reference=record.reference,
        title="Offer to help as a patient representative",
        sent_at=record.submitted_at,
        status=APPLICATION_STATUS_WORDING.get(record.status, record.get_status_display()),
        message="",
        can_edit=False,
        can_withdraw=record.status != RepresentativeApplication.Status.WITHDRAWN,
        has_photo=False,
        record=record,
    )


def items_for(user):
    """Everything `user` sent, newest first, one query per kind of item."""
    stories = StorySubmission.objects.filter(user=user).defer("body", "edited_body")
    applications = RepresentativeApplication.objects.filter(user=user).only(
        "reference", "submitted_at", "status", "user"
    )
    items = [describe(record) for record in [*stories, *applications]]
    return sorted(items, key=lambda item: item.sent_at, reverse=True)


def owned_record(user, kind, reference):
    """The story or application `reference` if it belongs to `user`; otherwise None (the caller answers 404)."""
    model = KINDS.get(kind)
    if model is None or not user.is_authenticated:
        return None
    return model.objects.filter(user=user, reference=reference).first()
