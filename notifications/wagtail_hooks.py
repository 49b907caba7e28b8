"""Administrators can see every outgoing email's state, so a failing server is noticed.

Read-only: messages are sent and retried by the queue, never edited by hand.
"""

from django.contrib.auth import get_user_model
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import OutboundEmail


class SuperuserViewOnlyPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_superuser=True)


register_permission_policy(OutboundEmail, SuperuserViewOnlyPolicy(OutboundEmail))


class OutboundEmailViewSet(ModelViewSet):
    model = OutboundEmail
    icon = "mail"
    menu_label = "Outgoing email"
    add_to_settings_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []  # nothing is editable; the policy refuses add and change anyway
    list_display = ["subject", "reference", "status", "attempts", "last_error", "created_at", "sent_at"]
    list_filter = ["status"]
    search_fields = ["reference", "subject"]
    inspect_view_fields = ["to", "subject", "reference", "status", "attempts", "last_error", "created_at", "sent_at"]


@hooks.register("register_admin_viewset")
def register_outbound_email_viewset():
    return OutboundEmailViewSet("outgoing_email")
