from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField


@register_setting(icon="info-circle")
class InformationSettings(BaseSiteSetting):
    """What every information page carries: the disclaimer and the default helpline."""

    disclaimer = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Shown at the foot of every information page and in its PDF.",
    )
    default_helpline = models.ForeignKey(
        "home.Helpline",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown on the home page and on information pages that do not choose their own.",
    )

    panels = [FieldPanel("disclaimer"), FieldPanel("default_helpline")]

    class Meta:
        verbose_name = "Information pages"
