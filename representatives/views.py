"""The team's workspace: the filtered list (with exports) and one application's page."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.reauthentication import recent_sign_in_required
from intake.sanitize import render_clean
from teams.membership import may_lead

from . import exports, workflow
from .access import can_work_applications, visible_applications
from .filters import ApplicationFilterSet
from .forms import AssignForm, NoteForm, StatusForm, TeamForm
from .models import ApplicationLogEntry, RepresentativeApplication
from .working_days import is_overdue

EXPORT_FIELDS = {
    "reference": "Reference",
    "name": "Name",
    "email": "Email",
    "phone": "Phone",
    "preferred_contact": "Preferred contact",
    "conditions": "Conditions",
    "relationship": "Relationship",
    "region": "Nation or region",
    "interests": "Would like to",
    "status": "Status",
    "team": "Team",
    "assignee": "Assignee",
    "submitted_at": "Submitted",
    "last_action_at": "Last action",
    "consent_at": "Consent given",
}


def _display_name(user):
    return (user.get_full_name() or user.get_username()) if user else ""


class ApplicationIndexView(IndexView):
    model = RepresentativeApplication
    page_title = "Representative applications"
    any_permission_required = ["view"]
    filterset_class = ApplicationFilterSet
    search_fields = ["reference"]
    default_ordering = "-last_action_at"
    list_export = list(EXPORT_FIELDS)
    export_headings = EXPORT_FIELDS
    export_filename = "representative-applications"
    custom_value_preprocess = {
        str: {IndexView.FORMAT_CSV: exports.neutralise_formula, IndexView.FORMAT_XLSX: exports.neutralise_formula},
        **IndexView.custom_value_preprocess,
    }
    custom_field_preprocess = {
        field: {IndexView.FORMAT_CSV: exports.local_datetime_text, IndexView.FORMAT_XLSX: exports.local_naive_datetime}
        for field in ("submitted_at", "last_action_at", "consent_at")
    }

    def dispatch(self, request, *args, **kwargs):
        if request.GET.get("export"):
            # An export takes contact details out of the portal: confirm who is at the keyboard first.
            return recent_sign_in_required(super().dispatch)(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        queryset = visible_applications(self.request.user).select_related("team", "assignee")
        if self.is_export:
            queryset = queryset.prefetch_related("conditions")
        return queryset

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "reference",
                label="Reference",
                sort_key="reference",
                url_name="representative_applications:detail",
            ),
            Column("status", label="Status", accessor="get_status_display", sort_key="status"),
            Column("assignee", label="Assignee", accessor=lambda item: _display_name(item.assignee)),
            Column("team", label="Team", sort_key="team__name"),
            DateColumn("last_action_at", label="Last action", sort_key="last_action_at"),
            DateColumn("submitted_at", label="Submitted", sort_key="submitted_at"),
        ]

    def to_row_dict(self, item):
        conditions = [condition.title for condition in item.conditions.all()]
        if item.other_condition:
            conditions.append(f"Other: {item.other_condition}")
        return {
            "reference": item.reference,
            "name": item.name,
            "email": item.email,
            "phone": item.phone,
            "preferred_contact": item.get_preferred_contact_display(),
            "conditions": "; ".join(conditions),
            "relationship": item.get_relationship_display(),
            "region": item.get_region_display(),
            "interests": "; ".join(item.get_interests_display()),
            "status": item.get_status_display(),
            "team": item.team.name,
            "assignee": _display_name(item.assignee),
            "submitted_at": item.submitted_at,
            "last_action_at": item.last_action_at,
            "consent_at": item.consent_at,
        }

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            filters = self.filters.form.cleaned_data if self.filters and self.filters.is_valid() else {}
            exports.record_export(
                self.request.user,
                export_format=self.request.GET["export"],
                filters=exports.describe_filters(filters, self.search_query),
                row_count=context["object_list"].count(),
            )
        return super().render_to_response(context, **response_kwargs)


class ApplicationDetailView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "representatives/admin/detail.html"
    header_icon = "user"
    forms = {"note": NoteForm, "status": StatusForm, "assign": AssignForm, "team": TeamForm}

    def dispatch(self, request, *args, **kwargs):
        if not can_work_applications(request.user):
            raise PermissionDenied
        self.application = get_object_or_404(
            visible_applications(request.user).select_related("team", "assignee"), pk=kwargs["pk"]
        )
        self.can_move_team = may_lead(request.user, self.application.team)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Application {self.application.reference}"

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": "Home"},
            {"url": reverse("representative_applications:index"), "label": "Representative applications"},
            {"url": "", "label": self.application.reference},
        ]

    def build_form(self, action, data=None):
        if action == "note":
            return NoteForm(data, prefix=action)
        return self.forms[action](data, prefix=action, application=self.application)

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action not in self.forms or (action == "team" and not self.can_move_team):
            raise Http404
        form = self.build_form(action, request.POST)
        if form.is_valid():
            try:
                message = self.perform(action, form.cleaned_data)
            except workflow.WorkflowError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, message)
                return redirect("representative_applications:detail", pk=self.application.pk)
        return self.render_to_response(self.get_context_data(bound_form=(action, form)))

    def perform(self, action, data):
        application, user = self.application, self.request.user
        if action == "note":
            workflow.add_note(application, data["text"], user)
            return "Note added."
        if action == "status":
            moved = workflow.change_status(application, data["status"], user)
            return f"Status changed to “{moved.get_status_display()}”."
        if action == "assign":
            workflow.assign(application, data["assignee"], user)
            return f"Assigned to {_display_name(data['assignee']) or 'nobody'}."
        workflow.move_to_team(application, data["team"], user)
        return f"Moved to {data['team']}."

    def get_context_data(self, bound_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        actions = [name for name in self.forms if name != "team" or self.can_move_team]
        forms = {name: self.build_form(name) for name in actions}
        if bound_form:
            forms[bound_form[0]] = bound_form[1]
        application = self.application
        context.update(
            application=application,
            experience=render_clean(application.experience),
            conditions=list(application.conditions.all()),
            notes=application.notes.select_related("author"),
            history=ApplicationLogEntry.objects.for_instance(application)
            .select_related("user")
            .order_by("-timestamp"),
            forms=forms,
            overdue=is_overdue(application.last_action_at, timezone.localdate()),
        )
        return context
