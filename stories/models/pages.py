from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .submission import StorySubmission


class StoryIndexPage(Page):
    """Published stories, newest first."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage", "stories.ShareStoryPage"]
    max_count = 1


class ShareStoryPage(RoutablePageMixin, Page):
    """The public "Share your story" form, with editor-written guidance.

    The form and its confirmation live in stories.views; this page routes to them.
    """

    intro = RichTextField(blank=True, features=["bold", "italic", "link", "ul", "ol"])
    guidance = RichTextField(blank=True, features=["h2", "h3", "bold", "italic", "link", "ul", "ol"])
    consent_wording = RichTextField(features=["bold", "italic", "link", "ul", "ol"])
    consent_wording_version = models.CharField(
        max_length=20, default="1", help_text="Change this whenever the consent wording changes."
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("guidance"),
        FieldPanel("consent_wording"),
        FieldPanel("consent_wording_version"),
    ]
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    max_count = 1

    # The views are imported when first used: they import the forms, which
    # import these models.
    @path("", name="share_story")
    def share_story(self, request):
        from stories.views import share_story

        return share_story(request, self)

    @path("thank-you/<str:reference>/", name="share_story_thank_you")
    def share_story_thank_you(self, request, reference):
        from stories.views import share_story_thank_you

        return share_story_thank_you(request, self, reference)


class StoryPage(Page):
    """A published, moderator-approved story. Created by the publishing service."""

    author_display_name = models.CharField(max_length=120)
    relationship = models.CharField(max_length=20, choices=StorySubmission.Relationship.choices)
    condition = models.ForeignKey(
        "conditions.ConditionPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="stories"
    )
    other_condition = models.CharField(max_length=120, blank=True)
    story_date = models.DateField()
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    photo_description = models.CharField(max_length=250, blank=True)
    body = models.TextField(help_text="Sanitized HTML; cleaned again when shown.")

    content_panels = [
        *Page.content_panels,
        FieldPanel("author_display_name"),
        FieldPanel("relationship"),
        FieldPanel("condition"),
        FieldPanel("other_condition"),
        FieldPanel("story_date"),
        FieldPanel("photo"),
        FieldPanel("photo_description"),
        FieldPanel("body"),
    ]
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    search_fields = [*Page.search_fields, index.SearchField("body")]
