from django.conf import settings
from django.core.files.storage import storages
from django.db import models


def _private_storage():
    return storages["private"]


class StorySubmission(models.Model):
    """A story as a member of the public sent it: private until approved."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        IN_REVIEW = "in_review", "In review"
        CHANGES_REQUESTED = "changes_requested", "Changes requested"
        PUBLISHED = "published", "Published"
        DECLINED = "declined", "Declined"
        WITHDRAWN = "withdrawn", "Withdrawn"
        SPAM = "spam", "Spam"

    class Relationship(models.TextChoices):
        PATIENT = "patient", "Patient"
        CARER = "carer", "Carer"
        FAMILY = "family", "Family member"
        FRIEND = "friend", "Friend"
        PROFESSIONAL = "professional", "Health professional"

    class NameDisplay(models.TextChoices):
        FULL = "full", "Full name"
        FIRST = "first", "First name only"
        ANONYMOUS = "anonymous", "Anonymous"

    reference = models.CharField(max_length=16, unique=True, editable=False)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)

    title = models.CharField(max_length=120)
    body = models.TextField(help_text="Sanitized HTML, as submitted.")
    condition = models.ForeignKey(
        "conditions.ConditionPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    other_condition = models.CharField(max_length=120, blank=True)
    relationship = models.CharField(max_length=20, choices=Relationship.choices)
    name_display = models.CharField(max_length=10, choices=NameDisplay.choices)
    name = models.CharField(max_length=120)
    email = models.EmailField()

    photo = models.FileField(storage=_private_storage, upload_to="story-photos/", blank=True)
    photo_description = models.CharField(max_length=250, blank=True)

    consent_wording_version = models.CharField(max_length=20)
    consent_store_at = models.DateTimeField()
    consent_publish_at = models.DateTimeField()
    consent_others_at = models.DateTimeField()
    consent_age_at = models.DateTimeField()
    consent_photo_at = models.DateTimeField(null=True, blank=True)
    consent_contact_at = models.DateTimeField(null=True, blank=True)

    # A moderator may tidy the story before approving; the original stays above.
    edited_title = models.CharField(max_length=120, blank=True)
    edited_body = models.TextField(blank=True)
    message_to_submitter = models.TextField(blank=True)
    decline_reason = models.CharField(max_length=40, blank=True)

    submission_token = models.CharField(
        max_length=64, unique=True, help_text="One per form render, so a double click stores one story."
    )
    submitted_at = models.DateTimeField(auto_now_add=True, db_index=True)
    status_changed_at = models.DateTimeField(auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="story_submissions"
    )
    # Decided when the story arrives and never recomputed: see teams.routing.
    team = models.ForeignKey(
        "teams.Team", null=True, blank=True, on_delete=models.PROTECT, related_name="story_submissions"
    )
    story_page = models.OneToOneField(
        "stories.StoryPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="submission"
    )

    class Meta:
        ordering = ["submitted_at"]
        permissions = [("moderate_stories", "Can moderate patient stories")]

    def __str__(self):
        # References only: this string reaches admin lists, logs and audit entries.
        return self.reference

    @property
    def publish_title(self):
        return self.edited_title or self.title

    @property
    def publish_body(self):
        return self.edited_body or self.body

    @property
    def display_name(self):
        if self.name_display == self.NameDisplay.FULL:
            return self.name
        if self.name_display == self.NameDisplay.FIRST:
            return self.name.split()[0] if self.name.strip() else "Anonymous"
        return "Anonymous"
