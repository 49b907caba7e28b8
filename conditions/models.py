from itertools import groupby

from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.helpline import helpline_for

from .blocks import ConditionBodyBlock
from .contents import contents_list, sections_with_anchors
from .pdf import condition_pdf_response
from .review import is_overdue


class ConditionIndexPage(Page):
    """The A-Z list of conditions."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["conditions.ConditionPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        conditions = ConditionPage.objects.child_of(self).live().public().order_by("title")
        context["letters"] = [
            (letter, list(pages)) for letter, pages in groupby(conditions, key=lambda page: page.title[:1].upper())
        ]
        return context


class Contributor(index.Indexed, models.Model):
    """Someone who writes or clinically reviews information pages."""

    name = models.CharField(max_length=120)
    role = models.CharField(max_length=160, blank=True, help_text="e.g. Consultant nephrologist")
    organisation = models.CharField(max_length=160, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("organisation")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def credentials(self):
        return ", ".join(part for part in (self.role, self.organisation) if part)


class ConditionPage(RoutablePageMixin, Page):
    """Trustworthy information about one rare kidney condition."""

    summary = models.CharField(max_length=255, help_text="One line for the A-Z list and search results.")
    body = StreamField(ConditionBodyBlock(), blank=True)
    date_written = models.DateField(null=True, help_text="When this information was first written.")
    last_reviewed = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(
        null=True, help_text="Readers see a note, and editors a report entry, once this date has passed."
    )
    helpline = models.ForeignKey(
        "home.Helpline",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Leave blank to show the site's default helpline.",
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
    trust_panels = [
        InlinePanel("contributors", heading="Authors and clinical reviewers", label="Contributor", min_num=1),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("date_written"), FieldPanel("last_reviewed"), FieldPanel("next_review_due")])],
            heading="Review dates",
        ),
        FieldPanel("helpline"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(trust_panels, heading="Trust and review"),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList([*Page.settings_panels, FieldPanel("rare_disease_team")], heading="Settings"),
        ]
    )
    parent_page_types = ["conditions.ConditionIndexPage"]
    subpage_types = []

    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    def contributors_by_kind(self):
        """(authors, reviewers), each a list of Contributor in the editor's order, in one query."""
        rows = list(self.contributors.select_related("contributor"))
        authors = [row.contributor for row in rows if row.kind == ConditionPageContributor.Kind.AUTHOR]
        reviewers = [row.contributor for row in rows if row.kind == ConditionPageContributor.Kind.CLINICAL_REVIEWER]
        return authors, reviewers

    def is_due_for_review(self, today=None):
        return is_overdue(self.next_review_due, today or timezone.localdate())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        body = sections_with_anchors(self.body)
        context["body_with_anchors"] = body
        context["contents"] = contents_list(body)
        context["authors"], context["reviewers"] = self.contributors_by_kind()
        context["helpline"] = helpline_for(request, self.helpline_id)
        return context

    @path("pdf/", name="pdf")
    def pdf(self, request):
        return condition_pdf_response(self, request)


class ConditionPageContributor(Orderable):
    class Kind(models.TextChoices):
        AUTHOR = "author", "Author"
        CLINICAL_REVIEWER = "clinical_reviewer", "Clinical reviewer"

    page = ParentalKey(ConditionPage, on_delete=models.CASCADE, related_name="contributors")
    contributor = models.ForeignKey(Contributor, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.AUTHOR)

    panels = [FieldRowPanel([FieldPanel("contributor"), FieldPanel("kind")])]
