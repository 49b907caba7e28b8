"""The small forms behind each moderation action on a story's admin page.

Every form carries the status the moderator saw, so an action taken on a
page that has gone stale is refused instead of acting on something unseen.
"""

from django import forms

from teams.models import Team

from ..models import StorySubmission
from ..moderation import DeclineReason


class ActionForm(forms.Form):
    expected_status = forms.ChoiceField(choices=StorySubmission.Status.choices, widget=forms.HiddenInput)


class ApproveForm(ActionForm):
    LIVE, DRAFT = "live", "draft"
    publish = forms.ChoiceField(
        label="When should the story appear on the website?",
        choices=[(LIVE, "Publish it now"), (DRAFT, "Keep it as a draft, to edit in the page editor first")],
        initial=LIVE,
        widget=forms.RadioSelect,
    )


class RequestChangesForm(ActionForm):
    message = forms.CharField(
        label="Your message to the person",
        help_text=(
            "Say what to change and why. It is kept with their story; the email only tells them a message "
            "is waiting, so it may mention details of the story."
        ),
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Write a message saying what you would like the person to change."},
    )


class DeclineForm(ActionForm):
    reason = forms.ChoiceField(
        label="Reason",
        choices=DeclineReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a reason for declining the story."},
    )
    note = forms.CharField(
        label="Note to the person (optional unless the reason is “another reason”)",
        help_text="Kept with their story. The email gives only the reason above and a link to read this note.",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == DeclineReason.OTHER and not cleaned.get("note", "").strip():
            self.add_error("note", "Write a note explaining the reason.")
        return cleaned


class EditTextForm(forms.Form):
    title = forms.CharField(label="Title as it will be published", max_length=120)
    body = forms.CharField(
        label="Story as it will be published",
        help_text=(
            "Simple HTML: paragraphs (<p>), line breaks, bold (<strong>), italics (<em>), lists and links. "
            "Anything else is removed when you save. The person's original is kept unchanged."
        ),
        widget=forms.Textarea(attrs={"rows": 16}),
    )


class MoveTeamForm(forms.Form):
    """Move a story to another team: for superusers and leads of the story's current team."""

    team = forms.ModelChoiceField(
        queryset=Team.objects.none(),
        label="Move to another team",
        help_text="The story leaves your team's queue, and the other team sees it from now on.",
        error_messages={"required": "Choose the team to move the story to."},
    )

    def __init__(self, *args, current_team=None, **kwargs):
        super().__init__(*args, **kwargs)
        teams = Team.objects.order_by("name")
        self.fields["team"].queryset = teams.exclude(pk=current_team.pk) if current_team else teams
