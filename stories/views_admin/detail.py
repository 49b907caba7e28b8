"""A story's page in the admin: the story as it would be published, and the actions on it.

GET shows everything a moderator needs to decide; POST (with CSRF) runs one
action through stories.moderation. A refused action comes back as a clear
message; an invalid form is shown again with its errors and what was typed.
"""

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin import messages
from wagtail.admin.views import generic
from wagtail.models import ModelLogEntry

from intake.sanitize import render_clean
from teams.membership import may_lead
from teams.routing import reassign

from .. import moderation
from ..access import visible_submissions
from ..models import StorySubmission
from ..publishing import PublishingError
from .forms import ActionForm, ApproveForm, DeclineForm, EditTextForm, MoveTeamForm, RequestChangesForm

Status = StorySubmission.Status


class ModeratorsOnlyMixin:
    """Anyone who is not a moderator gets "not found": we do not confirm what exists here."""

    def dispatch(self, request, *args, **kwargs):
        if not moderation.can_moderate(request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class SubmissionDetailView(ModeratorsOnlyMixin, generic.InspectView):
    any_permission_required = ["view"]
    template_name = "stories/admin/submission_detail.html"
    page_title = "Story"

    FORMS = {
        "start_review": ActionForm,
        "approve": ApproveForm,
        "request_changes": RequestChangesForm,
        "decline": DeclineForm,
        "spam": ActionForm,
        "not_spam": ActionForm,
        "reopen": ActionForm,
        "withdraw": ActionForm,
        "edit": EditTextForm,
        "move_team": MoveTeamForm,
    }

    def get_object(self, queryset=None):
        queryset = visible_submissions(self.request.user).select_related("condition", "story_page", "user", "team")
        try:
            return queryset.get(pk=self.pk)
        except StorySubmission.DoesNotExist as error:
            raise Http404 from error

    @cached_property
    def available_actions(self):
        status = self.object.status
        moves = moderation.allowed_moves(status)
        available = {
            "start_review": status == Status.NEW,
            "edit": status in moderation.EDITABLE_STATUSES,
            "approve": Status.PUBLISHED in moves,
            "request_changes": Status.CHANGES_REQUESTED in moves,
            "decline": Status.DECLINED in moves,
            "spam": Status.SPAM in moves,
            "not_spam": status == Status.SPAM,
            "reopen": status == Status.DECLINED,
            "withdraw": Status.WITHDRAWN in moves,
            # Only a lead of the team it is with (or a superuser) may send a story elsewhere.
            "move_team": may_lead(self.request.user, self.object.team),
        }
        return [name for name, shown in available.items() if shown]

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action not in self.available_actions:
            messages.error(request, f"That action is not available: {self.object.reference} is {self._status_text}.")
            return redirect(request.path)
        form = self.FORMS[action](request.POST, prefix=action, **self._form_kwargs(action))
        if not form.is_valid():
            messages.error(request, "Check the form below: something needs correcting.")
            return self.render_to_response(self.get_context_data(bound_forms={action: form}))
        try:
            done = getattr(self, f"_do_{action}")(form.cleaned_data)
        except (moderation.ModerationError, PublishingError) as error:
            messages.error(request, str(error))
        else:
            text, buttons = done if isinstance(done, tuple) else (done, None)
            messages.success(request, text, buttons=buttons)
        if not visible_submissions(request.user).filter(pk=self.object.pk).exists():
            # Moved to a team this person is not in: the story is no longer theirs to see.
            return redirect("story_submissions:index")
        return redirect(request.path)

    # One method per action: call the service, say what happened.

    def _do_start_review(self, data):
        moderation.start_review(self.object, user=self.request.user, expected_status=data["expected_status"])
        return f"You are reviewing {self.object.reference}."

    def _do_approve(self, data):
        go_live = data["publish"] == ApproveForm.LIVE
        done = moderation.approve(
            self.object, user=self.request.user, go_live=go_live, expected_status=data["expected_status"]
        )
        edit_button = messages.button(reverse("wagtailadmin_pages:edit", args=[done.story_page_id]), "Open the page")
        if go_live:
            return f"{done.reference} is approved and published.", [edit_button]
        return f"{done.reference} is approved. Its page is a draft: edit it, then publish.", [edit_button]

    def _do_request_changes(self, data):
        moderation.request_changes(
            self.object, user=self.request.user, message=data["message"], expected_status=data["expected_status"]
        )
        return f"Changes requested for {self.object.reference}; the person has been emailed."

    def _do_decline(self, data):
        moderation.decline(
            self.object,
            user=self.request.user,
            reason=data["reason"],
            note=data["note"],
            expected_status=data["expected_status"],
        )
        return f"{self.object.reference} is declined; the person has been emailed."

    def _do_spam(self, data):
        moderation.mark_spam(self.object, user=self.request.user, expected_status=data["expected_status"])
        return f"{self.object.reference} is marked as spam. No email was sent."

    def _do_not_spam(self, data):
        moderation.not_spam(self.object, user=self.request.user, expected_status=data["expected_status"])
        return f"{self.object.reference} is back in the queue as new."

    def _do_reopen(self, data):
        moderation.reopen(self.object, user=self.request.user, expected_status=data["expected_status"])
        return f"{self.object.reference} is reopened and in review."

    def _do_withdraw(self, data):
        moderation.withdraw(self.object, user=self.request.user, expected_status=data["expected_status"])
        return f"{self.object.reference} is withdrawn; its published page, image and photo have been deleted."

    def _do_edit(self, data):
        moderation.edit_text(self.object, user=self.request.user, title=data["title"], body=data["body"])
        return f"Your edits to {self.object.reference} are saved. The original is kept."

    def _do_move_team(self, data):
        reassign(self.object, data["team"], user=self.request.user)
        return f"{self.object.reference} is moved to {data['team'].name}."

    # What the page shows.

    @property
    def _status_text(self):
        return self.object.get_status_display().lower()

    def get_page_subtitle(self):
        return self.object.reference

    def get_context_data(self, bound_forms=None, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.object
        forms = {name: self._unbound_form(name) for name in self.available_actions}
        forms.update(bound_forms or {})
        context.update(
            submission=submission,
            forms=forms,
            preview_title=submission.publish_title,
            preview_body=render_clean(submission.publish_body),
            original_body=render_clean(submission.body) if submission.edited_body else None,
            photo_url=(reverse("stories_submission_photo", args=[submission.pk]) if submission.photo else None),
            consents=self._consents(),
            history=self._history(),
            waiting=moderation.describe_wait(submission.submitted_at, timezone.now()),
            is_waiting=submission.status in moderation.WAITING_STATUSES,
            decline_reason_label=(
                moderation.DeclineReason.label(submission.decline_reason) if submission.decline_reason else ""
            ),
        )
        return context

    def _form_kwargs(self, name):
        return {"current_team": self.object.team} if name == "move_team" else {}

    def _unbound_form(self, name):
        if name == "move_team":
            return MoveTeamForm(prefix=name, current_team=self.object.team)
        if name == "edit":
            initial = {"title": self.object.publish_title, "body": self.object.publish_body}
        else:
            initial = {"expected_status": self.object.status}
        return self.FORMS[name](initial=initial, prefix=name)

    def _consents(self):
        s = self.object
        return [
            ("To store and use the story", s.consent_store_at),
            ("To publish it on the website", s.consent_publish_at),
            ("Anyone named or pictured agreed", s.consent_others_at),
            ("Aged 16 or over, or a parent or guardian", s.consent_age_at),
            ("To publish the photo", s.consent_photo_at),
            ("To be contacted about research and patient involvement", s.consent_contact_at),
        ]

    def _history(self):
        labels = dict(Status.choices)
        entries = ModelLogEntry.objects.for_instance(self.object).select_related("user").order_by("-timestamp", "-pk")
        return [
            {
                "when": entry.timestamp,
                "who": entry.user_display_name,
                "what": entry.message,
                "change": (
                    f"{labels.get(entry.data['from'], entry.data['from'])} → {labels.get(entry.data['to'])}"
                    if "from" in entry.data
                    else ""
                ),
                "reason": (
                    moderation.DeclineReason.label(entry.data["reason"])
                    if entry.data.get("reason") in dict(moderation.DeclineReason.choices)
                    else ""
                ),
            }
            for entry in entries
        ]
