"""The "Become a patient representative" form and its confirmation page.

Routed by RepresentativeRecruitmentPage (a RoutablePageMixin page), so editors
own the advert around the form and the URLs follow the page wherever it lives.
"""

import logging

from django import forms
from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control

from intake.ratelimit import RateLimit, too_many_requests
from intake.sanitize import text_to_html
from teams.routing import NoTeamConfigured

from .application_form import RepresentativeApplicationForm
from .models import RepresentativeApplication
from .submit import submit_application

logger = logging.getLogger(__name__)

SUBMISSION_LIMIT = RateLimit(scope="representative-application", limit=5, window_seconds=60 * 60)
SESSION_KEY = "representative_application_references"
# Bot-trap fields are never put back into a form shown again.
_NOT_KEPT = {"leave_this_empty", "form_started"}


def apply(request, page):
    if request.method == "POST":
        response = _handle_post(request, page)
    else:
        form = RepresentativeApplicationForm()
        if condition := form.initial_condition_for_slug(request.GET.get("condition", "")):
            form.initial["conditions"] = [condition]
        response = _render_form(request, page, form)
    patch_cache_control(response, private=True, no_store=True)
    return response


def thank_you(request, page, reference):
    reference = reference.strip().upper()
    if reference not in request.session.get(SESSION_KEY, []):
        raise Http404
    response = page.render(
        request,
        template="representatives/application_thank_you.html",
        context_overrides={"reference": reference, "help_email": settings.PORTAL_HELP_EMAIL},
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


def _handle_post(request, page):
    form = RepresentativeApplicationForm(request.POST)

    # A second click or a refresh after sending: show the first result again.
    earlier = _earlier_application(request.POST.get("submission_token"))
    if earlier is not None:
        return _confirmation_redirect(request, page, earlier)

    retry_at = SUBMISSION_LIMIT.retry_at(request)
    if retry_at is not None:
        return too_many_requests(request, retry_at)

    if form.looks_automated():
        SUBMISSION_LIMIT.record(request)
        logger.info("Representative application form refused by the bot checks")
        return _render_form(request, page, _retry_form(request), bot_suspected=True)

    if not form.is_valid():
        return _render_form(request, page, form)

    try:
        application = submit_application(
            _application_data(form.cleaned_data, page),
            site=page.get_site(),
            submission_token=form.cleaned_data["submission_token"],
            user=request.user if request.user.is_authenticated else None,
        )
    except NoTeamConfigured:
        logger.error("Representative application not stored: no default team is set under Settings › Routing")
        form.add_error(None, "Sorry, we cannot accept applications at the moment. Please try again later.")
        return _render_form(request, page, form)
    SUBMISSION_LIMIT.record(request)
    return _confirmation_redirect(request, page, application)


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


def _render_form(request, page, form, **extra):
    context = {"form": form, "form_action": page.get_url(request), **extra}
    return page.render(request, template="representatives/recruitment_page.html", context_overrides=context)


def _retry_form(request):
    """Keep what was typed (but not the bot-trap fields) when the bot checks refused a form."""
    initial = {}
    for name, field in RepresentativeApplicationForm.base_fields.items():
        if name in _NOT_KEPT:
            continue
        values = request.POST.getlist(name)
        if values:
            initial[name] = values if isinstance(field, forms.MultipleChoiceField) else values[0]
    return RepresentativeApplicationForm(initial=initial)


def _earlier_application(token):
    if not token:
        return None
    return RepresentativeApplication.objects.filter(submission_token=token).only("pk", "reference").first()


def _confirmation_redirect(request, page, application):
    references = [ref for ref in request.session.get(SESSION_KEY, []) if ref != application.reference]
    request.session[SESSION_KEY] = [*references[-9:], application.reference]
    return redirect(page.get_url(request) + page.reverse_subpage("thank_you", args=[application.reference]))
