"""The "stories waiting" panel on the admin dashboard, for moderators."""

from django.db.models import Count, Min
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from ..access import visible_submissions
from ..moderation import WAITING_STATUSES, can_moderate, describe_wait


def waiting_summary(user, now=None):
    """ "3 stories waiting, the oldest for 4 days", from one query, counting only `user`'s teams."""
    totals = (
        visible_submissions(user)
        .filter(status__in=WAITING_STATUSES)
        .aggregate(count=Count("pk"), oldest=Min("submitted_at"))
    )
    count = totals["count"]
    if not count:
        return "No stories waiting."
    wait = describe_wait(totals["oldest"], now or timezone.now())
    if count == 1:
        return f"1 story waiting, for {wait}."
    return f"{count} stories waiting, the oldest for {wait}."


class StoriesWaitingPanel(Component):
    name = "stories_waiting"
    template_name = "stories/admin/dashboard_panel.html"
    order = 50

    def render_html(self, parent_context=None):
        if not can_moderate(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context=None):
        return {
            "summary": waiting_summary(parent_context["request"].user),
            "queue_url": reverse("story_submissions:index"),
        }
