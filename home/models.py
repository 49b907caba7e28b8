from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    """The front door: what the site is for and where to go next."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    search_fields = [*Page.search_fields, index.SearchField("intro")]


class StandardPage(Page):
    """About, privacy notice, accessibility statement and similar plain pages."""

    summary = models.CharField(max_length=255, blank=True)
    body = RichTextField(features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]

    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
