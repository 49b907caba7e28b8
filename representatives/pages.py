"""The public "Become a patient representative" page: an editor-written advert with the form below it."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from conditions.blocks import CalloutBlock

ADVERT_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class AdvertSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(help_text="For example “What the role involves”, “Time needed” or “Who can apply”.")
    text = blocks.RichTextBlock(features=ADVERT_TEXT_FEATURES)

    class Meta:
        template = "representatives/blocks/advert_section.html"
        icon = "doc-full"
        label = "Section"
        description = "A heading and a few short paragraphs or a list."
        preview_value = {
            "heading": "Time needed",
            "text": "<p>About two hours a month, at times that suit you.</p>",
        }


class RepresentativeRecruitmentPage(RoutablePageMixin, Page):
    """Recruits patient representatives, like a public-involvement advert; the form lives in representatives.views."""

    intro = RichTextField(blank=True, features=ADVERT_TEXT_FEATURES)
    body = StreamField(
        [("section", AdvertSectionBlock()), ("callout", CalloutBlock())],
        blank=True,
        help_text="What the role involves, the time needed, the support and expenses offered, and who can apply.",
    )
    consent_wording = RichTextField(features=ADVERT_TEXT_FEATURES)
    consent_wording_version = models.CharField(
        max_length=20, default="1", help_text="Change this whenever the consent wording changes."
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("consent_wording"),
        FieldPanel("consent_wording_version"),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count = 1

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = "patient representative recruitment page"

    # The views import the forms, which import the models: imported when first used.
    @path("", name="apply")
    def apply(self, request):
        from .views_public import apply

        return apply(request, self)

    @path("thank-you/<str:reference>/", name="thank_you")
    def thank_you(self, request, reference):
        from .views_public import thank_you

        return thank_you(request, self, reference)
