import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from wagtail.models.audit_log import BaseLogEntry, BaseLogEntryManager

# No 0/O, 1/I/L: a reference is read out over the phone.
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
REFERENCE_PREFIX = "PR-"


def new_reference():
    return REFERENCE_PREFIX + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


class Interest(models.TextChoices):
    REVIEW_INFORMATION = "review_information", "Review patient information"
    RESEARCH = "research", "Join a research study or steering group"
    SUPPORT_GROUP = "support_group", "Help start a patient support group"
    SPEAK = "speak", "Speak at events"
    SHARE_STORY = "share_story", "Share their story"


def validate_interests(value):
    if not isinstance(value, list) or not value:
        raise ValidationError("Choose at least one thing they would like to do.")
    unknown = set(value) - set(Interest.values)
    if unknown:
        raise ValidationError("Unknown interest: %(values)s", params={"values": ", ".join(sorted(unknown))})
    if len(set(value)) != len(value):
        raise ValidationError("Each interest may be chosen once.")


class ApplicationQuerySet(models.QuerySet):
    def with_interest(self, interest):
        # The list holds each choice at most once, so it has at most len(Interest)
        # items; matching by position works on SQLite and PostgreSQL alike,
        # where JSON "contains" does not.
        match = Q()
        for position in range(len(Interest.values)):
            match |= Q(**{f"interests__{position}": interest})
        return self.filter(match)


class RepresentativeApplication(models.Model):
    """Someone offering to help research teams as a patient representative."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        IN_CONVERSATION = "in_conversation", "In conversation"
        ACTIVE = "active_representative", "Active representative"
        NOT_PROCEEDING = "not_proceeding", "Not proceeding"
        WITHDRAWN = "withdrawn", "Withdrawn"

    class PreferredContact(models.TextChoices):
        EMAIL = "email", "Email"
        PHONE = "phone", "Phone"

    class Relationship(models.TextChoices):
        PATIENT = "patient", "Patient"
        CARER = "carer", "Carer"
        FAMILY = "family", "Family member"

    class Region(models.TextChoices):
        NORTH_EAST = "north_east", "North East England"
        NORTH_WEST = "north_west", "North West England"
        YORKSHIRE = "yorkshire", "Yorkshire and the Humber"
        EAST_MIDLANDS = "east_midlands", "East Midlands"
        WEST_MIDLANDS = "west_midlands", "West Midlands"
        EAST = "east", "East of England"
        LONDON = "london", "London"
        SOUTH_EAST = "south_east", "South East England"
        SOUTH_WEST = "south_west", "South West England"
        SCOTLAND = "scotland", "Scotland"
        WALES = "wales", "Wales"
        NORTHERN_IRELAND = "northern_ireland", "Northern Ireland"

    reference = models.CharField(max_length=16, unique=True, editable=False, default=new_reference)
    status = models.CharField(max_length=24, choices=Status.choices, default=Status.NEW, db_index=True)

    name = models.CharField(max_length=120)
    email = models.EmailField()
    phone = models.CharField(max_length=32, blank=True)
    preferred_contact = models.CharField(max_length=10, choices=PreferredContact.choices)
    conditions = models.ManyToManyField("conditions.ConditionPage", blank=True, related_name="+")
    other_condition = models.CharField(max_length=120, blank=True)
    relationship = models.CharField(max_length=10, choices=Relationship.choices)
    region = models.CharField(max_length=20, choices=Region.choices, db_index=True)
    interests = models.JSONField(default=list, validators=[validate_interests])
    experience = models.TextField(help_text="Sanitized HTML, as submitted.")
    availability = models.TextField(blank=True)
    access_needs = models.TextField(blank=True)

    consent_at = models.DateTimeField()
    consent_wording_version = models.CharField(max_length=20)

    # Decided once, at submission; only an explicit reassignment changes it.
    team = models.ForeignKey("teams.Team", on_delete=models.PROTECT, related_name="representative_applications")
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(db_index=True)
    last_action_at = models.DateTimeField(db_index=True)
    submission_token = models.CharField(
        max_length=64, unique=True, help_text="One per form render, so a double click stores one application."
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="representative_applications",
    )

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = "representative application"
        permissions = [("work_applications", "Can work on their team's representative applications")]

    def __str__(self):
        # Only the reference: this string is copied into audit log entries.
        return self.reference

    def get_interests_display(self):
        labels = dict(Interest.choices)
        return [labels.get(value, value) for value in self.interests]


class ApplicationNote(models.Model):
    """An internal note by a team member; never shown to the applicant."""

    application = models.ForeignKey(RepresentativeApplication, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"Note {self.pk} on {self.application_id}"


class ApplicationLogEntryManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        kwargs.update(application=instance)
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        return self.filter(application=instance)

    def viewable_by_user(self, user):
        # Wagtail's site history report asks here: team scoping applies to the history too.
        from .access import visible_applications

        return self.filter(application__in=visible_applications(user).values("pk"))


class ApplicationLogEntry(BaseLogEntry):
    """Audit log entries about one application, kept apart so each team sees only its own."""

    application = models.ForeignKey(
        RepresentativeApplication, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )

    objects = ApplicationLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = "application log entry"
        verbose_name_plural = "application log entries"


# Wagtail finds page models through the app's models module.
from .pages import RepresentativeRecruitmentPage  # noqa: E402, F401
