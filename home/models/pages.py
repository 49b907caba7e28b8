from django.db import models
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.helpline import helpline_for


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock()
    text = blocks.TextBlock(required=False)
    page = blocks.PageChooserBlock()
    link_text = blocks.CharBlock()

    class Meta:
        template = "components/blocks/call_to_action.html"
        icon = "pick"
        label = "Call to action"
        description = "A short invitation with a button-style link to another page."
        preview_value = {
            "heading": "Share your story",
            "text": "Your experience can help others who have just been diagnosed.",
            "page": None,
            "link_text": "Share your story",
        }


class HomePage(Page):
    """The front door: what the site is for and where to go next."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    calls_to_action = StreamField([("call_to_action", CallToActionBlock())], blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("featured", heading="Featured information pages", label="Featured page"),
        FieldPanel("calls_to_action"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query: ConditionPage's join brings the summary along with the title and URL path.
        context["featured_pages"] = [
            feature.page for feature in self.featured.filter(page__live=True).select_related("page")
        ]
        context["helpline"] = helpline_for(request)
        return context


class HomePageFeature(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured")
    page = models.ForeignKey("conditions.ConditionPage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]


class StandardPage(Page):
    """About, privacy notice, accessibility statement and similar plain pages."""

    summary = models.CharField(max_length=255, blank=True)
    body = RichTextField(features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]

    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
