from django.core.paginator import Paginator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from conditions.models import ConditionPage

from .submission import StorySubmission


class StoryIndexPage(RoutablePageMixin, Page):
    """Published stories, newest first, with a condition filter and an RSS feed."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage", "stories.ShareStoryPage"]
    max_count = 1

    STORIES_PER_PAGE = 12

    def live_stories(self):
        return (
            StoryPage.objects.live()
            .public()
            .child_of(self)
            .select_related("condition")
            .order_by("-story_date", "-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = self.live_stories()
        with_stories = ConditionPage.objects.live().filter(pk__in=stories.values("condition"))
        conditions = list(with_stories.order_by("title").only("slug", "title"))
        chosen = next((c for c in conditions if c.slug == request.GET.get("condition")), None)
        if chosen is not None:
            stories = stories.filter(condition=chosen)
        paginator = Paginator(stories, self.STORIES_PER_PAGE)
        context.update(
            stories=paginator.get_page(request.GET.get("page")),
            conditions=conditions,
            chosen_condition=chosen,
            share_page=ShareStoryPage.objects.live().child_of(self).first(),
        )
        return context

    @path("feed/")
    def feed(self, request):
        from ..feeds import StoryFeed

        return StoryFeed(self)(request)


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

    def get_context(self, request, *args, **kwargs):
        from ..templatetags.story_tags import share_story_url

        context = super().get_context(request, *args, **kwargs)
        context["share_url"] = share_story_url(request, self.condition)
        return context

    @classmethod
    def latest_for_condition(cls, condition, limit=3):
        return (
            cls.objects.live()
            .public()
            .filter(condition=condition)
            .order_by("-story_date", "-first_published_at")[:limit]
        )
