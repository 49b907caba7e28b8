from django.utils import timezone
from wagtail.admin.views.reports import PageReportView

from .models import ConditionPage
from .review import DUE_SOON_WINDOW, pages_needing_review


class ReviewDueReportView(PageReportView):
    """Information pages whose review date has passed or falls within the next 60 days."""

    page_title = "Information due for review"
    header_icon = "time"
    index_url_name = "review_due_report"
    index_results_url_name = "review_due_report_results"
    results_template_name = "conditions/admin/review_due_report_results.html"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "next_review_due", "last_reviewed", "status_string"]
    export_headings = {
        "next_review_due": "Next review due",
        "last_reviewed": "Last reviewed",
        "status_string": "Status",
    }

    def get_queryset(self):
        return pages_needing_review(ConditionPage.objects.all(), self.today)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["today"] = self.today
        context["window_days"] = DUE_SOON_WINDOW.days
        return context

    @property
    def today(self):
        return timezone.localdate()
