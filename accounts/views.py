import json
from urllib.parse import urlencode

from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from privacy.erasure import delete_account as erase_account
from privacy.export import data_for

from .my_items import items_for
from .reauthentication import recent_sign_in_required

ADMIN_HOME = "/admin/"


@never_cache
@login_required
def my_submissions(request):
    return render(request, "accounts/my_submissions.html", {"items": items_for(request.user)})


@never_cache
@recent_sign_in_required
@require_http_methods(["GET", "HEAD"])
def download_my_data(request):
    """Everything we hold about the person, as a JSON file (privacy.export)."""
    response = HttpResponse(
        json.dumps(data_for(request.user), indent=2, ensure_ascii=False), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="my-data-rare-kidney-portal.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@recent_sign_in_required
@require_http_methods(["GET", "HEAD", "POST"])
def delete_account(request):
    """A confirmation page; then every item is withdrawn and the account deleted (privacy.erasure)."""
    if request.method != "POST":
        return render(request, "accounts/delete_account.html", {"items": items_for(request.user)})
    user = request.user
    logout(request)
    erase_account(user)
    return render(request, "accounts/account_deleted.html")


@require_http_methods(["GET", "HEAD", "POST"])
def admin_login_redirect(request):
    """Wagtail's own sign-in form is never used: everyone signs in through allauth (two factors for staff).

    A POST is answered with the same redirect; its password is never looked at.
    """
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=False):
        next_url = ADMIN_HOME
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
