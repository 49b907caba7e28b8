"""How every public submission form behaves, in one place.

A person fills a form on a RoutablePageMixin page and lands on a
confirmation page. Between the two, in this order:

1. a second click or a refresh after sending shows the first result again
   (the one-time submission token finds it);
2. the per-address rate limit answers with a friendly 429;
3. a tripped bot check shows the form again, with what was typed kept and no
   row stored;
4. an invalid form is shown again with its errors;
5. the subclass stores the item; the person's session remembers its
   reference, so only they can open its confirmation page.

Nothing here is cached by the browser or a proxy. Subclasses name their form,
model, templates and route, and implement `store()`.
"""

import logging

from django import forms
from django.http import Http404
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control

from .ratelimit import too_many_requests

logger = logging.getLogger(__name__)

# Bot-trap fields are never put back into a form shown again.
BOT_TRAP_FIELDS = {"leave_this_empty", "form_started"}
REMEMBERED_REFERENCES = 10


class PublicSubmissionFlow:
    form_class = None
    model = None
    rate_limit = None  # an intake.ratelimit.RateLimit
    session_key = ""
    form_template = ""
    thank_you_template = ""
    thank_you_route = ""

    def __init__(self, request, page):
        self.request = request
        self.page = page

    # What subclasses provide.

    def store(self, form):
        """Store the item from a valid form; return it, or None after adding a form error."""
        raise NotImplementedError

    def initial_for_get(self):
        return {}

    def thank_you_context(self, reference):
        return {"reference": reference}

    @staticmethod
    def normalise(reference):
        return reference.strip().upper()

    # The flow.

    def form_view(self):
        if self.request.method == "POST":
            response = self._handle_post()
        else:
            form = self.form_class()
            form.initial.update(self.initial_for_get())
            response = self.render_form(form)
        return _private(response)

    def thank_you_view(self, reference):
        reference = self.normalise(reference)
        if reference not in self.request.session.get(self.session_key, []):
            raise Http404
        response = self.page.render(
            self.request, template=self.thank_you_template, context_overrides=self.thank_you_context(reference)
        )
        return _private(response)

    def render_form(self, form, **extra):
        context = {"form": form, "form_action": self.page.get_url(self.request), **extra}
        return self.page.render(self.request, template=self.form_template, context_overrides=context)

    def _handle_post(self):
        form = self.form_class(self.request.POST, self.request.FILES)
        earlier = self._earlier_item(self.request.POST.get("submission_token"))
        if earlier is not None:
            return self._confirmation_redirect(earlier)

        retry_at = self.rate_limit.retry_at(self.request)
        if retry_at is not None:
            return too_many_requests(self.request, retry_at)

        if form.looks_automated():
            self.rate_limit.record(self.request)
            logger.info("%s refused by the bot checks", self.form_class.__name__)
            return self.render_form(self.form_class(initial=self._typed_values()), bot_suspected=True)

        if not form.is_valid():
            return self.render_form(form)

        item = self.store(form)
        if item is None:
            return self.render_form(form)
        self.rate_limit.record(self.request)
        return self._confirmation_redirect(item)

    def _typed_values(self):
        """What was typed, for a form shown again after the bot checks refused it."""
        initial = {}
        for name, field in self.form_class.base_fields.items():
            if name in BOT_TRAP_FIELDS or isinstance(field, forms.FileField):
                continue
            values = self.request.POST.getlist(name)
            if values:
                initial[name] = values if isinstance(field, forms.MultipleChoiceField) else values[0]
        return initial

    def _earlier_item(self, token):
        if not token:
            return None
        return self.model.objects.filter(submission_token=token).only("pk", "reference").first()

    def _confirmation_redirect(self, item):
        session = self.request.session
        references = [ref for ref in session.get(self.session_key, []) if ref != item.reference]
        session[self.session_key] = [*references[-(REMEMBERED_REFERENCES - 1) :], item.reference]
        route = self.page.reverse_subpage(self.thank_you_route, args=[item.reference])
        return redirect(self.page.get_url(self.request) + route)


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response
