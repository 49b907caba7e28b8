from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index


class ConditionIndexPage(Page):
    """The A-Z list of conditions."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["conditions.ConditionPage"]
    max_count = 1


class ConditionPage(Page):
    """Trustworthy information about one rare kidney condition."""

    summary = models.CharField(max_length=255, help_text="One line for the A-Z list and search results.")
    body = StreamField(
        [
            ("section_heading", blocks.CharBlock(form_classname="title")),
            ("text", blocks.RichTextBlock()),
        ],
        blank=True,
    )

    rare_disease_team = models.ForeignKey(
        "teams.Team",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="conditions",
        help_text="The rare disease group that receives stories and applications about this condition. "
        "Leave empty to use the default team.",
    )

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    settings_panels = [*Page.settings_panels, FieldPanel("rare_disease_team")]
    parent_page_types = ["conditions.ConditionIndexPage"]
    subpage_types = []

    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
