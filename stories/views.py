"""The "Share your story" form and its confirmation page.

Routed by ShareStoryPage (a RoutablePageMixin page), so editors own the
wording around the form and the URLs follow the page wherever it lives. The
behaviour every public form shares is intake.public_form.PublicSubmissionFlow.
"""

from django.conf import settings

from intake.public_form import PublicSubmissionFlow
from intake.ratelimit import RateLimit
from intake.references import normalise_reference

from .forms import ShareStoryForm
from .models import StorySubmission
from .submission_service import REVIEW_TIME, submit_story

SUBMISSION_LIMIT = RateLimit(scope="share-story", limit=5, window_seconds=60 * 60)
SESSION_KEY = "shared_story_references"


class ShareStoryFlow(PublicSubmissionFlow):
    form_class = ShareStoryForm
    model = StorySubmission
    rate_limit = SUBMISSION_LIMIT
    session_key = SESSION_KEY
    form_template = "stories/share_story_page.html"
    thank_you_template = "stories/share_story_thank_you.html"
    thank_you_route = "share_story_thank_you"
    normalise = staticmethod(normalise_reference)

    def initial_for_get(self):
        condition = self.form_class().initial_condition_for_slug(self.request.GET.get("condition", ""))
        return {"condition": condition} if condition else {}

    def thank_you_context(self, reference):
        return {"reference": reference, "review_time": REVIEW_TIME, "help_email": settings.PORTAL_HELP_EMAIL}

    def store(self, form):
        submission, _created = submit_story(
            cleaned_data=form.cleaned_data,
            photo=form.cleaned_photo,
            consent_wording_version=self.page.consent_wording_version,
            user=self.request.user,
        )
        return submission


def share_story(request, page):
    return ShareStoryFlow(request, page).form_view()


def share_story_thank_you(request, page, reference):
    return ShareStoryFlow(request, page).thank_you_view(reference)
