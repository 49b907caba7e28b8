from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .my_items import items_for

ADMIN_HOME = "/admin/"


@never_cache
@login_required
def my_submissions(request):
    return render(request, "accounts/my_submissions.html", {"items": items_for(request.user)})


@require_http_methods(["GET", "HEAD", "POST"])
def admin_login_redirect(request):
    """Wagtail's own sign-in form is never used: everyone signs in through allauth (two factors for staff).

    A POST is answered with the same redirect; its password is never looked at.
    """
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=False):
        next_url = ADMIN_HOME
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
