"""The "Stories" section of the Wagtail admin: the moderation queue and each story's page.

Submissions are read and acted on, never edited through generic model forms:
the permission policy grants only viewing, and only to people with the
`stories.moderate_stories` permission (the "Story moderators" group and
superusers). Moderators change a story through the actions on its page,
which go through stories.moderation.
"""

import django_filters
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import BasePermissionPolicy

from conditions.models import ConditionPage

from .access import visible_submissions
from .models import StorySubmission
from .moderation import MODERATE_PERMISSION, WAITING_STATUSES, can_moderate, describe_wait
from .views_admin.detail import ModeratorsOnlyMixin, SubmissionDetailView


class StoryModerationPolicy(BasePermissionPolicy):
    """Moderators may view and act; nobody may add, edit or delete raw submissions here."""

    VIEW_ACTIONS = frozenset({"view", "moderate"})

    def user_has_permission(self, user, action):
        return action in self.VIEW_ACTIONS and can_moderate(user)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Permission
        from django.db.models import Q

        if not self.VIEW_ACTIONS.intersection(actions):
            return get_user_model().objects.none()
        app_label, codename = MODERATE_PERMISSION.split(".")
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True) | Q(user_permissions__in=permission) | Q(groups__permissions__in=permission),
                is_active=True,
            )
            .distinct()
        )


class SubmissionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=StorySubmission.Status.choices, empty_label="Any status")
    condition = django_filters.ModelChoiceFilter(
        queryset=ConditionPage.objects.order_by("title"), empty_label="Any condition"
    )
    submitted_at = django_filters.DateFromToRangeFilter(label="Date received", widget=DateRangePickerWidget)

    class Meta:
        model = StorySubmission
        fields = ["status", "condition", "submitted_at"]


def _condition_name(submission):
    if submission.condition_id:
        return submission.condition.title
    return submission.other_condition or "Not given"


def _waiting_time(submission):
    if submission.status not in WAITING_STATUSES:
        return "Not waiting"
    return describe_wait(submission.submitted_at, timezone.now())


class SubmissionQueueView(ModeratorsOnlyMixin, generic.IndexView):
    any_permission_required = ["view"]
    page_title = "Story submissions"

    @cached_property
    def columns(self):
        return [
            self._get_title_column("reference"),
            StatusTagColumn(
                "get_status_display",
                label="Status",
                sort_key="status",
                primary=lambda s: s.status in WAITING_STATUSES,
            ),
            Column("condition", label="Condition", accessor=_condition_name),
            DateColumn("submitted_at", label="Date received", sort_key="submitted_at"),
            Column("waiting", label="Waiting time", accessor=_waiting_time),
        ]

    def get_base_queryset(self):
        return visible_submissions(self.request.user).select_related("condition")


class SubmissionViewSet(ModelViewSet):
    model = StorySubmission
    name = "story_submissions"
    url_prefix = "stories/submissions"
    icon = "doc-full"
    menu_label = "Submission queue"
    index_view_class = SubmissionQueueView
    inspect_view_class = SubmissionDetailView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = SubmissionFilterSet
    ordering = "submitted_at"
    search_fields = ["reference"]
    search_backend_name = None
    list_per_page = 50
    add_to_reference_index = False

    def get_urlpatterns(self):
        # Listing and the story's own page only: no generic add, edit, copy or delete.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]

    def get_common_view_kwargs(self, **kwargs):
        kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add_url_name", "edit_url_name", "delete_url_name", "history_url_name", "usage_url_name"):
            kwargs[name] = None
        return kwargs

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().filter(codename="moderate_stories")


class StoriesViewSetGroup(ViewSetGroup):
    menu_label = "Stories"
    menu_icon = "openquote"
    menu_order = 250
    items = [SubmissionViewSet]
