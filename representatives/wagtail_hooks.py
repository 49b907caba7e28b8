from django.contrib.auth import get_user_model
from django.urls import path
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.base import ViewSet
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from .access import can_work_applications, visible_applications
from .dashboard import team_summaries
from .models import ApplicationLogEntry, RepresentativeApplication
from .views import ApplicationDetailView, ApplicationIndexView


class ApplicationPermissionPolicy(BasePermissionPolicy):
    """Team members may view (and work on) their team's applications; nobody adds or edits them here."""

    def user_has_permission(self, user, action):
        return action == "view" and can_work_applications(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if "view" not in actions:
            return users.none()
        return users.filter(is_superuser=True) | users.filter(team_memberships__isnull=False).distinct()

    def instances_user_has_permission_for(self, user, action):
        applications = visible_applications(user)
        return applications if action == "view" else applications.none()


register_permission_policy(RepresentativeApplication, ApplicationPermissionPolicy(RepresentativeApplication))


class WorkspaceMenuItem(MenuItem):
    def is_shown(self, request):
        return can_work_applications(request.user)


class ApplicationViewSet(ViewSet):
    icon = "user"
    menu_label = "Representative applications"
    add_to_admin_menu = True
    menu_order = 250
    menu_item_class = WorkspaceMenuItem

    def get_urlpatterns(self):
        common = {
            "index_url_name": self.get_url_name("index"),
            "index_results_url_name": self.get_url_name("index_results"),
            "header_icon": self.icon,
        }
        return [
            path("", ApplicationIndexView.as_view(**common), name="index"),
            path("results/", ApplicationIndexView.as_view(results_only=True, **common), name="index_results"),
            path("<int:pk>/", ApplicationDetailView.as_view(), name="detail"),
        ]


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet("representative_applications", url_prefix="representative-applications")


class TeamApplicationsPanel(Component):
    name = "team_representative_applications"
    template_name = "representatives/admin/dashboard_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        return {"teams": team_summaries(parent_context["request"].user)}


@hooks.register("construct_homepage_panels")
def add_team_applications_panel(request, panels):
    if can_work_applications(request.user):
        panels.append(TeamApplicationsPanel())


STATUS_LABELS = dict(RepresentativeApplication.Status.choices)


@hooks.register("register_log_actions")
def register_application_log_actions(actions):
    actions.register_model(RepresentativeApplication, ApplicationLogEntry)
    actions.register_action("representatives.submit", "Submit application", "Application received and routed")
    actions.register_action("representatives.note", "Add internal note", "Added an internal note")
    actions.register_action("representatives.export", "Export applications", "Exported representative applications")

    @actions.register_action("representatives.status")
    class StatusChange(LogFormatter):
        label = "Change application status"

        def format_message(self, log_entry):
            data = log_entry.data
            previous = STATUS_LABELS.get(data.get("from"), data.get("from"))
            return f"Status changed from “{previous}” to “{STATUS_LABELS.get(data.get('to'), data.get('to'))}”"

    @actions.register_action("representatives.assign")
    class Assignment(LogFormatter):
        label = "Assign application"

        def format_message(self, log_entry):
            user = get_user_model().objects.filter(pk=log_entry.data.get("to_user_id")).first()
            if user is None:
                return "Unassigned"
            return f"Assigned to {user.get_full_name() or user.get_username()}"
