"""What a signed-in person sees of the things they sent, in plain words."""

from dataclasses import dataclass
from datetime import datetime

from stories.models import StorySubmission

STORY_STATUS_WORDING = {
    StorySubmission.Status.NEW: "Waiting for review",
    StorySubmission.Status.IN_REVIEW: "Being reviewed",
    StorySubmission.Status.CHANGES_REQUESTED: "We asked you to change something",
    StorySubmission.Status.PUBLISHED: "Published",
    StorySubmission.Status.DECLINED: "Not published",
    StorySubmission.Status.SPAM: "Not published",
    StorySubmission.Status.WITHDRAWN: "Withdrawn",
}


@dataclass(frozen=True)
class MyItem:
    kind: str
    reference: str
    title: str
    sent_at: datetime
    status: str
    message: str


def _story_items(user):
    stories = (
        StorySubmission.objects.filter(user=user)
        .only("reference", "title", "submitted_at", "status", "message_to_submitter")
        .order_by("-submitted_at")
    )
    for story in stories:
        asked_for_changes = story.status == StorySubmission.Status.CHANGES_REQUESTED
        yield MyItem(
            kind="Story",
            reference=story.reference,
            title=story.title,
            sent_at=story.submitted_at,
            status=STORY_STATUS_WORDING.get(story.status, story.get_status_display()),
            message=story.message_to_submitter if asked_for_changes else "",
        )


def items_for(user):
    """Everything `user` sent, newest first, one query per kind of item."""
    return sorted(_story_items(user), key=lambda item: item.sent_at, reverse=True)
