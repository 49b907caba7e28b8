from django.core.validators import MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="time")
class RetentionSettings(BaseSiteSetting):
    """How long we keep personal data in items that will not be used. The privacy notice states these periods."""

    declined_story_days = models.PositiveIntegerField(
        "Declined and spam stories: erase after (days)",
        default=90,
        validators=[MinValueValidator(1)],
        help_text="Counted from the day the story was declined or marked as spam.",
    )
    closed_application_months = models.PositiveIntegerField(
        "Not-proceeding and withdrawn applications: erase after (months)",
        default=12,
        validators=[MinValueValidator(1)],
        help_text="Counted from the team's last action on the application.",
    )

    panels = [
        HelpPanel(
            content=(
                "<p>Withdrawn stories are erased at once. If you change these periods, "
                "update the privacy notice page to match.</p>"
            )
        ),
        FieldPanel("declined_story_days"),
        FieldPanel("closed_application_months"),
    ]

    class Meta:
        verbose_name = "Data retention"
