from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Contributor
from .views import ReviewDueReportView


class ContributorViewSet(SnippetViewSet):
    model = Contributor
    icon = "user"
    menu_label = "Authors and reviewers"
    list_display = ["name", "role", "organisation"]
    search_fields = ["name", "organisation"]


register_snippet(ContributorViewSet)


class EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_reports_menu_item")
def register_review_due_report_menu_item():
    return EditorsMenuItem(
        "Information due for review",
        reverse("review_due_report"),
        name="information-due-for-review",
        icon_name=ReviewDueReportView.header_icon,
        order=50,
    )


@hooks.register("register_admin_urls")
def register_review_due_report_urls():
    return [
        path("reports/information-due-for-review/", ReviewDueReportView.as_view(), name="review_due_report"),
        path(
            "reports/information-due-for-review/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="review_due_report_results",
        ),
    ]
