from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


def validate_email_lines(value):
    for line in value.splitlines():
        if line.strip():
            try:
                validate_email(line.strip())
            except ValidationError as error:
                raise ValidationError(f"“{line.strip()}” is not an email address.") from error


class Team(ClusterableModel):
    """A group of staff who work through the submissions routed to them."""

    name = models.CharField(max_length=120, unique=True)
    notification_emails = models.TextField(
        validators=[validate_email_lines],
        help_text="One address per line. New submissions routed to this team are announced here.",
    )

    panels = [FieldPanel("name"), FieldPanel("notification_emails"), InlinePanel("memberships", label="Members")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def email_list(self):
        return [line.strip() for line in self.notification_emails.splitlines() if line.strip()]


class TeamMembership(Orderable):
    class Role(models.TextChoices):
        MEMBER = "member", "Member"
        LEAD = "lead", "Team lead"

    team = ParentalKey(Team, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="team_memberships")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)

    panels = [FieldPanel("user"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["team", "user"], name="one_membership_per_team")]

    def __str__(self):
        return f"{self.user} in {self.team}"


@register_setting(icon="group")
class RoutingSettings(BaseSiteSetting):
    """Where a submission goes when its condition names no team of its own."""

    default_team = models.ForeignKey(
        Team,
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Receives every submission whose condition has no rare disease group team.",
    )

    panels = [FieldPanel("default_team")]

    class Meta:
        verbose_name = "Routing"
