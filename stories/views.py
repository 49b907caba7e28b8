"""The "Share your story" form and its confirmation page.

Routed by ShareStoryPage (a RoutablePageMixin page), so editors own the
wording around the form and the URLs follow the page wherever it lives.
"""

import logging

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control

from intake.ratelimit import RateLimit, too_many_requests
from intake.references import normalise_reference

from .forms import ShareStoryForm
from .models import StorySubmission
from .submission_service import REVIEW_TIME, submit_story

logger = logging.getLogger(__name__)

SUBMISSION_LIMIT = RateLimit(scope="share-story", limit=5, window_seconds=60 * 60)
SESSION_KEY = "shared_story_references"


def share_story(request, page):
    if request.method == "POST":
        response = _handle_post(request, page)
    else:
        form = ShareStoryForm()
        if condition := form.initial_condition_for_slug(request.GET.get("condition", "")):
            form.initial["condition"] = condition
        response = _render_form(request, page, form)
    patch_cache_control(response, private=True, no_store=True)
    return response


def share_story_thank_you(request, page, reference):
    reference = normalise_reference(reference)
    if reference not in request.session.get(SESSION_KEY, []):
        raise Http404
    response = page.render(
        request,
        template="stories/share_story_thank_you.html",
        context_overrides={
            "reference": reference,
            "review_time": REVIEW_TIME,
            "help_email": settings.PORTAL_HELP_EMAIL,
        },
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


def _handle_post(request, page):
    form = ShareStoryForm(request.POST, request.FILES)

    # A second click or a refresh after sending: show the first result again.
    earlier = _earlier_submission(request.POST.get("submission_token"))
    if earlier is not None:
        return _confirmation_redirect(request, page, earlier)

    retry_at = SUBMISSION_LIMIT.retry_at(request)
    if retry_at is not None:
        return too_many_requests(request, retry_at)

    if form.looks_automated():
        SUBMISSION_LIMIT.record(request)
        logger.info("Share-story form refused by the bot checks")
        return _render_form(request, page, ShareStoryForm(initial=_retry_initial(request)), bot_suspected=True)

    if not form.is_valid():
        return _render_form(request, page, form)

    submission, created = submit_story(
        cleaned_data=form.cleaned_data,
        photo=form.cleaned_photo,
        consent_wording_version=page.consent_wording_version,
        user=request.user,
    )
    if created:
        SUBMISSION_LIMIT.record(request)
    return _confirmation_redirect(request, page, submission)


def _render_form(request, page, form, **extra):
    context = {"form": form, "form_action": page.get_url(request), **extra}
    return page.render(request, template="stories/share_story_page.html", context_overrides=context)


def _retry_initial(request):
    """Keep what was typed (but not the bot-trap fields) when the bot checks refused a form."""
    keep = set(ShareStoryForm.base_fields) - {"leave_this_empty", "form_started", "photo"}
    return {name: request.POST.get(name) for name in keep if request.POST.get(name)}


def _earlier_submission(token):
    if not token:
        return None
    return StorySubmission.objects.filter(submission_token=token).only("pk", "reference").first()


def _confirmation_redirect(request, page, submission):
    references = [ref for ref in request.session.get(SESSION_KEY, []) if ref != submission.reference]
    request.session[SESSION_KEY] = [*references[-9:], submission.reference]
    return redirect(page.get_url(request) + page.reverse_subpage("share_story_thank_you", args=[submission.reference]))
