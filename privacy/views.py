"""Pages a private link opens, and the form that sends a new link.

The item pages are the account's item pages (accounts.item_views) with the
item found by its token instead of by its owner.
"""

from django.shortcuts import render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from accounts import item_views
from intake.ratelimit import RateLimit, too_many_requests

from .forms import NewLinkForm
from .links import LinkExpired, record_for_token, send_new_link

NEW_LINK_LIMIT = RateLimit(scope="privacy-new-link", limit=5, window_seconds=60 * 60)


@method_decorator(never_cache, name="dispatch")
class LinkedItemMixin:
    """The item a private link names; an expired link offers a new one."""

    def dispatch(self, request, *args, **kwargs):
        try:
            self.linked_record = record_for_token(kwargs["token"])
        except LinkExpired:
            return render(request, "privacy/link_expired.html", {"form": NewLinkForm()}, status=410)
        return super().dispatch(request, *args, **kwargs)

    def find_record(self):
        return self.linked_record

    def item_url(self, page):
        return reverse(f"privacy:item_{page}", kwargs={"token": self.kwargs["token"]})


class LinkedItemStatusView(LinkedItemMixin, item_views.ItemStatusView):
    pass


class LinkedItemEditView(LinkedItemMixin, item_views.ItemEditView):
    pass


class LinkedItemWithdrawView(LinkedItemMixin, item_views.ItemWithdrawView):
    pass


class LinkedItemPhotoView(LinkedItemMixin, item_views.ItemPhotoView):
    pass


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def new_link(request):
    """Always the same answer for a well-formed request, whether or not the pair exists."""
    form = NewLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        retry_at = NEW_LINK_LIMIT.retry_at(request)
        if retry_at is not None:
            return too_many_requests(request, retry_at)
        NEW_LINK_LIMIT.record(request)
        send_new_link(form.cleaned_data["email"], form.cleaned_data["reference"])
        return render(request, "privacy/new_link_sent.html")
    return render(request, "privacy/new_link.html", {"form": form})
