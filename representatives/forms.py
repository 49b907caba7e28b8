"""Small forms for the team's actions on one application (one form per action)."""

from django import forms
from django.contrib.auth import get_user_model

from teams.models import Team

from .models import RepresentativeApplication
from .workflow import allowed_moves


class NoteForm(forms.Form):
    text = forms.CharField(
        label="Add an internal note",
        help_text="Seen only by the team. Do not copy in medical detail you do not need.",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label="Change status to")

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        labels = dict(RepresentativeApplication.Status.choices)
        self.fields["status"].choices = [(move.value, labels[move]) for move in allowed_moves(application.status)]


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        queryset=get_user_model().objects.none(), required=False, empty_label="Nobody", label="Assign to"
    )

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = (
            get_user_model().objects.filter(team_memberships__team=application.team).order_by("username")
        )
        self.fields["assignee"].label_from_instance = lambda user: user.get_full_name() or user.get_username()
        self.initial.setdefault("assignee", application.assignee_id)


class TeamForm(forms.Form):
    team = forms.ModelChoiceField(queryset=Team.objects.none(), label="Move to team")

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = Team.objects.exclude(pk=application.team_id)
