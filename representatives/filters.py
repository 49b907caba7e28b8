import django_filters
from django import forms
from django.utils import timezone
from wagtail.admin.filters import WagtailFilterSet

from conditions.models import ConditionPage
from teams.membership import teams_of
from teams.models import Team

from .models import Interest, RepresentativeApplication
from .working_days import overdue_cutoff

OPEN_STATUSES = [
    RepresentativeApplication.Status.NEW,
    RepresentativeApplication.Status.CONTACTED,
    RepresentativeApplication.Status.IN_CONVERSATION,
]


class ApplicationFilterSet(WagtailFilterSet):
    team = django_filters.ModelChoiceFilter(queryset=Team.objects.none(), label="Team")
    condition = django_filters.ModelChoiceFilter(
        field_name="conditions", queryset=ConditionPage.objects.order_by("title"), label="Condition"
    )
    status = django_filters.MultipleChoiceFilter(
        choices=RepresentativeApplication.Status.choices, widget=forms.CheckboxSelectMultiple, label="Status"
    )
    region = django_filters.ChoiceFilter(choices=RepresentativeApplication.Region.choices, label="Nation or region")
    interest = django_filters.ChoiceFilter(choices=Interest.choices, method="filter_interest", label="Would like to")
    last_action = django_filters.ChoiceFilter(
        choices=[("overdue", "More than 10 working days ago (open applications)")],
        method="filter_overdue",
        label="Last action",
    )

    class Meta:
        model = RepresentativeApplication
        fields = []

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        # Only the user's own teams are offered; scoping itself is in the queryset.
        self.filters["team"].queryset = teams_of(request.user)

    def filter_interest(self, queryset, name, value):
        return queryset.with_interest(value) if value else queryset

    def filter_overdue(self, queryset, name, value):
        if value != "overdue":
            return queryset
        return queryset.filter(status__in=OPEN_STATUSES, last_action_at__lt=overdue_cutoff(timezone.localdate()))
