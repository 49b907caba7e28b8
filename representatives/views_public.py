"""The "Become a patient representative" form and its confirmation page.

Routed by RepresentativeRecruitmentPage (a RoutablePageMixin page), so editors
own the advert around the form and the URLs follow the page wherever it lives.
The behaviour every public form shares is intake.public_form.PublicSubmissionFlow.
"""

import logging

from django.conf import settings

from intake.public_form import PublicSubmissionFlow
from intake.ratelimit import RateLimit
from intake.sanitize import text_to_html
from teams.routing import NoTeamConfigured

from .application_form import RepresentativeApplicationForm
from .models import RepresentativeApplication
from .submit import submit_application

logger = logging.getLogger(__name__)

SUBMISSION_LIMIT = RateLimit(scope="representative-application", limit=5, window_seconds=60 * 60)
SESSION_KEY = "representative_application_references"


class ApplicationFlow(PublicSubmissionFlow):
    form_class = RepresentativeApplicationForm
    model = RepresentativeApplication
    rate_limit = SUBMISSION_LIMIT
    session_key = SESSION_KEY
    form_template = "representatives/recruitment_page.html"
    thank_you_template = "representatives/application_thank_you.html"
    thank_you_route = "thank_you"

    def initial_for_get(self):
        condition = self.form_class().initial_condition_for_slug(self.request.GET.get("condition", ""))
        return {"conditions": [condition]} if condition else {}

    def thank_you_context(self, reference):
        return {"reference": reference, "help_email": settings.PORTAL_HELP_EMAIL}

    def store(self, form):
        try:
            return submit_application(
                _application_data(form.cleaned_data, self.page),
                site=self.page.get_site(),
                submission_token=form.cleaned_data["submission_token"],
                user=self.request.user if self.request.user.is_authenticated else None,
            )
        except NoTeamConfigured:
            logger.error("Representative application not stored: no default team is set under Settings › Routing")
            form.add_error(None, "Sorry, we cannot accept applications at the moment. Please try again later.")
            return None


def apply(request, page):
    return ApplicationFlow(request, page).form_view()


def thank_you(request, page, reference):
    return ApplicationFlow(request, page).thank_you_view(reference)


def _application_data(cleaned, page):
    return {
        **{
            name: cleaned[name]
            for name in (
                "name",
                "email",
                "phone",
                "preferred_contact",
                "other_condition",
                "relationship",
                "region",
                "interests",
                "availability",
                "access_needs",
            )
        },
        "conditions": cleaned["condition_pages"],
        "experience": text_to_html(cleaned["experience"]),
        "consent_wording_version": page.consent_wording_version,
    }
